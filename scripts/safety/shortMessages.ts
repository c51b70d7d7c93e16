/**
 * `npx tsx scripts/safety/shortMessages.ts [--lines] [--save FILE | --compare FILE]`: how the
 * safety check (rules, concern model and frame reader as shipped, each line a first message)
 * answers the twenty-fifth round's very short messages (docs/adr/0012-safety-net.md): per crisis
 * kind group, crisis replies, checks (firm or soft), misses and wrong lines; for the ordinary and
 * near-miss lines, crisis replies and firm checks. `--save` writes every outcome, `--compare` lists
 * each one that changed. Never reads the frozen test or an unseen round.
 */
import type { SafetyAssessment } from '../../src/safety/assessSafety.js';
import {
  assessAndCount as assessCounted,
  saveOrCompare,
  showsRightLine,
  type Count,
} from './roundOutcomes.js';
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
} from '../../test/safety/rules/veryShortMessagePhrasings.js';

const showLines = process.argv.includes('--lines');
const outcomes: Record<string, string> = {};

/** Assesses one message, records its outcome line and counts it as crisis, firm or soft check. */
function assessAndCount(text: string, count: Count): SafetyAssessment {
  const { result, said } = assessCounted(text, count);
  outcomes[text] = `${said} ${result.kinds.join('+')} ${result.explanation.ruleIds.join(',')}`;
  return result;
}

function crisisGroup(name: string, group: readonly ShortCrisis[]): void {
  const count: Count = { crisis: 0, firm: 0, soft: 0 };
  let wrong = 0;
  for (const { text, kinds } of group) {
    const result = assessAndCount(text, count);
    const right = showsRightLine(result, kinds);
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
  const count: Count = { crisis: 0, firm: 0, soft: 0 };
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

saveOrCompare(process.argv, outcomes, { defaultFile: 'short.json', listNew: true });
