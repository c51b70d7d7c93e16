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
 * (or a lost connection) fails only the calls it belongs to, not every turn that shared it.
 */
export interface GroupCommitOptions<U> {
  /**
   * Runs one statement for the units of a batch; resolves with one result per unit, in order.
   * Units that `conflicts` says may not share a statement are never in one batch together.
   */
  readonly run: (units: readonly U[]) => Promise<readonly unknown[]>;
  /** True when `unit` may not go in the same statement as `batch` (the same row twice). */
  readonly conflicts?: (batch: readonly U[], unit: U) => boolean;
  /** At most this many units per statement (a statement's parameters have a size). */
  readonly maxUnits?: number;
}

interface Waiting<U> {
  readonly unit: U;
  readonly resolve: (value: unknown) => void;
  readonly reject: (error: unknown) => void;
}

export class GroupCommit<U> {
  /** Batches waiting their turn, oldest first. */
  private readonly batches: Waiting<U>[][] = [];
  private running = false;
  private scheduled = false;

  constructor(private readonly options: GroupCommitOptions<U>) {}

  submit<R>(unit: U): Promise<R> {
    return new Promise<R>((resolve, reject) => {
      const waiting: Waiting<U> = { unit, resolve: resolve as (value: unknown) => void, reject };
      const max = this.options.maxUnits ?? 500;
      // After the last batch it conflicts with: two changes of one row land in the order made.
      let first = 0;
      this.batches.forEach((batch, index) => {
        const units = batch.map((item) => item.unit);
        if (this.options.conflicts?.(units, unit) === true) first = index + 1;
      });
      const target = this.batches.slice(first).find((batch) => batch.length < max);
      if (target !== undefined) target.push(waiting);
      else this.batches.push([waiting]);
      this.schedule();
    });
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
    this.running = true;
    try {
      const results = await this.options.run(batch.map((item) => item.unit));
      batch.forEach((item, index) => item.resolve(results[index]));
    } catch (error) {
      if (batch.length === 1) batch[0]?.reject(error);
      else await this.runEachAlone(batch);
    } finally {
      this.running = false;
      this.schedule();
    }
  }
}
