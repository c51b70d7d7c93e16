import { watch, type FSWatcher } from 'node:fs';
import path from 'node:path';
import type { Clock } from '../shared/clock.js';
import { WijkwijzerError } from '../shared/errors.js';
import { moduleLogger, type Logger } from '../shared/logger.js';
import type { ReadinessCheck } from '../shared/readiness.js';
import type { Catalogue } from './catalogue.js';
import { noPause, timeSlicer, type Pause } from '../shared/timeSlicer.js';
import { countByCode, type Diagnostic } from './diagnostics.js';
import { assembleCatalogue, type KnowledgeData } from './loader.js';
import { loaderHere, type KnowledgeLoader } from './loaderThread.js';
import { VOORZIENINGEN_DIR } from './schema.js';

/** What a turn reads: a catalogue and the index built from it, always from the same version. */
export interface KnowledgeSnapshot<TIndex> {
  readonly catalogue: Catalogue;
  readonly index: TIndex;
  readonly version: string;
  readonly loadedAt: Date;
}

export interface KnowledgeServiceOptions<TIndex> {
  readonly dir: string;
  readonly clock: Clock;
  readonly logger: Logger;
  /**
   * Builds the search index for a new catalogue, before it is swapped in. May be async; on a
   * reload it should call `pause` often (a turn waits for it otherwise). At start-up nothing is
   * served yet and `pause` never yields.
   */
  readonly buildIndex: (catalogue: Catalogue, pause: Pause) => TIndex | Promise<TIndex>;
  /**
   * Reads and checks the files on a reload: the loader thread in the running bot
   * (docs/adr/0015-security-posture.md §6). Start-up loads on this thread. Default: this thread.
   */
  readonly loader?: KnowledgeLoader;
  /** Quiet time after the last file event before reloading; editors write in several steps. */
  readonly debounceMs?: number;
  /** Watch the directory for changes (default true). Tests may call `reloadNow()` instead. */
  readonly watch?: boolean;
  /**
   * Runs after every reload, refused or not, before `reloadNow()` resolves: for files in the same
   * directory that are served apart from the catalogue (knowledge/routering.yaml). Must not throw.
   */
  readonly afterReload?: () => Promise<unknown>;
}

/** Why the last reload was refused; the previous version keeps serving. */
export interface KnowledgeError {
  readonly at: string;
  readonly code: 'WW-4001';
  readonly reason: 'invalid-knowledge' | 'index-failed' | 'load-failed';
  /** Content hash of the refused files, so operators can tell two bad edits apart. */
  readonly version: string;
  readonly errors: number;
  readonly files: readonly string[];
  readonly diagnostics: readonly Diagnostic[];
}

export interface KnowledgeStatus {
  readonly state: 'not-started' | 'ready' | 'failed-to-start' | 'stopped';
  readonly version: string | null;
  readonly loadedAt: string | null;
  readonly entries: number;
  readonly warnings: number;
  readonly lastReload: { readonly at: string; readonly ok: boolean } | null;
  readonly lastError: KnowledgeError | null;
}

export type ReloadOutcome =
  | { readonly ok: true; readonly changed: boolean; readonly version: string }
  | { readonly ok: false; readonly error: KnowledgeError };

const DEFAULT_DEBOUNCE_MS = 300;

function isKnowledgeFile(fileName: string | null): boolean {
  // Unknown name: reload to be safe. Schema files are generated, editors' temp files are noise.
  if (fileName === null) return true;
  return /\.ya?ml$/i.test(fileName) || fileName === VOORZIENINGEN_DIR;
}

/**
 * Serves the sociale kaart to the bot and reloads it when a partner changes a file. A reload builds
 * the new catalogue and its index off to the side and swaps both in one assignment, so a turn never
 * waits and never sees a catalogue with another version's index. A change with errors is refused:
 * the error goes to the log and to `status()`, and the last good version keeps serving.
 */
export class KnowledgeService<TIndex> {
  private readonly dir: string;
  private readonly clock: Clock;
  private readonly log: Logger;
  private readonly buildIndex: (catalogue: Catalogue, pause: Pause) => TIndex | Promise<TIndex>;
  private readonly loader: KnowledgeLoader;
  private readonly debounceMs: number;
  private readonly watchEnabled: boolean;
  private readonly afterReload: (() => Promise<unknown>) | undefined;

