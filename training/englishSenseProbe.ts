/**
 * `npx tsx training/englishSenseProbe.ts`: the English sense probe of ADR 0013's session 19
 * amendment (a word's sense by its neighbours, and everyday words the glossary lacked). Phrasings
 * written for this probe (session 19, before any change was scored), none taken from a kaart, a
 * corpus or an issue. Each is read over the wijkwijzer's own knowledge (knowledge/) as the product
 * reads a first message in English, and scored on two things:
 *
 * - reading: the Dutch words the glossary gives the English words hold one of `want` (when given)
 *   and none of `not` (the sense that must not be taken);
 * - levensgebied: one of `gebieden` is among the two levensgebieden the search offers.
 *
 * `targeted` phrasings are the ones the change is for; the others are controls that must not fall.
 * PROBE_SHOW=1 prints every phrasing with its reading and the two levensgebieden.
 */
import { phrasing, runEnglishReadingProbe, type Phrasing } from './englishReadingProbe.js';

const t = phrasing(true);
const control = phrasing(false);

export const PHRASINGS: readonly Phrasing[] = [
  // fire: dismissal, not a blaze, and a blaze where it is one.
  t('my boss wants to fire me because I was off sick', ['werk', 'recht'], ['ontslag'], ['brand']),
  t(
    'I am afraid the manager will fire me after the holidays',
    ['werk', 'recht'],
    ['ontslag'],
    ['brand'],
  ),
  t(
    'they threatened to fire everyone who joins the union',
    ['werk', 'recht'],
    ['ontslag'],
    ['brand'],
  ),
  t('I got fired on the spot, can they do that', ['werk', 'recht'], ['ontslagen'], ['brand']),
  t('a fire destroyed our flat and we are staying with friends', ['wonen'], ['brand'], ['ontslag']),
  t('after the fire in the kitchen we have nothing left', ['wonen'], ['brand'], ['ontslag']),
  // raise: the rent, not a child; a child where it is one.
  t(
    'our landlord raised the rent twice this year',
    ['recht', 'wonen'],
    ['huurverhoging'],
    ['opvoeden'],
  ),
  t(
    'the housing association wants to raise our rent by ten percent',
    ['recht', 'wonen'],
    ['huurverhoging'],
    ['opvoeden'],
  ),
  t(
    'the rent was raised again and I cannot keep up',
    ['recht', 'wonen', 'geld'],
    ['huurverhoging'],
    ['opvoeden'],
  ),
  t(
    'I am raising three kids on my own and I am exhausted',
    ['opvoeden'],
    ['opvoeden'],
    ['huurverhoging'],
  ),
  t('how do I raise my daughter to be confident', ['opvoeden'], ['opvoeden'], ['huurverhoging']),
  // hit: drinking, not violence; violence where it is.
  t('my husband hits the bottle every night', ['verslaving'], ['alcohol'], ['slaat', 'slaan']),
  t(
    'my mum has been hitting the bottle since dad left',
    ['verslaving'],
    ['alcohol'],
    ['slaat', 'slaan'],
  ),
  t('my boyfriend hits me when he gets angry', ['veiligheid'], ['slaat']),
  t('he hit my son with a belt', ['veiligheid'], ['slaan']),
  // abuse: of a substance, not of a person; of a person where it is.
  t('my brother has a drug abuse problem', ['verslaving'], ['verslaving'], ['mishandeling']),
  t('my uncle abuses alcohol most weekends', ['verslaving'], ['verslaving'], ['mishandeling']),
  t('my stepdad abuses my mother', ['veiligheid'], ['mishandeling'], ['verslaving']),
  // lost: a job or a card, not a death; a death where it is.
  t(
    'I lost my job last month and the bills keep coming',
    ['werk', 'geld'],
    ['werkloos'],
    ['verlies'],
  ),
  t('since I lost my wife the evenings are so long', ['gezondheid', 'ontmoeting'], ['verlies']),
  // broke: broken into or down, not short of money; short of money where it is.
  t('someone broke into our shed last night', ['veiligheid'], ['inbraak'], ['tekort']),
  t('the boiler broke down and it is freezing inside', ['wonen'], ['kapot'], ['tekort']),
  t('I am completely broke until payday', ['geld'], ['tekort']),
  // fell: behind on payments, not a fall; a fall where it is.
  t('my mother fell behind on her energy bills', ['geld'], ['achterstand'], ['vallen']),
  t(
    'my grandfather fell in the garden and cannot get up easily',
    ['ouder-worden', 'gezondheid'],
    ['vallen'],
  ),
  // Everyday words the glossary lacked.
  t('I spend too many evenings in the pub drinking beer', ['verslaving'], ['bier']),
  t('my dad cannot get through a day without wine', ['verslaving'], ['alcohol']),
  t('my son is always hungover and skips college', ['verslaving', 'opvoeden'], ['alcohol']),
  t('who can help me write a CV', ['werk'], ['solliciteren']),
  t('I need someone to look at my resume and cover letter', ['werk'], ['sollicitatiebrief']),
  t(
    'can I get help with a cover letter for a job at the supermarket',
    ['werk'],
    ['sollicitatiebrief'],
    ['brief'],
  ),
  t(
    'my ex still has my debit card and keeps using it',
    ['veiligheid', 'geld', 'scheiding'],
    ['pinpas'],
    ['auto'],
  ),
  t(
    'I lost my bank card and have no money for food',
    ['geld', 'voedsel'],
    ['pinpas'],
    ['auto', 'verlies'],
  ),
  t('we need a mattress and a cooker for our new flat', ['wonen'], ['matras']),
  t('I am self-employed and cannot pay my mortgage', ['geld', 'werk'], ['hypotheek']),
  t('a payday loan got me into trouble', ['geld'], ['lening']),
  t('can someone give me a lift to the hospital on Tuesday', ['vervoer'], ['vervoer']),
  t('my flatmate never pays his share of the rent', ['wonen', 'recht', 'geld'], ['huisgenoot']),
  // Controls: phrasings the glossary already read well.
  control('we moved out in May and the owner is still holding on to our deposit', [
    'recht',
    'wonen',
  ]),
  control('we are behind with the rent and got a letter from the bailiff', ['geld', 'wonen']),
  control('my neighbours play loud music every night', ['buren']),
  control('is there a team where my eight year old can play football', ['sport']),
  control('I feel lonely since moving here', ['ontmoeting']),
  control('my partner drinks too much and I do not know what to do', ['verslaving']),
  control('no hot water or heating in our flat since the start of the month', ['wonen']),
];

await runEnglishReadingProbe(PHRASINGS);
