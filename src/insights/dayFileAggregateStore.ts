import { promises as fs } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { WijkwijzerError } from '../shared/errors.js';
import { moduleLogger, type Logger } from '../shared/logger.js';
import { DurableJsonFile, errnoCode } from '../storage/durableJsonFile.js';
import { JsonDocumentStore } from '../storage/jsonDocumentStore.js';
import { monthOf, type AggregateStoreSize, type InsightAggregateStore } from './aggregateStore.js';
import {
  insightRowSchema,
  matchesFilter,
  rowKey,
  sortRows,
  type InsightFilter,
  type InsightIncrement,
  type InsightRow,
} from './insightCounts.js';

/**
 * The embedded aggregate store: one JSON document per day (`DATA_DIR/insights/2026-03-02.json`) on
 * the durable single-writer document store (ADR 0002). A count rewrites only today's counters, so
 * its cost depends on one day, never on the history (a month-sized document was already megabytes
 * at city scale, and every count re-serialised it); a read opens only the days it asks for. Past
 * days do not change, so their parsed rows are cached (checked against the file's size and time).
 * Reading needs no lock, so `wijkwijzer insights report` works while the bot runs; writing takes
 * the day file's lock, so one process counts (PostgreSQL for more, ADR 0017).
 */

const dayDocumentSchema = z.object({
  version: z.literal(1),
  day: z.iso.date(),
  rows: z.record(z.string(), insightRowSchema),
});
type DayDocument = z.infer<typeof dayDocumentSchema>;

/** The single-file counters written before ADR 0017 (DATA_DIR/insights.json); moved on open. */
const legacyDocumentSchema = z.object({
  version: z.literal(1),
  rows: z.record(z.string(), insightRowSchema),
});

const DAY_FILE = /^(\d{4}-\d{2}-\d{2})\.json$/;
/** Writers kept open: today and yesterday (case events can carry the time of an earlier change). */
const OPEN_WRITERS = 2;
/** Parsed past days kept in memory: a year and a bit, the span of one report. */
const CACHED_DAYS = 400;

export interface DayFileStoreOptions {
  /** Such as DATA_DIR/insights. */
  readonly dir: string;
  readonly logger: Logger;
  /** For the CLI: reads only, takes no lock, refuses `add` (WW-8101). */
  readonly readOnly?: boolean;
  /** DATA_DIR/insights.json of earlier versions: its counters move into the day files once. */
  readonly legacyFile?: string;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A day file's rows, checked field by field: what `dayDocumentSchema` says, without its cost (a
 * year is 365 files and ~10⁵ rows; zod took most of a cold read). WW-3002 names the file.
 */
function checkedRows(stored: unknown, file: string): InsightRow[] {
  const refuse = (reason: string) => new WijkwijzerError('WW-3002', { detail: { file, reason } });
  if (typeof stored !== 'object' || stored === null) throw refuse('not-a-document');
  const document = stored as { version?: unknown; day?: unknown; rows?: unknown };
  if (document.version !== 1 || typeof document.day !== 'string' || !DAY.test(document.day)) {
    throw refuse('schema');
  }
  if (typeof document.rows !== 'object' || document.rows === null) throw refuse('schema');
  const rows: InsightRow[] = [];
  for (const value of Object.values(document.rows)) {
    const row = value as Partial<InsightRow> | null;
    const dimensions = row?.dimensions as Record<string, unknown> | undefined;
    if (
      row === null ||
      typeof row.day !== 'string' ||
      !DAY.test(row.day) ||
      typeof row.kind !== 'string' ||
      row.kind.length === 0 ||
      row.kind.length > 40 ||
      !Number.isSafeInteger(row.count) ||
      (row.count ?? 0) < 1 ||
      typeof dimensions !== 'object' ||
      dimensions === null ||
      !Object.entries(dimensions).every(
        ([key, dimension]) =>
          key.length <= 40 && typeof dimension === 'string' && dimension.length <= 60,
      )
    ) {
      throw refuse('schema');
    }
    rows.push(row as InsightRow);
  }
  return rows;
}

