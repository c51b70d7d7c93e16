import { localDate } from '../shared/gemeenteTime.js';

/**
 * The first day that is kept: the first day of the month `months` whole months before this one
 * (INSIGHTS_RETENTION_MONTHS). Whole months, so a report of a kept month is always complete.
 */
export function insightsRetentionCutoff(now: Date, months: number): string {
  const today = localDate(now);
  const index = Number(today.slice(0, 4)) * 12 + Number(today.slice(5, 7)) - 1 - months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-01`;
}
