import { assessSafety } from '../../src/safety/assessSafety.js';
import { frameModelNearMisses, frameModelCrises } from '../../test/safety/frameModelPhrasings.js';
import { nearMissesWrittenForTheFrames, crisesWrittenForTheFrames } from '../../test/safety/heldOut.js';
const show = process.argv.includes('--lines');
function run(name: string, nm: readonly string[], cr: readonly string[]) {
  let nmCrisis = 0, nmCheck = 0, crCrisis = 0, crCheck = 0, crNone = 0;
  for (const t of nm) { const a = assessSafety(t); if (a.outcome==='crisis') nmCrisis++; else if (a.outcome==='check') nmCheck++; if (show && a.outcome==='crisis') console.log('NM crisis', a.explanation.ruleIds.join(','), '|', t.slice(0,90)); }
  for (const t of cr) { const a = assessSafety(t); if (a.outcome==='crisis') crCrisis++; else if (a.outcome==='check') crCheck++; else crNone++; if (show && a.outcome!=='crisis') console.log('CR', a.outcome, a.explanation.source, a.explanation.ruleIds.join(','), '|', t.slice(0,90)); }
  console.log(`${name}: near misses ${nm.length}: crisis ${nmCrisis}, check ${nmCheck}; crises ${cr.length}: crisis ${crCrisis}, check ${crCheck}, none ${crNone}`);
}
run('new held-out (frameModelPhrasings)', frameModelNearMisses, frameModelCrises.map(c=>c.text));
run('tenth-round frame sets', nearMissesWrittenForTheFrames, crisesWrittenForTheFrames);
