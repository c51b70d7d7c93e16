import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadConfig } from '../../src/config.js';
import { readGemeenteIdentity } from '../../src/knowledge/gemeenteIdentity.js';
import { composeApp, type App } from '../../src/index.js';
import type { Logger } from '../../src/shared/logger.js';
import { freePort } from './http.js';
import { silentLogger } from './logs.js';

export interface RunningApp {
  readonly app: App;
  readonly baseUrl: string;
  readonly dataDir: string;
  /** Stops the app; with `keepData` the data directory stays for a restart test. */
  stop(options?: { keepData?: boolean }): Promise<void>;
}

/**
 * The whole product, composed as `npm run dev` does, on a free loopback port and a fresh data
 * directory. The port is chosen first because the configuration must know its public URL.
 */
export async function startApp(
  environment: NodeJS.ProcessEnv = {},
  logger: Logger = silentLogger(),
  existingDataDir?: string,
): Promise<RunningApp> {
  const dataDir = existingDataDir ?? (await mkdtemp(path.join(tmpdir(), 'wijkwijzer-app-')));
  const port = await freePort();
  // As `npm start` reads it: the gemeente's name and website from the knowledge directory.
  const config = loadConfig(
    {
      PORT: String(port),
      DATA_DIR: dataDir,
      LOG_LEVEL: 'silent',
      // As `npm run dev`: an open /api/messages (loopback replies) and the development login.
      DEVELOPMENT_MODE: 'true',
      ...environment,
    },
    readGemeenteIdentity,
  );
  const app = await composeApp(config, logger, { drainTimeoutMs: 2_000 });
  const baseUrl = await app.start();
  return {
    app,
    baseUrl,
    dataDir,
    stop: async (options = {}) => {
      await app.stop();
      if (options.keepData !== true) await rm(dataDir, { recursive: true, force: true });
    },
  };
}
