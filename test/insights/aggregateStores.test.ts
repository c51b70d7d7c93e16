import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { MemoryAggregateStore } from '../../src/insights/memoryAggregateStore.js';
import { DayFileAggregateStore } from '../../src/insights/dayFileAggregateStore.js';
import { RecordingInsights } from '../../src/insights/insights.js';
import { silentLogger } from '../support/logs.js';
import { createTempDirectory } from '../support/tempDirectory.js';
import { aggregateStoreContract } from './aggregateStoreContract.js';

aggregateStoreContract('MemoryAggregateStore', async () => ({
  open: () => Promise.resolve(new MemoryAggregateStore()),
  cleanup: () => Promise.resolve(),
}));

aggregateStoreContract('DayFileAggregateStore', async () => {
  const dir = await createTempDirectory();
  const open = () =>
    DayFileAggregateStore.open({ dir: dir.file('insights'), logger: silentLogger() });
  return { open, reopen: open, cleanup: () => dir.remove() };
});

describe('DayFileAggregateStore', () => {
  it('writes one file per day, so a count touches only its own day', async () => {
    const dir = await createTempDirectory();
    try {
      const store = await DayFileAggregateStore.open({
        dir: dir.file('insights'),
        logger: silentLogger(),
      });
      await store.add([
        { day: '2026-02-27', kind: 'score', dimensions: { score: '5' }, count: 1 },
        { day: '2026-03-02', kind: 'score', dimensions: { score: '4' }, count: 1 },
      ]);
      const february = await readFile(store.fileOf('2026-02-27'), 'utf8');
      await store.add([{ day: '2026-03-03', kind: 'score', dimensions: { score: '4' }, count: 1 }]);
      expect(await readFile(store.fileOf('2026-02-27'), 'utf8')).toBe(february);
      expect(
        (await readdir(dir.file('insights'))).filter((name) => name.endsWith('.json')).sort(),
      ).toEqual(['2026-02-27.json', '2026-03-02.json', '2026-03-03.json']);
      await store.close();
    } finally {
      await dir.remove();
    }
  });

  it('reads while another process writes (read-only, no lock) and refuses to write then', async () => {
    const dir = await createTempDirectory();
    try {
      const writer = await DayFileAggregateStore.open({
        dir: dir.file('insights'),
        logger: silentLogger(),
      });
      await writer.add([
        { day: '2026-03-02', kind: 'score', dimensions: { score: '4' }, count: 2 },
      ]);
      const reader = await DayFileAggregateStore.open({
        dir: dir.file('insights'),
        logger: silentLogger(),
        readOnly: true,
      });
      expect((await reader.read({}))[0]?.count).toBe(2);
      await writer.add([
        { day: '2026-03-02', kind: 'score', dimensions: { score: '4' }, count: 1 },
      ]);
      expect((await reader.read({}))[0]?.count).toBe(3);
      await expect(reader.add([])).rejects.toMatchObject({ code: 'WW-8101' });
      await writer.close();
      await reader.close();
    } finally {
      await dir.remove();
    }
  });

  it('reads a day file written before the care kind, and counts the care reply beside it', async () => {
    const dir = await createTempDirectory();
    try {
      // A day file exactly as the version before `care_question` wrote it, typed out here so a
      // change of the format on disk shows.
      await mkdir(dir.file('insights'));
      await writeFile(
        dir.file('insights/2026-02-27.json'),
        JSON.stringify({
          version: 1,
          day: '2026-02-27',
          rows: {
            '["2026-02-27","gemeente_question",[["dienst","afval"]]]': {
              day: '2026-02-27',
              kind: 'gemeente_question',
              dimensions: { dienst: 'afval' },
              count: 6,
            },
          },
        }),
      );
      const store = await DayFileAggregateStore.open({
        dir: dir.file('insights'),
        logger: silentLogger(),
      });
      await new RecordingInsights({ store }).record(
        { kind: 'care_question', dienst: 'huisarts-en-zorg' },
        new Date('2026-03-02T10:00:00Z'),
      );
      expect((await store.read({})).map((row) => [row.day, row.kind, row.count])).toEqual([
        ['2026-02-27', 'gemeente_question', 6],
        ['2026-03-02', 'care_question', 1],
      ]);
      await store.close();
    } finally {
      await dir.remove();
    }
  });

  it('moves the counters of an old insights.json into day files once', async () => {
    const dir = await createTempDirectory();
    try {
      const legacyFile = dir.file('insights.json');
      const row = (day: string, count: number) => ({
        day,
        kind: 'crisis',
        dimensions: { crisisKind: 'suicide' },
        count,
      });
      await writeFile(
        legacyFile,
        JSON.stringify({ version: 1, rows: { a: row('2026-01-05', 2), b: row('2026-02-06', 3) } }),
      );
      const options = { dir: dir.file('insights'), logger: silentLogger(), legacyFile };
      const store = await DayFileAggregateStore.open(options);
      expect(await store.read({})).toEqual([row('2026-01-05', 2), row('2026-02-06', 3)]);
      await store.close();
      const again = await DayFileAggregateStore.open(options);
      expect((await again.read({})).map((stored) => stored.count)).toEqual([2, 3]);
      expect(await readdir(dir.path)).toContain('insights.json.migrated');
      await again.close();
    } finally {
      await dir.remove();
    }
  });
});
