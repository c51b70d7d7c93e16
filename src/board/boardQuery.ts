import { z } from 'zod';
import { slugSchema } from '../cases/case.js';
import type { CaseFilter } from '../cases/caseRepository.js';
import { caseStatusSchema, type CaseStatus } from '../cases/status.js';
import type { BoardCaseSummary } from './boardViews.js';

/**
 * The list's filters and order, as query parameters of `GET /api/board/cases`. They only narrow
 * what the staff member may see anyway: the wijkteam scope is applied before any of this.
 */

export const OPEN_STATUSES: readonly CaseStatus[] = ['nieuw', 'opgepakt', 'contact_gelegd'];

export const ageFilters = ['any', 'overdue', 'day', 'threeDays', 'week'] as const;
export type AgeFilter = (typeof ageFilters)[number];

const ageMinutes: Readonly<Record<Exclude<AgeFilter, 'any' | 'overdue'>, number>> = {
  day: 24 * 60,
  threeDays: 3 * 24 * 60,
  week: 7 * 24 * 60,
};

export const boardQuerySchema = z.strictObject({
  status: z.union([z.enum(['open', 'all']), caseStatusSchema]).default('open'),
  age: z.enum(ageFilters).default('any'),
  mine: z
    .enum(['true', 'false'])
    .default('false')
    .transform((value) => value === 'true'),
  sort: z.enum(['waiting', 'newest']).default('waiting'),
  wijkteam: slugSchema.optional(),
});
export type BoardQuery = z.infer<typeof boardQuerySchema>;

export function statusMatches(status: CaseStatus, filter: BoardQuery['status']): boolean {
  if (filter === 'all') return true;
  if (filter === 'open') return OPEN_STATUSES.includes(status);
  return status === filter;
}

function ageMatches(item: BoardCaseSummary, filter: AgeFilter): boolean {
  if (filter === 'any') return true;
  if (filter === 'overdue') return item.overdue;
  return item.waitingMinutes >= ageMinutes[filter];
}

/**
 * What the repository can select from its index for this query: the scope's wijkteams (or the one
 * asked for), the statuses, and for a minimum age the latest arrival that can qualify (a case
 * waiting at least a day arrived at least a day ago). Never narrower than `selectCases`, which
 * still applies every filter exactly.
 */
export function repositoryFilter(
  query: BoardQuery,
  scope: readonly string[],
  now: Date,
): CaseFilter {
  const wijkteams = query.wijkteam === undefined ? scope : [query.wijkteam];
  const statuses =
    query.status === 'all' ? undefined : query.status === 'open' ? OPEN_STATUSES : [query.status];
  const minutes =
    query.age === 'any' || query.age === 'overdue' ? undefined : ageMinutes[query.age];
  return {
    wijkteams,
    ...(statuses === undefined ? {} : { statuses }),
    ...(minutes === undefined
      ? {}
      : { createdBefore: new Date(now.getTime() - minutes * 60_000).toISOString() }),
  };
}

/**
 * Applies the filters and the order. "Langst wachtend eerst" puts overdue cases first, then the
 * longest waiting; ties go by reference so the order is stable between reloads.
 */
export function selectCases(
  items: readonly BoardCaseSummary[],
  query: BoardQuery,
): BoardCaseSummary[] {
  const selected = items.filter(
    (item) =>
      statusMatches(item.status, query.status) &&
      ageMatches(item, query.age) &&
      (!query.mine || item.mine) &&
      (query.wijkteam === undefined || item.wijkteam.id === query.wijkteam),
  );
  const byReference = (a: BoardCaseSummary, b: BoardCaseSummary) =>
    a.reference.localeCompare(b.reference);
  return selected.sort((a, b) => {
    if (query.sort === 'newest') {
      return b.receivedAt.localeCompare(a.receivedAt) || byReference(b, a);
    }
    if (a.overdue !== b.overdue) return a.overdue ? -1 : 1;
    return b.waitingMinutes - a.waitingMinutes || byReference(a, b);
  });
}
