/**
 * `npm run bench:storage`: what storage costs as the city's data grows, on the embedded default
 * and on PostgreSQL (a throwaway cluster from Debian's binaries). For each backend and each size
 * (SIZES stored conversations and as many cases, default 1,000 / 10,000 / 100,000):
 * - the data set is seeded once (the shape of a real intake and handover, cloned);
 * - the product starts on it in its own process: start-up time (process start to "ready");
 * - intake turns through /api/messages (p50/p99), one conversation after the other;
 * - handovers: the "Ja, versturen" turn that stores the case (p50/p99);
 * - a bot state write and a case create through the storage classes (p50/p99);
 * - a Casusbord list request of one wijkteam member (the repository calls of GET /api/board/cases:
 *   the wijkteams with cases, the team's open cases, the team's count), before (every case listed
 *   and filtered in memory) and after the filter moved into the repository (docs/adr/0019).
 * The seeded cases are spread over the wijkteams of knowledge/routering.yaml, 1 in 20 open.
 * ONLY=board measures the board requests alone (no product process).
 * ONLY=jobs measures one run of each periodic state job and turns during it (bench/storageJobs.ts).
 * ONLY=index measures the embedded case index of a clean shutdown alone (bench/caseIndexSnapshot.ts).
 * Start-up of the compiled product as `npm start` runs it (bench/compiledStart.ts): after the rounds,
 * one start that is not counted (it warms Node's compile cache and, on the embedded default, leaves
 * the index of a clean shutdown, as a deployment's restart does), then STARTS counted starts; wall
 * and CPU to the first 200 on /readyz. ONLY=startup measures these starts alone.
 * ROUNDS product runs per size; the table shows medians. Targets (docs/adr/0019): turn p99 at the
 * largest size within 1.5x of the smallest on both backends; start-up with the largest ≤ 3 s.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { FileStateStorage, stateDirectory, stateFileOf } from '../src/bot/fileStateStorage.js';
import { PostgresStateStorage } from '../src/bot/postgresStateStorage.js';
import type { StateStorage } from '../src/bot/stateStorage.js';
import { repositoryFilter, boardQuerySchema } from '../src/board/boardQuery.js';
import { isClosed, type Case } from '../src/cases/case.js';
import { loadRoutingFile } from '../src/cases/routing.js';
import type { CaseRepository } from '../src/cases/caseRepository.js';
import { caseFileOf, casesDirectory, FileCaseRepository } from '../src/cases/fileCaseRepository.js';
import { PostgresCaseRepository } from '../src/cases/postgresCaseRepository.js';
import { formatReference } from '../src/cases/reference.js';
import { systemClock } from '../src/shared/clock.js';
import { createLogger } from '../src/shared/logger.js';
import { Database } from '../src/storage/postgres/database.js';
import { newCaseInput } from '../test/cases/fixtures/caseFixtures.js';
import { freePort } from '../test/support/http.js';
import { createDatabase, startPostgresCluster } from '../test/support/postgresCluster.js';
import { startCompiled, type StartResult } from './compiledStart.js';
import { handover, postTurn, recordTemplates, type StoredTemplates } from './storageTemplates.js';
import {
  clusterCpuMs,
  JOBS,
  measureJob,
  postmasterOf,
  withHeldContact,
  type JobName,
  type JobResult,
} from './storageJobs.js';
import { median, processCpuMs } from './measure.js';

const SIZES = (process.env.SIZES ?? '1000,10000,100000').split(',').map(Number);
const BACKENDS = (process.env.BACKENDS ?? 'embedded,postgres').split(',');
const ROUNDS = Number(process.env.ROUNDS ?? 3);
const TURNS = Number(process.env.TURNS ?? 200);
const HANDOVERS = Number(process.env.HANDOVERS ?? 10);
const WRITES = Number(process.env.WRITES ?? 100);
const BOARD_READS = Number(process.env.BOARD_READS ?? 5);
const ONLY_BOARD = process.env.ONLY === 'board';
const ONLY_JOBS = process.env.ONLY === 'jobs';
const ONLY_STARTUP = process.env.ONLY === 'startup';
const STARTS = Number(process.env.STARTS ?? 5);
const root = path.resolve(import.meta.dirname, '..');
const logger = createLogger({ level: 'silent' });

const QUESTIONS = [
  'Ik heb schulden en de deurwaarder belde',
  'Ik voel me zo alleen sinds mijn man is overleden',
  'Mijn puber luistert niet meer',
  'Waar kan ik gratis taalles krijgen?',
  'Ik zorg voor mijn moeder en ik ben moe',
];

interface Quantiles {
  readonly p50: number;
  readonly p99: number;
}

interface RoundResult {
  readonly readyMs: number;
  /** CPU time the product used until ready: what start-up costs, whatever else the machine runs. */
  readonly readyCpuMs: number;
  readonly turn: Quantiles;
  readonly handover: Quantiles;
  readonly stateWrite: Quantiles;
  readonly caseCreate: Quantiles;
  /** One member's board list: every case listed and filtered in memory (before ADR 0019's filter). */
  readonly boardBefore: Quantiles;
  /** The same answer with the team, status and count asked of the repository. */
  readonly boardAfter: Quantiles;
}

