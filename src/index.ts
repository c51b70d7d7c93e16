import { access, constants, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Server } from 'restify';
import { botRoutes } from './bot/botRoutes.js';
import { createBotRuntime } from './bot/botRuntime.js';
import { FileStateStorage } from './bot/fileStateStorage.js';
import { ConfigError, loadConfig, type Config } from './config.js';
import { WebChatChannel } from './directline/webChatChannel.js';
import { createServer } from './server.js';
import { systemClock, type Clock } from './shared/clock.js';
import { InFlight } from './shared/inFlight.js';
import { createLogger, moduleLogger, type Logger } from './shared/logger.js';
import { findProjectRoot } from './shared/projectRoot.js';
import type { ReadinessCheck } from './shared/readiness.js';
import { createTokenIssuer } from './webchat/azureDirectLineTokens.js';
import { pageRoutes } from './webchat/pageRoutes.js';
import { webChatTokenRoute } from './webchat/tokenRoute.js';
import { corsForWidget } from './webchat/cors.js';

/**
 * The composition root: the one module that reads the environment, opens files, builds every
 * collaborator and listens. Everything else receives what it needs from here.
 */

export interface App {
  readonly config: Config;
  readonly server: Server;
  /** Listens on the configured host and port; resolves with the base URL. */
  start(): Promise<string>;
  /** Graceful stop: refuse new work, finish turns in flight, close sockets, flush storage. */
  stop(): Promise<void>;
}

export interface ComposeOptions {
  readonly clock?: Clock;
  /** How long a shutdown waits for turns in flight before closing anyway. */
  readonly drainTimeoutMs?: number;
}

function dataDirectoryReadiness(dataDir: string): ReadinessCheck {
  return {
    name: 'storage',
    check: async () => {
      try {
        await access(dataDir, constants.W_OK);
        return { ok: true, detail: { writable: true } };
      } catch {
        return { ok: false, detail: { writable: false } };
      }
    },
  };
}

export async function composeApp(
  config: Config,
  logger: Logger,
  options: ComposeOptions = {},
): Promise<App> {
  const clock = options.clock ?? systemClock;
  const log = moduleLogger(logger, 'app');
  const inFlight = new InFlight();
  let shuttingDown = false;

  await mkdir(config.paths.dataDir, { recursive: true });
  const stateStorage = await FileStateStorage.open({
    file: path.join(config.paths.dataDir, 'state.json'),
    logger,
    clock,
  });
  const channel = new WebChatChannel({
    config,
    clock,
    logger: moduleLogger(logger, 'webchat'),
    inFlight,
  });
  const bot = createBotRuntime({ config, logger, storage: stateStorage, channel });
  channel.setBotEndpoint(bot.webChatEndpoint);

  const server = createServer({
    config,
    logger,
    readiness: [dataDirectoryReadiness(config.paths.dataDir), channel.readiness()],
    routes: [
      corsForWidget(config),
      botRoutes({ adapter: bot.azureAdapter, logic: bot.runTurn, inFlight }),
      // With Azure Direct Line the widget talks to Azure; our own channel then stays closed.
      ...(config.webchat.mode === 'self-hosted' ? channel.routes() : []),
      webChatTokenRoute({ config, logger, issuer: createTokenIssuer(config, logger, channel) }),
      pageRoutes({ config, projectRoot: findProjectRoot() }),
    ],
    isShuttingDown: () => shuttingDown,
  });

  if (config.botFramework.appId === undefined) {
    log.warn(
      'no MicrosoftAppId: /api/messages accepts unauthenticated requests (local trials only)',
    );
  }
  if (config.webchat.usesDevelopmentSecret) {
    log.warn(
      'WEBCHAT_TOKEN_SECRET not set: web chat tokens use the development secret (local trials only)',
    );
  }

  let stopping: Promise<void> | undefined;
  return {
    config,
    server,
    start: () =>
      new Promise<string>((resolve, reject) => {
        server.server.once('error', reject);
        server.listen(config.server.port, config.server.host, () => {
          server.server.off('error', reject);
          const address = server.address();
          const url = `http://${config.server.host}:${address.port}`;
          log.info({ url, publicUrl: config.server.publicUrl }, 'wijkwijzer listening');
          resolve(url);
        });
      }),
    stop: () => {
      stopping ??= (async () => {
        shuttingDown = true;
        log.info({ turnsInFlight: inFlight.size }, 'shutting down');
        const closed = new Promise<void>((resolve) => server.server.close(() => resolve()));
        server.server.closeIdleConnections();
        const unfinished = await inFlight.drain(options.drainTimeoutMs ?? 10_000);
        if (unfinished > 0) log.warn({ unfinished }, 'turns still running at shutdown');
        await channel.close(1_000);
        server.server.closeAllConnections();
        await closed;
        await stateStorage.close();
        log.info('stopped');
      })();
      return stopping;
    },
  };
}

/** `npm start`: read the configuration, start, and stop gracefully on SIGTERM or SIGINT. */
export async function main(): Promise<void> {
  let config: Config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\nSee .env.example for every setting.\n`);
      process.exit(78);
    }
    throw error;
  }
  const logger = createLogger({ level: config.log.level });
  const app = await composeApp(config, logger);
  await app.start();
  let signalled = false;
  const shutdown = (signal: NodeJS.Signals) => {
    if (signalled) return;
    signalled = true;
    logger.info({ signal }, 'signal received');
    app.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.fatal({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', shutdown);
  process.on('SIGINT', shutdown);
}

const invokedDirectly =
  process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (invokedDirectly) {
  main().catch((error: unknown) => {
    process.stderr.write(
      `wijkwijzer failed to start: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    process.exit(1);
  });
}
