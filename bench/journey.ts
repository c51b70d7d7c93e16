/**
 * `npm run bench:journey`: how many messages a resident needs from the first message to a result
 * card (ADR 0014), for the realistic residents of the journey suite (test/dialogs/journeys/) on
 * the shipped sociale kaart and the real search. The residents answer whatever the wijkwijzer
 * asks, so a better intake shows up as fewer turns. Prints one line per resident, then the median,
 * mean and maximum over those that reach a result card, and the turns to a reference for those who
 * hand over. Deterministic: one round is enough.
 */
import { journeys } from '../test/dialogs/journeys/personas.js';
import { playOnRealKnowledge, startRealServices } from '../test/dialogs/journeys/realServices.js';
import { ManualClock } from '../test/support/manualClock.js';
import { median } from './measure.js';

const clock = new ManualClock('2026-03-02T09:00:00Z');
const real = await startRealServices(clock);
const toResult: number[] = [];
const toReference: number[] = [];
try {
  console.log('resident'.padEnd(62), 'turns to card', 'ended with');
  for (const journey of journeys) {
    const { result } = await playOnRealKnowledge(real, clock, journey);
    if (result.turnsToResult !== null) toResult.push(result.turnsToResult);
    if (result.reference !== null) toReference.push(result.turns);
    console.log(
      `${journey.persona.theme}: ${journey.persona.name}`.slice(0, 61).padEnd(62),
      String(result.turnsToResult ?? '-').padStart(13),
      result.endedWith,
    );
  }
} finally {
  await real.stop();
}

const mean = toResult.reduce((sum, value) => sum + value, 0) / toResult.length;
console.log('');
console.log(
  `to a result card: ${toResult.length} of ${journeys.length} residents; median ${median(toResult)}, mean ${mean.toFixed(2)}, max ${Math.max(...toResult)} turns`,
);
console.log(
  `to a handover reference: ${toReference.length} residents; median ${median(toReference)} turns`,
);
console.log(`node ${process.version}, ${new Date().toISOString()}`);
