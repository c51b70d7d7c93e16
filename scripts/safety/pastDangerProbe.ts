import { assessSafety } from '../../src/safety/assessSafety.js';
import { dangerOver, dangerStill } from '../../test/safety/rules/pastDangerPhrasings.js';
let bad = 0;
for (const t of dangerOver) {
  const r = assessSafety(t);
  const ok = r.outcome !== 'crisis';
  if (!ok) bad++;
  console.log(
    `${ok ? 'ok  ' : 'BAD '} over  ${r.outcome}/${r.checkStrength ?? ''} ${r.explanation.ruleIds.join(',')} | ${t}`,
  );
}
for (const t of dangerStill) {
  const r = assessSafety(t);
  const ok = r.outcome === 'crisis' && r.lines.some((l) => l.kind === 'danger');
  if (!ok) bad++;
  console.log(
    `${ok ? 'ok  ' : 'BAD '} still ${r.outcome}/${r.checkStrength ?? ''} ${r.explanation.ruleIds.join(',')} ${r.lines.map((l) => l.kind).join('+')} | ${t}`,
  );
}
console.log(`over ${dangerOver.length} still ${dangerStill.length} wrong ${bad}`);
