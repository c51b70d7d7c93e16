/**
 * `ONLY=jobs npm run bench:storage`: what one run of each periodic state job costs at a size, and
 * whether a turn that arrives while it runs waits for it (docs/adr/0019, second amendment).
 * - `contact-sweep` (`eraseAbandonedContacts`, every 15 minutes) and `state-retention`
 *   (`deleteExpired`, daily) each run alone twice, the first run after the store was opened and
 *   the one after it: wall time, and CPU time of this process plus, on PostgreSQL, of the
 *   cluster's server processes (the statement runs there).
 * - A turn's storage work (read the conversation and user state, write both back, as BotState does)
 *   runs one after the other, first with no job running, then while the job runs again and again;
 *   the job runs in this process, as it does in the product, so a job that holds the event loop or
 *   the pool shows in the turn's p99. One turn in ten leaves abandoned contact details behind, so
 *   every sweep has something to erase; the seed holds details in 1 of 100 conversations, still
 *   within their hold (src/conversation/heldContact.ts), which every sweep must look at and keep.
 */
import { readdirSync } from 'node:fs';
import type { StateStorage } from '../src/bot/stateStorage.js';
import { contactHoldCutoff } from '../src/conversation/heldContact.js';
import { parentPid, processCpuMs } from './measure.js';

const JOB_TURNS = Number(process.env.JOB_TURNS ?? 100);
const DAY_MS = 24 * 60 * 60 * 1000;

export type JobName = 'contact-sweep' | 'state-retention';
export const JOBS: readonly JobName[] = ['contact-sweep', 'state-retention'];

export interface JobResult {
  /** The first run after the store was opened (the embedded sweep reads every file once then). */
  readonly wallMs: number;
  readonly cpuMs: number;
  /** The run after it: what every later run costs. */
  readonly laterWallMs: number;
  readonly laterCpuMs: number;
  /** Items the run changed or deleted. */
  readonly changed: number;
  readonly idleTurn: { p50: number; p99: number };
  readonly busyTurn: { p50: number; p99: number };
  /** Job runs that overlapped the busy turns. */
  readonly runsDuringTurns: number;
}

/**
 * CPU time of a PostgreSQL cluster so far: the postmaster, its living children (backends,
 * background workers) and the children it reaped (parallel workers that came and went).
 */
export function clusterCpuMs(postmaster: number): number {
  let total = processCpuMs(postmaster, { children: true });
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (parentPid(Number(entry)) === postmaster) total += processCpuMs(Number(entry));
    } catch {
      // Gone meanwhile: reaped, so counted in the postmaster's children time from now on.
    }
  }
  return total;
}

/** The postmaster of a backend pid (`SELECT pg_backend_pid()`). */
export const postmasterOf = parentPid;

function quantiles(values: readonly number[]) {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  return { p50: at(0.5), p99: at(0.99) };
}

/** A conversation state holding contact details first given at `collectedAt`. */
export function withHeldContact(
  conversationState: Record<string, unknown>,
  collectedAt: Date,
): Record<string, unknown> {
  const data = (conversationState['wijkwijzer'] ?? {}) as Record<string, unknown>;
  return {
    ...conversationState,
    wijkwijzer: {
      ...data,
      contact: {
        name: 'Bench',
        phone: '0600000000',
        preferredTime: 'ochtend',
        collectedAt: collectedAt.toISOString(),
      },
    },
  };
}

async function runJob(storage: StateStorage, job: JobName): Promise<number> {
  const now = new Date();
  if (job === 'contact-sweep') return storage.eraseAbandonedContacts(contactHoldCutoff(now));
  return storage.deleteExpired(now, { residentMs: 35 * DAY_MS, anonymousMs: 2 * DAY_MS });
}

export interface JobBenchInput {
  readonly storage: StateStorage;
  readonly conversationState: Record<string, unknown>;
  readonly userState: Record<string, unknown>;
  /** CPU time spent outside this process so far (the database server), or 0. */
  readonly externalCpuMs: () => number;
  readonly label: string;
}

export async function measureJob(input: JobBenchInput, job: JobName): Promise<JobResult> {
  const { storage } = input;
  let turnCount = 0;
  const turn = async () => {
    const index = (turnCount += 1);
    const conversation = `bench/conversations/${input.label}-${job}-${index % 50}/`;
    const user = `bench/users/${input.label}-${job}-${index % 50}/`;
    const started = performance.now();
    await storage.read([conversation, user]);
    const value =
      index % 10 === 0
        ? withHeldContact(input.conversationState, new Date(Date.now() - 2 * 60 * 60_000))
        : input.conversationState;
    await storage.write({
      [conversation]: { ...value, eTag: '*' },
      [user]: { ...input.userState, eTag: '*' },
    });
    return performance.now() - started;
  };

  const idle: number[] = [];
  for (let index = 0; index < JOB_TURNS; index += 1) idle.push(await turn());

  const timed = async () => {
    const cpuBefore = process.cpuUsage();
    const externalBefore = input.externalCpuMs();
    const started = performance.now();
    const changed = await runJob(storage, job);
    const wallMs = performance.now() - started;
    const cpu = process.cpuUsage(cpuBefore);
    const cpuMs = (cpu.user + cpu.system) / 1000 + (input.externalCpuMs() - externalBefore);
    return { wallMs, cpuMs, changed };
  };
  const { wallMs, cpuMs, changed } = await timed();
  const later = await timed();

  let busy = true;
  let runs = 0;
  const jobs = (async () => {
    while (busy) {
      await runJob(storage, job);
      runs += 1;
      // A run with nothing to read resolves without I/O; the turns must still get their turn.
      await new Promise((resolve) => setImmediate(resolve));
    }
  })();
  const during: number[] = [];
  // Let the first run start before the first turn, so every measured turn overlaps a run.
  await new Promise((resolve) => setImmediate(resolve));
  for (let index = 0; index < JOB_TURNS; index += 1) during.push(await turn());
  busy = false;
  await jobs;
  return {
    wallMs,
    cpuMs,
    laterWallMs: later.wallMs,
    laterCpuMs: later.cpuMs,
    changed,
    idleTurn: quantiles(idle),
    busyTurn: quantiles(during),
    runsDuringTurns: runs,
  };
}
