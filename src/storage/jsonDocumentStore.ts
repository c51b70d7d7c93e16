import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import { WijkwijzerError } from '../shared/errors.js';
import { moduleLogger, type Logger } from '../shared/logger.js';
import { DurableJsonFile, errnoCode, serializeDocument } from './durableJsonFile.js';
import { acquireFileLock, type FileLock } from './fileLock.js';

/**
 * Storage: the single-writer JSON document store everything durable builds on (bot state, cases,
 * conversation transcripts). Why one process and one file per store, and what changes when we
 * move to PostgreSQL: docs/adr/0002-single-writer-file-storage.md.
 *
 * - One store instance per file per process, enforced by `<file>.lock` (WW-3005 / WW-3006).
 * - All changes go through `update`, one write queue: updates queued while a write is running
 *   form the next batch, are applied in order and written with one fsync'd write; each resolves
 *   after that write. A mutator that throws is rolled back alone; the rest of its batch commits.
 * - Mutators must only change the draft and return a value. When one update of a batch fails,
 *   the batch is replayed one update at a time, so the others' mutators run a second time (like a
 *   retried database transaction); the value a caller receives is always from the run that was
 *   written.
 * - `read()` is the committed snapshot, deeply frozen and exactly what a restart would read.
 * - With a schema, the file is validated on open and every update's result before it is written,
 *   so the store never writes a document it would refuse to open.
 */
export interface JsonDocumentStoreOptions<T> {
  readonly file: string;
  readonly defaults: T;
  readonly schema?: z.ZodType<T>;
  readonly logger: Logger;
  /**
   * Validate every batch against `schema` before writing it (default true). A store whose only
   * writer already checks each value (FileStateStorage) turns this off: the check walks the whole
   * document on every write. The file is always validated when it is opened.
   */
  readonly validateWrites?: boolean;
}

interface QueuedUpdate<T> {
  /** Runs the mutator on the draft; throws when the mutator throws or returns a promise. */
  apply(draft: T): void;
  succeed(): void;
  fail(error: unknown): void;
}

export class JsonDocumentStore<T> {
  private readonly file: DurableJsonFile<T>;
  private readonly schema: z.ZodType<T> | undefined;
  private readonly logger: Logger;
  private readonly lock: FileLock;
  private committed: Readonly<T>;
  /** The serialization of `committed`: the start of every draft and the content of the file. */
  private committedText: string;
  private pending: QueuedUpdate<T>[] = [];
  private draining: Promise<void> | null = null;
  private closing: Promise<void> | null = null;
  private closed = false;

  private constructor(
    file: DurableJsonFile<T>,
    schema: z.ZodType<T> | undefined,
    logger: Logger,
    lock: FileLock,
    text: string,
  ) {
    this.file = file;
    this.schema = schema;
    this.logger = logger;
    this.lock = lock;
    this.committedText = text;
    this.committed = deepFreeze(JSON.parse(text) as T);
  }

  static async open<T>(options: JsonDocumentStoreOptions<T>): Promise<JsonDocumentStore<T>> {
    const started = performance.now();
    const requested = path.resolve(options.file);
    let realFile: string;
    try {
      // 0o700 applies only to directories created here; an operator's own data dir is kept as is.
      await fs.mkdir(path.dirname(requested), { recursive: true, mode: 0o700 });
      // One canonical path per file, so a symlinked route to it cannot pass the same-process check.
      realFile = path.join(await fs.realpath(path.dirname(requested)), path.basename(requested));
    } catch (error) {
      throw new WijkwijzerError('WW-3003', {
        cause: error,
        detail: { file: requested, reason: 'mkdir', code: errnoCode(error) },
      });
    }
    const file = new DurableJsonFile<T>(realFile);
    const logger = moduleLogger(options.logger, 'storage').child({ file: file.file });
    const lock = await acquireFileLock(file.file, logger);
    try {
      const leftovers = await file.removeLeftoverTempFiles();
      if (leftovers > 0) logger.info({ leftovers }, 'removed temp files of an interrupted write');
      const stored = await file.read();
      const found = stored !== null;
      const data = validate(options.schema, found ? stored : options.defaults, (issues) => {
        return new WijkwijzerError('WW-3002', {
          detail: { file: file.file, reason: found ? 'schema' : 'defaults-invalid', ...issues },
        });
      });
      const text = serializeDocument(data);
      logger.info(
        { found, bytes: Buffer.byteLength(text), ms: Math.round(performance.now() - started) },
        'storage opened',
      );
      return new JsonDocumentStore<T>(
        file,
        options.validateWrites === false ? undefined : options.schema,
        logger,
        lock,
        text,
      );
    } catch (error) {
      // Never keep a file locked that we refused to open: the operator must be able to fix it.
      await lock.release();
      throw error;
    }
  }

  /** The committed snapshot. Frozen: change data through `update`, never by mutating this. */
  read(): Readonly<T> {
    if (this.closed) throw new WijkwijzerError('WW-3004');
    return this.committed;
  }

