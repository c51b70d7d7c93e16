import { addMonths } from '../knowledge/dates.js';
import type { Clock } from '../shared/clock.js';
import { moduleLogger, type Logger } from '../shared/logger.js';
import type { ChangeLog } from './changeLog.js';
import type { PartnerAudit } from './partnerAudit.js';

/**
 * Retention of the partner page's change log and audit trail (docs/adr/0018, "Retention of the
 * change log and the audit trail"): records older than PARTNERS_LOG_RETENTION_MONTHS go, on the
 * embedded files and on PostgreSQL alike. Run daily by the composition root through the job gate,
 * so with several instances one of them does it.
 */

/**
 * The moment `months` calendar months before `now`. The day is clamped to the target month's
 * last day (31 March minus one month is 28 or 29 February, never 3 March), so a record younger
 * than the limit is never before the cutoff.
 */
export function partnerLogCutoff(now: Date, months: number): Date {
  const iso = now.toISOString();
  // The calendar rule is the knowledge's (addMonths); the time of day stays as it was.
  return new Date(`${addMonths(iso.slice(0, 10), -months)}${iso.slice(10)}`);
}

export interface PartnerLogRetentionDeps {
  readonly changeLog: ChangeLog;
  readonly audit: PartnerAudit;
  readonly clock: Clock;
  readonly logger: Logger;
  readonly months: number;
}

export interface PartnerLogRetention {
  /** One run: resolves with how many records of each kind went. */
  runOnce(): Promise<{ readonly changes: number; readonly audit: number }>;
}

export function partnerLogRetention(deps: PartnerLogRetentionDeps): PartnerLogRetention {
  const log = moduleLogger(deps.logger, 'partner-log-retention');
  return {
    runOnce: async () => {
      const cutoff = partnerLogCutoff(deps.clock.now(), deps.months);
      const changes = await deps.changeLog.pruneBefore(cutoff);
      const audit = await deps.audit.pruneBefore(cutoff);
      log.info(
        { changes, audit, months: deps.months },
        'partner change log and audit trail pruned',
      );
      return { changes, audit };
    },
  };
}
