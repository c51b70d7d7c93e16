/**
 * `npm run bench:startup`: time from process start to a 200 on /readyz, and memory after start,
 * for the compiled build (`npm run build` first; the script does it when dist/ is missing).
 * Target (issue 2): ready within 2 s.
 */
import { spawn, execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { freePort } from '../test/support/http.js';

const ROUNDS = Number(process.env.ROUNDS ?? 7);
const root = path.resolve(import.meta.dirname, '..');
const entry = path.join(root, 'dist', 'src', 'index.js');

if (!existsSync(entry) || process.env.REBUILD === '1') {
  execFileSync('npm', ['run', '--silent', 'build'], { cwd: root, stdio: 'inherit' });
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
    if (performance.now() > deadline) throw new Error('not ready within 30 s');
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

async function round(): Promise<{ readyMs: number; rss: number }> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'wijkwijzer-bench-'));
  const port = await freePort();
  const started = performance.now();
  const child = spawn(process.execPath, [entry], {
    cwd: root,
    env: {
      ...process.env,
      NODE_ENV: 'development',
      PORT: String(port),
      DATA_DIR: dataDir,
      LOG_LEVEL: 'silent',
    },
    stdio: 'ignore',
  });
  try {
    await waitReady(`http://127.0.0.1:${port}/readyz`, started + 30_000);
    const readyMs = performance.now() - started;
    await new Promise((resolve) => setTimeout(resolve, 500));
    const rss = rssMiB(child.pid ?? 0);
    return { readyMs, rss };
  } finally {
    child.kill('SIGTERM');
    await new Promise((resolve) => child.once('exit', resolve));
    await rm(dataDir, { recursive: true, force: true });
  }
}

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

const results = [];
for (let index = 0; index < ROUNDS; index += 1) results.push(await round());
const ready = results.map((result) => result.readyMs);
const rss = results.map((result) => result.rss);
console.log(`startup benchmark: ${ROUNDS} cold starts of dist/src/index.js`);
console.log(
  `machine: ${os.cpus()[0]?.model ?? 'unknown'}, ${os.cpus().length} cores, Node ${process.version}`,
);
console.log(
  `ready (start → /readyz 200): median ${median(ready).toFixed(0)} ms, min ${Math.min(...ready).toFixed(0)} ms, max ${Math.max(...ready).toFixed(0)} ms (target ≤ 2000 ms)`,
);
console.log(
  `memory after start (RSS): median ${median(rss).toFixed(1)} MiB, max ${Math.max(...rss).toFixed(1)} MiB`,
);
