import { stateDirectory, stateFileOf } from '../src/bot/fileStateStorage.js';
import { spawn } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { freePort } from './support/http.js';

const root = path.resolve(import.meta.dirname, '..');

/** Runs `src/index.ts` as `npm start` would, in its own process. */
function startProcess(environment: NodeJS.ProcessEnv) {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'src', 'index.ts')], {
    cwd: root,
    env: { PATH: process.env.PATH, NODE_ENV: 'development', LOG_LEVEL: 'info', ...environment },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | null>((resolve) =>
    child.once('exit', (code) => resolve(code)),
  );
  return { child, exited, output: () => ({ stdout, stderr }) };
}

async function waitReady(url: string): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`not ready: ${url}`);
}

describe('the process (src/index.ts)', () => {
  const cleanup: Array<() => Promise<void>> = [];
  afterEach(async () => {
    for (const step of cleanup.splice(0)) await step();
  });

  it('refuses to start in production without the app registration and names what is missing', async () => {
    const run = startProcess({ NODE_ENV: 'production' });
    cleanup.push(async () => void run.child.kill('SIGKILL'));
    expect(await run.exited).toBe(78);
    const { stderr } = run.output();
    expect(stderr).toContain('MicrosoftAppId is required when NODE_ENV=production');
    expect(stderr).toContain('WEBCHAT_TOKEN_SECRET is required when NODE_ENV=production');
  });

  it('starts on embedded defaults in development mode, and on SIGTERM finishes, flushes its state and exits 0', async () => {
    const dataDir = await mkdtemp(path.join(tmpdir(), 'wijkwijzer-process-'));
    cleanup.push(() => rm(dataDir, { recursive: true, force: true }));
    const port = await freePort();
    // As `npm run dev`: development mode opens /api/messages without an app registration.
    const run = startProcess({ PORT: String(port), DATA_DIR: dataDir, DEVELOPMENT_MODE: 'true' });
    cleanup.push(async () => void run.child.kill('SIGKILL'));
    const base = `http://127.0.0.1:${port}`;
    await waitReady(`${base}/readyz`);

    const turn = await fetch(`${base}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        type: 'message',
        text: 'hallo',
        channelId: 'test',
        serviceUrl: 'http://127.0.0.1:9/',
        deliveryMode: 'expectReplies',
        from: { id: 'user-1' },
        recipient: { id: 'bot' },
        conversation: { id: 'process-test' },
      }),
    });
    expect(turn.status).toBe(200);

    run.child.kill('SIGTERM');
    expect(await run.exited).toBe(0);
    const stateFile = path.join(
      stateDirectory(dataDir),
      stateFileOf('test/conversations/process-test/'),
    );
    const state = JSON.parse(await readFile(stateFile, 'utf8')) as unknown;
    expect(state).toMatchObject({ key: 'test/conversations/process-test/' });
    const logLines = run.output().stdout.split('\n').filter(Boolean);
    expect(logLines.some((line) => line.includes('"msg":"stopped"'))).toBe(true);
    // Logs carry ids and codes, never what the resident typed.
    expect(run.output().stdout).not.toContain('hallo');
  });

  // Found by starting the product twice as a newcomer does (`npm start` in a second terminal):
  // the second one printed a stack trace instead of saying what was wrong.
  it('a second start on the same data directory says in one line that another process has it', async () => {
    const dataDir = await mkdtemp(path.join(tmpdir(), 'wijkwijzer-process-'));
    cleanup.push(() => rm(dataDir, { recursive: true, force: true }));
    const firstPort = await freePort();
    const first = startProcess({ PORT: String(firstPort), DATA_DIR: dataDir });
    cleanup.push(async () => void first.child.kill('SIGKILL'));
    await waitReady(`http://127.0.0.1:${firstPort}/readyz`);
    const second = startProcess({ PORT: String(await freePort()), DATA_DIR: dataDir });
    cleanup.push(async () => void second.child.kill('SIGKILL'));
    expect(await second.exited).toBe(1);
    const { stderr } = second.output();
    expect(stderr).toContain('wijkwijzer failed to start: WW-3005');
    expect(stderr).toContain(`process ${first.child.pid}`);
    expect(stderr).toContain('Is the wijkwijzer already running?');
    expect(stderr).not.toMatch(/^\s+at /m);
  }, 60_000);

  it('a start on a port in use closes the stores it opened and says so once, in one line', async () => {
    const dataDir = await mkdtemp(path.join(tmpdir(), 'wijkwijzer-process-'));
    cleanup.push(() => rm(dataDir, { recursive: true, force: true }));
    const taken = createServer();
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', () => resolve()));
    cleanup.push(() => new Promise((resolve) => taken.close(() => resolve())));
    const address = taken.address();
    if (address === null || typeof address === 'string') throw new TypeError('no port');
    const run = startProcess({ PORT: String(address.port), DATA_DIR: dataDir });
    cleanup.push(async () => void run.child.kill('SIGKILL'));
    expect(await run.exited).toBe(1);
    const { stderr } = run.output();
    expect(stderr.match(/wijkwijzer failed to start/g)).toHaveLength(1);
    expect(stderr).toContain(`port ${address.port} on 127.0.0.1 is in use`);
    expect(stderr).not.toMatch(/^\s+at /m);
    // The stores were open (their lock files existed) and were closed before the exit.
    const left = (await readdir(dataDir, { recursive: true })).filter((name) =>
      name.endsWith('.lock'),
    );
    expect(left).toEqual([]);
    expect(run.output().stdout).toContain('"msg":"stopped"');
  }, 60_000);
});
