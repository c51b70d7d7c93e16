import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * botbuilder's token check writes every refused token to stderr with `console.error`
 * (botframework-connector, `JwtTokenExtractor.validateToken`): the jsonwebtoken
 * `TokenExpiredError`, or "Error finding key for token. Available keys:" followed by the signing
 * key. A flood of forged tokens filled stderr outside our logger, and botbuilder offers no logger
 * to pass in. The refusal is already logged once, as a structured line ('request refused', 401
 * WW-2108, src/server.ts); botbuilder's own lines add nothing an operator needs.
 *
 * So the check runs in an async scope of its own, and while any check is running `console.error`
 * drops what is written from inside one; every other caller's line passes through unchanged.
 * `console` is one per process, so this is the one piece of module state in the seam: a scope
 * marker and a count of checks in flight. The original `console.error` is back as soon as the
 * last check ends, so nothing is left behind between requests or tests.
 */
const insideCheck = new AsyncLocalStorage<true>();
let checksInFlight = 0;
let passThrough: typeof console.error | undefined;

function filteredConsoleError(...args: unknown[]): void {
  if (insideCheck.getStore() === true) return;
  passThrough?.(...args);
}

/** Runs botbuilder's token check without its `console.error` lines. */
export async function withoutConsoleNoise<T>(check: () => Promise<T>): Promise<T> {
  if (checksInFlight === 0) {
    passThrough = console.error;
    console.error = filteredConsoleError;
  }
  checksInFlight += 1;
  try {
    return await insideCheck.run(true, check);
  } finally {
    checksInFlight -= 1;
    if (checksInFlight === 0) {
      // Someone who replaced console.error meanwhile keeps theirs.
      if (console.error === filteredConsoleError && passThrough !== undefined) {
        console.error = passThrough;
      }
      passThrough = undefined;
    }
  }
}
