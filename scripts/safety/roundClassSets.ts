/**
 * The class sets of the rule rounds (docs/adr/0012-safety-net.md, twenty-sixth round on), by round
 * number: one list for every script that scores them (classMessages.ts, understandingGate.ts), so
 * a new round's set is added once. Dev phrasings written for the rounds; never an unseen round or
 * the frozen test.
 */
import { classSets as twentySixth } from '../../test/safety/rules/edgeExSleepingPillsPhrasings.js';
import { classSets as twentySeventh } from '../../test/safety/rules/wordsOfBothLanguagesPhrasings.js';
import { classSets as twentyEighth } from '../../test/safety/rules/englishRulesOnEnglishWordsPhrasings.js';
import { classSets as twentyNinth } from '../../test/safety/rules/dutchDenialsAndAccidentsOverPhrasings.js';
import { classSets as thirtieth } from '../../test/safety/rules/carerFallNoDrinkSextortionPhrasings.js';
import { classSets as thirtyFirst } from '../../test/safety/rules/nearMissesInEverydaySettingsPhrasings.js';
import { classSets as thirtySecond } from '../../test/safety/rules/emergenciesOfStreetAndHousePhrasings.js';
import { classSets as thirtyThird } from '../../test/safety/rules/nearMissesToldFromElsewherePhrasings.js';
import { roundCrises as thirtyFourthCrises } from '../../test/safety/rules/weaponsAndRuleFalseAlarmsPhrasings.js';
import { roundCrises as thirtyFifthCrises } from '../../test/safety/rules/meansOnOneselfAndAllPillsPhrasings.js';
import { roundCrises as thirtySixthCrises } from '../../test/safety/rules/inWaterAttemptToHitOthersMeansPhrasings.js';

/** One round's set: per class, its crises (with the lines they need) and its near misses. */
export type RoundClassSets = typeof twentySixth;

export const roundClassSets: Readonly<Record<string, RoundClassSets>> = {
  '26': twentySixth,
  '27': twentySeventh,
  '28': twentyEighth,
  '29': twentyNinth,
  '30': thirtieth,
  '31': thirtyFirst,
  '32': thirtySecond,
  '33': thirtyThird,
};

/**
 * Every crisis of the class rounds 26 to 36 with the kinds its reply must show: the class sets'
 * crises above, then the crises of the thirty-fourth to thirty-sixth rounds, which wrote no class
 * set. The tuner's floor may count them (`--class-floor`, scripts/safety/floorSets.ts) and
 * classRoundCrises.ts scores them as shipped.
 */
export function classRoundCrises(): { round: string; text: string; kinds: readonly string[] }[] {
  const fromSets = Object.entries(roundClassSets).flatMap(([round, sets]) =>
    sets.flatMap((set) => set.crises.map(({ text, kinds }) => ({ round, text, kinds }))),
  );
  const later = Object.entries({
    '34': thirtyFourthCrises,
    '35': thirtyFifthCrises,
    '36': thirtySixthCrises,
  }).flatMap(([round, list]) => list.map(({ text, kinds }) => ({ round, text, kinds })));
  return [...fromSets, ...later];
}
