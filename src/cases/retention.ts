import type { Clock } from '../shared/clock.js';
import { isWijkwijzerError } from '../shared/errors.js';
import { moduleLogger, type Logger } from '../shared/logger.js';
import { eraseContact, isClosed, systemActor, type Case } from './case.js';
import type { CaseRepository } from './caseRepository.js';
import { isCaseRefusedError } from './status.js';

/**
 * The retention job: contact details are anonymised `contactDays` after a case was closed or
 * cancelled, the whole case is deleted after `caseDays`. Open cases are never touched. The report
 * and the log hold counts only. Why these periods: docs/adr/0006-case-model-and-retention.md.
 */
export interface RetentionPolicy {
  readonly contactDays: number;
  readonly caseDays: number;
}

export interface RetentionReport {
  readonly dryRun: boolean;
  /** Closed or cancelled cases looked at. */
  readonly examined: number;
  readonly anonymised: number;
  readonly deleted: number;
  /** Changed by someone else during the run; the next run picks them up. */
  readonly skipped: number;
}

export interface RetentionOptions {
  readonly repository: CaseRepository;
  readonly clock: Clock;
  readonly policy: RetentionPolicy;
  readonly logger: Logger;
  /** Report what would happen, change nothing. */
  readonly dryRun?: boolean;
}

const DAY_MS = 24 * 60 * 60 * 1000;

export type RetentionAction = 'delete' | 'anonymise' | 'keep';

/** What retention does with one case at `now`. */
export function retentionAction(
  current: Case,
  policy: RetentionPolicy,
  now: Date,
): RetentionAction {
  if (!isClosed(current) || current.closedAt === null) return 'keep';
  const age = now.getTime() - Date.parse(current.closedAt);
  if (age >= policy.caseDays * DAY_MS) return 'delete';
  if (age >= policy.contactDays * DAY_MS && current.melder.kind === 'contact') return 'anonymise';
  return 'keep';
}

export async function runRetention(options: RetentionOptions): Promise<RetentionReport> {
  const logger = moduleLogger(options.logger, 'retention');
  const dryRun = options.dryRun ?? false;
  const now = options.clock.now();
  const closed = (await options.repository.list()).filter(isClosed);
  let anonymised = 0;
  let deleted = 0;
  let skipped = 0;
  for (const candidate of closed) {
    const action = retentionAction(candidate, options.policy, now);
    if (action === 'keep') continue;
    if (dryRun) {
      if (action === 'delete') deleted += 1;
      else anonymised += 1;
      continue;
    }
    try {
      if (action === 'delete') {
        if (await options.repository.delete(candidate.reference)) deleted += 1;
      } else {
        await options.repository.update(candidate.reference, candidate.version, (current) =>
          eraseContact(current, 'bewaartermijn', systemActor('bewaartermijn'), now),
        );
        anonymised += 1;
      }
    } catch (error) {
      if (!isCaseRefusedError(error) && !(isWijkwijzerError(error) && error.code === 'WW-6001')) {
        throw error;
      }
      skipped += 1;
    }
  }
  const report = { dryRun, examined: closed.length, anonymised, deleted, skipped };
  logger.info(report, dryRun ? 'retention dry run' : 'retention run');
  return report;
}
