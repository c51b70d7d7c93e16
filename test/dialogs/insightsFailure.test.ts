import { describe, expect, it } from 'vitest';
import type { InsightAggregateStore } from '../../src/insights/aggregateStore.js';
import { RecordingInsights } from '../../src/insights/insights.js';
import { MemoryAggregateStore } from '../../src/insights/memoryAggregateStore.js';
import { captureLogger } from '../support/logs.js';
import { ManualClock } from '../support/manualClock.js';
import { createHarness, texts, type Harness } from './conversationHarness.js';

/** A store that fails every write, as a full disk or a lost PostgreSQL connection would. */
function failingStore(): InsightAggregateStore {
  const memory = new MemoryAggregateStore();
  return {
    add: () =>
      Promise.reject(
        Object.assign(new Error('disk full at Fatima 0612345678'), { code: 'ENOSPC' }),
      ),
    read: (filter) => memory.read(filter),
    pruneBefore: (day) => memory.pruneBefore(day),
    size: () => memory.size(),
    close: () => memory.close(),
  };
}

/**
 * A script that counts through every path the conversation has: the intake's search events and
 * "Helpt dit u verder?", the handover steps up to the reference, and the crisis guard.
 */
const SCRIPT = [
  'Ik kan mijn rekeningen niet meer betalen',
  'ja',
  '1',
  '45 jaar',
  '7544',
  'ja, zelf',
  'Ja',
  '4',
  'ik wil een mens spreken',
  'ja',
  'Fatima',
  '06 12345678',
  'ja, bellen mag',
  'in de ochtend',
  'Ja, versturen',
  'ik wil niet meer leven',
];

async function run(harness: Harness): Promise<string[][]> {
  const chat = harness.chat();
  const transcript = [texts(await chat.join())];
  for (const message of SCRIPT) transcript.push(texts(await chat.say(message)));
  return transcript;
}

describe('counting for the gemeente never breaks a turn', () => {
  it('a transcript whose insights store throws gets the same replies, and the failure is logged by code only', async () => {
    const healthy = createHarness({ clock: new ManualClock('2026-03-02T09:00:00Z') });
    const expected = await run(healthy);
    // The script really counts: questions, handover steps and the crisis.
    const counted = new Set((await healthy.insights.rows()).map((row) => row.kind));
    expect([...counted]).toEqual(
      expect.arrayContaining(['question', 'voorziening', 'helped', 'score', 'handover', 'crisis']),
    );
    const said = expected.flat().join('\n');
    expect(said).toContain('Uw nummer is WW-2026-000001.');
    expect(said).toContain('0800-0113');

    const logs = captureLogger();
    const clock = new ManualClock('2026-03-02T09:00:00Z');
    const broken = createHarness({
      clock,
      logger: logs.logger,
      insights: new RecordingInsights({ store: failingStore(), clock, logger: logs.logger }),
    });
    const replies = await run(broken);

    expect(replies).toEqual(expected);
    expect(await broken.insights.rows()).toEqual([]);
    const failures = logs.lines().filter((line) => line.msg === 'insight not counted');
    expect(failures.length).toBeGreaterThanOrEqual(counted.size);
    expect(failures[0]).toMatchObject({ cause: { name: 'Error', code: 'ENOSPC' } });
    const logged = logs.text();
    expect(logged).not.toContain('disk full');
    expect(logged).not.toContain('schulden');
    expect(logged).not.toContain('0612345678');
  });
});
