import { Worker } from 'node:worker_threads';
import { WijkwijzerError } from '../shared/errors.js';
import { moduleLogger, type Logger } from '../shared/logger.js';
import { timeSlicer, type Pause } from '../shared/timeSlicer.js';
import type { Diagnostic } from './diagnostics.js';
import type { Voorziening } from './catalogue.js';
import { loadKnowledgeData, type KnowledgeData } from './loader.js';
import { replySchema, type LoaderRequest } from './loaderProtocol.js';

/** Reads and checks a knowledge directory as of `now`: the plain data, before the catalogue. */
export interface KnowledgeLoader {
  load(dir: string, now: Date): Promise<KnowledgeData>;
}

/** The reason (WW-4012 detail) when the loader thread ran out of memory. */
export const OUT_OF_MEMORY = 'out-of-memory';

/**
 * The loader thread, with this thread as its fallback: when the thread cannot start or dies, the
 * load runs here (sliced), so a partner's change still goes live. Not when it ran out of memory:
 * the same load here would take the whole process down; that load fails and the bot keeps the
 * version it serves.
 */
export function withFallbackHere(thread: KnowledgeLoader, logger: Logger): KnowledgeLoader {
  const log = moduleLogger(logger, 'knowledge-loader');
  return {
    load: async (dir, now) => {
      try {
        return await thread.load(dir, now);
      } catch (error) {
        if (error instanceof WijkwijzerError && error.detail.reason === OUT_OF_MEMORY) throw error;
        log.warn({ err: error }, 'Knowledge loader thread failed; loading on the main thread');
        return loaderHere.load(dir, now);
      }
    },
  };
}

/**
 * The loader on this thread: sliced, so it pauses for turns, but parsing one file is one piece.
 * For start-up (nothing is served yet) and as the fallback when the thread fails.
 */
export const loaderHere: KnowledgeLoader = {
  load: (dir, now) => loadKnowledgeData(dir, { clock: { now: () => now } }),
};

export interface LoaderThreadOptions {
  readonly logger: Logger;
  /** The thread's script; tests pass one that fails. Default: loaderWorker.ts beside this file. */
  readonly script?: URL;
}

interface Pending {
  readonly resolve: (data: KnowledgeData) => void;
  readonly reject: (error: WijkwijzerError) => void;
  readonly pause: Pause;
  readonly entries: unknown[];
  readonly diagnostics: unknown[];
}

/**
 * Heap of the loader thread. Loading 10,000 entries needs under 256 MB; a directory past this
 * limit (500 files of 1 MiB each would come close) ends the thread, not the process, as far as
 * Node can promise that (its limits are best effort).
 */
const MAX_HEAP_MB = 1024;

/**
 * Loads knowledge on a worker thread (docs/adr/0015-security-posture.md §6). Parsing YAML is synchronous, and checking
 * 10,000 entries takes seconds of CPU: on the main thread that stalls every conversation, however
 * the work is sliced. The thread starts at the first load and stays for the next ones; it does not
 * keep the process alive. The result comes back in chunks the main thread asks for one at a time,
 * pausing between them, so taking it in never blocks a turn for long either.
 *
 * Failures (the thread cannot start, dies, or sends something unreadable) reject with WW-4012;
 * the caller then loads on this thread instead, and the next load starts a new thread.
 */
export class KnowledgeLoaderThread implements KnowledgeLoader {
  private readonly log: Logger;
  private readonly script: URL | undefined;
  private worker: Worker | undefined;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  private closed = false;

  constructor(options: LoaderThreadOptions) {
    this.log = moduleLogger(options.logger, 'knowledge-loader');
    this.script = options.script;
  }

  load(dir: string, now: Date): Promise<KnowledgeData> {
    if (this.closed) {
      return Promise.reject(new WijkwijzerError('WW-4012', { detail: { reason: 'closed' } }));
    }
    let worker: Worker;
    try {
      worker = this.ensureWorker();
    } catch (error) {
      return Promise.reject(
        new WijkwijzerError('WW-4012', { cause: error, detail: { reason: 'start-failed' } }),
      );
    }
    const id = this.nextId;
    this.nextId += 1;
    return new Promise<KnowledgeData>((resolve, reject) => {
      // A load in progress keeps the process alive, as reading a file would; an idle thread not.
      worker.ref();
      this.pending.set(id, {
        resolve: (data) => {
          this.settled(worker);
          resolve(data);
        },
        reject: (error) => {
          this.settled(worker);
          reject(error);
        },
        pause: timeSlicer(),
        entries: [],
        diagnostics: [],
      });
      this.post(worker, { type: 'load', id, dir, now: now.toISOString() });
    });
  }

