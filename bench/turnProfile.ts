/**
 * Where a turn's cost goes when the wijkwijzer runs on PostgreSQL (`bench:turn`, docs/adr/0019):
 * CPU time per turn of the bot processes, of the PostgreSQL cluster (every backend) and of the load
 * generator (this process), from /proc, and the statements per turn from pg_stat_statements (the
 * benchmark's throwaway cluster preloads it). On 2 shared cores the ratio of two processes to one
 * is bounded by the work outside the bots' event loops, so this is what to read before cutting.
 */
import { readFileSync } from 'node:fs';
import os from 'node:os';
import pg from 'pg';
import { clusterCpuMs, postmasterOf } from './storageJobs.js';
import { processCpuMs } from './measure.js';

/** The server settings the profile needs (`startPostgresCluster(settings)`). */
export const PROFILE_SETTINGS = [
  'shared_preload_libraries=pg_stat_statements',
  'pg_stat_statements.track=all',
];

export interface TurnProfile {
  readonly turns: number;
  /** CPU ms per turn: all bot processes together, the cluster, the load generator. */
  readonly botCpuMs: number;
  readonly databaseCpuMs: number;
  readonly loadCpuMs: number;
  readonly statements: number;
  /** Wall time of the measured turns. */
  readonly wallMs: number;
  /**
   * Where the bots' event loops (each process's main thread, /proc/<pid>/task/<pid>/schedstat)
   * spent the wall time, averaged over the bots: on a core, runnable but waiting for a core (the
   * machine is short of cores), or asleep (waiting for PostgreSQL, a lock, the network, a client).
   */
  readonly loopOnCore: number;
  readonly loopWaitingForCore: number;
  readonly loopAsleep: number;
  /** Share of all the machine's cores busy during the turns (/proc/stat), with everyone's work. */
  readonly machineBusy: number;
  /** Share of all cores used by this benchmark's processes (bots, cluster, load generator). */
  readonly benchmarkBusy: number;
  /** The statements by calls per turn, most first. */
  readonly byStatement: ReadonlyArray<{ readonly query: string; readonly perTurn: number }>;
}

/** Nanoseconds on a core and waiting on a run queue of a process's main thread. */
export function mainThreadSchedule(pid: number): { onCore: number; waiting: number } {
  try {
    const [onCore, waiting] = readFileSync(`/proc/${pid}/task/${pid}/schedstat`, 'utf8')
      .trim()
      .split(/\s+/)
      .map(Number);
    return { onCore: onCore ?? 0, waiting: waiting ?? 0 };
  } catch {
    return { onCore: 0, waiting: 0 };
  }
}

/** Busy and total jiffies of all cores together (the first line of /proc/stat). */
export function machineTicks(): { busy: number; total: number } {
  const fields = (readFileSync('/proc/stat', 'utf8').split('\n')[0] ?? '')
    .trim()
    .split(/\s+/)
    .slice(1, 9)
    .map(Number);
  const total = fields.reduce((sum, value) => sum + value, 0);
  // idle and iowait are the 4th and 5th: a core waiting for the disk is not busy.
  return { busy: total - (fields[3] ?? 0) - (fields[4] ?? 0), total };
}

/** The share of the machine's time that was busy between two readings of machineTicks(). */
export function busyShare(
  before: { busy: number; total: number },
  after: { busy: number; total: number },
): number {
  return (after.busy - before.busy) / Math.max(1, after.total - before.total);
}

function loadGeneratorCpuMs(): number {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
}

/** Starts a profile of the turns to come on database `name`; `finish` returns it per turn. */
export async function startTurnProfile(
  adminUrl: string,
  name: string,
  botPids: readonly number[],
): Promise<{ finish(turns: number): Promise<TurnProfile> }> {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query('CREATE EXTENSION IF NOT EXISTS pg_stat_statements');
  const backend = await admin.query<{ pid: number }>('SELECT pg_backend_pid() AS pid');
  const postmaster = postmasterOf(backend.rows[0]?.pid ?? 0);
  await admin.query('SELECT pg_stat_statements_reset()');
  const bots = () => botPids.reduce((sum, pid) => sum + processCpuMs(pid), 0);
  const schedules = () => botPids.map(mainThreadSchedule);
  const reading = () => ({
    bot: bots(),
    database: clusterCpuMs(postmaster),
    load: loadGeneratorCpuMs(),
    wall: performance.now(),
    schedules: schedules(),
    machine: machineTicks(),
  });
  const before = reading();
  return {
    finish: async (turns) => {
      const after = reading();
      const wallMs = after.wall - before.wall;
      const share = (select: (schedule: { onCore: number; waiting: number }) => number) =>
        after.schedules.reduce(
          (sum, schedule, index) =>
            sum + (select(schedule) - select(before.schedules[index] ?? schedule)) / 1e6 / wallMs,
          0,
        ) / Math.max(1, botPids.length);
      const loopOnCore = share((schedule) => schedule.onCore);
      const loopWaitingForCore = share((schedule) => schedule.waiting);
      const benchmarkCpuMs =
        after.bot - before.bot + after.database - before.database + after.load - before.load;
      try {
        const result = await admin.query<{ query: string; calls: string }>(
          `SELECT query, calls FROM pg_stat_statements
            WHERE dbid = (SELECT oid FROM pg_database WHERE datname = $1)
            ORDER BY calls DESC`,
          [name],
        );
        const byStatement = result.rows.map((row) => ({
          query: row.query.replace(/\s+/g, ' ').slice(0, 90),
          perTurn: Number(row.calls) / turns,
        }));
        return {
          turns,
          botCpuMs: (after.bot - before.bot) / turns,
          databaseCpuMs: (after.database - before.database) / turns,
          loadCpuMs: (after.load - before.load) / turns,
          statements: byStatement.reduce((sum, row) => sum + row.perTurn, 0),
          wallMs,
          loopOnCore,
          loopWaitingForCore,
          loopAsleep: Math.max(0, 1 - loopOnCore - loopWaitingForCore),
          machineBusy: busyShare(before.machine, after.machine),
          benchmarkBusy: benchmarkCpuMs / wallMs / os.cpus().length,
          byStatement,
        };
      } finally {
        await admin.end();
      }
    },
  };
}
