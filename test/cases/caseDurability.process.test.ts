import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { readdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FileCaseRepository, readCaseSnapshot } from '../../src/cases/fileCaseRepository.js';
import { silentLogger } from '../support/logs.js';
import { createTempDirectory, type TempDirectory } from '../support/tempDirectory.js';
import { FakeClock, newCaseInput } from './fixtures/caseFixtures.js';

const script = fileURLToPath(new URL('./fixtures/caseChild.ts', import.meta.url));
const ROUNDS = 8;

interface CaseChild {
  readonly acked: string[];
  readonly ready: Promise<void>;
  kill(): Promise<void>;
}

const running: ChildProcess[] = [];

function spawnCaseChild(file: string): CaseChild {
  const child = spawn(process.execPath, ['--import', 'tsx', script, file], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.push(child);
  const acked: string[] = [];
  let buffered = '';
  let stderr = '';
  const closed = once(child, 'close').then(() => undefined);
  const ready = new Promise<void>((resolve, reject) => {
    child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
      buffered += chunk;
      const lines = buffered.split('\n');
      buffered = lines.pop() ?? '';
      for (const line of lines) {
        if (line.startsWith('ready ')) resolve();
        else if (line.startsWith('ack ')) acked.push(line.slice(4));
      }
    });
    void closed.then(() => reject(new Error(`child exited early: ${stderr.slice(0, 2000)}`)));
  });
  ready.catch(() => undefined);
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => {
    stderr += chunk;
  });
  return {
    acked,
    ready,
    kill: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      // 'close' waits until every line the child wrote before dying has been read.
      await closed;
    },
  };
}

let temp: TempDirectory;

beforeEach(async () => {
  temp = await createTempDirectory();
});

afterEach(async () => {
  for (const child of running.splice(0)) {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  }
  await temp.remove();
});

describe('FileCaseRepository under SIGKILL', () => {
  it('keeps every case whose reference was acknowledged, and the file stays valid', async () => {
    const file = temp.file('data/cases');
    const everAcked = new Set<string>();
    for (let round = 0; round < ROUNDS; round += 1) {
      const child = spawnCaseChild(file);
      await child.ready;
      await new Promise((resolve) => setTimeout(resolve, 20 + Math.random() * 120));
      await child.kill();
      for (const reference of child.acked) everAcked.add(reference);

      // The file parses against the case schema and holds every acknowledged case.
      const snapshot = readCaseSnapshot(temp.file('data'));
      const stored = new Set(Object.keys(snapshot.cases));
      const lost = [...everAcked].filter((reference) => !stored.has(reference));
      expect(lost, `round ${round}: acknowledged but lost`).toEqual([]);
      // Each year's sequence is at least its highest stored number: no reference is reused.
      for (const reference of stored) {
        const [, year = '', sequence = ''] = reference.split('-');
        expect(snapshot.sequences[year] ?? 0).toBeGreaterThanOrEqual(Number(sequence));
      }
    }
    expect(everAcked.size).toBeGreaterThan(ROUNDS);

    // A restart opens the file (taking over the dead child's lock) and carries on numbering.
    const repository = await FileCaseRepository.open({
      dir: file,
      clock: new FakeClock(new Date()),
      referencePrefix: 'WW',
      logger: silentLogger(),
    });
    const before = (await repository.list()).length;
    const next = await repository.create(newCaseInput());
    expect(everAcked.has(next.reference)).toBe(false);
    expect(await repository.list()).toHaveLength(before + 1);
    await repository.close();
    const names = (await readdir(file, { recursive: true })).map(String);
    expect(names.filter((name) => name.endsWith('.tmp'))).toEqual([]);
  }, 120_000);
});
