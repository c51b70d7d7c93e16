/**
 * `npx tsx scripts/safety/diagnoseHelpQuestions.ts [--all] [--every-dev-kaart | --kaart NAME]`: the help questions of the dev kaarten
 * (Vechtstede and Reggedal since the seventh round, Elsenvoorde since the eighth) that the shipped model checks or
 * answers with a crisis, message by message, with the reason: rule ids, the concern and the
 * strongest features. For choosing what a training-only round or a guard is written for. Never
 * reads the Hengelo kaart, a frozen split, an unseen round or a kaart written apart
 * (docs/adr/0012-safety-net.md, seventh round).
 */
import { assessSafety } from '../../src/safety/assessSafety.js';
import { loadConcernModel } from '../../src/safety/concernModel.js';
import { devKaartQuestions, readDevKaarten } from './helpQuestions.js';

const modelAt = process.argv.indexOf('--model');
const model = loadConcernModel(modelAt === -1 ? undefined : process.argv[modelAt + 1]);
const showAll = process.argv.includes('--all');
const quiet = process.argv.includes('--summary');
const counts = new Map<string, { questions: number; checks: number; firm: number }>();
// --every-dev-kaart: also Kolthoorn, Hesselbroek, Brakelveen, Ravelsloo, Wolderbeek, Lindewaard,
// Weversdal, Kuipersveld, Smidsbroek, Vlasmarke, Biezendijk, Hazelbrink, Tichelhorst, Korfhuizen,
// Slikkerwaard, Rietmonde and Touwhoven, dev sets the tuner does not fit on.
// --kaart NAME (repeatable, any case: "Rietmonde" or "rietmonde"): those kaarten only, and only
// dev kaarten: a kaart written apart is measured by the bench, never read message by message here.
const named = process.argv.flatMap((arg, i) =>
  process.argv[i - 1] === '--kaart' ? [arg.toLowerCase()] : [],
);
const notDev = named.filter((name) => !readDevKaarten.includes(name));
if (notDev.length > 0) {
  console.error(
    `Not a dev kaart: ${notDev.join(', ')}. Choose from: ${readDevKaarten.join(', ')} (ADR 0012).`,
  );
  process.exit(2);
}
const questions = devKaartQuestions(
  named.length > 0
    ? named
    : process.argv.includes('--every-dev-kaart')
      ? readDevKaarten
      : undefined,
);
let flagged = 0;
for (const question of questions) {
  const result = assessSafety(question.text, { model });
  const group = `${question.set}/${question.lang}`;
  const count = counts.get(group) ?? { questions: 0, checks: 0, firm: 0 };
  count.questions += 1;
  if (result.outcome !== 'none') count.checks += 1;
  if (result.outcome === 'crisis' || result.checkStrength === 'firm') count.firm += 1;
  counts.set(group, count);
  if (result.outcome !== 'none') flagged += 1;
  if (quiet || (result.outcome === 'none' && !showAll)) continue;
  const e = result.explanation;
  const strength = result.checkStrength ?? result.outcome;
  console.log(
    `${strength.padEnd(6)} ${question.set}/${question.lang} c=${e.concern.toFixed(2)} ${e.ruleIds.join(',')} [${e.strongest.join(' | ')}] ${question.text}`,
  );
}
console.log(`${flagged} of ${questions.length} flagged`);
for (const lang of ['nl', 'en']) {
  const pooled = { questions: 0, checks: 0, firm: 0 };
  for (const [group, count] of counts) {
    if (!group.endsWith(`/${lang}`)) continue;
    pooled.questions += count.questions;
    pooled.checks += count.checks;
    pooled.firm += count.firm;
  }
  counts.set(`pooled/${lang}`, pooled);
}
for (const [group, { questions: n, checks, firm }] of counts) {
  const pct = (x: number) => `${((100 * x) / n).toFixed(1)}%`;
  console.log(
    `${group.padEnd(14)} ${String(n).padStart(3)} checked ${pct(checks)} (${checks}) firm ${pct(firm)} (${firm})`,
  );
}
