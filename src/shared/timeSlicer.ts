/**
 * Cooperative time slicing for long work on the event loop (docs/adr/0015-security-posture.md): call the returned
 * `pause()` often; it yields to the event loop (setImmediate, so waiting I/O and timers run first)
 * only when the current slice has run longer than `sliceMs`, and is almost free otherwise.
 */
export type Pause = () => Promise<void>;

export function timeSlicer(sliceMs = 8): Pause {
  let sliceStart = performance.now();
  const resume = async () => {
    await new Promise<void>((resolve) => setImmediate(resolve));
    sliceStart = performance.now();
  };
  // Not an async function: the common case (slice not used up) creates no promise of its own.
  return () => (performance.now() - sliceStart < sliceMs ? NOT_DUE : resume());
}

const NOT_DUE: Promise<void> = Promise.resolve();

/** Runs a generator of work steps to its end, pausing between steps when the slice is used up. */
export async function runInSlices<T>(steps: Generator<void, T, void>, pause: Pause): Promise<T> {
  for (;;) {
    const step = steps.next();
    if (step.done === true) return step.value;
    await pause();
  }
}

/** Runs a generator of work steps to its end in one go, for callers that may block (start-up, CLI). */
export function runToEnd<T>(steps: Generator<void, T, void>): T {
  for (;;) {
    const step = steps.next();
    if (step.done === true) return step.value;
  }
}

/** A pause that never yields: for work that runs before anything else is served (start-up). */
export const noPause: Pause = () => NOT_DUE;
