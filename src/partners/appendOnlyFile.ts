import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import { errnoCode } from '../storage/durableJsonFile.js';
import { WijkwijzerError } from '../shared/errors.js';
import { writeFileAtomically } from './atomicWrite.js';

/**
 * Records that are only ever appended, and removed only by the retention job once older than the
 * limit (docs/adr/0018, "Retention of the change log and the audit trail"): this file, or a
 * PostgreSQL table (several instances).
 */
export interface RecordLog<T extends { readonly at: string }> {
  append(record: T): Promise<void>;
  readAll(): Promise<T[]>;
  /** Removes the records made before `cutoff`; resolves with how many went. */
  pruneBefore(cutoff: Date): Promise<number>;
}

/**
 * A JSON Lines file that only grows: each record is one line, appended with O_APPEND and fsync'd
 * before the caller hears it was kept. Lines are never edited, so the change log and the audit
 * trail cannot be changed through the application; the retention job only leaves old lines out
 * when it replaces the file atomically. One writer per process (the caller serialises); a torn
 * last line (a crash mid-write) is skipped on reading, never repaired in place.
 */
export class AppendOnlyFile<T extends { readonly at: string }> implements RecordLog<T> {
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    readonly file: string,
    private readonly schema: z.ZodType<T>,
  ) {}

  append(record: T): Promise<void> {
    const line = `${JSON.stringify(this.schema.parse(record))}\n`;
    const run = this.queue.then(async () => {
      await fs.mkdir(path.dirname(this.file), { recursive: true, mode: 0o700 });
      const handle = await fs.open(this.file, 'a', 0o600);
      try {
        await handle.appendFile(line, 'utf8');
        await handle.sync();
      } finally {
        await handle.close();
      }
    });
    this.queue = run.catch(() => undefined);
    return run;
  }

  /** Every valid record in order; WW-4117 when the file exists but cannot be read. */
  async readAll(): Promise<T[]> {
    await this.queue;
    let text: string;
    try {
      text = await fs.readFile(this.file, 'utf8');
    } catch (error) {
      if (errnoCode(error) === 'ENOENT') return [];
      throw new WijkwijzerError('WW-4117', {
        cause: error,
        detail: { file: path.basename(this.file) },
      });
    }
    const records: T[] = [];
    for (const line of text.split('\n')) {
      if (line.trim() === '') continue;
      try {
        const parsed = this.schema.safeParse(JSON.parse(line));
        if (parsed.success) records.push(parsed.data);
      } catch {
        // A torn line from a crash: skipped, the rest is intact.
      }
    }
    return records;
  }

  pruneBefore(cutoff: Date): Promise<number> {
    return this.retain((record) => Date.parse(record.at) >= cutoff.getTime());
  }

  /**
   * Rewrites the file with only the records `keep` accepts, in the same queue as the appends, so
   * no append is lost; resolves with how many records went. A line that is valid JSON but not a
   * record of this schema (written by a newer version) is kept as it is: its age is unknown. A
   * torn line is left out. The file is replaced atomically (atomicWrite.ts): a crash leaves the old
   * file or the new one.
   */
  retain(keep: (record: T, index: number, all: readonly T[]) => boolean): Promise<number> {
    const run = this.queue.then(async () => {
      let text: string;
      try {
        text = await fs.readFile(this.file, 'utf8');
      } catch (error) {
        if (errnoCode(error) === 'ENOENT') return 0;
        throw new WijkwijzerError('WW-4117', {
          cause: error,
          detail: { file: path.basename(this.file) },
        });
      }
      const lines: { line: string; record: T | undefined }[] = [];
      for (const line of text.split('\n')) {
        if (line.trim() === '') continue;
        let json: unknown;
        try {
          json = JSON.parse(line);
        } catch {
          continue;
        }
        const parsed = this.schema.safeParse(json);
        lines.push({ line, record: parsed.success ? parsed.data : undefined });
      }
      const records = lines.flatMap((entry) => (entry.record === undefined ? [] : [entry.record]));
      let index = 0;
      const kept = lines.filter((entry) =>
        entry.record === undefined ? true : keep(entry.record, index++, records),
      );
      const removed = lines.length - kept.length;
      if (removed === 0) return 0;
      await writeFileAtomically(this.file, kept.map((entry) => `${entry.line}\n`).join(''), 0o600);
      return removed;
    });
    this.queue = run.catch(() => undefined);
    return run;
  }
}
