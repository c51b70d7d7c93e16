import { promises as fs } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { VOORZIENINGEN_DIR } from '../knowledge/schema.js';
import { moduleLogger, type Logger } from '../shared/logger.js';
import { errnoCode } from '../storage/durableJsonFile.js';
import type { Database } from '../storage/postgres/database.js';
import type { Notifications } from '../storage/postgres/notifications.js';
import { writeFileAtomically } from './atomicWrite.js';
import { changeRecordSchema, type ChangeRecord, type ChangeStore } from './changeLog.js';
import type { SharedKnowledgeFiles } from './partnerKnowledge.js';

/**
 * Knowledge edits across instances (DATABASE_URL; docs/adr/0018, docs/adr/0019). Every instance
 * keeps its own knowledge directory, so the search index stays a local, in-memory thing; what a
 * partner writes on one instance reaches the others like this:
 * - the write takes an advisory lock on the file (one writer across instances), reads the file as
 *   last written through the page from `partner_files`, and stores the new text there with
 *   `NOTIFY wijkwijzer_knowledge` in the same transaction;
 * - every instance (the writer too) writes that text to its own directory when notified, and at
 *   start and after a lost connection for every file, and reloads its knowledge;
 * - the change log is numbered by a sequence, so two instances never hand out one number.
 */

export const KNOWLEDGE_CHANNEL = 'wijkwijzer_knowledge';

/** Only partner files travel: `voorzieningen/<slug>.yaml`, never a path out of the directory. */
const partnerFileSchema = z
  .string()
  .max(120)
  .regex(new RegExp(`^${VOORZIENINGEN_DIR}/[a-z0-9]+(?:-[a-z0-9]+)*\\.yaml$`));

export interface KnowledgeFilesOptions {
  readonly database: Database;
  readonly notifications: Notifications;
  readonly knowledgeDir: string;
  /** KnowledgeService.reloadNow: the catalogue and search index follow the directory. */
  readonly reload: () => Promise<unknown>;
  readonly logger: Logger;
}

export class PostgresKnowledgeFiles implements SharedKnowledgeFiles {
  private readonly logger: Logger;
  private stopListening: (() => void) | undefined;
  private stopReconnect: (() => void) | undefined;
  /** Syncs one after the other, so two notifications never write one file at the same time. */
  private queue: Promise<unknown> = Promise.resolve();

  private constructor(private readonly options: KnowledgeFilesOptions) {
    this.logger = moduleLogger(options.logger, 'partner-files');
  }

  /** Brings this instance's directory up to date, then follows every change. */
  static async start(options: KnowledgeFilesOptions): Promise<PostgresKnowledgeFiles> {
    const files = new PostgresKnowledgeFiles(options);
    files.stopListening = await options.notifications.listen(KNOWLEDGE_CHANNEL, (payload) => {
      void files.enqueue(() => files.syncFile(payload));
    });
    files.stopReconnect = options.notifications.onReconnect(() => {
      void files.enqueue(() => files.syncAll());
    });
    await files.enqueue(() => files.syncAll());
    return files;
  }

  withLock<T>(file: string, work: () => Promise<T>): Promise<T> {
    return this.options.database.withAdvisoryLock('wijkwijzer-partner-file', file, work);
  }

  async read(file: string): Promise<string | undefined> {
    const result = await this.options.database.query<{ text: string }>(
      'SELECT text FROM partner_files WHERE file = $1',
      [file],
    );
    return result.rows[0]?.text;
  }

  async publish(file: string, text: string): Promise<void> {
    const checked = partnerFileSchema.parse(file);
    await this.options.database.transaction(async (client) => {
      await client.query(
        `INSERT INTO partner_files AS stored (file, text, version, updated_at) VALUES ($1, $2, 1, now())
         ON CONFLICT (file) DO UPDATE
           SET text = EXCLUDED.text, version = stored.version + 1, updated_at = EXCLUDED.updated_at`,
        [checked, text],
      );
      // Sent at commit: nobody is told about a text that was rolled back.
      await client.query('SELECT pg_notify($1, $2)', [KNOWLEDGE_CHANNEL, checked]);
    });
  }

  /** Waits for the syncs under way (tests, shutdown). */
  async settled(): Promise<void> {
    await this.queue;
  }

  async close(): Promise<void> {
    this.stopListening?.();
    this.stopReconnect?.();
    await this.queue;
  }

  private enqueue(work: () => Promise<void>): Promise<void> {
    const run = this.queue.then(work).catch((error: unknown) => {
      this.logger.warn({ err: error }, 'partner file not brought up to date');
    });
    this.queue = run;
    return run;
  }

  private async syncAll(): Promise<void> {
    const result = await this.options.database.query<{ file: string }>(
      'SELECT file FROM partner_files ORDER BY file',
    );
    let changed = 0;
    for (const row of result.rows) {
      if (await this.writeLocal(row.file)) changed += 1;
    }
    if (changed > 0) await this.options.reload();
    this.logger.info({ files: result.rows.length, changed }, 'partner files up to date');
  }

  private async syncFile(payload: string): Promise<void> {
    if (await this.writeLocal(payload)) await this.options.reload();
  }

