import { describe, it } from 'vitest';
import { expectFired, expectNotFired } from './ruleExpectations.js';

/**
 * The nineteenth round's rule precision (docs/adr/0012-safety-net.md): five rules answered long
 * ordinary help stories with a crisis reply, on a word that meant something else there. Each
 * class gets messages that no longer fire the rule, and beside them crises with the same words
 * that still do: a phrase that fired for a real crisis keeps firing. Written for this test in new
 * voices (a widower, a neighbour with a leaking roof, a sister, young parents, a bus driver),
 * never taken from a corpus round, the frozen test, an unseen round or a kaart. The concern model
 * still reads each of these messages and may ask.
 */
describe('suicide.death-wish and the death of someone else', () => {
  it('does not read "sinds mijn vrouw dood is" as a death wish', () => {
    expectNotFired('suicide.death-wish', [
      'Sinds mijn vrouw dood is zou ik graag hulp willen bij het koken en de was',
      'nu mama dood is wil mijn vader dat ik haar spullen uitzoek, maar ik weet niet waar ik moet beginnen',
      'Sinds onze hond dood ging wil ik graag wandelen met andere mensen uit de buurt',
    ]);
  });

  it('still fires on a wish of the writer told beside it', () => {
    expectFired('suicide.death-wish', [
      'sinds mijn vrouw dood is wil ik zelf ook dood',
      'sinds mijn broer dood is denk ik elke dag aan doodgaan',
      'ik denk elke dag aan dood gaan',
    ]);
  });
});

describe('danger.unresponsive and a neighbour who does not answer notes', () => {
  it('does not read not answering notes, texts or complaints as unresponsive', () => {
    expectNotFired('danger.unresponsive', [
      'de man van de bovenwoning reageert niet op briefjes over de lekkage, wat kan ik nog doen',
      'ze reageert niet op sms of whatsapp over de schutting, wie kan bemiddelen',
      'de eigenaar reageert nergens op klachten over de schimmel',
    ]);
  });

  it('still fires on a person who does not respond', () => {
    expectFired('danger.unresponsive', [
      'mijn oma is gevallen en reageert niet op aanspreken',
      'hij ligt op de bank en reageert niet meer, wat moet ik doen',
      'mijn man is bewusteloos',
    ]);
  });
});

describe('abuse.violence-in-household and "not violent"', () => {
  it('does not read the adjective said as not so as violence', () => {
    expectNotFired('abuse.violence-in-household', [
      'mijn zus haar man is niet gewelddadig maar hij zit de hele dag te gamen en zij doet alles alleen',
      'my husband is not really violent but he drinks and my son is worried, what can we do',
      'onze zoon is nooit gewelddadig geweest, maar sinds hij blowt is hij zo stil',
    ]);
  });

  it('still fires on violence told beside it, and on the adjective said as so', () => {
    expectFired('abuse.violence-in-household', [
      'hij is niet gewelddadig zegt hij, maar hij duwt me tegen de muur',
      'my husband is violent and our son is scared of him',
      'mijn vader slaat mijn moeder als hij gedronken heeft',
    ]);
  });
});

describe('danger.baby-limp and sleeping ("slaap" normalises to "slap")', () => {
  it('does not read sleeping as a limp baby', () => {
    expectNotFired('danger.baby-limp', [
      'sinds de baby er is slaap ik nog maar vier uur per nacht, bestaat er hulp in huis',
      'onze baby huilt elke avond en ik slaap slecht, mijn vriend werkt nachten',
      'de baby valt pas om elf uur in slaap en wij zijn op',
    ]);
  });

  it('still fires on a baby that is limp or does not respond', () => {
    expectFired('danger.baby-limp', [
      'mijn baby is heel slap en drinkt niet',
      'ik vind de baby zo slap, ze heeft koorts',
      'de baby voelt slap aan en reageert nauwelijks',
      'onze baby van drie weken is slap, slecht wakker te krijgen',
      'de baby hangt slap door de koorts',
    ]);
  });
});

describe('danger.missing and a job or money lost', () => {
  it('does not read losing work or money as a missing child', () => {
    expectNotFired('danger.missing', [
      'ik rijd bus in ploegen en ben bang mijn baan kwijt te raken als ik mijn dochtertje niet kan ophalen',
      'mijn zoon van 7 kan niet naar de bso omdat ik mijn werk kwijt ben, is er een regeling',
      'ik ben mijn uitkering kwijt en mijn kind heeft nieuwe schoenen nodig',
    ]);
  });

  it('still fires on a child or a person with dementia who is missing', () => {
    expectFired('danger.missing', [
      'mijn zoontje van 4 is kwijt in het winkelcentrum',
      'ik ben mijn kind kwijt geraakt op de markt',
      'mijn moeder met dementie is vermist',
    ]);
  });
});
