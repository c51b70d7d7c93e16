import path from 'node:path';
import type { Clock } from '../shared/clock.js';
import { isWijkwijzerError } from '../shared/errors.js';
import type { ReadinessCheck } from '../shared/readiness.js';
import { DurableJsonFile, serializeDocument } from './durableJsonFile.js';

/** A probe slower than this counts as "not ready": a load balancer should go elsewhere. */
export const PROBE_TIMEOUT_MS = 2_000;

/** Resolves with `work`'s outcome, or with a failure after `ms`. */
export async function withinTime<T>(work: Promise<T>, ms: number): Promise<T | 'timeout'> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), ms);
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * A readiness check around one real write: ok when it lands within PROBE_TIMEOUT_MS. Details are
 * the backend, the time it took and a catalogue code; never what was written.
 */
export function writeProbeCheck(
  backend: 'embedded' | 'postgres',
  write: () => Promise<unknown>,
): ReadinessCheck {
  return {
    name: 'storage',
    check: async () => {
      const started = performance.now();
      try {
        const outcome = await withinTime(write(), PROBE_TIMEOUT_MS);
        const ms = Math.round(performance.now() - started);
        if (outcome === 'timeout') return { ok: false, detail: { backend, ms } };
        return { ok: true, detail: { backend, writable: true, ms } };
      } catch (error) {
        return {
          ok: false,
          detail: {
            backend,
            writable: false,
            code: isWijkwijzerError(error) ? error.code : 'WW-3003',
          },
        };
      }
    },
  };
}

/**
 * `/readyz` for the embedded default: a real durable write (temp file, fsync, rename, fsync of the
 * directory) of a tiny file in DATA_DIR, the same path every stored change takes. A full disk, a
 * read-only remount or a hanging volume fails it; `access(W_OK)` would say yes to all three.
 * Costs one small write, whatever is stored.
 */
export function fileWriteProbe(dataDir: string, clock: Clock): ReadinessCheck {
  const probe = new DurableJsonFile<unknown>(path.join(dataDir, '.readyz.json'));
  return writeProbeCheck('embedded', () =>
    probe.writeText(serializeDocument({ at: clock.now().toISOString() })),
  );
}
