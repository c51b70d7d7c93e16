import type { Clock } from '../../shared/clock.js';
import type { JobGate } from '../jobGate.js';
import type { Database } from './database.js';

/** Below this share of the interval a run elsewhere counts as "this interval's run". */
const SAME_INTERVAL = 0.9;

/**
 * Once per interval across instances: a session advisory lock on the job's name (so two instances
 * never run it at the same time; `pg_try_advisory_lock` does not wait, the loser skips), then the
 * job's last run in `job_runs` (so an instance whose timer fires just after another's skips too).
 * The lock is held on a connection of its own for the duration of the work and released after.
 */
export class PostgresJobGate implements JobGate {
  constructor(
    private readonly database: Database,
    private readonly clock: Clock,
  ) {}

  async runOnce(name: string, intervalMs: number, work: () => Promise<void>): Promise<boolean> {
    const client = await this.database.dedicatedClient();
    try {
      const locked = await client.query<{ locked: boolean }>(
        "SELECT pg_try_advisory_lock(hashtext('wijkwijzer-job'), hashtext($1)) AS locked",
        [name],
      );
      if (locked.rows[0]?.locked !== true) return false;
      try {
        const last = await client.query<{ last_run_at: Date }>(
          'SELECT last_run_at FROM job_runs WHERE name = $1',
          [name],
        );
        const lastRun = last.rows[0]?.last_run_at;
        const now = this.clock.now();
        if (
          lastRun !== undefined &&
          now.getTime() - lastRun.getTime() < intervalMs * SAME_INTERVAL
        ) {
          return false;
        }
        await work();
        await client.query(
          `INSERT INTO job_runs (name, last_run_at) VALUES ($1, $2)
           ON CONFLICT (name) DO UPDATE SET last_run_at = EXCLUDED.last_run_at`,
          [name, now],
        );
        return true;
      } finally {
        await client.query("SELECT pg_advisory_unlock(hashtext('wijkwijzer-job'), hashtext($1))", [
          name,
        ]);
      }
    } finally {
      client.release();
    }
  }
}
