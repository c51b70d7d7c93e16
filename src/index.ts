import { mkdir } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import type { Server } from 'restify';
import { createBoardAuthentication } from './board/casusbordRoutes.js';
import { loadStaffRegister } from './board/staffRegister.js';
import { ConfigError, loadConfig, type Config } from './config.js';
import { composeConversation } from './compose/conversation.js';
import { composeHttp } from './compose/http.js';
import { startJobs } from './compose/jobs.js';
import { warnAboutUnsafeSettings } from './compose/startupWarnings.js';
import { openStores } from './compose/stores.js';
import { composeTeams } from './compose/teams.js';
import { createPartnerPage } from './partners/partnerPage.js';
import { systemClock, type Clock } from './shared/clock.js';
import { InFlight } from './shared/inFlight.js';
import { installLastResort } from './shared/lastResort.js';
import { stopOnSignals } from './shared/stopOnSignals.js';
import { createLogger, moduleLogger, type Logger } from './shared/logger.js';
import { findProjectRoot } from './shared/projectRoot.js';
import { exposedMetrics, type AppMetrics } from './metrics/appMetrics.js';
import { startFailureMessage } from './compose/startFailure.js';
import { readGemeenteIdentity } from './knowledge/gemeenteIdentity.js';

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
  /** Counts for /metrics; no-ops when metrics are not exposed (METRICS_TOKEN, METRICS_PORT). */
  readonly metrics: AppMetrics['metrics'];
}

export interface ComposeOptions {
  readonly clock?: Clock;
  /** How long a shutdown waits for turns in flight before closing anyway. */
  readonly drainTimeoutMs?: number;
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
  const opened: Array<() => Promise<void>> = [];
  const closeOpened = async () => {
    for (const close of opened.splice(0).reverse()) await close();
  };

