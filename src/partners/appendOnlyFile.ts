import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import { errnoCode } from '../storage/durableJsonFile.js';
import { WijkwijzerError } from '../shared/errors.js';

/**
 * A JSON Lines file that only grows: each record is one line, appended with O_APPEND and fsync'd
 * before the caller hears it was kept. Lines are never rewritten, so the change log and the audit
 * trail cannot be edited through the application. One writer per process (the caller serialises);
 * a torn last line (a crash mid-write) is skipped on reading, never repaired in place.
 */
/** Records that are only ever appended: this file, or a PostgreSQL table (several instances). */
export interface RecordLog<T> {
  append(record: T): Promise<void>;
  readAll(): Promise<T[]>;
}

export class AppendOnlyFile<T> implements RecordLog<T> {
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
}
