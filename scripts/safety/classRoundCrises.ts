/**
 * `npx tsx scripts/safety/classRoundCrises.ts [--save FILE | --compare FILE]`: how the safety check
 * as shipped (rules, concern model and frame reader, each line a first message) answers every
 * crisis of the class rounds 26 to 36 (roundClassSets.ts, classRoundCrises): per round, crisis
 * replies, checks (firm or soft), misses and wrong lines. The thirty-fourth to thirty-sixth rounds
 * wrote no class set, so classMessages.ts does not read their crises; this does, beside the older
 * rounds'. `--save` writes every outcome, `--compare` lists each one that changed. Dev phrasings
 * only: never the frozen test or an unseen round.
 */
import type { CrisisKind } from '../../src/safety/crisisKind.js';
import { classRoundCrises } from './roundClassSets.js';
import { assessAndCount, saveOrCompare, showsRightLine, type Count } from './roundOutcomes.js';

const outcomes: Record<string, string> = {};
const byRound = new Map<string, Count & { total: number; wrong: number }>();
for (const { round, text, kinds } of classRoundCrises()) {
  const count = byRound.get(round) ?? { crisis: 0, firm: 0, soft: 0, total: 0, wrong: 0 };
  const { result, said } = assessAndCount(text, count);
  count.total += 1;
  if (!showsRightLine(result, kinds as CrisisKind[])) count.wrong += 1;
  byRound.set(round, count);
  outcomes[`${round}\t${text}`] =
    `${said} ${result.kinds.join('+')} ${result.lines.map((line) => line.kind).join('>')}`;
}
const all = { crisis: 0, firm: 0, soft: 0, total: 0, wrong: 0 };
for (const [round, c] of byRound) {
  const caught = c.crisis + c.firm + c.soft;
  console.log(
    `round ${round}  crises ${c.total}  crisis reply ${c.crisis}  caught ${caught}  firm ${c.firm}  soft ${c.soft}  none ${c.total - caught}  wrong line ${c.wrong}`,
  );
  for (const key of Object.keys(all) as (keyof typeof all)[]) all[key] += c[key];
}
console.log(
  `all      crises ${all.total}  crisis reply ${all.crisis}  caught ${all.crisis + all.firm + all.soft}  firm ${all.firm}  soft ${all.soft}  wrong line ${all.wrong}`,
);
saveOrCompare(process.argv, outcomes, { defaultFile: 'class-round-crises.json', listNew: true });
