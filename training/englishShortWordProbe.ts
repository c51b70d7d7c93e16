/**
 * `npx tsx training/englishShortWordProbe.ts`: the probe of ADR 0013's session 19 amendment "an
 * English word read only as its own glossary word's forms, and the everyday words of a discount".
 * Phrasings written for this probe (session 19, before any change was scored), none taken from a
 * kaart, a corpus or an issue. Each is read over the wijkwijzer's own knowledge (knowledge/) as the
 * product reads a first message in English, and scored on two things:
 *
 * - reading: the Dutch words the glossary gives the English words hold one of `want` (when given)
 *   and none of `not` (a longer glossary word's reading that must not be taken);
 * - levensgebied: one of `gebieden` is among the two levensgebieden the search offers.
 *
 * `targeted` phrasings are the ones the change is for: a short or other word that the Porter stem
 * read as a longer glossary word ("using" as "useful", "pass" as "passed"), and the words of a
 * discount the glossary lacked. Controls are typos and word forms the glossary reads (or, for a few
 * typos, did not read before the change either): they must not change. PROBE_SHOW=1 prints every
 * phrasing with its reading and the two levensgebieden; the lines to compare two trees are the
 * same either way.
 */
import { phrasing, runEnglishReadingProbe, type Phrasing } from './englishReadingProbe.js';

const t = phrasing(true);
const control = phrasing(false);

export const PHRASINGS: readonly Phrasing[] = [
  // A word that is no form of the glossary word its Porter stem meets.
  t('I have been using the food bank for months now', ['voedsel'], undefined, ['zinvol']),
  t('we used to get help with the rent but that stopped', ['geld', 'wonen'], undefined, ['zinvol']),
  t('my son uses his phone all night instead of sleeping', ['opvoeden', 'verslaving'], undefined, [
    'zinvol',
  ]),
  t('my bus pass ran out and I cannot get to the hospital', ['vervoer'], ['pas'], ['overleden']),
  t('my daughter is fine at school but fights with us at home', ['opvoeden'], undefined, ['boete']),
  t(
    'I take the train to work and the tickets keep getting dearer',
    ['vervoer', 'geld', 'werk'],
    undefined,
    ['opleiding'],
  ),
  t('we cannot fit all our things in the small flat', ['wonen'], undefined, ['fitness']),
  t('my ex and I live apart but share the children', ['scheiding', 'opvoeden'], undefined, [
    'woning',
  ]),
  t('the post comes around noon and it is all bills', ['geld'], undefined, ['niemand']),
  t('my mobile was stolen on the way home', ['veiligheid'], undefined, ['mobiliteit']),
  t('communication with my teenage son has broken down', ['opvoeden'], undefined, ['buurt']),
  t('my expenses are higher than my income every month', ['geld'], undefined, ['duur']),
  t('the initial letter from the tax office made no sense to me', ['geld'], undefined, [
    'initiatief',
  ]),
  t('quite a lot of letters came and I am scared to open them', ['geld'], undefined, ['stoppen']),
  t('I need a medical note for my employer', ['gezondheid', 'werk'], undefined, ['medicijnen']),
  // The everyday words of a discount, a voucher or a pass.
  t('is there a discount for people on a low income', ['geld'], ['korting']),
  t('my kids could get discounts at the pool, how do I apply', ['geld', 'sport'], ['korting']),
  t('where can I get vouchers for school clothes', ['geld'], ['tegoed', 'waardebon']),
  t(
    'someone told me about a voucher for the sports club',
    ['geld', 'sport'],
    ['tegoed', 'waardebon'],
  ),
  t(
    'is there free entry to the museum for families with little money',
    ['geld', 'meedoen'],
    ['toegang'],
  ),
  t('can my son get a reduced price for swimming lessons', ['geld', 'sport'], ['korting']),
  t('are there concessions for pensioners at the cinema', ['geld', 'ontmoeting'], ['korting']),
  t('we only have a small income, is there a city pass here', ['geld'], ['stadspas']),
  t('how do I get a leisure pass for my family', ['geld', 'sport', 'meedoen'], ['stadspas']),
  t(
    'a discount card for the bus and the library, does that exist',
    ['geld', 'vervoer'],
    ['korting'],
  ),
  t('does the council give money off for school trips', ['geld'], ['korting']),
  t(
    'I am looking for cheaper ways to do sports with three kids',
    ['sport', 'geld'],
    ['goedkoper', 'goedkoop'],
  ),
  t('a reduced rate for the gym if you are on benefits', ['sport', 'geld'], ['korting']),
  t('coupons for groceries, where do I get them', ['geld', 'voedsel'], ['tegoed', 'waardebon']),
  t(
    'our passes for the swimming pool expired last week',
    ['sport', 'geld'],
    ['pas'],
    ['overleden'],
  ),
  // Controls: typos and forms of a glossary word, read before the change (or not, noted).
  control('my nieghbour keeps parking right in front of our door', ['buren'], ['buren']),
  control('I feel so lonley since my husband died', ['ontmoeting', 'gezondheid'], ['eenzaam']),
  control('my debts are getting out of hand', ['geld'], ['schulden']),
  control('I owe money to three different companies', ['geld'], ['schulden']),
  control('owing money to the energy company keeps me awake', ['geld'], ['schulden']),
  control(
    'is the landlord legally required to deal with the mould',
    ['recht', 'wonen'],
    ['juridisch'],
  ),
  control('the bullies wait for my son after school', ['opvoeden', 'veiligheid'], ['pesten']),
  control('social isolation is hard on my father', ['ontmoeting'], ['isolement']),
  control('my daughter has one tantrum after another', ['opvoeden'], ['driftbuien']),
  control('we move next month and need help with the boxes', ['wonen'], ['verhuizen']),
  control(
    'they want to evict us because of the arrears',
    ['wonen', 'geld', 'recht'],
    ['uitzetting'],
  ),
  control('I cannot get there safely on my own', ['vervoer', 'ouder-worden'], ['veilig']),
  control('we recieve a lot of letters from the bailiff', ['geld'], ['deurwaarder']),
  control('my mother passed away in the spring', ['gezondheid', 'ontmoeting'], ['overleden']),
  control('since my father’s passing I cannot sleep', ['gezondheid', 'ontmoeting'], ['overleden']),
  control('I lost my housing benefit after I moved', ['geld'], ['huurtoeslag']),
  control('can I get an allowance to help with the rent', ['geld'], ['toeslag']),
  control('my benefits were stopped without a letter', ['geld', 'werk'], ['uitkering']),
  control('is the swimming free for kids', ['sport', 'geld'], ['gratis']),
  // Typos the glossary did not read before the change either (noted, not targeted).
  control('my neigbour plays music all night', ['buren'], ['buren']),
  control('I am so lonly since the divorce', ['ontmoeting', 'scheiding'], ['eenzaam']),
  control('I have a big dept with the bank', ['geld'], ['schulden']),
];

await runEnglishReadingProbe(PHRASINGS, { markKind: true });
