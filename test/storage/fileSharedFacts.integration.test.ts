import { readFile } from 'node:fs/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FileSharedFacts } from '../../src/storage/fileSharedFacts.js';
import { FakeClock } from '../cases/fixtures/caseFixtures.js';
import { silentLogger } from '../support/logs.js';
import { createTempDirectory, type TempDirectory } from '../support/tempDirectory.js';

/** Shared facts in a file of the embedded store: what a restart must not forget (docs/adr/0008). */
describe('FileSharedFacts', () => {
  let temp: TempDirectory;
  let clock: FakeClock;
  const open = () =>
    FileSharedFacts.open({ file: temp.file('facts.json'), clock, logger: silentLogger() });

  beforeEach(async () => {
    temp = await createTempDirectory();
    clock = new FakeClock('2026-12-03T09:00:00.000Z');
  });

  afterEach(async () => {
    await temp.remove();
  });

  it('keeps facts across a restart, until they expire or are deleted', async () => {
    const first = await open();
    const hour = new Date('2026-12-03T10:00:00.000Z');
    await first.set('pickup-reminder-attempt', 'WW-2026-000001', '2026-12-03T09:00:00.000Z', hour);
    await first.set('pickup-reminder-attempt', 'WW-2026-000002', { attempt: 2 });
    await first.set('pickup-reminder', 'WW-2026-000003', '2026-12-03T08:00:00.000Z');
    await first.delete('pickup-reminder', 'WW-2026-000003');
    await first.close();

    const second = await open();
    expect(await second.get('pickup-reminder-attempt', 'WW-2026-000001')).toBe(
      '2026-12-03T09:00:00.000Z',
    );
    expect(await second.all('pickup-reminder-attempt')).toEqual(
      new Map<string, unknown>([
        ['WW-2026-000001', '2026-12-03T09:00:00.000Z'],
        ['WW-2026-000002', { attempt: 2 }],
      ]),
    );
    expect(await second.get('pickup-reminder', 'WW-2026-000003')).toBeUndefined();
    expect(await second.all('pickup-reminder')).toEqual(new Map());
    // What `storage migrate` copies: every live fact with its expiry.
    expect(second.liveFacts()).toEqual([
      {
        namespace: 'pickup-reminder-attempt',
        key: 'WW-2026-000001',
        value: '2026-12-03T09:00:00.000Z',
        expiresAt: hour,
      },
      {
        namespace: 'pickup-reminder-attempt',
        key: 'WW-2026-000002',
        value: { attempt: 2 },
        expiresAt: undefined,
      },
    ]);

    clock.set(hour);
    expect(await second.get('pickup-reminder-attempt', 'WW-2026-000001')).toBeUndefined();
    expect([...(await second.all('pickup-reminder-attempt')).keys()]).toEqual(['WW-2026-000002']);
    expect(second.liveFacts().map((fact) => fact.key)).toEqual(['WW-2026-000002']);
    // The next write leaves the expired fact out of the file.
    await second.set('pickup-reminder', 'WW-2026-000004', 'x');
    await second.close();
    expect(await readFile(temp.file('facts.json'), 'utf8')).not.toContain('WW-2026-000001');
  });

  it('stores a fact only once with setIfAbsent, again after it expired', async () => {
    const facts = await open();
    const until = new Date('2026-12-03T09:30:00.000Z');
    expect(await facts.setIfAbsent('tokens', 'a', true, until)).toBe(true);
    expect(await facts.setIfAbsent('tokens', 'a', false, until)).toBe(false);
    expect(await facts.get('tokens', 'a')).toBe(true);
    clock.set(until);
    expect(await facts.setIfAbsent('tokens', 'a', false)).toBe(true);
    expect(await facts.get('tokens', 'a')).toBe(false);
    await facts.close();
  });

  it('refuses a value that is no JSON, and knows no inherited names', async () => {
    const facts = await open();
    await expect(facts.set('n', 'k', () => undefined)).rejects.toThrow();
    await expect(facts.set('n', 'k', new Map())).rejects.toThrow();
    expect(await facts.get('n', 'k')).toBeUndefined();
    expect(await facts.get('constructor', 'name')).toBeUndefined();
    expect(await facts.get('n', 'constructor')).toBeUndefined();
    expect(await facts.all('toString')).toEqual(new Map());
    await facts.close();
  });
});
