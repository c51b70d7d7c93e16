import { describe, expect, it } from 'vitest';
import { readsCaring } from '../../src/understanding/caringRead.js';

/**
 * The carer read from the caring (ADR 0013, amendment session 22): the tasks a resident does for
 * someone close, that person's illness and the resident's own strain, without the words
 * "mantelzorg" or "ik zorg voor". Phrasings written for these tests, not taken from any set.
 */
describe('readsCaring', () => {
  it.each([
    // Tasks with the illness.
    'sinds het herseninfarct van mijn vrouw til ik haar elke ochtend uit bed en help ik haar met aankleden',
    'mijn schoonvader heeft parkinson, ik regel zijn medicijnen en de afspraken in het ziekenhuis',
    // Tasks with the carer's own strain.
    'na mijn dienst ga ik naar pa om te koken en de was te doen, ik ben op en slaap slecht',
    'ik doe alles voor mijn man sinds de zomer en heb geen dag meer voor mezelf',
    // Nursing words that say the caring by themselves.
    'al twee jaar verpleeg ik mijn zus thuis, wie kan er eens iets van me overnemen',
    // A young carer: a minor with a parent who is ill.
    'ik ben 14 en doe elke middag boodschappen omdat mijn vader kanker heeft',
    // A young carer told by a parent: the child cares or does much at home, someone is ill.
    'onze dochter van dertien kookt en doet de was sinds haar moeder in een rolstoel zit, is er een clubje voor haar',
    'mijn zoon zorgt elke dag mee voor zijn zieke opa, bestaat er iets leuks voor zo een jongen',
    'our son does a lot of the housework because my wife has cancer, can he talk to other kids',
    // A young carer who looks after a brother or sister, a parent ill or drinking.
    'als mijn stiefvader gedronken heeft en weer drinkt, zorg ik voor mijn broertjes, ik ben 15',
    'ik ben 13 en pas elke middag op mijn zusjes want papa is ziek',
    // Respite asked for.
    'kan er een middag iemand bij mijn moeder zitten, zodat ik eens naar de kapper kan',
    'ik kan mijn man met zijn dementie niet alleen laten, ook niet voor een uur',
    // An adult relative who forgets or is confused, the resident in the words (session 23).
    'mijn schoonvader vergeet steeds vaker zijn afspraken, hoe ga ik daarmee om',
    'mijn man is vaak in de war en herkent mij soms niet, wie kan mij iets uitleggen',
    'onze oma weet vaak niet meer welke dag het is, wij weten niet waar we moeten beginnen',
    'my wife is getting forgetful and I feel alone with it',
    // English.
    'my mum had a stroke and I wash and feed her every day, I am exhausted',
    "I can't leave her alone anymore since my wife got ill, I need a break",
  ])('reads a carer: %s', (text) => {
    expect(readsCaring(text)).toBe(true);
  });

  it.each([
    // A sick relative named in passing, the question is the resident's own.
    'mijn moeder ligt in het ziekenhuis en ik zoek een cursus Nederlands voor mezelf',
    'mijn opa is ziek, en ik heb schulden en de deurwaarder staat voor de deur',
    'ik ben zo moe van alles, mijn werk, de kinderen en mijn vader in het verpleeghuis',
    // A relative who is ill, the resident does nothing for them in these words.
    'mijn vader heeft dementie, is er dagbesteding bij ons in de buurt',
    'mijn vader woont alleen en valt vaak, de douche is te glad en hij wil niet verhuizen',
    // Forgetting said of the resident, or of a child, is no relative's condition.
    'ik vergeet zelf steeds dingen, mijn man maakt zich zorgen',
    'mijn zoon vergeet zijn huiswerk steeds, ik word er gek van',
    'ik weet niet meer wat ik moet met de schulden van mijn man',
    // Cooking and being tired for one's own healthy children is parenting.
    'ik kook elke avond voor mijn kinderen en ben doodmoe van de hele dag',
    // The home the relative lives in is not nursing.
    'sinds mijn vrouw in het verzorgingshuis woont eet ik elke dag alleen',
    // A parent telling a child's chores, or a sibling minded, with no illness or trouble at home.
    'mijn dochter van 14 doet veel in huis, is het normaal dat ze daar zakgeld voor krijgt',
    'onze zoon helpt mee met koken en boodschappen, waar vind ik een kookcursus voor kinderen',
    'ik pas op mijn broertje als mijn ouders uit eten zijn, mag ik dat met 12 jaar',
    // A child's own illness is not the child caring.
    'mijn zoon is ziek en doet veel minder op school, wat kan de school doen',
    // A task without anyone named.
    'ik kook graag en zoek een groep om samen te eten',
  ])('does not read a carer: %s', (text) => {
    expect(readsCaring(text)).toBe(false);
  });

  // Whose the forgetting is (ADR 0013, session 23, lead): the resident's own forgetting or
  // confusion, told with a relative elsewhere in the message, is no carer's question.
  it.each([
    'soms vergeet ik dingen, mijn man en ik wonen samen',
    'I keep forgetting my appointments, my wife says I should see someone',
    'I am confused, my mother needs help with the forms',
    'ik ben zo vergeetachtig de laatste tijd, mijn moeder woont bij ons',
    'mijn moeder wil verhuizen, vergeet niet dat ik ook voltijd werk',
    'ik ben in de war over de zorg voor mijn moeder',
  ])('reads the resident’s own forgetting as nobody’s caring: %s', (text) => {
    expect(readsCaring(text)).toBe(false);
  });

  it.each([
    'mijn vader is erg in de war en herkent mij niet meer, wat moet ik doen',
    'my mum keeps forgetting to eat, what can I do',
    'mijn moeder is vergeetachtig geworden, waar kan ik met mijn vragen heen',
    'er is dementie vastgesteld bij mijn schoonvader, waar kunnen wij terecht',
  ])('reads a relative’s forgetting, asked about by the resident: %s', (text) => {
    expect(readsCaring(text)).toBe(true);
  });

  // Every forgetting phrase counts, not only the first (ADR 0013, session 24, toptwo24): the
  // resident's own confusion told first does not hide the relative's told after it.
  it.each([
    'ik haal zelf alles door elkaar van de stress, want mijn vader is erg in de war, wat nu',
    'sinds de verhuizing ben ik ook in de war, en mijn opa herkent zijn eigen kleinkinderen niet, wat kunnen we doen',
    'I no longer recognise my own life, and my father does not recognise me, what can I do',
  ])('reads a relative’s forgetting told after the resident’s own: %s', (text) => {
    expect(readsCaring(text)).toBe(true);
  });

  it.each([
    'ik ben in de war en ik haal alles door elkaar, mijn moeder woont bij ons',
    'I no longer recognise myself and I do not recognise my street, my sister visits',
  ])('reads several phrases of the resident’s own forgetting as nobody’s caring: %s', (text) => {
    expect(readsCaring(text)).toBe(false);
  });

  it('folds the text as the rest of the understanding does (full-width letters from a phone keyboard)', () => {
    expect(
      readsCaring('mijn man is \uff5a\uff49\uff45\uff4b en ik was en kook elke dag voor hem'),
    ).toBe(true);
  });
});
