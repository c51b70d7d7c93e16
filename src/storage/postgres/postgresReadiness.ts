import type { Clock } from '../../shared/clock.js';
import type { ReadinessCheck } from '../../shared/readiness.js';
import { writeProbeCheck } from '../writeProbe.js';
import type { Database } from './database.js';

/**
 * `/readyz` on PostgreSQL: a real write (an upsert of one row, committed), so a read-only
 * replica, a full disk or a lost connection takes this process out of the load balancer. Costs one
 * row, whatever is stored.
 */
export function postgresWriteProbe(database: Database, clock: Clock): ReadinessCheck {
  return writeProbeCheck('postgres', () =>
    database.query(
      `INSERT INTO readiness_probe (id, at) VALUES (1, $1)
       ON CONFLICT (id) DO UPDATE SET at = EXCLUDED.at`,
      [clock.now()],
    ),
  );
}
