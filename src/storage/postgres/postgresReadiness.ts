import type { Clock } from '../../shared/clock.js';
import { isWijkwijzerError } from '../../shared/errors.js';
import type { ReadinessCheck } from '../../shared/readiness.js';
import { PROBE_TIMEOUT_MS, withinTime } from '../writeProbe.js';
import type { Database } from './database.js';

/**
 * `/readyz` on PostgreSQL: a real write (an upsert of one row, committed), so a read-only
 * replica, a full disk or a lost connection takes this process out of the load balancer. Costs one
 * row, whatever is stored.
 */
export function postgresWriteProbe(database: Database, clock: Clock): ReadinessCheck {
  return {
    name: 'storage',
    check: async () => {
      const started = performance.now();
      try {
        const outcome = await withinTime(
          database.query(
            `INSERT INTO readiness_probe (id, at) VALUES (1, $1)
             ON CONFLICT (id) DO UPDATE SET at = EXCLUDED.at`,
            [clock.now()],
          ),
          PROBE_TIMEOUT_MS,
        );
        const ms = Math.round(performance.now() - started);
        if (outcome === 'timeout') return { ok: false, detail: { backend: 'postgres', ms } };
        return { ok: true, detail: { backend: 'postgres', writable: true, ms } };
      } catch (error) {
        return {
          ok: false,
          detail: {
            backend: 'postgres',
            writable: false,
            code: isWijkwijzerError(error) ? error.code : 'WW-3010',
          },
        };
      }
    },
  };
}
