#!/usr/bin/env node
// CI's production smoke test (.ci/run): install this checkout as the README's production section
// does (npm ci --omit=dev next to the build in dist/), start it with NODE_ENV=production, and check
// that it becomes ready, serves the widget's and the Casusbord's browser bundles without the
// development dependencies, and stops cleanly on SIGTERM. Usage: node scripts/productionSmoke.js
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const work = mkdtempSync(path.join(os.tmpdir(), 'wijkwijzer-production-'));
const install = path.join(work, 'app');
const SHIPPED = [
  'package.json',
  'package-lock.json',
  '.npmrc',
  'bin',
  'dist',
  'knowledge',
  'models',
  'web',
];

function fail(message) {
  process.stderr.write(`production smoke test: ${message}\n`);
  process.exitCode = 1;
}

async function freePort() {
  const server = createServer();
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  await new Promise((resolve) => server.close(resolve));
  return port;
}

try {
  for (const name of SHIPPED)
    cpSync(path.join(root, name), path.join(install, name), { recursive: true });
  const ci = spawnSync('npm', ['ci', '--omit=dev', '--no-audit', '--no-fund', '--loglevel=error'], {
    cwd: install,
    stdio: 'inherit',
  });
  if (ci.status !== 0) throw new Error('npm ci --omit=dev failed');
  for (const devOnly of ['typescript', 'vitest', 'botframework-webchat', 'react']) {
    const probe = spawnSync(
      process.execPath,
      ['-e', `require.resolve(${JSON.stringify(devOnly)})`],
      { cwd: install },
    );
    if (probe.status === 0) throw new Error(`${devOnly} is installed in production`);
  }
  const port = await freePort();
  const child = spawn(process.execPath, ['bin/start.js'], {
    cwd: install,
    env: {
      PATH: process.env.PATH,
      NODE_ENV: 'production',
      PORT: String(port),
      DATA_DIR: path.join(work, 'data'),
      LOG_LEVEL: 'warn',
      MicrosoftAppId: '4b1c7f5e-2d3a-4c8b-9e6f-0a1b2c3d4e5f',
      MicrosoftAppPassword: 'not-a-real-secret',
      // Production refuses a secret anyone could guess: a fresh random one, as an operator makes.
      WEBCHAT_TOKEN_SECRET: randomBytes(36).toString('base64'),
      PUBLIC_URL: `http://127.0.0.1:${port}`,
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const exited = new Promise((resolve) => child.once('exit', (code) => resolve(code)));
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  let ready = false;
  let exitedEarly = false;
  void exited.then(() => (exitedEarly = true));
  while (!ready && !exitedEarly && Date.now() < deadline) {
    ready = await fetch(`${base}/readyz`).then(
      (response) => response.status === 200,
      () => false,
    );
    if (!ready) await new Promise((resolve) => setTimeout(resolve, 200));
  }
  if (!ready)
    throw new Error(
      exitedEarly ? 'the process exited before it was ready' : 'not ready within 60 s',
    );
  for (const asset of ['/webchat/webchat.js', '/tab/teams-js.js', '/widget/wijkwijzer.js']) {
    const response = await fetch(`${base}${asset}`);
    const size = (await response.arrayBuffer()).byteLength;
    if (response.status !== 200 || size < 1000) fail(`${asset}: ${response.status}, ${size} bytes`);
  }
  child.kill('SIGTERM');
  const code = await exited;
  if (code !== 0) fail(`exit code ${code} after SIGTERM`);
  if (process.exitCode !== 1)
    process.stdout.write('production smoke test: ready, bundles served, clean stop\n');
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
} finally {
  rmSync(work, { recursive: true, force: true });
}
