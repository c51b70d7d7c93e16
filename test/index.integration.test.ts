import { createServer, type Server } from 'node:net';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.js';
import { composeApp } from '../src/index.js';
import { silentLogger } from './support/logs.js';

/** Every `*.lock` file below `directory`: what a store leaves while it is open. */
async function lockFiles(directory: string): Promise<string[]> {
  const names = await readdir(directory, { recursive: true });
  return names.filter((name) => name.endsWith('.lock'));
}

function occupy(): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve(server));
  });
}

describe('a start that fails after the stores opened', () => {
  const cleanup: Array<() => Promise<void>> = [];
  afterEach(async () => {
    for (const step of cleanup.splice(0).reverse()) await step();
  });

  it('rejects on a port in use, and stop() then leaves no lock behind', async () => {
    const dataDir = await mkdtemp(path.join(tmpdir(), 'wijkwijzer-start-'));
    cleanup.push(() => rm(dataDir, { recursive: true, force: true }));
    const taken = await occupy();
    cleanup.push(() => new Promise((resolve) => taken.close(() => resolve())));
    const address = taken.address();
    if (address === null || typeof address === 'string') throw new TypeError('no port');
    const config = loadConfig({
      PORT: String(address.port),
      DATA_DIR: dataDir,
      LOG_LEVEL: 'silent',
      DEVELOPMENT_MODE: 'true',
    });

    const app = await composeApp(config, silentLogger(), { drainTimeoutMs: 500 });
    expect(await lockFiles(dataDir)).not.toEqual([]);
    await expect(app.start()).rejects.toMatchObject({ code: 'EADDRINUSE' });
    await app.stop();
    expect(await lockFiles(dataDir)).toEqual([]);

    // Nothing of the first one is still held in this process: the same files open again.
    const again = await composeApp(
      loadConfig({ PORT: '0', DATA_DIR: dataDir, LOG_LEVEL: 'silent', DEVELOPMENT_MODE: 'true' }),
      silentLogger(),
      { drainTimeoutMs: 500 },
    );
    await again.stop();
  });
});
