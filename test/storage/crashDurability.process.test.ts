import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { JsonDocumentStore } from '../../src/storage/jsonDocumentStore.js';
import { captureLogger } from '../support/logs.js';
import { createTempDirectory, type TempDirectory } from '../support/tempDirectory.js';
import type { RecordsDocument } from './fixtures/storeChild.js';
import { spawnStoreChild, type StoreChild } from './fixtures/spawnStoreChild.js';

/** Two lanes of processes side by side keep 22 rounds within the time budget on two cores. */
const LANES = 2;
const ROUNDS_PER_LANE = 11;

let temp: TempDirectory;
const children: StoreChild[] = [];

beforeEach(async () => {
  temp = await createTempDirectory();
});

afterEach(async () => {
  await Promise.all(children.splice(0).map((child) => child.kill('SIGKILL')));
  await temp.remove();
});

interface LaneResult {
  readonly acknowledged: number;
  readonly leftoverTempFiles: number;
}

async function runLane(lane: number): Promise<LaneResult> {
  const file = temp.file(`lane-${lane}/records.json`);
  let acknowledged = 0;
  let leftoverTempFiles = 0;
  const everAcked = new Set<number>();

  for (let round = 0; round < ROUNDS_PER_LANE; round += 1) {
    const child = spawnStoreChild('append', file);
    children.push(child);
    // Now and then kill during start-up (open, lock, first write); mostly kill mid-stream.
    if (round % 5 === 4) {
      await new Promise((resolve) => setTimeout(resolve, 100 + Math.random() * 300));
    } else {
      await child.ready;
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 60));
    }
    await child.kill('SIGKILL');
    for (const id of child.acked) everAcked.add(id);
    acknowledged += child.acked.length;

    const names = await readdir(path.dirname(file)).catch(() => [] as string[]);
    leftoverTempFiles += names.filter((name) => name.endsWith('.tmp')).length;
    const lockLeft = names.includes('records.json.lock');

    // The file is whole JSON and holds every record any child ever acknowledged, each once.
    const onDisk = names.includes('records.json')
      ? (JSON.parse(await readFile(file, 'utf8')) as RecordsDocument)
      : { records: [] };
    expect(new Set(onDisk.records).size).toBe(onDisk.records.length);
    const kept = new Set(onDisk.records);
    const lost = [...everAcked].filter((id) => !kept.has(id));
    expect(lost, `lane ${lane} round ${round}: acknowledged but lost`).toEqual([]);

    // Reopening takes over the dead child's lock and sees exactly the file.
    const logs = captureLogger();
    const store = await JsonDocumentStore.open<RecordsDocument>({
      file,
      defaults: { records: [] },
      logger: logs.logger,
    });
    expect(store.read()).toEqual(onDisk);
    if (lockLeft) expect(withMessage(logs, 'taking it over')).toHaveLength(1);
    const afterOpen = await readdir(path.dirname(file));
    expect(afterOpen.filter((name) => name.endsWith('.tmp'))).toEqual([]);
    await store.close();
  }
  return { acknowledged, leftoverTempFiles };
}

describe('JsonDocumentStore under SIGKILL', () => {
  it(
    'never loses an acknowledged update and always leaves a readable file',
    { timeout: 60_000 },
    async () => {
      const results = await Promise.all(Array.from({ length: LANES }, (_, lane) => runLane(lane)));
      const acknowledged = results.reduce((sum, result) => sum + result.acknowledged, 0);
      // The test means something only if the children got writes acknowledged before dying.
      expect(acknowledged).toBeGreaterThan(LANES * ROUNDS_PER_LANE);
      console.info(
        `SIGKILL rounds: ${LANES * ROUNDS_PER_LANE}, acknowledged records: ${acknowledged}, ` +
          `temp files left by a kill mid-write: ${results.reduce((sum, r) => sum + r.leftoverTempFiles, 0)}`,
      );
    },
  );
});

function withMessage(
  capture: ReturnType<typeof captureLogger>,
  text: string,
): Record<string, unknown>[] {
  return capture
    .lines()
    .filter((line) => typeof line['msg'] === 'string' && line['msg'].includes(text));
}