interface Seeded {
  /** Environment for the product process. */
  readonly env: NodeJS.ProcessEnv;
  openState(): Promise<StateStorage & { close(): Promise<void> }>;
  openCases(): Promise<CaseRepository & { close(): Promise<void> }>;
  /** CPU time of the database server so far (0 on the embedded default). */
  serverCpuMs(): number;
  remove(): Promise<void>;
}

/** 1 conversation in 100 holds contact details given at seeding, still within their hold. */
function seededConversation(templates: StoredTemplates, index: number): Record<string, unknown> {
  return index % 100 === 0
    ? withHeldContact(templates.conversationState, new Date())
    : templates.conversationState;
}

function quantiles(values: readonly number[]): Quantiles {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  return { p50: at(0.5), p99: at(0.99) };
}

/** The seeded cases: most closed and delivered (a year of handovers), some open. */
const routing = await loadRoutingFile(path.join(root, 'knowledge', 'routering.yaml'));
const TEAMS = routing.teams.map((team) => team.id);

function seededCase(templates: StoredTemplates, index: number): Case {
  const reference = formatReference('WW', 2025, index + 1);
  const base = templates.storedCase as unknown as Case;
  const open = index % 20 === 0;
  return {
    ...base,
    reference,
    wijkteam: TEAMS[index % TEAMS.length] ?? base.wijkteam,
    status: open ? 'nieuw' : 'afgerond',
    outcome: open ? null : 'voorliggend_opgelost',
    closedAt: open ? null : base.createdAt,
    residentKey: `webchat:dl_seed${index}`,
    delivery: {
      ...base.delivery,
      state: 'delivered',
      attempts: 1,
      deliveredAt: base.createdAt,
      receipt: { channel: 'msteams', externalId: `seed-${index}|19:seed@thread.tacv2` },
    },
  };
}

function stateItem(key: string, value: Record<string, unknown>, index: number) {
  return {
    key,
    eTag: `seed-${index}`,
    updatedAt: new Date().toISOString(),
    retention: key.includes('/users/') ? 'resident' : 'anonymous',
    value,
  };
}

async function seedEmbedded(size: number, templates: StoredTemplates): Promise<Seeded> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'wijkwijzer-storage-bench-'));
  const stateDir = stateDirectory(dataDir);
  const made = new Set<string>();
  // Seeding writes without fsync: it builds a data set, it does not measure.
  const put = (dir: string, relative: string, value: unknown) => {
    const file = path.join(dir, relative);
    const parent = path.dirname(file);
    if (!made.has(parent)) {
      mkdirSync(parent, { recursive: true });
      made.add(parent);
    }
    writeFileSync(file, `${JSON.stringify(value)}\n`, { mode: 0o600 });
  };
  for (let index = 0; index < size; index += 1) {
    const conversation = `bench/conversations/seed-${index}/`;
    const user = `bench/users/seed-user-${index}/`;
    put(
      stateDir,
      stateFileOf(conversation),
      stateItem(conversation, seededConversation(templates, index), index),
    );
    put(stateDir, stateFileOf(user), stateItem(user, templates.userState, index));
    const stored = seededCase(templates, index);
    put(casesDirectory(dataDir), caseFileOf(stored.reference), stored);
  }
  put(casesDirectory(dataDir), 'sequences.json', { '2025': size });
  return {
    env: { DATA_DIR: dataDir, DATABASE_URL: '' },
    openState: () => FileStateStorage.open({ dir: stateDir, logger, clock: systemClock }),
    openCases: () =>
      FileCaseRepository.open({
        dir: casesDirectory(dataDir),
        clock: systemClock,
        referencePrefix: 'WW',
        logger,
      }),
    serverCpuMs: () => 0,
    remove: () => rm(dataDir, { recursive: true, force: true }),
  };
}

