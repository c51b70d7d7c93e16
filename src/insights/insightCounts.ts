import { z } from 'zod';

/**
 * Counters as rows: one per day, kind and dimensions. The shape every aggregate store stores and
 * returns (ADR 0017 §2), and small pure helpers shared by the stores and the report.
 */

export const insightRowSchema = z.object({
  /** jjjj-mm-dd in Europe/Amsterdam. */
  day: z.iso.date(),
  kind: z.string().min(1).max(40),
  dimensions: z.record(z.string().max(40), z.string().max(60)),
  count: z.int().min(1),
});
export type InsightRow = z.infer<typeof insightRowSchema>;

/** One counter to raise: the same key as a row, and how much to add. */
export interface InsightIncrement {
  readonly day: string;
  readonly kind: string;
  readonly dimensions: Readonly<Record<string, string>>;
  readonly count: number;
}

export interface InsightFilter {
  readonly kind?: string;
  /** First day to include (jjjj-mm-dd). */
  readonly from?: string;
  /** Last day to include (jjjj-mm-dd). */
  readonly to?: string;
}

/** The identity of a counter: day, kind and the dimensions in key order. */
export function rowKey(
  day: string,
  kind: string,
  dimensions: Readonly<Record<string, string>>,
): string {
  const sorted = Object.keys(dimensions)
    .sort()
    .map((key) => [key, dimensions[key] ?? '']);
  return JSON.stringify([day, kind, sorted]);
}

export function matchesFilter(row: InsightRow, filter: InsightFilter): boolean {
  return (
    (filter.kind === undefined || row.kind === filter.kind) &&
    (filter.from === undefined || row.day >= filter.from) &&
    (filter.to === undefined || row.day <= filter.to)
  );
}

/** Rows in a stable order: by day, kind and dimensions (the order of their keys). */
export function sortRows<T extends InsightRow>(rows: readonly T[]): T[] {
  return rows
    .map((row) => ({ key: rowKey(row.day, row.kind, row.dimensions), row }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .map((keyed) => keyed.row);
}

/** Sum of counts of the rows with these dimension values. */
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