  /** Writes the shared text of `file` here when it differs; resolves true when it wrote. */
  private async writeLocal(file: string): Promise<boolean> {
    const checked = partnerFileSchema.safeParse(file);
    if (!checked.success) {
      this.logger.warn('notification for a file that is not a partner file ignored');
      return false;
    }
    const text = await this.read(checked.data);
    if (text === undefined) return false;
    const absolute = path.join(this.options.knowledgeDir, ...checked.data.split('/'));
    let local: string | null = null;
    try {
      local = await fs.readFile(absolute, 'utf8');
    } catch (error) {
      if (errnoCode(error) !== 'ENOENT') throw error;
    }
    if (local === text) return false;
    await fs.mkdir(path.dirname(absolute), { recursive: true });
    await writeFileAtomically(absolute, text);
    this.logger.info({ file: checked.data }, 'partner file written from another instance');
    return true;
  }
}

/**
 * The change log in `partner_changes`: numbered by a sequence, read incrementally. Reads go one
 * after the other, so the cache is never merged from two reads at once.
 */
export class PostgresChangeStore implements ChangeStore {
  private records: ChangeRecord[] = [];
  private lastSeq = 0;
  /** Rows read up to `lastSeq`, parsed or not: fewer stored means the retention job removed some. */
  private rowsRead = 0;
  private reading: Promise<unknown> = Promise.resolve();

  constructor(private readonly database: Database) {}

  all(): Promise<readonly ChangeRecord[]> {
    const run = this.reading.then(() => this.read());
    this.reading = run.catch(() => undefined);
    return run;
  }

  private async read(): Promise<readonly ChangeRecord[]> {
    if (this.lastSeq > 0) {
      // The retention job (on any instance) removes old records: then read everything again.
      const stored = await this.database.query<{ rows: string }>(
        'SELECT count(*) AS rows FROM partner_changes WHERE seq <= $1',
        [this.lastSeq],
      );
      if (Number(stored.rows[0]?.rows ?? 0) !== this.rowsRead) {
        this.records = [];
        this.lastSeq = 0;
        this.rowsRead = 0;
      }
    }
    // Only what other instances (or this one) added since the last read.
    const result = await this.database.query<{ seq: string; record: unknown }>(
      'SELECT seq, record FROM partner_changes WHERE seq > $1 ORDER BY seq',
      [this.lastSeq],
    );
    if (result.rows.length > 0) {
      const added = result.rows.flatMap((row) => {
        const parsed = changeRecordSchema.safeParse({
          ...(row.record as Record<string, unknown>),
          seq: Number(row.seq),
        });
        return parsed.success ? [parsed.data] : [];
      });
      this.records = [...this.records, ...added];
      this.rowsRead += result.rows.length;
      this.lastSeq = Number(result.rows.at(-1)?.seq ?? this.lastSeq);
    }
    return this.records;
  }

  /**
   * The rule of `changeRetained` in one statement: older than `cutoff`, not the newest, and not a
   * pending change nobody decided on yet. Any instance may run it; the others notice at their next
   * read.
   */
  async pruneBefore(cutoff: Date): Promise<number> {
    const result = await this.database.query(
      `DELETE FROM partner_changes AS change
        WHERE (change.record->>'at')::timestamptz < $1
          AND change.seq < (SELECT max(seq) FROM partner_changes)
          AND NOT (
            change.record->>'state' = 'pending'
            AND NOT EXISTS (
              SELECT 1 FROM partner_changes AS decision
               WHERE decision.record->>'action' IN ('approve', 'reject')
                 AND (decision.record->>'refersTo')::bigint = change.seq))`,
      [cutoff],
    );
    return result.rowCount ?? 0;
  }

  async append(unnumbered: Omit<ChangeRecord, 'seq'>): Promise<ChangeRecord> {
    const result = await this.database.query<{ seq: string }>(
      'INSERT INTO partner_changes (record) VALUES ($1::json) RETURNING seq',
      [JSON.stringify(unnumbered)],
    );
    const record = changeRecordSchema.parse({ seq: Number(result.rows[0]?.seq), ...unnumbered });
    return record;
  }

  /**
   * `wijkwijzer storage migrate`: the embedded change log under its own numbers (undo and
   * approval refer to them), then the sequence moved past them. A number PostgreSQL already has
   * is kept as it is, so a second run writes nothing. Resolves with the records written.
   */
  async importRecords(records: readonly ChangeRecord[]): Promise<number> {
    if (records.length === 0) return 0;
    return this.database.transaction(async (client) => {
      const inserted = await client.query(
        `INSERT INTO partner_changes (seq, record)
         SELECT seq, record FROM unnest($1::bigint[], $2::json[]) AS incoming (seq, record)
         ON CONFLICT (seq) DO NOTHING`,
        [
          records.map((record) => record.seq),
          records.map(({ seq: _seq, ...unnumbered }) => JSON.stringify(unnumbered)),
        ],
      );
      await client.query(
        `SELECT setval(pg_get_serial_sequence('partner_changes', 'seq'), max(seq))
           FROM partner_changes HAVING max(seq) IS NOT NULL`,
      );
      return inserted.rowCount ?? 0;
    });
  }
}
