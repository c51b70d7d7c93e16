import { randomBytes } from 'node:crypto';
import { promises as fs, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Adapter } from 'lowdb';
import { WijkwijzerError } from '../shared/errors.js';

/**
 * A lowdb `Adapter` for one JSON document on local disk that survives a crash or power cut.
 *
 * lowdb's own `JSONFile` writes a temp file and renames it without fsync: after a power cut the
 * rename can be on disk while the data is not, leaving an empty or truncated file. Here every write
 * is temp file in the same directory → fsync → rename over the target → fsync the directory, so the
 * file on disk is always either the previous or the new complete document.
 *
 * Reading never "repairs": a missing file is `null` (so `Low` keeps its defaults), but an empty,
 * non-UTF-8, non-JSON or non-document file is a WW-3002 that names the file. The caller must stop
 * instead of overwriting data an operator may still be able to rescue.
 */
export class DurableJsonFile<T> implements Adapter<T> {
  readonly file: string;
  private readonly directory: string;
  private readonly tempPrefix: string;

  constructor(file: string) {
    this.file = path.resolve(file);
    this.directory = path.dirname(this.file);
    this.tempPrefix = `.${path.basename(this.file)}.`;
  }

  /**
   * The parsed document, or null when the file does not exist. The content is not checked against
   * `T`: callers that cannot trust the file validate it (JsonDocumentStore does, with its schema).
   */
  async read(): Promise<T | null> {
    let bytes: Buffer;
    try {
      // Synchronous on purpose: the bot reads its state files on every turn, and the async read's
      // four thread-pool hops (open, stat, read, close) wait behind the fsyncs of other writes; on a
      // busy machine that made a read of a few KB take ~6.5 ms instead of ~0.5 ms
      // (docs/benchmarks.md, turns 2026-12-02). The decode and JSON.parse below block anyway.
      bytes = readFileSync(this.file);
    } catch (error) {
      if (errnoCode(error) === 'ENOENT') return null;
      throw this.unreadable('read-failed', { code: errnoCode(error) });
    }
    let text: string;
    try {
      // fatal: a file in another encoding must stop us, not turn into U+FFFD and get rewritten.
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      throw this.unreadable('not-utf8', { bytes: bytes.length });
    }
    if (text.trim() === '') throw this.unreadable('empty', { bytes: bytes.length });
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      // The SyntaxError message quotes the file's content, which may be personal data: keep only
      // the position and do not attach the error as cause.
      const position = error instanceof Error ? /position (\d+)/.exec(error.message)?.[1] : null;
      throw this.unreadable('invalid-json', {
        bytes: bytes.length,
        position: position === undefined || position === null ? null : Number(position),
      });
    }
    // A bare `null`, number or string cannot be one of our documents, and `Low` would treat a falsy
    // one as "no file" and later overwrite it.
    if (value === null || typeof value !== 'object') {
      throw this.unreadable('not-a-document', { bytes: bytes.length });
    }
    return value as T;
  }

  async write(data: T): Promise<void> {
    await this.writeText(serializeDocument(data));
  }

  /** Atomically and durably replaces the file with `text` (already serialized JSON). */
  async writeText(text: string): Promise<void> {
    const temp = path.join(
      this.directory,
      `${this.tempPrefix}${process.pid}.${randomBytes(6).toString('hex')}.tmp`,
    );
    let stage = 'temp-write';
    try {
      // 0o600: these documents hold residents' conversation state and contact details.
      const handle = await fs.open(temp, 'wx', 0o600);
      try {
        await handle.writeFile(text, 'utf8');
        stage = 'temp-fsync';
        await handle.sync();
      } finally {
        await handle.close();
      }
      stage = 'rename';
      await fs.rename(temp, this.file);
    } catch (error) {
      await fs.rm(temp, { force: true }).catch(() => undefined);
      throw new WijkwijzerError('WW-3003', {
        cause: error,
        detail: { file: this.file, stage, code: errnoCode(error) },
      });
    }
    try {
      await syncDirectory(this.directory);
    } catch (error) {
      throw new WijkwijzerError('WW-3003', {
        cause: error,
        detail: { file: this.file, stage: 'directory-fsync', code: errnoCode(error) },
      });
    }
  }

  /**
   * Deletes temp files a crashed writer left behind (they never replaced the target, so they hold
   * nothing the target lacks). Only call while holding the file's lock: a live writer's temp file
   * looks the same. Returns how many were removed.
   */
  async removeLeftoverTempFiles(): Promise<number> {
    let names: string[];
    try {
      names = await fs.readdir(this.directory);
    } catch (error) {
      if (errnoCode(error) === 'ENOENT') return 0;
      throw this.unreadable('directory-unreadable', { code: errnoCode(error) });
    }
    const leftovers = names.filter(
      (name) =>
        name.startsWith(this.tempPrefix) &&
        /^\d+\.[0-9a-f]+\.tmp$/.test(name.slice(this.tempPrefix.length)),
    );
    await Promise.all(
      leftovers.map((name) => fs.rm(path.join(this.directory, name), { force: true })),
    );
    return leftovers.length;
  }

  private unreadable(
    reason: string,
    extra: Readonly<Record<string, string | number | null>>,
  ): WijkwijzerError {
    return new WijkwijzerError('WW-3002', { detail: { file: this.file, reason, ...extra } });
  }
}

/**
 * The one serialization of a document: compact JSON plus a newline. Compact because every write
 * rewrites the whole file; `jq . <file>` makes it readable.
 */
export function serializeDocument(data: unknown): string {
  let text: string | undefined;
  try {
    text = JSON.stringify(data);
  } catch (error) {
    // Cycles and BigInt; the message names only types, but keep the shape consistent.
    throw new WijkwijzerError('WW-3003', {
      cause: error,
      detail: { reason: 'not-serializable' },
    });
  }
  if (text === undefined) {
    throw new WijkwijzerError('WW-3003', { detail: { reason: 'not-serializable' } });
  }
  return `${text}\n`;
}

/** fsync of a directory, so a rename or a new entry in it survives a power cut. */
export async function syncDirectory(directory: string): Promise<void> {
  // Windows cannot open a directory for fsync; NTFS journals the rename itself.
  if (process.platform === 'win32') return;
  const handle = await fs.open(directory, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

export function errnoCode(error: unknown): string {
  if (error instanceof Error && 'code' in error && typeof error.code === 'string') {
    return error.code;
  }
  return 'UNKNOWN';
}