async function seedPostgres(
  adminUrl: string,
  size: number,
  templates: StoredTemplates,
): Promise<Seeded> {
  const created = await createDatabase(adminUrl);
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'wijkwijzer-storage-bench-'));
  const database = await Database.open({ url: created.url, poolSize: 2, logger });
  let postmaster = 0;
  try {
    const backend = await database.query<{ pid: number }>('SELECT pg_backend_pid() AS pid');
    postmaster = postmasterOf(backend.rows[0]?.pid ?? 0);
    const chunk = 2000;
    for (let start = 0; start < size; start += chunk) {
      const end = Math.min(size, start + chunk);
      const keys: string[] = [];
      const values: string[] = [];
      const retention: string[] = [];
      const references: string[] = [];
      const cases: string[] = [];
      const closed: boolean[] = [];
      const statuses: string[] = [];
      const residents: string[] = [];
      const teams: string[] = [];
      for (let index = start; index < end; index += 1) {
        keys.push(`bench/conversations/seed-${index}/`, `bench/users/seed-user-${index}/`);
        values.push(
          JSON.stringify(seededConversation(templates, index)),
          JSON.stringify(templates.userState),
        );
        retention.push('anonymous', 'resident');
        const stored = seededCase(templates, index);
        references.push(stored.reference);
        cases.push(JSON.stringify(stored));
        closed.push(isClosed(stored));
        statuses.push(stored.status);
        residents.push(stored.residentKey ?? '');
        teams.push(stored.wijkteam);
      }
      await database.query(
        `INSERT INTO bot_state (key, etag, value, retention, updated_at)
         SELECT key, 'seed', value::json, retention, now()
           FROM unnest($1::text[], $2::text[], $3::text[]) AS t(key, value, retention)`,
        [keys, values, retention],
      );
      await database.query(
        `INSERT INTO cases (reference, created_at, wijkteam, status, resident_key, closed, version,
                            delivery_state, next_attempt_at, data)
         SELECT reference, now(), team, status, resident, closed, 1, 'delivered', NULL, data::json
           FROM unnest($1::text[], $2::text[], $3::boolean[], $4::text[], $5::text[], $6::text[])
             AS t(reference, data, closed, status, resident, team)`,
        [references, cases, closed, statuses, residents, teams],
      );
    }
    await database.query('INSERT INTO case_sequences (year, last) VALUES (2025, $1)', [size]);
    await database.query('ANALYZE');
  } finally {
    await database.close();
  }
  const open = () => Database.open({ url: created.url, poolSize: 4, logger });
  return {
    env: { DATA_DIR: dataDir, DATABASE_URL: created.url },
    openState: async () => {
      const db = await open();
      return Object.assign(new PostgresStateStorage(db, systemClock), { close: () => db.close() });
    },
    openCases: async () => {
      const db = await open();
      const repository = new PostgresCaseRepository(db, {
        clock: systemClock,
        referencePrefix: 'WW',
        logger,
      });
      return Object.assign(repository, { close: () => db.close() });
    },
    serverCpuMs: () => clusterCpuMs(postmaster),
    remove: async () => {
      await created.drop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

async function startProduct(
  env: NodeJS.ProcessEnv,
): Promise<{ child: ChildProcess; url: string; readyMs: number; readyCpuMs: number }> {
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
      env: { ...process.env, NODE_ENV: 'development', DEVELOPMENT_MODE: 'true', ...env },
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
    readyCpuMs: child.pid === undefined ? Number.NaN : processCpuMs(child.pid),
  };
}

async function stopProduct(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}

/**
 * The repository work of one GET /api/board/cases by a member of `team` (src/board/boardApi.ts),
 * as it was (`before`: list everything, keep the team's) and as it is (`after`).
 */
async function boardRequest(
  repository: CaseRepository,
  team: string,
  mode: 'before' | 'after',
): Promise<number> {
  const query = boardQuerySchema.parse({});
  if (mode === 'before') {
    const all = await repository.list();
    return all.filter((item) => item.wijkteam === team).length;
  }
  await repository.wijkteams();
  const listed = await repository.list(repositoryFilter(query, [team], new Date()));
  await repository.count({ wijkteams: [team] });
  return listed.length;
}

async function measureBoard(
  seeded: Seeded,
): Promise<Pick<RoundResult, 'boardBefore' | 'boardAfter'>> {
  const cases = await seeded.openCases();
  const before: number[] = [];
  const after: number[] = [];
  try {
    for (let index = 0; index < BOARD_READS; index += 1) {
      const team = TEAMS[index % TEAMS.length] ?? '';
      for (const mode of ['before', 'after'] as const) {
        const started = performance.now();
        await boardRequest(cases, team, mode);
        (mode === 'before' ? before : after).push(performance.now() - started);
      }
    }
  } finally {
    await cases.close();
  }
  return { boardBefore: quantiles(before), boardAfter: quantiles(after) };
}

const NOT_MEASURED: Quantiles = { p50: Number.NaN, p99: Number.NaN };

async function measureRound(seeded: Seeded, round: number, templates: StoredTemplates) {
  if (ONLY_BOARD) {
    return {
      readyMs: Number.NaN,
      readyCpuMs: Number.NaN,
      turn: NOT_MEASURED,
      handover: NOT_MEASURED,
      stateWrite: NOT_MEASURED,
      caseCreate: NOT_MEASURED,
      ...(await measureBoard(seeded)),
    } satisfies RoundResult;
  }
  const product = await startProduct(seeded.env);
  let turn: Quantiles;
  let handovers: Quantiles;
  try {
    const turns: number[] = [];
    for (let index = 0; index < TURNS; index += 1) {
      const started = performance.now();
      const conversation = `turn-${round}-${Math.floor(index / 4)}`;
      await postTurn(product.url, conversation, QUESTIONS[index % QUESTIONS.length] ?? '', index);
      turns.push(performance.now() - started);
    }
    const confirms: number[] = [];
    for (let index = 0; index < HANDOVERS; index += 1) {
      confirms.push((await handover(product.url, `handover-${round}-${index}`)).confirmMs);
    }
    turn = quantiles(turns);
    handovers = quantiles(confirms);
  } finally {
    await stopProduct(product.child);
  }
  const state = await seeded.openState();
  const writes: number[] = [];
  try {
    for (let index = 0; index < WRITES; index += 1) {
      const started = performance.now();
      await state.write({
        [`bench/conversations/write-${round}-${index % 10}/`]: {
          ...templates.conversationState,
          eTag: '*',
        },
      });
      writes.push(performance.now() - started);
    }
  } finally {
    await state.close();
  }
  const cases = await seeded.openCases();
  const creates: number[] = [];
  try {
    for (let index = 0; index < WRITES; index += 1) {
      const started = performance.now();
      await cases.create(
        newCaseInput({
          consent: { given: true, at: new Date().toISOString(), textVersion: 'overdracht-2026-01' },
        }),
      );
      creates.push(performance.now() - started);
    }
  } finally {
    await cases.close();
  }
  return {
    readyMs: product.readyMs,
    readyCpuMs: product.readyCpuMs,
    turn,
    handover: handovers,
    stateWrite: quantiles(writes),
    caseCreate: quantiles(creates),
    ...(await measureBoard(seeded)),
  } satisfies RoundResult;
}

/** One round of ONLY=jobs: each periodic state job on the seeded set (bench/storageJobs.ts). */
async function measureJobs(seeded: Seeded, round: number, templates: StoredTemplates) {
  const storage = await seeded.openState();
  try {
    const measured: Array<{ job: JobName; result: JobResult }> = [];
    for (const job of JOBS) {
      const result = await measureJob(
        {
          storage,
          conversationState: templates.conversationState,
          userState: templates.userState,
          externalCpuMs: () => seeded.serverCpuMs(),
          label: `jobs-${round}`,
        },
        job,
      );
      measured.push({ job, result });
    }
    return measured;
  } finally {
    await storage.close();
  }
}

interface MeasuredStart extends StartResult {
  /** CPU the database server used meanwhile (0 on the embedded default). */
  readonly serverCpuMs: number;
}

/**
 * Starts of the compiled product on the seeded set: the first is returned apart (compile cache
 * cold for the first size; on the embedded default it may have to read every case file when the
 * last stop was not clean), then STARTS more.
 */
async function measureStarts(
  seeded: Seeded,
  compileCache: string,
): Promise<{ first: MeasuredStart; later: MeasuredStart[] }> {
  const once = async (): Promise<MeasuredStart> => {
    const serverBefore = seeded.serverCpuMs();
    const result = await startCompiled({ ...seeded.env, NODE_COMPILE_CACHE: compileCache });
    return { ...result, serverCpuMs: seeded.serverCpuMs() - serverBefore };
  };
  const first = await once();
  const later: MeasuredStart[] = [];
  for (let index = 0; index < STARTS; index += 1) later.push(await once());
  return { first, later };
}

/** The machine, Node and the load now: every table is read against it (a shared machine). */
const machineLine = () =>
  `machine: ${os.cpus()[0]?.model ?? 'unknown'}, ${os.cpus().length} cores, Node ${process.version}, load ${os
    .loadavg()
    .map((load) => load.toFixed(1))
    .join(' ')}`;

const ms = (value: number) =>
  Number.isNaN(value)
    ? '–'
    : value >= 1000
      ? `${(value / 1000).toFixed(2)} s`
      : `${value.toFixed(1)} ms`;

// The template run is the product in this process: a turn slower than half a second lets
// botbuilder's typing indicator reject after the turn (the crash of docs/adr/0015); it changes no data.
process.on('unhandledRejection', () => undefined);
if (process.env.ONLY === 'index') {
  await import('./caseIndexSnapshot.js');
  process.exit(0);
}
const templates = await recordTemplates();
const cluster = BACKENDS.includes('postgres') ? await startPostgresCluster() : undefined;
const results: Array<{ backend: string; size: number; rounds: RoundResult[] }> = [];
const startResults: Array<{
  backend: string;
  size: number;
  first: MeasuredStart;
  later: MeasuredStart[];
}> = [];
// The compiled product must be current: `npm start` would otherwise compile inside the measure.
if (STARTS > 0 && !ONLY_BOARD && !ONLY_JOBS) {
  const build = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'ignore' });
  if (build.status !== 0) throw new Error('npm run build failed');
}
const compileCache = await mkdtemp(path.join(os.tmpdir(), 'wijkwijzer-storage-bench-cache-'));
const jobResults: Array<{ backend: string; size: number; job: JobName; result: JobResult }> = [];
try {
  for (const backend of BACKENDS) {
    for (const size of SIZES) {
      const seedStarted = performance.now();
      const seeded =
        backend === 'postgres'
          ? await seedPostgres(cluster?.adminUrl ?? '', size, templates)
          : await seedEmbedded(size, templates);
      process.stderr.write(
        `${backend} ${size}: seeded in ${((performance.now() - seedStarted) / 1000).toFixed(1)} s\n`,
      );
      const rounds: RoundResult[] = [];
      try {
        for (let round = 0; round < ROUNDS; round += 1) {
          if (ONLY_JOBS) {
            for (const measured of await measureJobs(seeded, round, templates)) {
              jobResults.push({ backend, size, ...measured });
            }
            process.stderr.write(`${backend} ${size}: round ${round + 1}/${ROUNDS} done\n`);
            continue;
          }
          if (ONLY_STARTUP) break;
          rounds.push(await measureRound(seeded, round, templates));
          process.stderr.write(`${backend} ${size}: round ${round + 1}/${ROUNDS} done\n`);
        }
        if (STARTS > 0 && !ONLY_BOARD && !ONLY_JOBS) {
          startResults.push({ backend, size, ...(await measureStarts(seeded, compileCache)) });
          process.stderr.write(`${backend} ${size}: compiled starts done\n`);
        }
      } finally {
        await seeded.remove();
      }
      results.push({ backend, size, rounds });
    }
  }
} finally {
  await cluster?.stop();
  await rm(compileCache, { recursive: true, force: true });
}

