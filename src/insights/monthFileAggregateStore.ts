import { promises as fs } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { WijkwijzerError } from '../shared/errors.js';
import { moduleLogger, type Logger } from '../shared/logger.js';
import { DurableJsonFile, errnoCode } from '../storage/durableJsonFile.js';
import { JsonDocumentStore } from '../storage/jsonDocumentStore.js';
import {
  monthOf,
  monthsBetween,
  type AggregateStoreSize,
  type InsightAggregateStore,
} from './aggregateStore.js';
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
 * The embedded aggregate store: one JSON document per month (`DATA_DIR/insights/2026-03.json`) on
 * the durable single-writer document store (ADR 0002). A write rewrites only the month of its day,
 * so its cost depends on one month's counters, not on the history; a read opens only the months it
 * asks for. Closed months do not change, so their parsed rows are cached (checked against the
 * file's size and time). Reading needs no lock, so `wijkwijzer insights report` works while the bot
 * runs; writing takes the month file's lock, so one process counts (PostgreSQL for more, ADR 0017).
 */

const monthDocumentSchema = z.object({
  version: z.literal(1),
  month: z.string().regex(/^\d{4}-\d{2}$/),
  rows: z.record(z.string(), insightRowSchema),
});
type MonthDocument = z.infer<typeof monthDocumentSchema>;

/** The single-file counters written before issue 14 (DATA_DIR/insights.json); moved on open. */
const legacyDocumentSchema = z.object({
  version: z.literal(1),
  rows: z.record(z.string(), insightRowSchema),
});

const MONTH_FILE = /^(\d{4}-\d{2})\.json$/;
/** Writers kept open: this month and the last (late events around midnight on the 1st). */
const OPEN_WRITERS = 2;
/** Parsed closed months kept in memory: three years of monthly reports. */
const CACHED_MONTHS = 40;

export interface MonthFileStoreOptions {
  /** Such as DATA_DIR/insights. */
  readonly dir: string;
  readonly logger: Logger;
  /** For the CLI: reads only, takes no lock, refuses `add` (WW-8101). */
  readonly readOnly?: boolean;
  /** DATA_DIR/insights.json of earlier versions: its counters move into the month files once. */
  readonly legacyFile?: string;
}

interface CachedMonth {
  readonly mtimeMs: number;
  readonly size: number;
  readonly rows: readonly InsightRow[];
}

export class MonthFileAggregateStore implements InsightAggregateStore {
  private readonly writers = new Map<string, Promise<JsonDocumentStore<MonthDocument>>>();
  private readonly cache = new Map<string, CachedMonth>();
  /** Adds under way per month: their writer stays open until they finish. */
  private readonly inUse = new Map<string, number>();
  private readonly logger: Logger;
  private closed = false;

  private constructor(private readonly options: MonthFileStoreOptions) {
    this.logger = moduleLogger(options.logger, 'insights');
  }

  static async open(options: MonthFileStoreOptions): Promise<MonthFileAggregateStore> {
    const store = new MonthFileAggregateStore(options);
    if (options.readOnly !== true) {
      await fs.mkdir(options.dir, { recursive: true, mode: 0o700 });
      if (options.legacyFile !== undefined) await store.moveLegacyFile(options.legacyFile);
    }
    return store;
  }

  fileOf(month: string): string {
    return path.join(this.options.dir, `${month}.json`);
  }

  async add(increments: readonly InsightIncrement[]): Promise<void> {
    if (this.options.readOnly === true) throw new WijkwijzerError('WW-8101');
    if (this.closed) throw new WijkwijzerError('WW-3004');
    const byMonth = new Map<string, InsightIncrement[]>();
    for (const increment of increments) {
      const month = monthOf(increment.day);
      byMonth.set(month, [...(byMonth.get(month) ?? []), increment]);
    }
    await Promise.all(
      [...byMonth].map(async ([month, list]) => {
        this.inUse.set(month, (this.inUse.get(month) ?? 0) + 1);
        try {
          const writer = await this.writer(month);
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
          this.inUse.set(month, (this.inUse.get(month) ?? 1) - 1);
        }
      }),
    );
    await this.closeOldWriters();
  }

  async read(filter: InsightFilter): Promise<readonly InsightRow[]> {
    const stored = await this.months();
    const wanted =
      filter.from === undefined && filter.to === undefined
        ? stored
        : monthsBetween(filter.from ?? `${stored[0] ?? '0001-01'}-01`, filter.to ?? '9999-12-31');
    const present = new Set(stored);
    const rows: InsightRow[] = [];
    for (const month of wanted) {
      if (!present.has(month) && !this.writers.has(month)) continue;
      for (const row of await this.monthRows(month)) {
        if (matchesFilter(row, filter)) rows.push({ ...row, dimensions: { ...row.dimensions } });
      }
    }
    return sortRows(rows);
  }

  async pruneBefore(day: string): Promise<number> {
    if (this.options.readOnly === true) throw new WijkwijzerError('WW-8101');
    let removed = 0;
    const cutoffMonth = monthOf(day);
    for (const month of await this.months()) {
      if (month > cutoffMonth) continue;
      if (month < cutoffMonth) {
        removed += (await this.monthRows(month)).length;
        await this.closeWriter(month);
        await fs.rm(this.fileOf(month), { force: true });
        this.cache.delete(month);
        continue;
      }
      const writer = await this.writer(month);
      removed += await writer.update((draft) => {
        const kept = Object.entries(draft.rows).filter(([, row]) => row.day >= day);
        const count = Object.keys(draft.rows).length - kept.length;
        draft.rows = Object.fromEntries(kept);
        return count;
      });
    }
    if (removed > 0) this.logger.info({ removed, before: day }, 'insight counters pruned');
    return removed;
  }

  async size(): Promise<AggregateStoreSize> {
    const months = await this.months();
    let rows = 0;
    let bytes = 0;
    for (const month of months) {
      rows += (await this.monthRows(month)).length;
      bytes += await fs.stat(this.fileOf(month)).then(
        (stat) => stat.size,
        () => 0,
      );
    }
    return { rows, bytes, months };
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const month of [...this.writers.keys()]) await this.closeWriter(month);
  }

  /** The months on disk (and open for writing), oldest first. */
  private async months(): Promise<string[]> {
    let names: string[] = [];
    try {
      names = await fs.readdir(this.options.dir);
    } catch (error) {
      if (errnoCode(error) !== 'ENOENT') throw error;
    }
    const months = new Set(
      names.flatMap((name) => {
        const match = MONTH_FILE.exec(name);
        return match?.[1] === undefined ? [] : [match[1]];
      }),
    );
    for (const month of this.writers.keys()) months.add(month);
    return [...months].sort();
  }

  private async monthRows(month: string): Promise<readonly InsightRow[]> {
    const writer = this.writers.get(month);
    if (writer !== undefined) return Object.values((await writer).read().rows);
    const file = this.fileOf(month);
    let stat: { mtimeMs: number; size: number };
    try {
      stat = await fs.stat(file);
    } catch (error) {
      if (errnoCode(error) === 'ENOENT') return [];
      throw error;
    }
    const cached = this.cache.get(month);
    if (cached !== undefined && cached.mtimeMs === stat.mtimeMs && cached.size === stat.size) {
      return cached.rows;
    }
    const stored = await new DurableJsonFile<unknown>(file).read();
    const parsed = monthDocumentSchema.safeParse(stored);
    if (!parsed.success) {
      throw new WijkwijzerError('WW-3002', {
        detail: { file, reason: 'schema', issues: parsed.error.issues.length },
      });
    }
    const rows = Object.values(parsed.data.rows);
    this.cache.delete(month);
    this.cache.set(month, { mtimeMs: stat.mtimeMs, size: stat.size, rows });
    while (this.cache.size > CACHED_MONTHS) {
      const oldest = this.cache.keys().next().value;
      if (oldest === undefined) break;
      this.cache.delete(oldest);
    }
    return rows;
  }

  private writer(month: string): Promise<JsonDocumentStore<MonthDocument>> {
    const open = this.writers.get(month);
    if (open !== undefined) return open;
    const opening = JsonDocumentStore.open<MonthDocument>({
      file: this.fileOf(month),
      defaults: { version: 1, month, rows: {} },
      schema: monthDocumentSchema,
      logger: this.options.logger,
      // Every increment is built here from a checked event; walking the month on each write is
      // the cost this layout exists to avoid.
      validateWrites: false,
    });
    this.writers.set(month, opening);
    opening.catch(() => this.writers.delete(month));
    this.cache.delete(month);
    return opening;
  }

  private async closeOldWriters(): Promise<void> {
    const months = [...this.writers.keys()].sort();
    for (const month of months.slice(0, Math.max(0, months.length - OPEN_WRITERS))) {
      if ((this.inUse.get(month) ?? 0) === 0) await this.closeWriter(month);
    }
  }

  private async closeWriter(month: string): Promise<void> {
    const writer = this.writers.get(month);
    if (writer === undefined) return;
    this.writers.delete(month);
    try {
      await (await writer).close();
    } catch (error) {
      this.logger.warn({ err: error, month }, 'insights month not closed');
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
    // Month by month, so only a couple of writers are open at a time.
    const months = [...new Set(rows.map((row) => monthOf(row.day)))].sort();
    for (const month of months) await this.add(rows.filter((row) => monthOf(row.day) === month));
    await fs.rename(file, `${file}.migrated`);
    this.logger.info({ rows: rows.length }, 'insights.json moved into month files');
  }
}
