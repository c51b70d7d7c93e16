/**
 * `npx tsx scripts/safety/devKaartRates.ts [--model PATH]`: the check and crisis rates of the
 * shipped safety check (rules, concern model and frame reader; each question the first message of
 * a new chat) on the dev kaarten' help questions only: the twenty-two of `readDevKaarten` together,
 * Smidsbroek (a dev kaart since session 17), Vlasmarke (since session 18), Biezendijk (since
 * session 19), Hazelbrink (since session 20), Tichelhorst (since session 21), Korfhuizen (since
 * session 22), Slikkerwaard (since session 23), Rietmonde (since session 24) and Touwhoven (since
 * session 25) each on its own, so figures compare with earlier sessions'.
 * `helpQuestionRates.ts` prints every evaluation set, frozen and apart ones among them; this one
 * reads dev kaarten alone, for a helper who may not read the others.
 */
import { loadConcernModel } from '../../src/safety/concernModel.js';
import { helpRates } from './helpQuestionRates.js';
import { devKaartQuestions, readDevKaarten } from './helpQuestions.js';

const modelAt = process.argv.indexOf('--model');
const model = loadConcernModel(modelAt === -1 ? undefined : process.argv[modelAt + 1]);
const pct = (part: number, whole: number) =>
  `${((100 * part) / Math.max(1, whole)).toFixed(2)}% (${part}/${whole})`;
for (const [name, kaarten] of [
  ['twenty-two dev kaarten', readDevKaarten],
  ['smidsbroek', ['smidsbroek']],
  ['vlasmarke', ['vlasmarke']],
  ['biezendijk', ['biezendijk']],
  ['hazelbrink', ['hazelbrink']],
  ['tichelhorst', ['tichelhorst']],
  ['korfhuizen', ['korfhuizen']],
  ['slikkerwaard', ['slikkerwaard']],
  ['rietmonde', ['rietmonde']],
  ['touwhoven', ['touwhoven']],
] as const) {
  const questions = devKaartQuestions(kaarten);
  for (const lang of ['nl', 'en'] as const) {
    const r = helpRates(
      questions.filter((q) => q.lang === lang),
      model,
    );
    console.log(
      `${name.padEnd(21)} ${lang}  checked or crisis ${pct(r.checks + r.crises, r.questions)}  firm or crisis ${pct(r.firmChecks + r.crises, r.questions)}  crisis ${r.crises}`,
    );
  }
}