function printStarts(): void {
  if (startResults.length === 0) return;
  console.log('');
  console.log(
    `start-up of the compiled product (node bin/start.js, compile cache on), to the first 200 on /readyz: the first start after the rounds, then the median of ${STARTS}; CPU of the product process (and of the database server meanwhile)`,
  );
  console.log(
    '| backend | stored conversations / cases | first start wall / CPU | later starts wall / CPU (median) | min–max wall | database CPU | RSS |',
  );
  console.log('|---|---|---|---|---|---|---|');
  for (const { backend, size, first, later } of startResults) {
    const pick = (select: (start: MeasuredStart) => number) => median(later.map(select));
    const walls = later.map((start) => start.readyMs);
    console.log(
      `| ${backend} | ${size.toLocaleString('en')} | ${ms(first.readyMs)} / ${ms(first.cpuMs)} | ${ms(pick((r) => r.readyMs))} / ${ms(pick((r) => r.cpuMs))} | ${ms(Math.min(...walls))}–${ms(Math.max(...walls))} | ${ms(pick((r) => r.serverCpuMs))} | ${pick((r) => r.rssMiB).toFixed(0)} MiB |`,
    );
  }
  console.log('target: start-up with the largest set ≤ 3 s');
}
if (ONLY_STARTUP) {
  console.log(machineLine());
  printStarts();
  process.exit(0);
}

