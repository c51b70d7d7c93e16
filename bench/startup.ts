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
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { freePort } from '../test/support/http.js';

const ROUNDS = Number(process.env.ROUNDS ?? 7);
const FIRST_ROUNDS = Number(process.env.FIRST_ROUNDS ?? 3);
const root = path.resolve(import.meta.dirname, '..');
const launcher = path.join(root, 'bin', 'start.js');

/**
 * CPU time (user + system, ms) the process and its waited-for children (the compiler) used so
 * far: unlike the wall time to ready it barely moves when other work shares the machine.
 */
function cpuMs(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
  // After the command name: utime, stime, cutime, cstime are fields 14-17 of stat (12-15 here).
  const ticks = [11, 12, 13, 14].reduce((sum, index) => sum + Number(fields[index] ?? 0), 0);
  return ticks * 10;
}

function rssMiB(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kib = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return kib / 1024;
}

async function waitReady(url: string, deadline: number): Promise<void> {
  for (;;) {
    try {
      const response = await fetch(url);
      if (response.status === 200) return;
    } catch {
      // not listening yet
    }
    if (performance.now() > deadline) throw new Error('not ready within 180 s');
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

interface Round {
  readonly readyMs: number;
  readonly cpuMs: number;
  readonly rss: number;
}

async function round(environment: NodeJS.ProcessEnv): Promise<Round> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'wijkwijzer-bench-'));
  const port = await freePort();
  const started = performance.now();
  const child = spawn(process.execPath, [launcher], {
    cwd: root,
    env: {
      ...process.env,
      NODE_ENV: 'development',
      PORT: String(port),
      DATA_DIR: dataDir,
      LOG_LEVEL: 'silent',
      ...environment,
    },
    stdio: 'ignore',
  });
  try {
    await waitReady(`http://127.0.0.1:${port}/readyz`, started + 180_000);
    const readyMs = performance.now() - started;
    const cpu = cpuMs(child.pid ?? 0);
    await new Promise((resolve) => setTimeout(resolve, 500));
    return { readyMs, cpuMs: cpu, rss: rssMiB(child.pid ?? 0) };
  } finally {
    child.kill('SIGTERM');
    await new Promise((resolve) => child.once('exit', resolve));
    await rm(dataDir, { recursive: true, force: true });
  }
}

const median = (values: readonly number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

function summary(label: string, rounds: readonly Round[]): string {
  const ready = rounds.map((result) => result.readyMs);
  const cpu = rounds.map((result) => result.cpuMs);
  const rss = rounds.map((result) => result.rss);
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
