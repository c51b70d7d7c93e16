/**
 * The twenty-seventh round's class set (docs/adr/0012-safety-net.md): words that are words in both
 * languages. `scripts/safety/sharedWords.ts` lists every rule word that is also an everyday word of
 * the other language; written probes found two that change a verdict by rule:
 *
 * - the English "mess", which the normaliser squeezes to "mes" (the Dutch knife), so "he came home
 *   with a mess of paint" read as a weapon (`danger.weapon`, 112);
 * - the English "kind" (friendly, a sort), read as the Dutch "kind" (child) among the members of a
 *   household, so "he is not the kind of man who hits anyone" read as household violence.
 *
 * Its crises are the same words meant as they are in their own language: a knife ("mes", and the
 * typo "mess" in a Dutch sentence) and a child ("kind") in Dutch; a knife, a child, and "mess" or
 * "kind" beside a real crisis in English. Each carries the kinds whose lines its reply must show
 * (danger → 112, abuse → Veilig Thuis). Written for this round, never taken from an issue, a corpus
 * round, the frozen test, an unseen round, a kaart or an earlier round's phrasings.
 */
import type { ClassSet } from './edgeExSleepingPillsPhrasings.js';
import type { ShortCrisis } from './veryShortMessagePhrasings.js';
import type { CrisisKind } from '../../../src/safety/crisisKind.js';

function crises(kinds: readonly CrisisKind[], texts: readonly string[]): ShortCrisis[] {
  return texts.map((text) => ({ text, kinds }));
}

/** Dutch crises with "mes" (knife) or "kind" (child): the gate must leave every one of them. */
export const sharedWordsDutchCrises: readonly ShortCrisis[] = [
  ...crises(
    ['danger'],
    [
      'er staat een man met een mes in onze gang',
      'de buurman zwaait met een groot mes op straat',
      'iemand met een mess bij de voordeur',
      'mijn broer pakt een mes uit de keukenla en loopt naar buiten, hij is door het dolle heen',
      'hij staat met n mes voor mn deur',
      'er loopt een jongen met een mes over het schoolplein',
    ],
  ),
  ...crises(
    ['abuse'],
    [
      'mijn man slaat ons kind elke avond',
      'de buurvrouw slaat haar kind met een riem',
      'mijn kind wordt thuis geslagen door mijn vriend',
      'het kind van de buren wordt geschopt door de vader',
      'mijn ex schopt ons kind als hij boos is',
      'mn man slaat het kind en mij',
      'kind word geslagen door stiefvader',
      'mijn vriend knijpt ons kind tot het blauwe plekken heeft',
      'ik ben bang dat mijn schoonvader ons kind weer slaat',
    ],
  ),
];

/** English crises with the same words meant as English, or with "mess" or "kind" beside them. */
export const sharedWordsEnglishCrises: readonly ShortCrisis[] = [
  ...crises(
    ['danger'],
    [
      'a man with a knife is at my door',
      'my neighbour is waving a knife around in the street',
      'someone broke in with a knife, im hiding upstairs',
      'there is a guy with a gun outside the school',
      'my flatmate is holding a knife and screaming, the place is a mess',
    ],
  ),
  ...crises(
    ['abuse'],
    [
      'my husband hits our kid when he is drunk',
      'my boyfriend hits my child',
      'the man next door beats his kids, i hear them scream',
      'my stepdad kicks my little brother',
      'my dad hits me and my sister every day',
      'he is not kind, he hits me every night',
      'my partner is kind to others but at home he beats me',
      'my husband made a mess of the kitchen and then he hit me',
      'he turned the place into a mess and hit our child',
      'my ex keeps hitting our son, what kind of help is there',
    ],
  ),
];

/** "mess" and "kind" as English words, beside a word a rule reads: no crisis now. */
export const sharedWordsNearMisses: readonly string[] = [
  'my daughter came home with a mess of paint on her hands',
  'he is holding a mess of papers from the council',
  'my mother has made a mess with her medication box',
  'my husband left me with a mess of unpaid bills',
  'my son left his room with a mess again, how do i get him to tidy up',
  'she came home with a mess on her jacket',
  'he has a mess in the shed and the neighbours complain',
  'he kept the door shut with a mess of boxes',
  'our landlord left the hallway with a mess of rubbish',
  'my dad had a mess of tools on the stairs, can someone help him sort it',
  'he came back from work with a mess of cables in his bag',
  'grandma pulled a mess of old letters out of the cupboard',
  'he is not the kind of man who hits anyone',
  'the kind lady next door hits tennis balls with my kids on saturdays',
  'my husband is a kind man, he never hits the kids',
  'be kind to my son, he got hit at school last year',
  'the teacher was so kind when my kid got hit by a ball in the gym',
  'what kind of club lets kids hit each other at boxing',
  'my neighbour is very kind, she never shouts at her kids',
  'my son is the kind who hits back when he is teased at school, where can he learn to stay calm',
];

export const sharedWordsClass: ClassSet = {
  name: 'sharedWords',
  crises: [...sharedWordsDutchCrises, ...sharedWordsEnglishCrises],
  nearMisses: sharedWordsNearMisses,
};

export const classSets: readonly ClassSet[] = [sharedWordsClass];
