import { describe, expect, it } from 'vitest';
import type { CrisisRecord } from '../../src/safety/crisisRecorder.js';
import { InMemoryCrisisRecorder, recordCrisis } from '../../src/safety/crisisRecorder.js';
import type { CrisisDetected } from '../../src/safety/detectCrisis.js';

const at = new Date('2026-11-23T21:15:00+01:00');
const clock = { now: () => new Date(at) };

describe('CrisisRecorder', () => {
  it('records one fact per kind, with the time from the clock', async () => {
    const recorder = new InMemoryCrisisRecorder();
    const assessment: CrisisDetected = {
      isCrisis: true,
      kinds: ['danger', 'abuse'],
      ruleIds: ['abuse.hit-victim', 'danger.violence-now'],
    };
    await recordCrisis(recorder, assessment, clock);
    expect(recorder.records()).toEqual([
      { kind: 'danger', at },
      { kind: 'abuse', at },
    ]);
  });

  it('keeps only kind and time, even when a caller passes more', async () => {
    const recorder = new InMemoryCrisisRecorder();
    const wider = { kind: 'suicide', at, text: 'ik wil dood', conversationId: 'c-1' } as const;
    const entry: CrisisRecord = wider;
    await recorder.record(entry);
    const stored = recorder.records();
    expect(stored).toEqual([{ kind: 'suicide', at }]);
    expect(JSON.stringify(stored)).not.toContain('dood');
    expect(JSON.stringify(stored)).not.toContain('c-1');
  });

  it('cannot be changed through the records it hands out', async () => {
    const recorder = new InMemoryCrisisRecorder();
    await recorder.record({ kind: 'abuse', at });
    recorder.records()[0]?.at.setFullYear(2000);
    expect(recorder.records()[0]?.at).toEqual(at);
  });
});
