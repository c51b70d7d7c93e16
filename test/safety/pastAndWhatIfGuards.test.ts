import { describe, expect, it } from 'vitest';
import { detectCrisis } from '../../src/safety/detectCrisis.js';

/**
 * The seventh round's rule guards (docs/adr/0012-safety-net.md): a past that is over told with the
 * signs a resident uses ("we zijn al zes jaar uit elkaar", "dankzij de therapie", "been fine for
 * years"), a burglary told as over, a what-if
 * about a third person that may happen one day, and violence words about a thing (a slammed door, a
 * ball against a car) get no rule crisis; a burglary going on now, a what-if beside a crisis told
 * first, and violence against a person beside a thing still do. Written for this test in new voices
 * (a bakery owner, a pensioner on a holiday park, a student house, a scout leader, a grandmother),
 * after the guards and never taken from a corpus round, the frozen test, an unseen round or a kaart.
 * The concern model still reads each of these messages and may ask.
 */
/** Each message gets no rule crisis. */
function expectNoRuleCrisis(texts: readonly string[]): void {
  for (const text of texts) expect(detectCrisis(text).ruleIds, text).toEqual([]);
}

/** Each message is still a crisis for the rules, with `kind` among its kinds when given. */
function expectRuleCrisis(texts: readonly string[], kind?: 'danger'): void {
  for (const text of texts) {
    const found = detectCrisis(text);
    expect(found.isCrisis, text).toBe(true);
    if (kind !== undefined) expect(found.kinds, text).toContain(kind);
  }
}

describe('a burglary told as over', () => {
  it('gets no 112 from the rules when the writer is safe now', () => {
    expectNoRuleCrisis([
      'In de kerstvakantie is er bij onze bakkerij ingebroken, wie weet iets van camerabewaking',
      'Toen ik in het ziekenhuis lag hebben inbrekers mijn schuur leeggehaald, kan ik hulp krijgen bij de verzekering',
      'Afgelopen voorjaar waren er inbrekers op het vakantiepark, is er een buurtapp voor ons park',
      'Sinds de inbraak in oktober slaap ik met het licht aan, is er iemand om mee te praten',
      'De politie is al geweest na de inbraak van vannochtend vroeg, hoe vraag ik een nieuw slot aan bij de corporatie',
      'Our student house was burgled while we were on holiday, who pays for the broken window',
      'We got burgled in the summer and my kids are still scared at bedtime, is there someone they can talk to',
    ]);
  });

  it('still gets 112 when someone is in the house now', () => {
    expectRuleCrisis(
      [
        'er is zojuist ingebroken en ik hoor iemand op zolder',
        'Toen ik thuiskwam zag ik dat er ingebroken was, de inbrekers zitten nog boven',
        'help er breekt iemand in via de keuken, ik zit in de wc',
        'We were burgled while we were out and I think there is still someone downstairs',
        'someone is breaking into our flat right now',
      ],
      'danger',
    );
  });
});

describe('a what-if about someone else, one day', () => {
  it('gets no rule crisis', () => {
    expectNoRuleCrisis([
      'Stel dat een van mijn welpen ooit vertelt dat zijn stiefvader hem slaat, bij wie meld ik dat',
      'Wat als mijn oma ooit door de thuiszorg geslagen wordt, hoe zou ik dat merken',
      'Als mijn broer ooit weer gaat drinken en zijn vrouw slaat, wie kan ik dan bellen',
      'What if my neighbour ever hurts her kids, who would I call',
      'Suppose my grandson one day tells me he wants to kill himself, what should I say',
    ]);
  });

  it('leaves a crisis told first, or the writer’s own, a crisis', () => {
    expectRuleCrisis([
      'Mijn vriend slaat me, wat als hij ooit ook onze baby iets aandoet',
      'ik wil niet meer leven, wat als ik ooit echt de moed heb',
      'Stel dat hij me vanavond weer slaat, ik durf niet naar huis',
      'als mijn vader me ooit nog slaat ren ik weg, gisteren deed hij het weer',
      'My husband hit me again last night, what if he ever goes after the kids',
    ]);
  });
});

describe('violence words about a thing', () => {
  it('get no Veilig Thuis from the rules', () => {
    expectNoRuleCrisis([
      'Onze tiener slaat elke avond de deur dicht en zegt geen woord, is er een oudercursus',
      'De jongens van nummer 12 trappen steeds tegen onze schutting, hoe bespreek ik dat met de ouders',
      'Mijn zoon gooit zijn schooltas in de gang en gaat meteen gamen, hoe krijg ik hem aan zijn huiswerk',
      'Oma komt de trap niet meer op en slaapt nu beneden in de kamer, kan ze hulp krijgen bij het verhuizen',
    ]);
  });

  it('still answer violence against a person beside it', () => {
    expectRuleCrisis([
      'mijn vriend slaat de deur dicht en slaat mij daarna in mijn gezicht',
      'hij schopt tegen de kast en schopt daarna mij',
      'mijn man duwt me nu van de trap af',
      'papa slaat mama met een stok',
    ]);
  });
});

describe('a past that is over, in the words residents use for it', () => {
  it('gets no rule crisis', () => {
    expectNoRuleCrisis([
      'Mijn stiefvader sloeg ons als kind, hij is al acht jaar weg en ik heb het nu goed, ik zoek een oppas',
      'Als student heb ik een overdosis pillen geslikt, dankzij de behandeling ben ik er nu, ik wil ervaringsdeskundige worden',
      'In 2017 wilde ik dood, inmiddels sta ik stevig in mijn schoenen en wil ik een hardloopgroep',
      'Mijn ex schopte mij toen we samenwoonden, dat is al lang over, ik zoek hulp bij de alimentatie',
      'My father beat me when I was a boy, that is all over now and I would like a football club for my son',
      'I tried to end my life in my twenties and have been well for a decade, is there a volunteer group',
    ]);
  });

  it('still answers a crisis of now told beside a past', () => {
    expectRuleCrisis([
      'mijn ex schopte mij vroeger en nu schopt hij me weer, ik heb het verder goed maar ik ben bang',
      'vroeger was het over, maar sinds vorige week wil ik weer dood',
      'ik had het jaren goed maar vannacht heb ik weer in mijn armen gesneden',
      'my ex used to beat me, it was over for years, and tonight he hit me again',
    ]);
  });
});