  private snapshot: KnowledgeSnapshot<TIndex> | undefined;
  private state: KnowledgeStatus['state'] = 'not-started';
  private warningCount = 0;
  private lastReload: KnowledgeStatus['lastReload'] = null;
  private lastError: KnowledgeError | null = null;
  private watchers: FSWatcher[] = [];
  private readonly watcherPaths = new Set<string>();
  private onEvent: ((event: string, fileName: string | Buffer | null) => void) | undefined;
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<ReloadOutcome> | undefined;
  /** The run after the current one, shared by every call made while the current one runs. */
  private queued: Promise<ReloadOutcome> | undefined;

  constructor(options: KnowledgeServiceOptions<TIndex>) {
    this.dir = path.resolve(options.dir);
    this.clock = options.clock;
    this.log = moduleLogger(options.logger, 'knowledge');
    this.buildIndex = options.buildIndex;
    this.loader = options.loader ?? loaderHere;
    this.debounceMs = options.debounceMs ?? DEFAULT_DEBOUNCE_MS;
    this.watchEnabled = options.watch ?? true;
    this.afterReload = options.afterReload;
  }

  /** Loads the knowledge and starts watching. Refuses to start (WW-4001) when it has errors. */
  async start(): Promise<KnowledgeSnapshot<TIndex>> {
    const outcome = await this.reloadNow();
    if (!outcome.ok) {
      this.state = 'failed-to-start';
      throw new WijkwijzerError('WW-4001', {
        detail: {
          errors: outcome.error.errors,
          files: outcome.error.files.join(','),
          reason: outcome.error.reason,
        },
      });
    }
    this.state = 'ready';
    if (this.watchEnabled) this.startWatching();
    return this.current();
  }

  /** The version being served. Never blocks; throws WW-4002 before a successful `start()`. */
  current(): KnowledgeSnapshot<TIndex> {
    if (this.snapshot === undefined) throw new WijkwijzerError('WW-4002');
    return this.snapshot;
  }

  status(): KnowledgeStatus {
    return {
      state: this.state,
      version: this.snapshot?.version ?? null,
      loadedAt: this.snapshot?.loadedAt.toISOString() ?? null,
      entries: this.snapshot?.catalogue.voorzieningen.length ?? 0,
      warnings: this.warningCount,
      lastReload: this.lastReload,
      lastError: this.lastError,
    };
  }

  /**
   * Reloads now and resolves when what was on disk at the call is served (or refused). A call
   * during a reload may come after that reload read the files, so it waits for one more run after
   * it; every call made meanwhile shares that run. So "saved" on the partner page means live.
   */
  reloadNow(): Promise<ReloadOutcome> {
    const current = this.running;
    if (current === undefined) return this.run();
    this.queued ??= current
      .catch(() => undefined)
      .then((outcome) => {
        this.queued = undefined;
        // Stopped meanwhile: nothing will be served any more; answer with the last run.
        if (this.state === 'stopped' && outcome !== undefined) return outcome;
        return this.run();
      });
    return this.queued;
  }

  private run(): Promise<ReloadOutcome> {
    const run = this.reload()
      .then(async (outcome) => {
        await this.afterReload?.();
        return outcome;
      })
      .finally(() => {
        if (this.running === run) this.running = undefined;
      });
    this.running = run;
    return run;
  }

  /** For `/readyz`: ready while a version is served; a refused reload shows as detail. */
  readinessCheck(): ReadinessCheck {
    return {
      name: 'knowledge',
      check: async () => {
        const status = this.status();
        const lastError =
          status.lastError === null
            ? null
            : {
                at: status.lastError.at,
                reason: status.lastError.reason,
                version: status.lastError.version,
                errors: status.lastError.errors,
                diagnostics: status.lastError.diagnostics
                  .filter((diagnostic) => diagnostic.severity === 'error')
                  .slice(0, 20)
                  .map(({ code, file, line, column }) => ({ code, file, line, column })),
              };
        return {
          ok: this.snapshot !== undefined && status.state === 'ready',
          detail: {
            state: status.state,
            version: status.version,
            loadedAt: status.loadedAt,
            entries: status.entries,
            warnings: status.warnings,
            lastError,
          },
        };
      },
    };
  }

  async stop(): Promise<void> {
    this.state = 'stopped';
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
    for (const watcher of this.watchers) watcher.close();
    this.watchers = [];
    this.watcherPaths.clear();
    await this.running?.catch(() => undefined);
    await this.queued?.catch(() => undefined);
  }

