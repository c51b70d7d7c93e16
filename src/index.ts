import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Server } from 'restify';
import { conversationServices } from '../dialogs/conversationServices.js';
import { casusbordRoutes, createBoardAuthentication } from './board/casusbordRoutes.js';
import { loadStaffRegister } from './board/staffRegister.js';
import { botEndpointAccess, botRoutes } from './bot/botRoutes.js';
import { serialisedTurns } from './bot/serialisedTurns.js';
import { createBotRuntime } from './bot/botRuntime.js';
import { ConfigError, loadConfig, type Config } from './config.js';
import { announcingRepository } from './cases/announcingRepository.js';
import { DeliveryWorker } from './cases/delivery.js';
import { runRetention } from './cases/retention.js';
import { loadRoutingFile, wijkteamName } from './cases/routing.js';
import { DEFAULT_CHANNEL_LIMITS, WebChatChannel } from './directline/webChatChannel.js';
import { countingRepository } from './insights/caseEvents.js';
import { vocabularyCache } from './insights/generalisedTerms.js';
import { RecordingInsights } from './insights/insights.js';
import { insightsRetentionCutoff } from './insights/insightsRetention.js';
import { beheerderReports, monitorKnowledge } from './insights/report/monitorKnowledge.js';
import { monitorRoutes } from './monitor/monitorRoutes.js';
import { KnowledgeService } from './knowledge/knowledgeService.js';
import { KnowledgeLoaderThread, withFallbackHere } from './knowledge/loaderThread.js';
import { createPartnerPage } from './partners/partnerPage.js';
import { residentCatalogue, unconfirmedEntries } from './partners/reviewRound.js';
import { localDate } from './shared/gemeenteTime.js';
import { buildSearchIndexInSlices } from './search/searchIndex.js';
import { loadConcernModel } from './safety/concernModel.js';
import { startPeriodicJob } from './shared/periodicJob.js';
import { openStorageBackend } from './storage/openStorageBackend.js';
import { createTeamsRuntime, routeTurns } from './teams/teamsRuntime.js';
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
import { exposedMetrics, type AppMetrics } from './metrics/appMetrics.js';

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

const DAY_MS = 24 * 60 * 60 * 1000;

