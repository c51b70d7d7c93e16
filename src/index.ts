import { access, constants, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Server } from 'restify';
import { conversationServices } from '../dialogs/conversationServices.js';
import { casusbordRoutes, createBoardAuthentication } from './board/casusbordRoutes.js';
import { loadStaffRegister } from './board/staffRegister.js';
import { botEndpointAccess, botRoutes } from './bot/botRoutes.js';
import { createBotRuntime } from './bot/botRuntime.js';
import { FileStateStorage } from './bot/fileStateStorage.js';
import { ConfigError, loadConfig, type Config } from './config.js';
import { casesFile, FileCaseRepository } from './cases/fileCaseRepository.js';
import { announcingRepository } from './cases/announcingRepository.js';
import { DeliveryWorker } from './cases/delivery.js';
import { runRetention } from './cases/retention.js';
import { loadRoutingFile, wijkteamName } from './cases/routing.js';
import { WebChatChannel } from './directline/webChatChannel.js';
import { InsightsStore } from './insights/insightsStore.js';
import { KnowledgeService } from './knowledge/knowledgeService.js';
import { KnowledgeLoaderThread, withFallbackHere } from './knowledge/loaderThread.js';
import { createPartnerPage } from './partners/partnerPage.js';
import { residentCatalogue } from './partners/reviewRound.js';
import { localDate } from './shared/gemeenteTime.js';
import { buildSearchIndexInSlices } from './search/searchIndex.js';
import { loadConcernModel } from './safety/concernModel.js';
import { startPeriodicJob } from './shared/periodicJob.js';
import { createTeamsRuntime, routeTurns } from './teams/teamsRuntime.js';
import { webChatResidentNotifier } from './webchat/residentNotifier.js';
import { createServer } from './server.js';
import { systemClock, type Clock } from './shared/clock.js';
import { InFlight } from './shared/inFlight.js';
import { installLastResort } from './shared/lastResort.js';
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

const DAY_MS = 24 * 60 * 60 * 1000;

