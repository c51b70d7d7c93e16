import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { stateDirectory, stateFileOf } from '../src/bot/fileStateStorage.js';
import { freePort } from './support/http.js';

/**
 * `npm start` as a developer runs it, stopped as a developer or a process manager stops it: the
 * signal goes to npm, not to the bot's own process. npm passes SIGTERM and SIGINT on to its
 * child only; before the start script `exec`ed node, that child was `sh`, which died and left the
 * bot running, still holding the port (docs/adr/0016-runtime-deployment-and-test-tiers.md).
 */

const root = path.resolve(import.meta.dirname, '..');
/** The first start after a change compiles the TypeScript: minutes on a busy machine. */
const START_LIMIT_MS = 240_000;
const STOP_LIMIT_MS = 60_000;

interface Started {
  readonly npm: ChildProcess;
  readonly base: string;
  readonly port: number;
  readonly dataDir: string;
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  readonly stdout: () => string;
}

const started: Started[] = [];
const dataDirs: string[] = [];

/** Every process in a process group (Linux: field 5 of /proc/PID/stat). */
function processGroup(pgid: number): number[] {
  const members: number[] = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // The command name may hold spaces and parentheses: the fields follow the last ')'.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (Number(fields[2]) === pgid) members.push(Number(name));
    } catch {
      // gone meanwhile
    }
  }
  return members;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function portIsFree(port: number): Promise<boolean> {
  const probe = createServer();
  return new Promise((resolve) => {
    probe.once('error', () => resolve(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
  });
}

async function waitReady(url: string, npm: ChildProcess): Promise<void> {
  const deadline = Date.now() + START_LIMIT_MS;
  while (Date.now() < deadline) {
    if (npm.exitCode !== null) throw new Error(`npm start exited with ${npm.exitCode}`);
    try {
      if ((await fetch(url)).status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`not ready within ${START_LIMIT_MS / 1000} s: ${url}`);
}

/** `npm start` (or `npm run dev`) with only a port and a data directory, in a process group of its own. */
async function npmStart(npmArguments: readonly string[] = ['start']): Promise<Started> {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'wijkwijzer-npm-start-'));
  dataDirs.push(dataDir);
  const port = await freePort();
  const npm = spawn('npm', [...npmArguments], {
    cwd: root,
    // No NODE_ENV and no npm_* variables of the test run: as on a newcomer's machine.
    env: { PATH: process.env.PATH, HOME: process.env.HOME, PORT: String(port), DATA_DIR: dataDir },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let stdout = '';
  npm.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  npm.stderr?.resume();
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    npm.once('exit', (code, signal) => resolve({ code, signal })),
  );
  const run: Started = {
    npm,
    base: `http://127.0.0.1:${port}`,
    port,
    dataDir,
    exited,
    stdout: () => stdout,
  };
  started.push(run);
  await waitReady(`${run.base}/readyz`, npm);
  return run;
}

async function bounded<T>(promise: Promise<T>, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const limit = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(
      () => reject(new Error(`${what}: not within ${STOP_LIMIT_MS / 1000} s`)),
      STOP_LIMIT_MS,
    );
  });
  try {
    return await Promise.race([promise, limit]);
  } finally {
    clearTimeout(timer);
  }
}

/** Waits until no process of the group is left (npm has exited; its child may still be closing). */
async function groupGone(pgid: number): Promise<number[]> {
  const deadline = Date.now() + STOP_LIMIT_MS;
  let left = processGroup(pgid);
  while (left.length > 0 && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    left = processGroup(pgid);
  }
  return left;
}

/** One message through the bot's own Direct Line, as the widget sends it; resolves on the reply. */
async function chat(base: string, text: string): Promise<string> {
  const issued = await fetch(`${base}/api/webchat/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: '{}',
  });
  expect(issued.status).toBe(200);
  const { token, conversationId, userId } = (await issued.json()) as {
    token: string;
    conversationId: string;
    userId: string;
  };
  const activities = `${base}/v3/directline/conversations/${conversationId}/activities`;
  const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
  const sent = await fetch(activities, {
    method: 'POST',
    headers,
    body: JSON.stringify({ type: 'message', from: { id: userId }, text }),
  });
  expect(sent.status).toBe(200);
  const deadline = Date.now() + STOP_LIMIT_MS;
  while (Date.now() < deadline) {
    const listed = (await (await fetch(activities, { headers })).json()) as {
      activities: Array<{ from: { role?: string } }>;
    };
    if (listed.activities.some((activity) => activity.from.role === 'bot')) return conversationId;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('the bot did not answer');
}

afterAll(async () => {
  for (const run of started) {
    const pgid = run.npm.pid;
    if (pgid === undefined) continue;
    for (const pid of processGroup(pgid)) {
      try {
        process.kill(pid, 'SIGKILL');
      } catch {
        // already gone
      }
    }
  }
  for (const dataDir of dataDirs) await rm(dataDir, { recursive: true, force: true });
});

describe('npm start on embedded defaults, stopped through npm', () => {
  it(
    'SIGTERM to npm: the bot stops gracefully, every process exits 0, the port is free and the state file is whole',
    async () => {
      const run = await npmStart();
      const pgid = run.npm.pid ?? 0;
      const tree = processGroup(pgid);
      // npm and the bot itself at least: a tree, not a lone process.
      expect(tree.length).toBeGreaterThanOrEqual(2);
      const conversationId = await chat(run.base, 'ik zoek hulp bij mijn administratie');

      run.npm.kill('SIGTERM');
      expect(await bounded(run.exited, 'npm exit')).toEqual({ code: 0, signal: null });
      expect(await groupGone(pgid)).toEqual([]);
      expect(tree.filter(isAlive)).toEqual([]);
      expect(await portIsFree(run.port)).toBe(true);

      const key = `webchat/conversations/${conversationId}/`;
      const stored = await readFile(
        path.join(stateDirectory(run.dataDir), stateFileOf(key)),
        'utf8',
      );
      const state = JSON.parse(stored) as { key: string; value: unknown };
      expect(state.key).toBe(key);
      expect(JSON.stringify(state.value)).toContain('ik zoek hulp bij mijn administratie');
      const lines = run.stdout().split('\n');
      expect(lines.some((line) => line.includes('"signal":"SIGTERM"'))).toBe(true);
      expect(lines.some((line) => line.includes('"msg":"stopped"'))).toBe(true);
    },
    START_LIMIT_MS + 2 * STOP_LIMIT_MS,
  );

  it(
    'Ctrl-C (SIGINT to the whole foreground group, npm and the bot): one graceful stop, exit 0',
    async () => {
      const run = await npmStart();
      const pgid = run.npm.pid ?? 0;
      process.kill(-pgid, 'SIGINT');
      expect(await bounded(run.exited, 'npm exit')).toEqual({ code: 0, signal: null });
      expect(await groupGone(pgid)).toEqual([]);
      expect(await portIsFree(run.port)).toBe(true);
      const stopped = run.stdout().match(/"msg":"stopped"/g) ?? [];
      expect(stopped).toHaveLength(1);
    },
    START_LIMIT_MS + 2 * STOP_LIMIT_MS,
  );

  it(
    'npm run dev (tsx watch) stops the same way on SIGTERM to npm',
    async () => {
      const run = await npmStart(['run', 'dev']);
      const pgid = run.npm.pid ?? 0;
      run.npm.kill('SIGTERM');
      expect(await bounded(run.exited, 'npm exit')).toEqual({ code: 0, signal: null });
      expect(await groupGone(pgid)).toEqual([]);
      expect(await portIsFree(run.port)).toBe(true);
    },
    START_LIMIT_MS + 2 * STOP_LIMIT_MS,
  );
});
