import { conversationServices } from '../../dialogs/conversationServices.js';
import { createBotRuntime, type BotRuntime } from '../bot/botRuntime.js';
import { announcingRepository } from '../cases/announcingRepository.js';
import type { Config } from '../config.js';
import { DEFAULT_CHANNEL_LIMITS, WebChatChannel } from '../directline/webChatChannel.js';
import type { Metrics } from '../metrics/metrics.js';
import { shippedFrameReader } from '../safety/assessSafety.js';
import { loadConcernModel } from '../safety/concernModel.js';
import type { Clock } from '../shared/clock.js';
import type { InFlight } from '../shared/inFlight.js';
import { moduleLogger, type Logger } from '../shared/logger.js';
import type { Stores } from './stores.js';

export interface ConversationPartDeps {
  readonly config: Config;
  readonly logger: Logger;
  readonly clock: Clock;
  readonly inFlight: InFlight;
  readonly stores: Pick<Stores, 'knowledge' | 'routing' | 'storage' | 'insights' | 'cases'>;
  readonly metrics: Metrics;
  /** Called after the resident's handover created a case. */
  readonly onHandover: () => void;
  readonly opened: Array<() => Promise<void>>;
}

export interface ConversationPart {
  readonly channel: WebChatChannel;
  readonly bot: BotRuntime;
}

/**
 * The conversation part of the composition root (src/index.ts): the self-hosted web chat channel
 * and the bot behind it, with the services the dialogs use.
 */
export async function composeConversation(deps: ConversationPartDeps): Promise<ConversationPart> {
  const { config, logger, clock, inFlight, metrics, onHandover, opened } = deps;
  const { knowledge, routing, storage, insights, cases } = deps.stores;
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
    limiter: storage.rateLimiter,
    ...(conversationLog === undefined ? {} : { log: conversationLog }),
  });
  opened.push(() => channel.close(1_000));
  const bot = createBotRuntime({
    config,
    logger,
    storage: storage.state,
    channel: channel.connector,
    metrics,
    conversation: conversationServices({
      knowledge: () => knowledge.current(),
      // A handover wakes the delivery worker, so the card reaches the wijkteam at once.
      cases: announcingRepository(cases, onHandover),
      routing,
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
  // The frame reader (ADR 0012, thirteenth round) is read and checked at start-up as well: a broken
  // file stops the start (WW-9203) instead of the first resident's message.
  shippedFrameReader();
  channel.setBotEndpoint(bot.webChatEndpoint);

  return { channel, bot };
}