if (ONLY_JOBS) {
  console.log(
    `storage benchmark, periodic state jobs: two runs alone, then ${process.env.JOB_TURNS ?? 100} turns (state read + write) idle and while the job runs; median of ${ROUNDS} rounds`,
  );
  console.log(machineLine());
  console.log(
    '| backend | stored conversations | job | first run after open: wall / CPU | later run: wall / CPU | changed | turn idle p50 / p99 | turn during the job p50 / p99 | runs during the turns |',
  );
  console.log('|---|---|---|---|---|---|---|---|---|');
  for (const backend of BACKENDS) {
    for (const size of SIZES) {
      for (const job of JOBS) {
        const mine = jobResults
          .filter((item) => item.backend === backend && item.size === size && item.job === job)
          .map((item) => item.result);
        if (mine.length === 0) continue;
        const pick = (select: (result: JobResult) => number) => median(mine.map(select));
        console.log(
          `| ${backend} | ${size.toLocaleString('en')} | ${job} | ${ms(pick((r) => r.wallMs))} / ${ms(pick((r) => r.cpuMs))} | ${ms(pick((r) => r.laterWallMs))} / ${ms(pick((r) => r.laterCpuMs))} | ${pick((r) => r.changed)} | ${ms(pick((r) => r.idleTurn.p50))} / ${ms(pick((r) => r.idleTurn.p99))} | ${ms(pick((r) => r.busyTurn.p50))} / ${ms(pick((r) => r.busyTurn.p99))} | ${pick((r) => r.runsDuringTurns)} |`,
        );
      }
    }
  }
  process.exit(0);
}
console.log(
  ONLY_BOARD
    ? `storage benchmark, board requests only: ${BOARD_READS} member list requests before and after per round; median of ${ROUNDS} rounds`
    : `storage benchmark: ${TURNS} intake turns, ${HANDOVERS} handovers, ${WRITES} state writes and case creates, ${BOARD_READS} board list requests per round; median of ${ROUNDS} rounds`,
);
console.log(machineLine());
console.log(
  '| backend | stored conversations / cases | start-up (wall / CPU) | intake turn p50 / p99 | "Ja, versturen" p50 / p99 | state write p50 / p99 | case create p50 / p99 | board list before p50 / p99 | board list after p50 / p99 |',
);
console.log('|---|---|---|---|---|---|---|---|---|');
for (const result of results) {
  const pick = (select: (round: RoundResult) => number) => median(result.rounds.map(select));
  console.log(
    `| ${result.backend} | ${result.size.toLocaleString('en')} | ${ms(pick((r) => r.readyMs))} / ${ms(pick((r) => r.readyCpuMs))} | ${ms(pick((r) => r.turn.p50))} / ${ms(pick((r) => r.turn.p99))} | ${ms(pick((r) => r.handover.p50))} / ${ms(pick((r) => r.handover.p99))} | ${ms(pick((r) => r.stateWrite.p50))} / ${ms(pick((r) => r.stateWrite.p99))} | ${ms(pick((r) => r.caseCreate.p50))} / ${ms(pick((r) => r.caseCreate.p99))} | ${ms(pick((r) => r.boardBefore.p50))} / ${ms(pick((r) => r.boardBefore.p99))} | ${ms(pick((r) => r.boardAfter.p50))} / ${ms(pick((r) => r.boardAfter.p99))} |`,
  );
}
for (const backend of ONLY_BOARD ? [] : BACKENDS) {
  const mine = results.filter((result) => result.backend === backend);
  const first = mine[0];
  const last = mine.at(-1);
  if (first === undefined || last === undefined) continue;
  const p99 = (result: typeof first) => median(result.rounds.map((round) => round.turn.p99));
  const hp99 = (result: typeof first) => median(result.rounds.map((round) => round.handover.p99));
  console.log(
    `${backend}: turn p99 at ${last.size.toLocaleString('en')} is ${(p99(last) / p99(first)).toFixed(2)}x the p99 at ${first.size.toLocaleString('en')} (target ≤ 1.5x); handover p99 ${(hp99(last) / hp99(first)).toFixed(2)}x; start-up with the largest set ${ms(median(last.rounds.map((round) => round.readyMs)))} wall, ${ms(median(last.rounds.map((round) => round.readyCpuMs)))} CPU (target ≤ 3 s); with the smallest ${ms(median(first.rounds.map((round) => round.readyCpuMs)))} CPU`,
  );
}
printStarts();
