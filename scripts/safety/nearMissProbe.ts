/**
 * `npx tsx scripts/safety/nearMissProbe.ts`: the shipped check on the near-miss probe
 * (test/safety/rules/nearMissPhrasings.ts): a near miss with a crisis reply is wrong, a crisis
 * without one is wrong. Prints each line and the count per class.
 */
import { assessSafety } from '../../src/safety/assessSafety.js';
import { crises, nearMisses } from '../../test/safety/rules/nearMissPhrasings.js';

let wrong = 0;
for (const [name, texts] of Object.entries(nearMisses)) {
  let bad = 0;
  for (const text of texts) {
    const result = assessSafety(text);
    const ok = result.outcome !== 'crisis';
    if (!ok) bad += 1;
    console.log(
      `${ok ? 'ok ' : 'BAD'} near ${name} ${result.outcome}/${result.checkStrength ?? ''} ${result.explanation.ruleIds.join(',')} | ${text}`,
    );
  }
  wrong += bad;
  console.log(`near misses ${name}: ${bad} of ${texts.length} with a crisis reply`);
}
for (const [name, texts] of Object.entries(crises)) {
  let bad = 0;
  for (const text of texts) {
    const result = assessSafety(text);
    const ok = result.outcome === 'crisis';
    if (!ok) bad += 1;
    console.log(
      `${ok ? 'ok ' : 'BAD'} crisis ${name} ${result.outcome}/${result.checkStrength ?? ''} ${result.explanation.ruleIds.join(',')} | ${text}`,
    );
  }
  wrong += bad;
  console.log(`crises ${name}: ${bad} of ${texts.length} without a crisis reply`);
}
console.log(`wrong ${wrong}`);
