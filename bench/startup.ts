/**
 * `npm run bench:startup`: time from `npm start`'s process start to the first 200 on /readyz, on
 * the embedded defaults, and memory after start. Three situations:
 *
 * - first start after install: no dist/ and an empty compile cache, so `bin/start.js` compiles
 *   the TypeScript first (what the README's `npm install && npm start` does once);
 * - later starts: dist/ is current and Node's module compile cache is warm (every start after);
 * - later starts without the compile cache (NODE_DISABLE_COMPILE_CACHE), to show what it brings.
 *
 * Target (docs/adr/0016-runtime-deployment-and-test-tiers.md): later starts ready within 3 s.
 * ROUNDS (default 7) later starts of each kind, alternating; FIRST_ROUNDS (default 3) first starts.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { startCompiled, type StartResult } from './compiledStart.js';
import { median } from './measure.js';

const ROUNDS = Number(process.env.ROUNDS ?? 7);
const FIRST_ROUNDS = Number(process.env.FIRST_ROUNDS ?? 3);
const root = path.resolve(import.meta.dirname, '..');

type Round = StartResult;

async function round(environment: NodeJS.ProcessEnv): Promise<Round> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'wijkwijzer-bench-'));
  try {
    return await startCompiled({ DATA_DIR: dataDir, ...environment });
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
}

function summary(label: string, rounds: readonly Round[]): string {
  const ready = rounds.map((result) => result.readyMs);
  const cpu = rounds.map((result) => result.cpuMs);
  const rss = rounds.map((result) => result.rssMiB);
  return `${label}: ${rounds.length} runs, ready median ${median(ready).toFixed(0)} ms (min ${Math.min(...ready).toFixed(0)}, max ${Math.max(...ready).toFixed(0)}), CPU to ready median ${median(cpu).toFixed(0)} ms, RSS median ${median(rss).toFixed(0)} MiB`;
}

const cacheDir = await mkdtemp(path.join(os.tmpdir(), 'wijkwijzer-compile-cache-'));
try {
  const first: Round[] = [];
  for (let index = 0; index < FIRST_ROUNDS; index += 1) {
    await rm(path.join(root, 'dist'), { recursive: true, force: true });
    await rm(cacheDir, { recursive: true, force: true });
    first.push(await round({ NODE_COMPILE_CACHE: cacheDir }));
  }
  const cached: Round[] = [];
  const uncached: Round[] = [];
  for (let index = 0; index < ROUNDS; index += 1) {
    cached.push(await round({ NODE_COMPILE_CACHE: cacheDir }));
    uncached.push(await round({ NODE_DISABLE_COMPILE_CACHE: '1' }));
  }
  const cpu = os.cpus()[0]?.model ?? 'unknown';
  console.log(`startup benchmark (npm start = node bin/start.js), embedded defaults`);
  console.log(`machine: ${cpu}, ${os.cpus().length} cores, Node ${process.version}`);
  console.log(
    `load average at the end: ${os
      .loadavg()
      .map((load) => load.toFixed(1))
      .join(' ')}`,
  );
  console.log(summary('first start after install (compiles, cold cache)', first));
  console.log(summary('later starts, compile cache warm', cached));
  console.log(summary('later starts, compile cache off', uncached));
  console.log('target: later starts ready ≤ 3000 ms');
} finally {
  await rm(cacheDir, { recursive: true, force: true });
}
