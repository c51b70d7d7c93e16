/**
 * Runs work one at a time per key, in arrival order, and different keys in parallel. The web chat
 * channel uses it per conversation: two quick messages must not run two turns on the same
 * conversation state at once, or the second turn would read state the first has not saved yet.
 * The file stores and turn locks (src/storage/) and the partner page use it per file or key too,
 * so it lives on the floor (docs/adr/0020-house-layout-and-dependency-rules.md).
 */
export class KeyedSerialQueue {
  private readonly tails = new Map<string, { tail: Promise<void>; pending: number }>();

  /** Work queued or running for a key. */
  pending(key: string): number {
    return this.tails.get(key)?.pending ?? 0;
  }

  /** Work queued or running over all keys. */
  get size(): number {
    let total = 0;
    for (const slot of this.tails.values()) total += slot.pending;
    return total;
  }

  run<T>(key: string, work: () => Promise<T>): Promise<T> {
    const slot = this.tails.get(key) ?? { tail: Promise.resolve(), pending: 0 };
    slot.pending += 1;
    const result = slot.tail.then(work);
    // The chain continues whether this work succeeds or fails; failures belong to the caller.
    slot.tail = result.then(
      () => this.settle(key, slot),
      () => this.settle(key, slot),
    );
    this.tails.set(key, slot);
    return result;
  }

  /** Resolves when all work settled or after `timeoutMs`; returns how much was still pending. */
  async drain(timeoutMs: number): Promise<number> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<void>((resolve) => {
      timer = setTimeout(resolve, timeoutMs);
    });
    await Promise.race([Promise.all([...this.tails.values()].map((slot) => slot.tail)), timeout]);
    clearTimeout(timer);
    return this.size;
  }

  private settle(key: string, slot: { pending: number }): void {
    slot.pending -= 1;
    if (slot.pending === 0 && this.tails.get(key) === slot) this.tails.delete(key);
  }
}