function deliveryReadiness(delivery: DeliveryWorker): ReadinessCheck {
  return {
    name: 'delivery',
    // Undelivered cases are stored and listed, never lost: they show here but do not fail readiness.
    check: async () => ({ ok: true, detail: { ...(await delivery.counts()) } }),
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

    // Embedded files in DATA_DIR, or PostgreSQL with DATABASE_URL (docs/adr/0019).
    const storage = await openStorageBackend({ config, logger, clock });
    opened.push(() => storage.close());
    const stateStorage = storage.state;
    // The gemeente's counts (ADR 0017): aggregates per day, counted through one port; in day files,
    // or in one table every instance adds to with DATABASE_URL (docs/adr/0019). Closed with storage.
    const insightCounts = storage.insights;
    const vocabulary = vocabularyCache();
    const insights = new RecordingInsights({
      store: insightCounts,
      clock,
      logger,
      vocabulary: (term) => vocabulary(knowledge.current().catalogue).terms.has(term),
    });
    // Every case change, from the chat, a card, the Casusbord or the CLI, is counted here.
    const cases = countingRepository(storage.cases, insights);

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
    // With PostgreSQL the web chat's conversations are shared, so any process serves any resident.
    const conversationLog = await storage.openConversationLog?.({
      idleMinutes: config.webchat.conversationIdleMinutes,
      maxActivitiesPerConversation: DEFAULT_CHANNEL_LIMITS.maxActivitiesPerConversation,
      pageSize: DEFAULT_CHANNEL_LIMITS.pageSize,
    });
    const channel = new WebChatChannel({
      config,
      clock,
      logger: moduleLogger(logger, 'webchat'),
      inFlight,
      spentTokens: storage.facts,
      ...(conversationLog === undefined ? {} : { log: conversationLog }),
    });
    opened.push(() => channel.close(1_000));
    const bot = createBotRuntime({
      config,
      logger,
      storage: stateStorage,
      channel: channel.connector,
      metrics: appMetrics.metrics,
      conversation: conversationServices({
        knowledge: () => knowledge.current(),
        // A handover wakes the delivery worker, so the card reaches the wijkteam at once.
        cases: announcingRepository(cases, () => {
          appMetrics.metrics.handoverCreated();
          wakeDelivery();
        }),
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
    const freshness = beheerderReports(config.paths.knowledgeDir, clock);
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
      resident: bot.residentNotifier,
      links: storage.links,
      facts: storage.facts,
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
    const pickupIntervalMs = config.storage.pickupCheckSeconds * 1000;
    const jobs = [
      startPeriodicJob({
        name: 'case-retention',
        intervalMs: DAY_MS,
        firstRunAfterMs: 60_000,
        logger,
        run: async () => {
          await storage.jobs.runOnce('case-retention', DAY_MS, async () => {
            await runRetention({
              repository: cases,
              clock,
              policy: config.cases.retention,
              logger,
            });
          });
        },
      }),
      startPeriodicJob({
        name: 'state-retention',
        intervalMs: DAY_MS,
        firstRunAfterMs: 90_000,
        logger,
        run: async () => {
          await storage.jobs.runOnce('state-retention', DAY_MS, async () => {
            const deleted = await stateStorage.deleteExpired(clock.now(), {
              residentMs: config.stateRetentionDays * DAY_MS,
              anonymousMs: config.storage.anonymousStateRetentionHours * 60 * 60 * 1000,
            });
            log.info({ deleted }, 'idle conversation state deleted');
          });
        },
      }),
      startPeriodicJob({
        name: 'insights-retention',
        intervalMs: DAY_MS,
        firstRunAfterMs: 120_000,
        logger,
        run: async () => {
          await storage.jobs.runOnce('insights-retention', DAY_MS, async () => {
            await insightCounts.pruneBefore(
              insightsRetentionCutoff(clock.now(), config.insights.retentionMonths),
            );
          });
        },
      }),
      startPeriodicJob({
        name: 'pickup-reminder',
        intervalMs: pickupIntervalMs,
        firstRunAfterMs: Math.min(5 * 60_000, pickupIntervalMs),
        logger,
        run: async () => {
          await storage.jobs.runOnce('pickup-reminder', pickupIntervalMs, async () => {
            await teams.pickupReminder.runOnce();
          });
        },
      }),
      startPeriodicJob({
        name: 'review-reminders',
        intervalMs: DAY_MS,
        firstRunAfterMs: 10 * 60_000,
        logger,
        run: async () => {
          await storage.jobs.runOnce('review-reminders', DAY_MS, async () => {
            await partners.reminders.runOnce();
          });
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
        storage.readiness,
        channel.readiness(),
        deliveryReadiness(delivery),
      ],
      routes: [
        corsForWidget(config),
        botRoutes({
          adapter: bot.azureAdapter,
          // One turn at a time per conversation, across instances too (docs/adr/0019).
          logic: serialisedTurns(
            storage.turns,
            bot.observe(routeTurns(teams.staffBot, bot.runTurn)),
          ),
          inFlight,
          access: botEndpointAccess(config),
          maxMessageChars: config.webchat.maxMessageChars,
        }),
        // With Azure Direct Line the widget talks to Azure; our own channel then stays closed.
        ...(config.webchat.mode === 'self-hosted' ? channel.routes() : []),
        webChatTokenRoute({
          config,
          logger,
          issuer: createTokenIssuer(config, logger, channel),
          limiter: storage.rateLimiter,
        }),
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
        monitorRoutes({
          config,
          projectRoot,
          staff,
          clock,
          logger,
          authentication: boardAuthentication,
          source: {
            store: insightCounts,
            promiseDays: config.cases.handoverWorkingDays,
            today: () => localDate(clock.now()),
            knowledge: async () =>
              monitorKnowledge(
                catalogue(),
                routing.teams.map((team) => ({ id: team.id, name: team.naam })),
                await freshness(catalogue()),
                unconfirmedEntries(catalogue(), localDate(clock.now()), config.partners.review),
              ),
          },
        }),
        partners.routes,
        ...appMetrics.routes,
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
      metrics: appMetrics.metrics,
      start: () =>
        new Promise<string>((resolve, reject) => {
          server.server.once('error', reject);
          server.listen(config.server.port, config.server.host, () => {
            server.server.off('error', reject);
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
  // Failures are counted by catalogue code where they are logged (src/metrics/metrics.ts).
  let countCode: (code: string) => void = () => {};
  const logger = createLogger({ level: config.log.level, onCode: (code) => countCode(code) });
  const app = await composeApp(config, logger);
  countCode = (code) => app.metrics.errorLogged(code);
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
  // A promise nobody awaited must not drop every conversation in flight (docs/adr/0015-security-posture.md).
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