  /** Stops the thread; loads in progress reject with WW-4012. */
  async close(): Promise<void> {
    this.closed = true;
    const worker = this.worker;
    this.worker = undefined;
    this.failAll('closed');
    if (worker !== undefined) await worker.terminate();
  }

  private ensureWorker(): Worker {
    if (this.worker !== undefined) return this.worker;
    // From source (tests, `npm run dev`) the thread needs tsx to read TypeScript, as the project's
    // other child processes do; the build (`npm start`) runs the compiled .js as it is.
    const fromSource = import.meta.url.endsWith('.ts');
    const script =
      this.script ??
      new URL(fromSource ? './loaderWorker.ts' : './loaderWorker.js', import.meta.url);
    const worker = new Worker(script, {
      name: 'wijkwijzer-knowledge-loader',
      execArgv: script.pathname.endsWith('.ts') ? ['--import', 'tsx'] : [],
      resourceLimits: { maxOldGenerationSizeMb: MAX_HEAP_MB },
    });
    worker.unref();
    worker.on('message', (raw: unknown) => this.onMessage(worker, raw));
    worker.on('messageerror', (error) => this.lose(worker, 'unreadable-message', error));
    worker.on('error', (error) =>
      this.lose(
        worker,
        (error as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY'
          ? OUT_OF_MEMORY
          : 'crashed',
        error,
      ),
    );
    worker.on('exit', (code) => this.lose(worker, 'exited', undefined, code));
    this.worker = worker;
    return worker;
  }

  private settled(worker: Worker): void {
    if (this.pending.size === 0) worker.unref();
  }

  private post(worker: Worker, request: LoaderRequest): void {
    worker.postMessage(request);
  }

  private onMessage(worker: Worker, raw: unknown): void {
    const parsed = replySchema.safeParse(raw);
    if (!parsed.success) {
      this.lose(worker, 'unreadable-message');
      return;
    }
    const reply = parsed.data;
    const pending = this.pending.get(reply.id);
    if (pending === undefined) return;
    switch (reply.type) {
      case 'entries':
      case 'diagnostics': {
        const target = reply.type === 'entries' ? pending.entries : pending.diagnostics;
        for (const item of reply.items) target.push(item);
        // Ask for the next chunk only after the event loop had its turn (when the slice is used
        // up), so chunks never queue up and arrive together.
        void pending.pause().then(() => {
          if (this.worker === worker) this.post(worker, { type: 'next', id: reply.id });
        });
        return;
      }
      case 'failed':
        this.pending.delete(reply.id);
        pending.reject(new WijkwijzerError('WW-4012', { detail: { reason: 'load-threw' } }));
        return;
      case 'done': {
        this.pending.delete(reply.id);
        // Made by our own loader on the other thread (see loaderProtocol.ts): the shape is known.
        const data = reply.data as unknown as KnowledgeData;
        const diagnostics = pending.diagnostics as Diagnostic[];
        pending.resolve(
          data.ok
            ? {
                ...data,
                parts: { ...data.parts, voorzieningen: pending.entries as Voorziening[] },
                diagnostics,
              }
            : { ...data, diagnostics },
        );
        return;
      }
    }
  }

  /** The thread is gone or confused: reject what it was doing; the next load starts a new one. */
  private lose(worker: Worker, reason: string, cause?: unknown, exitCode?: number): void {
    if (this.worker !== worker) return;
    this.worker = undefined;
    if (!this.closed) {
      this.log.warn(
        { err: cause, reason, exitCode, loads: this.pending.size },
        'Knowledge loader thread lost',
      );
      void worker.terminate();
    }
    this.failAll(reason);
  }

  private failAll(reason: string): void {
    for (const [id, pending] of this.pending) {
      this.pending.delete(id);
      pending.reject(new WijkwijzerError('WW-4012', { detail: { reason } }));
    }
  }
}
