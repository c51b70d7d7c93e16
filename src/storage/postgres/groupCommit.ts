import { WijkwijzerError } from '../../shared/errors.js';

/**
 * Group commit for one kind of statement (docs/adr/0019, third amendment): calls that arrive
 * while one of their kind is on its way wait and then go together, as one statement. A turn saves
 * the conversation and the user state in the same moment, and 50 conversations at once count
 * their insights and save their states at once; each call used to be a round trip and a commit of
 * its own, and on a machine whose cores the bots share with PostgreSQL that work is what kept a
 * second process from adding throughput.
 *
 * Nothing waits for a timer: the first call goes at the end of the current event-loop turn
 * (setImmediate, so calls made in the same moment join it); later calls join the next statement,
 * which starts as soon as the one on its way has returned. A caller's promise settles with its own
 * result when its statement returned, so what "resolved" means (stored, committed) is unchanged.
 * When a statement of several calls fails, each call is run again on its own, so one bad value
 * fails only the call it belongs to, not every turn that shared it; an unreachable database
 * (WW-3008) fails them all at once instead of once per call.
 *
 * Bounded (docs/adr/0019, fourth amendment): a statement carries at most `maxRows` rows (a call
 * of more rows goes alone and its runner splits it), and at most `maxWaitingRows` rows wait; a
 * call beyond that is refused at once with WW-3014 rather than queued, so a burst costs the
 * caller a retry, not the process its memory. Calls that change the same key run in the order
 * they were made, whatever their kind, so a delete made after a save is never undone by it.
 */
export interface GroupCommitOptions<U> {
  /** Names the queue in WW-3014's detail (`bot-state-write`). */
  readonly name: string;
  /**
   * Runs one statement for the units of a batch; resolves with one result per unit, in order.
   * A batch holds units of one kind only, and more than `maxRows` rows only when it is one unit.
   */
  readonly run: (units: readonly U[]) => Promise<readonly unknown[]>;
  /**
   * The keys a unit changes. A unit sharing a key with a waiting batch goes in a later batch:
   * one statement never changes a row twice, and changes of one key land in the order made.
   */
  readonly keys?: (unit: U) => readonly string[];
  /** Units of the same kind may share a statement; `undefined` means this unit goes alone. */
  readonly kind?: (unit: U) => string | undefined;
  /** The rows a unit adds to a statement (default 1). */
  readonly rows?: (unit: U) => number;
  /** At most this many rows per statement (default `GROUP_COMMIT_LIMITS.maxRows`). */
  readonly maxRows?: number;
  /** At most this many rows waiting (default `GROUP_COMMIT_LIMITS.maxWaitingRows`). */
  readonly maxWaitingRows?: number;
}

/**
 * Defaults: 500 rows keep a statement's arrays and its locks small (a state row is a few kB);
 * 5,000 waiting rows are about ten statements' worth, a second or less of work behind the one on
 * its way, and at most tens of MB of state values held.
 */
export const GROUP_COMMIT_LIMITS = { maxRows: 500, maxWaitingRows: 5_000 } as const;

/** The size limits of a store's group commits (tests make them small). */
export interface GroupCommitLimits {
  readonly maxRows: number;
  readonly maxWaitingRows: number;
}

interface Waiting<U> {
  readonly unit: U;
  readonly resolve: (value: unknown) => void;
  readonly reject: (error: unknown) => void;
}

interface Batch<U> {
  readonly items: Waiting<U>[];
  readonly kind: string | undefined;
  readonly keys: Set<string>;
  rows: number;
}

function unreachable(error: unknown): boolean {
  return error instanceof WijkwijzerError && error.code === 'WW-3008';
}

export class GroupCommit<U> {
  /** Batches waiting their turn, oldest first. */
  private readonly batches: Batch<U>[] = [];
  private waitingRows = 0;
  private running = false;
  private scheduled = false;
  private readonly maxRows: number;
  private readonly maxWaitingRows: number;

  constructor(private readonly options: GroupCommitOptions<U>) {
    this.maxRows = options.maxRows ?? GROUP_COMMIT_LIMITS.maxRows;
    this.maxWaitingRows = options.maxWaitingRows ?? GROUP_COMMIT_LIMITS.maxWaitingRows;
  }

  submit<R>(unit: U): Promise<R> {
    const rows = Math.max(1, this.options.rows?.(unit) ?? 1);
    // An empty queue takes any call, so one call larger than the limit can still run (alone).
    if (this.waitingRows > 0 && this.waitingRows + rows > this.maxWaitingRows) {
      return Promise.reject(
        new WijkwijzerError('WW-3014', {
          detail: {
            queue: this.options.name,
            waitingRows: this.waitingRows,
            limit: this.maxWaitingRows,
          },
        }),
      );
    }
    return new Promise<R>((resolve, reject) => {
      const waiting: Waiting<U> = { unit, resolve: resolve as (value: unknown) => void, reject };
      this.enqueue(waiting, rows);
      this.schedule();
    });
  }

  private enqueue(waiting: Waiting<U>, rows: number): void {
    const keys = this.options.keys?.(waiting.unit) ?? [];
    const kind = rows > this.maxRows ? undefined : (this.options.kind?.(waiting.unit) ?? '');
    // After the last batch that changes one of its keys: changes of a key land in the order made.
    let first = 0;
    for (let index = this.batches.length - 1; index >= 0; index -= 1) {
      const batch = this.batches[index];
      if (batch !== undefined && keys.some((key) => batch.keys.has(key))) {
        first = index + 1;
        break;
      }
    }
    const target =
      kind === undefined
        ? undefined
        : this.batches
            .slice(first)
            .find((batch) => batch.kind === kind && batch.rows + rows <= this.maxRows);
    const batch = target ?? { items: [], kind, keys: new Set<string>(), rows: 0 };
    if (target === undefined) this.batches.push(batch);
    batch.items.push(waiting);
    batch.rows += rows;
    for (const key of keys) batch.keys.add(key);
    this.waitingRows += rows;
  }

  private schedule(): void {
    if (this.running || this.scheduled || this.batches.length === 0) return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      void this.runNext();
    });
  }

  /** The calls of a failed statement, one statement each (they never conflict with each other). */
  private async runEachAlone(batch: readonly Waiting<U>[]): Promise<void> {
    for (const item of batch) {
      try {
        const [result] = await this.options.run([item.unit]);
        item.resolve(result);
      } catch (error) {
        item.reject(error);
      }
    }
  }

  private async runNext(): Promise<void> {
    const batch = this.batches.shift();
    if (batch === undefined) return;
    this.waitingRows -= batch.rows;
    this.running = true;
    const items = batch.items;
    try {
      const results = await this.options.run(items.map((item) => item.unit));
      items.forEach((item, index) => item.resolve(results[index]));
    } catch (error) {
      // One bad value fails only its own call; a lost database (WW-3008) fails every call at once,
      // or each would wait out the connection timeout in turn while the queue fills behind them.
      if (items.length === 1 || unreachable(error)) for (const item of items) item.reject(error);
      else await this.runEachAlone(items);
    } finally {
      this.running = false;
      this.schedule();
    }
  }
}