  /**
   * Applies `mutate` to a private draft and resolves with its result once the change is durable.
   * The mutator must be synchronous (a returned promise is refused with WW-3007), free of side
   * effects outside the draft (it may run twice, see above) and must not keep the draft: after the
   * write, `read()` returns a new object.
   */
  update<R>(mutate: (draft: T) => R): Promise<R> {
    if (this.closing !== null) return Promise.reject(new WijkwijzerError('WW-3004'));
    return new Promise<R>((resolve, reject) => {
      let result!: R;
      this.pending.push({
        apply: (draft) => {
          const returned = mutate(draft);
          if (isThenable(returned)) {
            // The async part would change a draft that is already written or discarded.
            returned.then(undefined, () => undefined);
            throw new WijkwijzerError('WW-3007');
          }
          result = returned;
        },
        succeed: () => resolve(result),
        fail: reject,
      });
      if (this.draining === null) this.draining = this.drain();
    });
  }

  /** Resolves when every update queued so far is durable (or has been rejected). */
  async flush(): Promise<void> {
    if (this.closed) throw new WijkwijzerError('WW-3004');
    while (this.draining !== null) await this.draining;
  }

  /**
   * Flushes queued updates and releases the lock. New updates are refused from the moment this is
   * called; afterwards every method rejects with WW-3004, except `close` itself, which shutdown
   * code may call twice.
   */
  close(): Promise<void> {
    this.closing ??= (async () => {
      while (this.draining !== null) await this.draining;
      this.closed = true;
      await this.lock.release();
      this.logger.info('storage closed');
    })();
    return this.closing;
  }

  private async drain(): Promise<void> {
    // Let the updates issued in the same tick join the first batch.
    await Promise.resolve();
    for (;;) {
      const batch = this.pending;
      if (batch.length === 0) {
        this.draining = null;
        return;
      }
      this.pending = [];
      try {
        await this.commitBatch(batch);
      } catch (error) {
        // commitBatch settles every update itself; this only guards the queue against a bug.
        for (const update of batch) update.fail(error);
      }
    }
  }

  private async commitBatch(batch: readonly QueuedUpdate<T>[]): Promise<void> {
    const started = performance.now();
    const together = batch.length > 1 ? this.applyTogether(batch) : null;
    const { text, draft, applied } = together ?? this.applyOneByOne(batch);
    if (applied.length === 0) return;

    if (text !== this.committedText) {
      try {
        await this.file.writeText(text);
      } catch (error) {
        this.logger.error(
          { code: error instanceof WijkwijzerError ? error.detail['code'] : null },
          'storage write failed; batch rejected',
        );
        for (const update of applied) update.fail(error);
        return;
      }
      this.committedText = text;
      // The draft is a private parse of the last committed text plus this batch: freezing it
      // gives the same snapshot a fresh parse of `text` would, without parsing again.
      this.committed = deepFreeze(draft);
    }
    this.logger.debug(
      {
        updates: batch.length,
        failed: batch.length - applied.length,
        replayed: together === null && batch.length > 1,
        bytes: Buffer.byteLength(text),
        ms: Math.round(performance.now() - started),
      },
      'storage batch committed',
    );
    for (const update of applied) update.succeed();
  }

  /**
   * The common case: every mutator of the batch on one draft, one validation, one serialization.
   * Null when anything fails; nothing is settled then and the batch is replayed one by one.
   */
  private applyTogether(batch: readonly QueuedUpdate<T>[]): Batched<T> | null {
    const draft = JSON.parse(this.committedText) as T;
    try {
      for (const update of batch) update.apply(draft);
      this.validateDraft(draft);
      return { text: serializeDocument(draft), draft, applied: batch };
    } catch {
      return null;
    }
  }

  /**
   * Each update on a fresh parse of the last good state, so a failing mutator leaves no trace and a
   * bad value is pinned on the update that made it. Costs a parse and a serialization per update.
   */
  private applyOneByOne(batch: readonly QueuedUpdate<T>[]): Batched<T> {
    let text = this.committedText;
    let good = this.committed;
    const applied: QueuedUpdate<T>[] = [];
    for (const update of batch) {
      const draft = JSON.parse(text) as T;
      try {
        update.apply(draft);
        this.validateDraft(draft);
        text = serializeDocument(draft);
      } catch (error) {
        update.fail(error);
        continue;
      }
      good = draft;
      applied.push(update);
    }
    return { text, draft: good, applied };
  }

  private validateDraft(draft: T): void {
    validate(this.schema, draft, (issues) => {
      return new WijkwijzerError('WW-3003', { detail: { reason: 'schema', ...issues } });
    });
  }
}

interface Batched<T> {
  readonly text: string;
  /** The document `text` serializes; becomes the committed snapshot after the write. */
  readonly draft: T;
  readonly applied: readonly QueuedUpdate<T>[];
}

function validate<T>(
  schema: z.ZodType<T> | undefined,
  value: unknown,
  toError: (issues: { issues: number; firstIssuePath: string }) => WijkwijzerError,
): T {
  if (schema === undefined) return value as T;
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  // Paths only: zod issue messages can quote the offending value.
  const first = parsed.error.issues[0];
  throw toError({
    issues: parsed.error.issues.length,
    firstIssuePath: first === undefined ? '' : first.path.map(String).join('.'),
  });
}

function isThenable(value: unknown): value is PromiseLike<unknown> {
  return (
    (typeof value === 'object' || typeof value === 'function') &&
    value !== null &&
    'then' in value &&
    typeof value.then === 'function'
  );
}

function deepFreeze<V>(value: V): V {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
