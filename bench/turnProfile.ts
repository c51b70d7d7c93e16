/**
 * Where a turn's cost goes when the wijkwijzer runs on PostgreSQL (`bench:turn`, docs/adr/0019):
 * CPU time per turn of the bot processes, of the PostgreSQL cluster (every backend) and of the load
 * generator (this process), from /proc, and the statements per turn from pg_stat_statements (the
 * benchmark's throwaway cluster preloads it). On 2 shared cores the ratio of two processes to one
 * is bounded by the work outside the bots' event loops, so this is what to read before cutting.
 */
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
  /** The statements by calls per turn, most first. */
  readonly byStatement: ReadonlyArray<{ readonly query: string; readonly perTurn: number }>;
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
  const before = { bot: bots(), database: clusterCpuMs(postmaster), load: loadGeneratorCpuMs() };
  return {
    finish: async (turns) => {
      const after = { bot: bots(), database: clusterCpuMs(postmaster), load: loadGeneratorCpuMs() };
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
          byStatement,
        };
      } finally {
        await admin.end();
      }
    },
  };
}
