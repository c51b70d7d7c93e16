/**
 * One start of the compiled product as `npm start` runs it (`node bin/start.js`, which starts
 * `dist/src/index.js` with Node's module compile cache), from process start to the first 200 on
 * /readyz: wall time, CPU time until then, resident memory half a second later. Shared by
 * `bench:startup` (empty data) and `bench:storage` (100,000 stored conversations and cases).
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { freePort } from '../test/support/http.js';
import { processCpuMs, rssMiB } from './measure.js';

const root = path.resolve(import.meta.dirname, '..');
const launcher = path.join(root, 'bin', 'start.js');

export interface StartResult {
  readonly readyMs: number;
  /** User + system CPU of the process and its waited-for children (a compile) until ready. */
  readonly cpuMs: number;
  readonly rssMiB: number;
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

/** Starts `npm start`'s launcher with `environment` over the embedded defaults, measures, stops. */
export async function startCompiled(environment: NodeJS.ProcessEnv): Promise<StartResult> {
  const port = await freePort();
  const started = performance.now();
  const child = spawn(process.execPath, [launcher], {
    cwd: root,
    env: {
      ...process.env,
      NODE_ENV: 'development',
      PORT: String(port),
      LOG_LEVEL: 'silent',
      ...environment,
    },
    stdio: 'ignore',
  });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  try {
    await waitReady(`http://127.0.0.1:${port}/readyz`, started + 180_000);
    const readyMs = performance.now() - started;
    // The process and the children it waited for (the compiler): unlike the wall time to ready,
    // CPU time barely moves when other work shares the machine.
    const cpuMs = processCpuMs(child.pid ?? 0, { children: true });
    await new Promise((resolve) => setTimeout(resolve, 500));
    return { readyMs, cpuMs, rssMiB: rssMiB(child.pid ?? 0) };
  } finally {
    // SIGTERM: a clean shutdown, as a deployment's restart does (the embedded store writes the
    // index the next start reads).
    child.kill('SIGTERM');
    await exited;
  }
}