interface CachedDay {
  readonly mtimeMs: number;
  readonly size: number;
  readonly rows: readonly InsightRow[];
}

export class DayFileAggregateStore implements InsightAggregateStore {
  private readonly writers = new Map<string, Promise<JsonDocumentStore<DayDocument>>>();
  private readonly cache = new Map<string, CachedDay>();
  /** The newest day seen on disk, from the last listing. */
  private newest: string | undefined;
  /** Adds under way per day: their writer stays open until they finish. */
  private readonly inUse = new Map<string, number>();
  private readonly logger: Logger;
  private closed = false;

  private constructor(private readonly options: DayFileStoreOptions) {
    this.logger = moduleLogger(options.logger, 'insights');
  }

  static async open(options: DayFileStoreOptions): Promise<DayFileAggregateStore> {
    const store = new DayFileAggregateStore(options);
    if (options.readOnly !== true) {
      await fs.mkdir(options.dir, { recursive: true, mode: 0o700 });
      if (options.legacyFile !== undefined) await store.moveLegacyFile(options.legacyFile);
    }
    return store;
  }

  fileOf(day: string): string {
    return path.join(this.options.dir, `${day}.json`);
  }

  async add(increments: readonly InsightIncrement[]): Promise<void> {
    if (this.options.readOnly === true) throw new WijkwijzerError('WW-8101');
    if (this.closed) throw new WijkwijzerError('WW-3004');
    const byDay = new Map<string, InsightIncrement[]>();
    for (const increment of increments) {
      byDay.set(increment.day, [...(byDay.get(increment.day) ?? []), increment]);
    }
    await Promise.all(
      [...byDay].map(async ([day, list]) => {
        this.inUse.set(day, (this.inUse.get(day) ?? 0) + 1);
        try {
          const writer = await this.writer(day);
          await writer.update((draft) => {
            for (const increment of list) {
              const key = rowKey(increment.day, increment.kind, increment.dimensions);
              const existing = draft.rows[key];
              draft.rows[key] = {
                day: increment.day,
                kind: increment.kind,
                dimensions: { ...increment.dimensions },
                count: (existing?.count ?? 0) + increment.count,
              };
            }
          });
        } finally {
          this.inUse.set(day, (this.inUse.get(day) ?? 1) - 1);
        }
      }),
    );
    await this.closeOldWriters();
  }

  async read(filter: InsightFilter): Promise<readonly InsightRow[]> {
    const wanted = (await this.days()).filter(
      (day) =>
        (filter.from === undefined || day >= filter.from) &&
        (filter.to === undefined || day <= filter.to),
    );
    // Days in order, each day's rows in key order: no sort over the whole period. The rows are
    // frozen, so a caller cannot change the cache through them, and need no copy.
    const rows: InsightRow[] = [];
    for (const day of wanted) {
      for (const row of await this.dayRows(day)) {
        if (matchesFilter(row, filter)) rows.push(row);
      }
    }
    return rows;
  }

  async pruneBefore(day: string): Promise<number> {
    if (this.options.readOnly === true) throw new WijkwijzerError('WW-8101');
    let removed = 0;
    for (const stored of await this.days()) {
      if (stored >= day) continue;
      removed += (await this.dayRows(stored)).length;
      await this.closeWriter(stored);
      await fs.rm(this.fileOf(stored), { force: true });
      this.cache.delete(stored);
    }
    if (removed > 0) this.logger.info({ removed, before: day }, 'insight counters pruned');
    return removed;
  }

