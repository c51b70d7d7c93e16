import { z } from 'zod';
import { localDate } from '../shared/gemeenteTime.js';
import { WijkwijzerError } from '../shared/errors.js';
import {
  eventDimensions,
  insightEventSchema,
  type InsightEvent,
  type InsightKind,
} from './insightEvents.js';

/**
 * Counters as a document: one row per day, kind and dimensions. Pure functions shared by the file
 * store and the in-memory one, so both count exactly alike.
 */

export const insightRowSchema = z.object({
  /** jjjj-mm-dd in Europe/Amsterdam. */
  day: z.iso.date(),
  kind: z.string().min(1).max(40),
  dimensions: z.record(z.string().max(40), z.string().max(60)),
  count: z.int().min(1),
});
export type InsightRow = z.infer<typeof insightRowSchema>;

export const insightsDocumentSchema = z.object({
  version: z.literal(1),
  rows: z.record(z.string(), insightRowSchema),
});
export type InsightsDocument = z.infer<typeof insightsDocumentSchema>;

export function emptyInsightsDocument(): InsightsDocument {
  return { version: 1, rows: {} };
}

export interface InsightFilter {
  readonly kind?: InsightKind;
  /** First day to include (jjjj-mm-dd). */
  readonly from?: string;
  /** Last day to include (jjjj-mm-dd). */
  readonly to?: string;
}

/** Validates an event; a shape that could carry text or an id is refused (WW-9101). */
export function checkInsightEvent(event: InsightEvent): InsightEvent {
  const parsed = insightEventSchema.safeParse(event);
  if (!parsed.success) {
    throw new WijkwijzerError('WW-9101', {
      detail: {
        kind: String((event as { kind?: unknown }).kind),
        issues: parsed.error.issues.length,
      },
    });
  }
  return parsed.data;
}

function rowKey(day: string, kind: string, dimensions: Readonly<Record<string, string>>): string {
  const sorted = Object.keys(dimensions)
    .sort()
    .map((key) => [key, dimensions[key] ?? '']);
  return JSON.stringify([day, kind, sorted]);
}

/** Adds one to the counter of this event on the day of `at` (changes `document`). */
export function addCount(document: InsightsDocument, event: InsightEvent, at: Date): void {
  const checked = checkInsightEvent(event);
  const day = localDate(at);
  const dimensions = eventDimensions(checked);
  const key = rowKey(day, checked.kind, dimensions);
  const existing = document.rows[key];
  document.rows[key] =
    existing === undefined
      ? { day, kind: checked.kind, dimensions, count: 1 }
      : { ...existing, count: existing.count + 1 };
}

/** Rows matching the filter, by day, kind and dimensions. */
export function selectRows(
  document: Readonly<InsightsDocument>,
  filter: InsightFilter = {},
): InsightRow[] {
  return Object.values(document.rows)
    .filter(
      (row) =>
        (filter.kind === undefined || row.kind === filter.kind) &&
        (filter.from === undefined || row.day >= filter.from) &&
        (filter.to === undefined || row.day <= filter.to),
    )
    .map((row) => ({ ...row, dimensions: { ...row.dimensions } }))
    .sort(
      (a, b) =>
        a.day.localeCompare(b.day) ||
        a.kind.localeCompare(b.kind) ||
        JSON.stringify(a.dimensions).localeCompare(JSON.stringify(b.dimensions)),
    );
}

/** Sum of counts of rows matching the filter and these dimension values. */
export function total(
  rows: readonly InsightRow[],
  dimensions: Readonly<Record<string, string>> = {},
): number {
  return rows
    .filter((row) =>
      Object.entries(dimensions).every(([key, value]) => row.dimensions[key] === value),
    )
    .reduce((sum, row) => sum + row.count, 0);
}
