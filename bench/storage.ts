/**
 * `npm run bench:storage`: what storage costs as the data grows. For each size of stored data
 * (conversations and cases), on a freshly seeded data set:
 * - a bot state write and a case create, through the storage classes (p50/p99);
 * - start-up of the product on that data (process start to "ready");
 * - intake turns through /api/messages (p50/p99);
 * - the handover confirmation turn ("Ja, versturen": case, insight, state) (p50/p99).
 * Each size is measured ROUNDS times; the table shows the medians.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm, writeFile, mkdir } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { FileStateStorage, stateDirectory } from '../src/bot/fileStateStorage.js';
import {
  casesDirectory,
  FileCaseRepository,
  legacyCasesFile,
} from '../src/cases/fileCaseRepository.js';
import { formatReference } from '../src/cases/reference.js';
import { systemClock } from '../src/shared/clock.js';
import { createLogger } from '../src/shared/logger.js';
import { newCaseInput } from '../test/cases/fixtures/caseFixtures.js';
import { freePort } from '../test/support/http.js';
import { handover, postTurn, recordTemplates, type StoredTemplates } from './storageTemplates.js';

const SIZES = (process.env.SIZES ?? '0,1000,10000').split(',').map(Number);
const ROUNDS = Number(process.env.ROUNDS ?? 3);
const WRITES = Number(process.env.WRITES ?? 40);
const TURNS = Number(process.env.TURNS ?? 60);
const HANDOVERS = Number(process.env.HANDOVERS ?? 3);
const root = path.resolve(import.meta.dirname, '..');
const logger = createLogger({ level: 'silent' });

const QUESTIONS = [
  'Ik heb schulden en de deurwaarder belde',
  'Ik voel me zo alleen sinds mijn man is overleden',
  'Mijn puber luistert niet meer',
  'Waar kan ik gratis taalles krijgen?',
  'Ik zorg voor mijn moeder en ik ben moe',
];

interface SizeResult {
  readonly size: number;
  readonly stateWrite: Quantiles;
  readonly caseCreate: Quantiles;
  readonly readyMs: number;
  readonly turn: Quantiles;
  readonly handover: Quantiles;
}

interface Quantiles {
  readonly p50: number;
  readonly p99: number;
}

function quantiles(values: readonly number[]): Quantiles {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  return { p50: at(0.5), p99: at(0.99) };
}

const median = (values: readonly number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

/** The embedded default as it stores data today: state.json and cases.json in DATA_DIR. */
async function seedEmbedded(dataDir: string, size: number, templates: StoredTemplates) {
  await mkdir(dataDir, { recursive: true });
  const now = new Date().toISOString();
  const items: Record<string, unknown> = {};
  for (let index = 0; index < size; index += 1) {
    items[`bench/conversations/seed-${index}`] = {
      eTag: `e${index}`,
      updatedAt: now,
      value: templates.conversationState,
    };
    items[`bench/users/seed-user-${index}`] = {
      eTag: `u${index}`,
      updatedAt: now,
      value: templates.userState,
    };
  }
  await writeFile(path.join(dataDir, 'state.json'), `${JSON.stringify({ version: 1, items })}\n`);
  const cases: Record<string, unknown> = {};
  for (let index = 0; index < size; index += 1) {
    const reference = formatReference('WW', 2025, index + 1);
    cases[reference] = { ...templates.storedCase, reference };
  }
  await writeFile(
    legacyCasesFile(dataDir),
    `${JSON.stringify({ schemaVersion: 1, sequences: { '2025': size }, cases })}\n`,
  );
}

async function measureStateWrites(dataDir: string, templates: StoredTemplates) {
  const storage = await FileStateStorage.open({
    dir: stateDirectory(dataDir),
    legacyFile: path.join(dataDir, 'state.json'),
    logger,
    clock: systemClock,
  });
  const times: number[] = [];
  try {
    for (let index = 0; index < WRITES; index += 1) {
      const started = performance.now();
      await storage.write({
        [`bench/conversations/new-${index % 5}`]: { ...templates.conversationState, eTag: '*' },
      });
      times.push(performance.now() - started);
    }
  } finally {
    await storage.close();
  }
  return quantiles(times);
}

async function measureCaseCreates(dataDir: string) {
  const repository = await FileCaseRepository.open({
    dir: casesDirectory(dataDir),
    legacyFile: legacyCasesFile(dataDir),
    clock: systemClock,
    referencePrefix: 'WW',
    logger,
  });
  const times: number[] = [];
  try {
    for (let index = 0; index < WRITES; index += 1) {
      const started = performance.now();
      await repository.create(
        newCaseInput({
          consent: { given: true, at: new Date().toISOString(), textVersion: 'overdracht-2026-01' },
        }),
      );
      times.push(performance.now() - started);
    }
  } finally {
    await repository.close();
  }
  return quantiles(times);
}