  private async reload(): Promise<ReloadOutcome> {
    const now = this.clock.now();
    const at = now.toISOString();
    const starting = this.snapshot === undefined;
    let result: KnowledgeData;
    try {
      // Start-up loads on this thread: nothing is served yet, and it is the quickest way.
      result = await (starting ? loaderHere : this.loader).load(this.dir, now);
    } catch (error) {
      this.log.error({ err: error }, 'Knowledge could not be loaded');
      return this.refuse({
        at,
        code: 'WW-4001',
        reason: 'load-failed',
        version: 'unknown',
        errors: 1,
        files: [],
        diagnostics: [],
      });
    }
    if (!result.ok) {
      const errors = result.diagnostics.filter((diagnostic) => diagnostic.severity === 'error');
      return this.refuse({
        at,
        code: 'WW-4001',
        reason: 'invalid-knowledge',
        version: result.version,
        errors: errors.length,
        files: [...new Set(errors.map((diagnostic) => diagnostic.file))],
        diagnostics: result.diagnostics,
      });
    }
    const version = result.parts.version;
    if (this.snapshot?.version === version) {
      this.lastReload = { at, ok: true };
      this.lastError = null;
      return { ok: true, changed: false, version };
    }
    const pause = starting ? noPause : timeSlicer();
    const catalogue = await assembleCatalogue(result.parts, this.clock.now(), pause);
    const warnings = result.diagnostics.filter((diagnostic) => diagnostic.severity === 'warning');
    let index: TIndex;
    try {
      index = await this.buildIndex(catalogue, pause);
    } catch (error) {
      this.log.error({ err: error, version: catalogue.version }, 'Knowledge index build failed');
      return this.refuse({
        at,
        code: 'WW-4001',
        reason: 'index-failed',
        version: catalogue.version,
        errors: 1,
        files: [],
        diagnostics: [],
      });
    }
    if (this.state === 'stopped') return { ok: true, changed: false, version: catalogue.version };
    const previous = this.snapshot?.version ?? null;
    // The swap: one assignment, so readers see either the old pair or the new pair.
    this.snapshot = Object.freeze({
      catalogue,
      index,
      version: catalogue.version,
      loadedAt: catalogue.loadedAt,
    });
    this.warningCount = warnings.length;
    this.lastReload = { at, ok: true };
    this.lastError = null;
    this.log.info(
      {
        version: catalogue.version,
        previous,
        entries: catalogue.voorzieningen.length,
        files: result.stats.files,
        warnings: warnings.length,
        warningCodes: countByCode(warnings),
      },
      previous === null ? 'Knowledge loaded' : 'Knowledge reloaded',
    );
    return { ok: true, changed: true, version: catalogue.version };
  }

  private refuse(error: KnowledgeError): ReloadOutcome {
    this.lastError = error;
    this.lastReload = { at: error.at, ok: false };
    // Codes, file names and counts only: messages quote file content.
    this.log.error(
      {
        code: error.code,
        reason: error.reason,
        version: error.version,
        serving: this.snapshot?.version ?? null,
        errors: error.errors,
        files: error.files,
        errorCodes: countByCode(
          error.diagnostics.filter((diagnostic) => diagnostic.severity === 'error'),
        ),
      },
      this.snapshot === undefined
        ? 'Knowledge is invalid'
        : 'Knowledge reload refused; keeping the last good version',
    );
    return { ok: false, error };
  }

  private startWatching(): void {
    const onEvent = (_event: string, fileName: string | Buffer | null) => {
      const name = fileName === null ? null : String(fileName);
      if (!isKnowledgeFile(name) || this.state === 'stopped') return;
      if (this.timer !== undefined) clearTimeout(this.timer);
      this.timer = setTimeout(() => {
        this.timer = undefined;
        void this.reloadNow().then(() => this.watchVoorzieningen());
      }, this.debounceMs);
      this.timer.unref();
    };
    this.onEvent = onEvent;
    this.addWatcher(this.dir);
    this.watchVoorzieningen();
  }

  /** The partner folder may be created after start; watch it as soon as it exists. */
  private watchVoorzieningen(): void {
    const target = path.join(this.dir, VOORZIENINGEN_DIR);
    if (this.state === 'stopped' || this.watcherPaths.has(target)) return;
    this.addWatcher(target);
  }

  private addWatcher(target: string): void {
    if (this.onEvent === undefined) return;
    try {
      const watcher = watch(target, { persistent: false }, this.onEvent);
      watcher.on('error', (error) => {
        this.log.warn({ err: error, dir: path.basename(target) }, 'Knowledge watcher failed');
        watcher.close();
        this.watcherPaths.delete(target);
        this.watchers = this.watchers.filter((candidate) => candidate !== watcher);
      });
      this.watchers.push(watcher);
      this.watcherPaths.add(target);
    } catch (error) {
      this.log.warn(
        { err: error, dir: path.basename(target) },
        'Knowledge directory cannot be watched',
      );
    }
  }
}
