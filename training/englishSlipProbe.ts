/**
 * `npx tsx training/englishSlipProbe.ts`: the probe of ADR 0013's session 20 amendment "an English
 * word that is a word is no slip, and a typo that is no word read by one letter". Phrasings written
 * for this probe (session 20, before any change was scored), none taken from a kaart, a corpus or
 * an issue; read as `englishReadingProbe.ts` reads them (the glossary's Dutch words, and the two
 * levensgebieden the search offers).
 *
 * Targeted phrasings: a real English word that the spelling-slip path read as a glossary word one
 * vowel or one doubled letter away ("policy" as police, "throat" as threat, "concussion" as
 * concession); typos that are no word and that the slip path did not read (a letter left out that
 * doubles nothing: "neigbour", "lonly"); and "train", read as nothing (a course to train for, a train
 * to travel by). Controls: slips the glossary reads and must keep reading, and the forms a
 * real-word rule could take away ("forgot", "counselor"). PROBE_SHOW=1 prints every phrasing.
 */
import { phrasing, runEnglishReadingProbe, type Phrasing } from './englishReadingProbe.js';

const t = phrasing(true);
const control = phrasing(false);

export const PHRASINGS: readonly Phrasing[] = [
  // A real word read as a glossary word one slip away.
  t('the new policy at my work means fewer hours for me', ['werk'], undefined, ['politie']),
  t('my throat has been sore for three weeks now', ['gezondheid'], undefined, ['bedreiging']),
  t('our boy got a concussion at football, who can we see', ['gezondheid', 'sport'], undefined, [
    'korting',
  ]),
  t('signing the new tenancy contract makes me nervous', ['wonen'], undefined, ['zingen']),
  t('it keeps pissing down and water comes through the roof', ['wonen'], undefined, ['overleden']),
  t('there was shooting two streets away from our house', ['veiligheid'], undefined, [
    'schreeuwen',
  ]),
  t('the bus drivers are on strike and I cannot reach my work', ['vervoer', 'werk'], undefined, [
    'beroerte',
  ]),
  t('my daughter scored low on every test this year', ['opvoeden'], undefined, ['bang']),
  t('we adopted a girl from abroad and she struggles at school', ['opvoeden'], undefined, [
    'aangepast',
  ]),
  // Typos that are no word: one letter left out or added.
  t('our neigbours have a dog that barks all day', ['buren'], ['buren']),
  t('I get so lonly in the evenings', ['ontmoeting'], ['eenzaam']),
  t('the landord will not repair the heating', ['wonen'], ['verhuurder', 'huisbaas']),
  t('we are being evicited next month', ['wonen'], ['uitzetting']),
  // "train": a course, or a train to travel by.
  t('I would like to train as a nurse but have no money', ['werk'], ['opleiding'], ['trein']),
  t('the train to the hospital is too expensive for me', ['vervoer'], ['trein'], ['opleiding']),
  t(
    'can I get a cheaper train ticket as a pensioner',
    ['vervoer', 'geld'],
    ['trein'],
    ['opleiding'],
  ),
  // Controls: slips and forms the glossary reads.
  control('my daugther does not want to go to school', ['opvoeden'], ['dochter']),
  control('we never recieve the letters from the council', ['geld'], ['ontvangen']),
  control('finding accomodation for my son is impossible', ['wonen'], ['woning', 'woonruimte']),
  control('I have felt lonley since we moved here', ['ontmoeting'], ['eenzaam']),
  control('my parents are seperated and I live with my mum', ['scheiding'], ['gescheiden']),
  control('I forgot to pay the energy bill twice', ['geld'], ['vergeten', 'vergeetachtig']),
  control('the school counselor thinks my son needs support', ['opvoeden'], ['hulpverlener']),
  control('my husband has debts he hides from me', ['geld'], ['schulden']),
  control('the smoke from the neighbours’ balcony drifts into our bedroom', ['buren'], ['buren']),
  control('I need training to find a job again', ['werk'], ['opleiding']),
];

await runEnglishReadingProbe(PHRASINGS, { markKind: true });