async function startProduct(
  env: NodeJS.ProcessEnv,
): Promise<{ child: ChildProcess; url: string; readyMs: number }> {
  const port = await freePort();
  const started = performance.now();
  const child = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      path.join(root, 'bench', 'turnServer.ts'),
      'wijkwijzer',
      String(port),
      env.DATA_DIR ?? '',
    ],
    {
      cwd: root,
      env: { ...process.env, NODE_ENV: 'development', ...env },
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  await new Promise<void>((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('ready')) resolve();
    });
    child.once('exit', (code) => reject(new Error(`product exited with ${code}`)));
  });
  return {
    child,
    url: `http://127.0.0.1:${port}/api/messages`,
    readyMs: performance.now() - started,
  };
}

async function stopProduct(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}

async function measureProduct(dataDir: string) {
  const product = await startProduct({ DATA_DIR: dataDir });
  try {
    const turns: number[] = [];
    for (let index = 0; index < TURNS; index += 1) {
      const started = performance.now();
      await postTurn(
        product.url,
        `turn-${index % 10}`,
        QUESTIONS[index % QUESTIONS.length] ?? '',
        index,
      );
      turns.push(performance.now() - started);
    }
    const confirms: number[] = [];
    for (let index = 0; index < HANDOVERS; index += 1) {
      confirms.push((await handover(product.url, `handover-${index}-${Date.now()}`)).confirmMs);
    }
    return { readyMs: product.readyMs, turn: quantiles(turns), handover: quantiles(confirms) };
  } finally {
    await stopProduct(product.child);
  }
}

async function measureSize(size: number, templates: StoredTemplates): Promise<SizeResult> {
  const reseed = async () => {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'wijkwijzer-storage-bench-'));
    await seedEmbedded(dataDir, size, templates);
    return dataDir;
  };
  const directories: string[] = [];
  try {
    const first = await reseed();
    directories.push(first);
    const stateWrite = await measureStateWrites(first, templates);
    const second = await reseed();
    directories.push(second);
    const caseCreate = await measureCaseCreates(second);
    const third = await reseed();
    directories.push(third);
    const product = await measureProduct(third);
    return { size, stateWrite, caseCreate, ...product };
  } finally {
    for (const directory of directories) await rm(directory, { recursive: true, force: true });
  }
}

const ms = (value: number) =>
  value >= 1000 ? `${(value / 1000).toFixed(2)} s` : `${value.toFixed(1)} ms`;

const templates = await recordTemplates();
const rounds: SizeResult[][] = [];
for (let round = 0; round < ROUNDS; round += 1) {
  const results: SizeResult[] = [];
  for (const size of SIZES) {
    results.push(await measureSize(size, templates));
    process.stderr.write(`round ${round + 1}/${ROUNDS}, ${size} stored: done\n`);
  }
  rounds.push(results);
}
console.log(
  `storage benchmark: embedded default, median of ${ROUNDS} rounds; ${WRITES} writes, ${TURNS} turns, ${HANDOVERS} handovers per size`,
);
console.log(
  `machine: ${os.cpus()[0]?.model ?? 'unknown'}, ${os.cpus().length} cores, Node ${process.version}, load ${os
    .loadavg()
    .map((load) => load.toFixed(1))
    .join(' ')}`,
);
console.log(
  '| stored conversations / cases | state write p50 / p99 | case create p50 / p99 | ready | intake turn p50 / p99 | "Ja, versturen" p50 / p99 |',
);
console.log('|---|---|---|---|---|---|');
SIZES.forEach((size, index) => {
  const at = rounds.map((round) => round[index]).filter((result) => result !== undefined);
  const pick = (select: (result: SizeResult) => number) => median(at.map(select));
  console.log(
    `| ${size} | ${ms(pick((r) => r.stateWrite.p50))} / ${ms(pick((r) => r.stateWrite.p99))} | ${ms(pick((r) => r.caseCreate.p50))} / ${ms(pick((r) => r.caseCreate.p99))} | ${ms(pick((r) => r.readyMs))} | ${ms(pick((r) => r.turn.p50))} / ${ms(pick((r) => r.turn.p99))} | ${ms(pick((r) => r.handover.p50))} / ${ms(pick((r) => r.handover.p99))} |`,
  );
});