  try {
    await mkdir(config.paths.dataDir, { recursive: true });

    const { knowledge, knowledgeLoader, routing, storage, insights, cases } = await openStores(
      config,
      logger,
      clock,
      opened,
    );

    // Closed unless METRICS_TOKEN or METRICS_PORT is set; its gauges read the parts built below
    // when Prometheus scrapes, after start.
    const appMetrics = exposedMetrics(config.metrics, logger, {
      deliveryQueue: async () => {
        const counts = await delivery.counts();
        return {
          pending: counts.pending,
          failed: counts.failed,
          oldestWaitingSeconds:
            counts.oldestWaitingSince === null
              ? null
              : (clock.now().getTime() - Date.parse(counts.oldestWaitingSince)) / 1000,
        };
      },
      knowledge: () => {
        const status = knowledge.status();
        return {
          version: status.version,
          loadedAt: status.loadedAt === null ? null : new Date(status.loadedAt),
          entries: status.entries,
        };
      },
    });

    // Built after the bot (it needs the Teams notifier); the bot only wakes it after a handover.
    let wakeDelivery = () => {};
    const { channel, bot } = await composeConversation({
      config,
      logger,
      clock,
      inFlight,
      stores: { knowledge, routing, storage, insights, cases },
      metrics: appMetrics.metrics,
      // A handover wakes the delivery worker, so the card reaches the wijkteam at once.
      onHandover: () => {
        appMetrics.metrics.handoverCreated();
        wakeDelivery();
      },
      opened,
    });

    const projectRoot = findProjectRoot();
    const staff = await loadStaffRegister(config, projectRoot);
    const unknownTeams = staff.unknownWijkteams(routing().teams.map((team) => team.id));
    if (unknownTeams.length > 0) {
      log.warn(
        { wijkteams: unknownTeams },
        'staff file names wijkteams the routing file does not know',
      );
    }
    const catalogue = () => knowledge.current().catalogue;
    // One staff sign-in for the Casusbord and the partner page (one development login secret).
    const boardAuthentication = createBoardAuthentication(config, staff, clock);
    const partners = await createPartnerPage({
      config,
      logger,
      clock,
      projectRoot,
      catalogue,
      reloadKnowledge: () => knowledge.reloadNow(),
      knowledgeLoader,
      staff,
      boardAuthentication,
      // With DATABASE_URL sign-in and edits are shared by every instance (docs/adr/0019).
      storage,
    });
    opened.push(() => partners.close());
    const { teams, delivery } = await composeTeams({
      config,
      logger,
      clock,
      stores: { routing, storage, cases },
      bot,
      staff,
      catalogue,
      opened,
    });
    wakeDelivery = () => delivery.kick();
    const jobs = startJobs({
      config,
      logger,
      clock,
      stores: { storage, cases },
      pickupReminder: teams.pickupReminder,
      partners,
    });
    opened.push(async () => {
      await jobs.stop();
      await delivery.stop();
    });

    const server = composeHttp({
      config,
      logger,
      clock,
      inFlight,
      projectRoot,
      stores: { knowledge, routing, storage },
      channel,
      bot,
      teams,
      delivery,
      staff,
      boardAuthentication,
      extraRoutes: [partners.routes, ...appMetrics.routes],
      isShuttingDown: () => shuttingDown,
    });

    warnAboutUnsafeSettings(config, log);

    let stopping: Promise<void> | undefined;
    return {
      config,
      server,
      metrics: appMetrics.metrics,
      start: () =>
        new Promise<string>((resolve, reject) => {
          // restify re-emits the HTTP server's 'error' on itself: with no listener there, a port
          // in use would crash the process with a stack trace instead of rejecting here.
          server.once('error', reject);
          server.listen(config.server.port, config.server.host, () => {
            server.off('error', reject);
            const address = server.address();
            const url = `http://${config.server.host}:${address.port}`;
            delivery.start();
            log.info({ url, publicUrl: config.server.publicUrl }, 'wijkwijzer listening');
            appMetrics.listen().then(
              () => resolve(url),
              (error: unknown) => reject(error),
            );
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
          // Upgraded (WebSocket) connections are not the HTTP server's to close: the channel
          // closes them, or the server would wait for every open widget to go away.
          await channel.close(1_000);
          server.server.closeAllConnections();
          await closed;
          await appMetrics.close();
          await closeOpened();
          log.info('stopped');
        })();
        return stopping;
      },
    };
  } catch (error) {
    // A failed start must not leave files locked or watchers running.
    await closeOpened();
    throw error;
  }
}

/**
 * `npm start`: read the configuration, start, and stop gracefully on SIGTERM or SIGINT. Never
 * rejects: a failed start closes what it opened and says why in one line on stderr.
 */
export async function main(): Promise<void> {
  let config: Config;
  try {
    config = loadConfig(process.env, readGemeenteIdentity);
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\nSee .env.example for every setting.\n`);
      process.exit(78);
    }
    return failedToStart(error);
  }
  // Failures are counted by catalogue code where they are logged (src/metrics/metrics.ts).
  let countCode: (code: string) => void = () => {};
  const logger = createLogger({ level: config.log.level, onCode: (code) => countCode(code) });
  let app: App | undefined;
  try {
    app = await composeApp(config, logger);
    const composed = app;
    countCode = (code) => composed.metrics.errorLogged(code);
    await app.start();
  } catch (error) {
    // composeApp closes what it opened when it fails itself; a start that fails after it (a port
    // in use) must close the stores too, or their lock files and the delivery worker stay behind.
    await app?.stop().catch((stopError: unknown) => {
      logger.error({ err: stopError }, 'stop after a failed start failed');
    });
    return failedToStart(error);
  }
  const running = app;
  // Graceful and bounded (SHUTDOWN_TIMEOUT_MS): exit 0 when the stop finished, 1 when it failed or hung.
  stopOnSignals({
    logger,
    target: process,
    stop: () => running.stop(),
    exit: (code) => process.exit(code),
  });
  // A promise nobody awaited must not drop every conversation in flight (docs/adr/0015-security-posture.md).
  installLastResort({
    logger,
    target: process,
    onFatal: () => {
      // Graceful, but bounded: a stop that hangs after an uncaught exception must still exit.
      setTimeout(() => process.exit(1), 15_000).unref();
      running.stop().finally(() => process.exit(1));
    },
  });
}

/** The one line for the person at the terminal, then exit 1 (`npm start` awaits main() itself). */
function failedToStart(error: unknown): never {
  process.stderr.write(`wijkwijzer failed to start: ${startFailureMessage(error)}\n`);
  process.exit(1);
}

const invokedDirectly =
  process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (invokedDirectly) void main();
