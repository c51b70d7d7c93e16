import type { Server } from 'restify';
import type { BoardAuthentication } from '../board/casusbordRoutes.js';
import { casusbordRoutes } from '../board/casusbordRoutes.js';
import type { StaffRegister } from '../board/staffRegister.js';
import { botEndpointAccess, botRoutes } from '../bot/botRoutes.js';
import type { BotRuntime } from '../bot/botRuntime.js';
import { serialisedTurns } from '../bot/serialisedTurns.js';
import type { DeliveryWorker } from '../cases/delivery.js';
import type { Config } from '../config.js';
import type { WebChatChannel } from '../directline/webChatChannel.js';
import { beheerderReports, monitorKnowledge } from '../insights/report/monitorKnowledge.js';
import { staffPageScriptRoutes } from '../http/staffPageScript.js';
import { monitorRoutes } from '../monitor/monitorRoutes.js';
import { unconfirmedEntries } from '../partners/reviewRound.js';
import { createServer, type RouteRegistrar } from '../server.js';
import type { Clock } from '../shared/clock.js';
import { localDate } from '../shared/gemeenteTime.js';
import type { InFlight } from '../shared/inFlight.js';
import type { Logger } from '../shared/logger.js';
import type { ReadinessCheck } from '../shared/readiness.js';
import { routeTurns, type TeamsRuntime } from '../teams/teamsRuntime.js';
import { createTokenIssuer } from '../webchat/azureDirectLineTokens.js';
import { corsForWidget } from '../webchat/cors.js';
import { pageRoutes } from '../webchat/pageRoutes.js';
import { webChatTokenRoute } from '../webchat/tokenRoute.js';
import type { Stores } from './stores.js';

export interface HttpPartDeps {
  readonly config: Config;
  readonly logger: Logger;
  readonly clock: Clock;
  readonly inFlight: InFlight;
  readonly projectRoot: string;
  readonly stores: Pick<Stores, 'knowledge' | 'routing' | 'storage'>;
  readonly channel: WebChatChannel;
  readonly bot: BotRuntime;
  readonly teams: TeamsRuntime;
  readonly delivery: DeliveryWorker;
  readonly staff: StaffRegister;
  readonly boardAuthentication: BoardAuthentication;
  /** Routes of parts built elsewhere (the partner page, /metrics), mounted last. */
  readonly extraRoutes: readonly RouteRegistrar[];
  readonly isShuttingDown: () => boolean;
}

function deliveryReadiness(delivery: DeliveryWorker): ReadinessCheck {
  return {
    name: 'delivery',
    // Undelivered cases are stored and listed, never lost: they show here but do not fail readiness.
    check: async () => ({ ok: true, detail: { ...(await delivery.counts()) } }),
  };
}

/**
 * The HTTP part of the composition root (src/index.ts): the server with every route and readiness
 * check. `createServer` does not listen; the root does.
 */
export function composeHttp(deps: HttpPartDeps): Server {
  const { config, logger, clock, inFlight, projectRoot, channel, bot, teams, delivery, staff } =
    deps;
  const { knowledge, routing, storage } = deps.stores;
  const boardAuthentication = deps.boardAuthentication;
  const insightCounts = storage.insights;
  const catalogue = () => knowledge.current().catalogue;
  const freshness = beheerderReports(config.paths.knowledgeDir, clock);
  return createServer({
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
        logic: serialisedTurns(storage.turns, bot.observe(routeTurns(teams.staffBot, bot.runTurn))),
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
      staffPageScriptRoutes({ projectRoot }),
      casusbordRoutes({
        config,
        projectRoot,
        verbs: teams.verbs,
        wijkteams: routing().teams.map((team) => ({ id: team.id, name: team.naam })),
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
              routing().teams.map((team) => ({ id: team.id, name: team.naam })),
              await freshness(catalogue()),
              unconfirmedEntries(catalogue(), localDate(clock.now()), config.partners.review),
            ),
        },
      }),
      ...deps.extraRoutes,
    ],
    isShuttingDown: deps.isShuttingDown,
  });
}
