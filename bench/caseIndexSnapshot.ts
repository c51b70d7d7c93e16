/**
 * `ONLY=index npm run bench:storage`: what the embedded case index of the last clean shutdown
 * (`cases/index.json`, docs/adr/0019 third amendment §1) costs at SIZES cases (default 100,000):
 * its size, the write at close and the read at open (wall and CPU of this process), against an
 * open that reads every case file (the first start, or one after a crash). The cases are clones
 * of one created through the repository, spread over the wijkteams, 1 in 20 open. Medians of
 * ROUNDS close/open pairs.
 */
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { caseFileOf, casesDirectory, FileCaseRepository } from '../src/cases/fileCaseRepository.js';
import { formatReference } from '../src/cases/reference.js';
import { createLogger } from '../src/shared/logger.js';
import { newCaseInput } from '../test/cases/fixtures/caseFixtures.js';
import { median } from './measure.js';

const SIZES = (process.env.SIZES ?? '100000').split(',').map(Number);
const ROUNDS = Number(process.env.ROUNDS ?? 5);
const TEAMS = ['wesselerbrink', 'roombeek', 'glanerbrug', 'centrum', 'boswinkel'];
const logger = createLogger({ level: 'silent' });
const clock = { now: () => new Date('2025-06-01T10:00:00Z') };

async function timed<T>(work: () => Promise<T>): Promise<{ value: T; wall: number; cpu: number }> {
  const wallStart = performance.now();
  const cpuStart = process.cpuUsage();
  const value = await work();
  const cpu = process.cpuUsage(cpuStart);
  return { value, wall: performance.now() - wallStart, cpu: (cpu.user + cpu.system) / 1000 };
}

/** `size` case files cloned from one real case, written without fsync (seeding, not measuring). */
async function seed(size: number): Promise<{ dataDir: string; dir: string }> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'wijkwijzer-index-bench-'));
  const dir = casesDirectory(dataDir);
  const first = await FileCaseRepository.open({ dir, clock, referencePrefix: 'WW', logger });
  const made = await first.create(newCaseInput());
  await first.close();
  const base = JSON.parse(readFileSync(path.join(dir, caseFileOf(made.reference)), 'utf8')) as {
    status: string;
  };
  mkdirSync(path.join(dir, '2025'), { recursive: true });
  for (let index = 1; index < size; index += 1) {
    const reference = formatReference('WW', 2025, index + 1);
    const clone = {
      ...base,
      reference,
      wijkteam: TEAMS[index % TEAMS.length],
      status: index % 20 === 0 ? 'nieuw' : base.status,
      residentKey: `webchat:dl_seed${index}`,
    };
    writeFileSync(path.join(dir, caseFileOf(reference)), `${JSON.stringify(clone)}\n`);
  }
  writeFileSync(path.join(dir, 'sequences.json'), JSON.stringify({ '2025': size }));
  return { dataDir, dir };
}

const ms = (value: number) => `${value.toFixed(0)} ms`;
console.log(
  `embedded case index of the last clean shutdown: close (writes it) and open (reads it), median of ${ROUNDS}; load ${os
    .loadavg()
    .map((load) => load.toFixed(1))
    .join(' ')}, Node ${process.version}`,
);
console.log(
  '| cases | index file | close: wall / CPU | open from the index: wall / CPU | open from every case file: wall / CPU |',
);
console.log('|---|---|---|---|---|');
for (const size of SIZES) {
  const { dataDir, dir } = await seed(size);
  try {
    const fromFiles = await timed(() =>
      FileCaseRepository.open({ dir, clock, referencePrefix: 'WW', logger }),
    );
    let repository = fromFiles.value;
    const closes: Array<{ wall: number; cpu: number }> = [];
    const opens: Array<{ wall: number; cpu: number }> = [];
    let bytes = 0;
    for (let round = 0; round < ROUNDS; round += 1) {
      const open = repository;
      closes.push(await timed(() => open.close()));
      bytes = statSync(path.join(dir, 'index.json')).size;
      const reopened = await timed(() =>
        FileCaseRepository.open({ dir, clock, referencePrefix: 'WW', logger }),
      );
      opens.push(reopened);
      repository = reopened.value;
      if (repository.size !== size) throw new Error(`index holds ${repository.size} cases`);
    }
    await repository.close();
    console.log(
      `| ${size.toLocaleString('en')} | ${(bytes / 1e6).toFixed(1)} MB | ${ms(median(closes.map((c) => c.wall)))} / ${ms(median(closes.map((c) => c.cpu)))} | ${ms(median(opens.map((o) => o.wall)))} / ${ms(median(opens.map((o) => o.cpu)))} | ${ms(fromFiles.wall)} / ${ms(fromFiles.cpu)} |`,
    );
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
}
