/**
 * `npx tsx scripts/safety/shortMessages.ts [--lines] [--save FILE | --compare FILE]`: how the
 * safety check (rules, concern model and frame reader as shipped, each line a first message)
 * answers the twenty-fifth round's very short messages (docs/adr/0012-safety-net.md): per crisis
 * kind group, crisis replies, checks (firm or soft), misses and wrong lines; for the ordinary and
 * near-miss lines, crisis replies and firm checks. `--save` writes every outcome, `--compare` lists
 * each one that changed. Never reads the frozen test or an unseen round.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { assessSafety, type SafetyAssessment } from '../../src/safety/assessSafety.js';
import type { CrisisKind } from '../../src/safety/crisisKind.js';
import { rightLine } from './rightLine.js';
import {
  shortCallCrises,
  shortCallOrdinary,
  shortChildCrises,
  shortChildDangerCrises,
  shortDangerCrises,
  shortGreetings,
  shortMedicalCrises,
  shortNearMisses,
  shortNeeds,
  shortOverdoseCrises,
  shortRequests,
  shortSuicideCrises,
  shortViolenceCrises,
  type ShortCrisis,
} from '../../test/safety/rules/twentyFifthRoundPhrasings.js';

const showLines = process.argv.includes('--lines');
const outcomes: Record<string, string> = {};

function verdict(result: SafetyAssessment): string {
  if (result.outcome === 'check') return `check-${result.checkStrength ?? 'firm'}`;
  return result.outcome;
}

/** Assesses one message, records its outcome line and counts it as crisis, firm or soft check. */
function assessAndCount(
  text: string,
  count: { crisis: number; firm: number; soft: number },
): ReturnType<typeof assessSafety> {
  const result = assessSafety(text);
  const said = verdict(result);
  outcomes[text] = `${said} ${result.kinds.join('+')} ${result.explanation.ruleIds.join(',')}`;
  if (result.outcome === 'crisis') count.crisis += 1;
  if (said === 'check-firm') count.firm += 1;
  if (said === 'check-soft') count.soft += 1;
  return result;
}

function crisisGroup(name: string, group: readonly ShortCrisis[]): void {
  const count = { crisis: 0, firm: 0, soft: 0 };
  let wrong = 0;
  for (const { text, kinds } of group) {
    const result = assessAndCount(text, count);
    const shown = result.lines.map((line) => line.kind as CrisisKind);
    const right = result.outcome === 'none' || rightLine(result.outcome, kinds, shown);
    if (!right) wrong += 1;
    if (showLines && (result.outcome !== 'crisis' || !right)) {
      console.log(`  ${right ? '' : 'LINE '}${outcomes[text]} need=${kinds.join('+')} | ${text}`);
    }
  }
  const { crisis, firm, soft } = count;
  const missed = group.length - crisis - firm - soft;
  console.log(
    `crisis ${name.padEnd(14)} ${String(group.length).padStart(4)}  crisis ${crisis}  firm ${firm}  soft ${soft}  none ${missed}  wrong line ${wrong}`,
  );
}

function ordinaryGroup(name: string, group: readonly string[]): void {
  const count = { crisis: 0, firm: 0, soft: 0 };
  for (const text of group) {
    const result = assessAndCount(text, count);
    if (showLines && result.outcome !== 'none') console.log(`  ${outcomes[text]} | ${text}`);
  }
  const { crisis, firm, soft } = count;
  console.log(
    `ordinary ${name.padEnd(12)} ${String(group.length).padStart(4)}  crisis ${crisis}  firm ${firm}  soft ${soft}`,
  );
}

crisisGroup('suicide', shortSuicideCrises);
crisisGroup('overdose', shortOverdoseCrises);
crisisGroup('violence', shortViolenceCrises);
crisisGroup('child', shortChildCrises);
crisisGroup('child-danger', shortChildDangerCrises);
crisisGroup('medical', shortMedicalCrises);
crisisGroup('danger', shortDangerCrises);
crisisGroup('call', shortCallCrises);
ordinaryGroup('greetings', shortGreetings);
ordinaryGroup('needs', shortNeeds);
ordinaryGroup('requests', shortRequests);
ordinaryGroup('near-misses', shortNearMisses);
ordinaryGroup('call', shortCallOrdinary);

const saveAt = process.argv.indexOf('--save');
if (saveAt !== -1)
  writeFileSync(process.argv[saveAt + 1] ?? 'short.json', JSON.stringify(outcomes));
const compareAt = process.argv.indexOf('--compare');
if (compareAt !== -1) {
  const before = JSON.parse(readFileSync(process.argv[compareAt + 1] ?? '', 'utf8')) as Record<
    string,
    string
  >;
  for (const [text, now] of Object.entries(outcomes)) {
    if (before[text] !== now) console.log(`CHANGED ${before[text] ?? '(new)'} -> ${now} | ${text}`);
  }
}