function deliveryReadiness(delivery: DeliveryWorker): ReadinessCheck {
  return {
    name: 'delivery',
    // Undelivered cases are stored and listed, never lost: they show here but do not fail readiness.
    check: async () => ({ ok: true, detail: { ...(await delivery.counts()) } }),
  };
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
  const opened: Array<() => Promise<void>> = [];
  const closeOpened = async () => {
    for (const close of opened.splice(0).reverse()) await close();
  };

  try {
    await mkdir(config.paths.dataDir, { recursive: true });

    // The sociale kaart and its search index, reloaded together when a partner edits a file.
    // Reloads read and check the files on a worker thread and build the index in slices, so a
    // resident's turn never waits behind them (docs/adr/0015-security-posture.md).
    const loaderThread = new KnowledgeLoaderThread({ logger });
    opened.push(() => loaderThread.close());
    const knowledgeLoader = withFallbackHere(loaderThread, logger);
    const knowledge = new KnowledgeService({
      dir: config.paths.knowledgeDir,
      clock,
      logger,
      loader: knowledgeLoader,
      // Entries unconfirmed long after their check was due leave search when the setting says so.
      buildIndex: (catalogue, pause) =>
        buildSearchIndexInSlices(
          residentCatalogue(catalogue, localDate(clock.now()), config.partners.review),
          pause,
        ),
    });
    await knowledge.start();
    opened.push(() => knowledge.stop());
    const routing = await loadRoutingFile(path.join(config.paths.knowledgeDir, 'routering.yaml'));

    const stateStorage = await FileStateStorage.open({
      file: path.join(config.paths.dataDir, 'state.json'),
      logger,
      clock,
    });
    opened.push(() => stateStorage.close());
    const cases = await FileCaseRepository.open({
      file: casesFile(config.paths.dataDir),
      clock,
      referencePrefix: config.cases.referencePrefix,
      logger,
    });
    opened.push(() => cases.close());
    const insights = await InsightsStore.open({
      file: path.join(config.paths.dataDir, 'insights.json'),
      logger,
    });
    opened.push(() => insights.close());

    // Built after the bot (it needs the Teams notifier); the bot only wakes it after a handover.
    let wakeDelivery = () => {};
    const channel = new WebChatChannel({
      config,
      clock,
      logger: moduleLogger(logger, 'webchat'),
      inFlight,
    });
    opened.push(() => channel.close(1_000));
    const bot = createBotRuntime({
      config,
      logger,
      storage: stateStorage,
      channel,
      conversation: conversationServices({
        knowledge: () => knowledge.current(),
        // A handover wakes the delivery worker, so the card reaches the wijkteam at once.
        cases: announcingRepository(cases, () => wakeDelivery()),
        routing: () => routing,
        insights,
        clock,
        logger,
        handoverWorkingDays: config.cases.handoverWorkingDays,
        retention: config.cases.retention,
        stateRetentionDays: config.stateRetentionDays,
        // Read and checked at start-up: a broken model file stops the start (WW-9201).
        concernModel: loadConcernModel(),
      }),
    });
    channel.setBotEndpoint(bot.webChatEndpoint);

    const projectRoot = findProjectRoot();
    const staff = await loadStaffRegister(config, projectRoot);
    const unknownTeams = staff.unknownWijkteams(routing.teams.map((team) => team.id));
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
    });
    opened.push(() => partners.close());
    const teams = await createTeamsRuntime({
      membership: staff.membership(),
      coordinatorIds: staff.coordinatorIds(),
      config,
      adapter: bot.azureAdapter,
      repository: cases,
      routing: () => routing,
      labels: {
        wijkteamName: (id) => wijkteamName(routing, id),
        levensgebiedLabel: (id) => catalogue().levensgebied(id)?.label ?? id,
        voorzieningName: (id) => catalogue().voorziening(id)?.naam ?? id,
      },
      clock,
      logger,
      resident: webChatResidentNotifier(channel, logger),
    });
    opened.push(() => teams.close());

    // Cases go to the wijkteam's linked Teams channel. Until a coordinator linked one, delivery
    // fails with WW-7201 and is retried with backoff; the case is stored and listed meanwhile.
    const delivery = new DeliveryWorker({
      repository: cases,
      notifier: teams.notifier,
      clock,
      logger,
      intervalMs: config.cases.delivery.intervalSeconds * 1000,
      retryBaseMs: config.cases.delivery.retryBaseSeconds * 1000,
      retryMaxMs: config.cases.delivery.retryMaxSeconds * 1000,
    });
    wakeDelivery = () => delivery.kick();
    const jobs = [
      startPeriodicJob({
        name: 'case-retention',
        intervalMs: DAY_MS,
        firstRunAfterMs: 60_000,
        logger,
        run: async () => {
          await runRetention({ repository: cases, clock, policy: config.cases.retention, logger });
        },
      }),
      startPeriodicJob({
        name: 'state-retention',
        intervalMs: DAY_MS,
        firstRunAfterMs: 90_000,
        logger,
        run: async () => {
          const cutoff = new Date(clock.now().getTime() - config.stateRetentionDays * DAY_MS);
          const deleted = await stateStorage.deleteIdleBefore(cutoff);
          log.info({ deleted }, 'idle conversation state deleted');
        },
      }),
      startPeriodicJob({
        name: 'pickup-reminder',
        intervalMs: 15 * 60_000,
        firstRunAfterMs: 5 * 60_000,
        logger,
        run: async () => {
          await teams.pickupReminder.runOnce();
        },
      }),
      startPeriodicJob({
        name: 'review-reminders',
        intervalMs: DAY_MS,
        firstRunAfterMs: 10 * 60_000,
        logger,
        run: async () => {
          await partners.reminders.runOnce();
        },
      }),
    ];
    opened.push(async () => {
      await Promise.all(jobs.map((job) => job.stop()));
      await delivery.stop();
    });

    const server = createServer({
      config,
      logger,
      readiness: [
        knowledge.readinessCheck(),
        dataDirectoryReadiness(config.paths.dataDir),
        channel.readiness(),
        deliveryReadiness(delivery),
      ],
      routes: [
        corsForWidget(config),
        botRoutes({
          adapter: bot.azureAdapter,
          logic: routeTurns(teams.staffBot, bot.runTurn),
          inFlight,
          access: botEndpointAccess(config),
          maxMessageChars: config.webchat.maxMessageChars,
        }),
        // With Azure Direct Line the widget talks to Azure; our own channel then stays closed.
        ...(config.webchat.mode === 'self-hosted' ? channel.routes() : []),
        webChatTokenRoute({ config, logger, issuer: createTokenIssuer(config, logger, channel) }),
        pageRoutes({ config, projectRoot }),
        casusbordRoutes({
          config,
          projectRoot,
          verbs: teams.verbs,
          wijkteams: routing.teams.map((team) => ({ id: team.id, name: team.naam })),
          staff,
          onChanged: (current, change) => teams.afterChange(current, change.action),
          authentication: boardAuthentication,
        }),
        partners.routes,
      ],
      isShuttingDown: () => shuttingDown,
    });

    if (config.development) {
      log.warn(
        'DEVELOPMENT_MODE: development conveniences are on (local trials only, never a deployment)',
      );
    }
    if (config.botFramework.appId === undefined) {
      if (config.development) {
        log.warn(
          'no MicrosoftAppId: /api/messages accepts unauthenticated requests and replies to loopback only',
        );
      } else {
        log.info('no MicrosoftAppId: /api/messages is closed (Teams and Azure channels are off)');
      }
    }
    if (config.webchat.usesDevelopmentSecret) {
      log.warn(
        'WEBCHAT_TOKEN_SECRET not set: web chat tokens use the development secret (local trials only)',
      );
    }
    if (config.webchat.usesEphemeralSecret) {
      log.warn(
        'WEBCHAT_TOKEN_SECRET not set: web chat tokens use a random secret and stop working at restart',
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
            delivery.start();
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
          // Upgraded (WebSocket) connections are not the HTTP server's to close: the channel
          // closes them, or the server would wait for every open widget to go away.
          await channel.close(1_000);
          server.server.closeAllConnections();
          await closed;
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
  // A promise nobody awaited must not drop every conversation in flight (issue #18 item 0).
  installLastResort({
    logger,
    target: process,
    onFatal: () => {
      // Graceful, but bounded: a stop that hangs after an uncaught exception must still exit.
      setTimeout(() => process.exit(1), 15_000).unref();
      app.stop().finally(() => process.exit(1));
    },
  });
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
