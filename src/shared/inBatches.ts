/**
 * Runs `work` on every entry, at most `width` at a time: imports and bulk reads that would
 * otherwise open thousands of files at once (parallel fsyncs also share the disk's flushes).
 */
export async function inBatches<T>(
  entries: readonly T[],
  width: number,
  work: (entry: T) => Promise<unknown>,
): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(width, entries.length) }, async () => {
      while (next < entries.length) {
        const entry = entries[next];
        next += 1;
        if (entry !== undefined) await work(entry);
      }
    }),
  );
}