  async size(): Promise<AggregateStoreSize> {
    const days = await this.days();
    let rows = 0;
    let bytes = 0;
    for (const day of days) {
      rows += (await this.dayRows(day)).length;
      bytes += await fs.stat(this.fileOf(day)).then(
        (stat) => stat.size,
        () => 0,
      );
    }
    return { rows, bytes, months: [...new Set(days.map(monthOf))] };
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const day of [...this.writers.keys()]) await this.closeWriter(day);
  }

  /** The days on disk (and open for writing), oldest first. */
  private async days(): Promise<string[]> {
    let names: string[] = [];
    try {
      names = await fs.readdir(this.options.dir);
    } catch (error) {
      if (errnoCode(error) !== 'ENOENT') throw error;
    }
    const days = new Set(
      names.flatMap((name) => {
        const match = DAY_FILE.exec(name);
        return match?.[1] === undefined ? [] : [match[1]];
      }),
    );
    for (const day of this.writers.keys()) days.add(day);
    const sorted = [...days].sort();
    this.newest = sorted.at(-1);
    return sorted;
  }

  /** Days before this one no longer change (see dayRows). */
  private settledBefore(): string {
    const newest = new Date(`${this.newest ?? '9999-12-31'}T00:00:00Z`);
    return new Date(newest.getTime() - 2 * 24 * 3600 * 1000).toISOString().slice(0, 10);
  }

  private async dayRows(day: string): Promise<readonly InsightRow[]> {
    const writer = this.writers.get(day);
    // The open day's document is frozen by the document store; sorted here, it is small.
    if (writer !== undefined) return sortRows(Object.values((await writer).read().rows));
    const file = this.fileOf(day);
    const cached = this.cache.get(day);
    // A day two days before the newest one is settled: nothing writes it any more.
    if (cached !== undefined && this.newest !== undefined && day < this.settledBefore()) {
      return cached.rows;
    }
    let stat: { mtimeMs: number; size: number };
    try {
      stat = await fs.stat(file);
    } catch (error) {
      if (errnoCode(error) === 'ENOENT') return [];
      throw error;
    }
    if (cached !== undefined && cached.mtimeMs === stat.mtimeMs && cached.size === stat.size) {
      return cached.rows;
    }
    const stored = await new DurableJsonFile<unknown>(file).read();
    const rows = sortRows(checkedRows(stored, file)).map((row) =>
      Object.freeze({ ...row, dimensions: Object.freeze({ ...row.dimensions }) }),
    );
    this.cache.delete(day);
    this.cache.set(day, { mtimeMs: stat.mtimeMs, size: stat.size, rows });
    while (this.cache.size > CACHED_DAYS) {
      const oldest = this.cache.keys().next().value;
      if (oldest === undefined) break;
      this.cache.delete(oldest);
    }
    return rows;
  }

  private writer(day: string): Promise<JsonDocumentStore<DayDocument>> {
    const open = this.writers.get(day);
    if (open !== undefined) return open;
    const opening = JsonDocumentStore.open<DayDocument>({
      file: this.fileOf(day),
      defaults: { version: 1, day, rows: {} },
      schema: dayDocumentSchema,
      logger: this.options.logger,
      // Every increment is built here from a checked event; the schema is checked on open.
      validateWrites: false,
    });
    this.writers.set(day, opening);
    opening.catch(() => this.writers.delete(day));
    this.cache.delete(day);
    return opening;
  }

  private async closeOldWriters(): Promise<void> {
    const days = [...this.writers.keys()].sort();
    for (const day of days.slice(0, Math.max(0, days.length - OPEN_WRITERS))) {
      if ((this.inUse.get(day) ?? 0) === 0) await this.closeWriter(day);
    }
  }

  private async closeWriter(day: string): Promise<void> {
    const writer = this.writers.get(day);
    if (writer === undefined) return;
    this.writers.delete(day);
    try {
      await (await writer).close();
    } catch (error) {
      this.logger.warn({ err: error, day }, 'insights day file not closed');
    }
  }

  private async moveLegacyFile(file: string): Promise<void> {
    const stored = await new DurableJsonFile<unknown>(file).read();
    if (stored === null) return;
    const parsed = legacyDocumentSchema.safeParse(stored);
    if (!parsed.success) {
      throw new WijkwijzerError('WW-3002', { detail: { file, reason: 'schema' } });
    }
    const rows = Object.values(parsed.data.rows);
    // Day by day, so only a couple of writers are open at a time.
    const days = [...new Set(rows.map((row) => row.day))].sort();
    for (const day of days) await this.add(rows.filter((row) => row.day === day));
    await fs.rename(file, `${file}.migrated`);
    this.logger.info({ rows: rows.length }, 'insights.json moved into day files');
  }
}
