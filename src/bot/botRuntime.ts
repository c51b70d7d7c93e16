import { ConversationState, UserState, type Storage, type TurnContext } from 'botbuilder';
import { caseStatusLine } from '../../dialogs/caseStatus.js';
import { ConversationGuard } from '../../dialogs/conversationGuard.js';
import { MainDialog } from '../../dialogs/mainDialog.js';
import type { ConversationServices } from '../../dialogs/ports.js';
import { wasForgotten, WijkwijzerState } from '../../dialogs/wijkwijzerState.js';
import type { ResidentNotifier } from '../casework/residentNotifier.js';
import type { Config } from '../config.js';
import { noMetrics, type Metrics } from '../metrics/metrics.js';
import type { BotEndpoint, ChannelConnector } from '../directline/channelConnector.js';
import { moduleLogger, type Logger } from '../shared/logger.js';
import { createAzureChannelAdapter, type AzureChannelAdapter } from './cloudAdapter.js';
import { observeTurns } from './observeTurns.js';
import { botResidentNotifier } from './residentNotifier.js';
import { createTurnErrorHandler } from './turnErrorHandler.js';
import { TypingIndicator } from './typingIndicator.js';
import { WebChatAdapter } from './webChatAdapter.js';
import { WijkwijzerBot } from './wijkwijzerBot.js';

export interface BotRuntimeDeps {
  readonly config: Config;
  readonly logger: Logger;
  /** Conversation and user state; a FileStateStorage in production. */
  readonly storage: Storage;
  /** The self-hosted web chat channel the WebChatAdapter writes replies to. */
  readonly channel: ChannelConnector;
  /** What the conversation needs: knowledge and search, cases, routing, insights, settings. */
  readonly conversation: ConversationServices;
  /** Counts and times turns; nothing when metrics are not exposed. */
  readonly metrics?: Metrics;
}

/** Everything botbuilder-shaped the composition root needs, built in one place at the SDK seam. */
export interface BotRuntime {
  /** For `/api/messages` (Teams, Azure Direct Line). */
  readonly azureAdapter: AzureChannelAdapter;
  /** For the self-hosted channel: runs a turn for each resident activity. */
  readonly webChatEndpoint: BotEndpoint;
  readonly runTurn: (context: TurnContext) => Promise<void>;
  /** Wraps turn logic for `/api/messages` so its turns are counted like the web chat's. */
  readonly observe: (
    logic: (context: TurnContext) => Promise<void>,
  ) => (context: TurnContext) => Promise<void>;
  /** Tells a web chat resident where their question stands, in their language. */
  readonly residentNotifier: ResidentNotifier;
}

/**
 * Builds the bot with its state and both adapters. A move to the Microsoft 365 Agents SDK replaces
 * this file and its neighbours in src/bot/, not the composition root.
 */
export function createBotRuntime(deps: BotRuntimeDeps): BotRuntime {
  const conversationState = new ConversationState(deps.storage);
  const userState = new UserState(deps.storage);
  const state = new WijkwijzerState(conversationState, userState);
  const dialogDeps = { state, services: deps.conversation };
  const bot = new WijkwijzerBot({
    conversationState,
    userState,
    rootDialog: new MainDialog(dialogDeps),
    logger: moduleLogger(deps.logger, 'bot'),
    guard: new ConversationGuard(state, deps.conversation),
    forgotten: wasForgotten,
    // The memory of whoever this conversation acted for, as "vergeet mij" does (forgetDialog).
    forgetConversation: async (context) =>
      state.forget(context, { resident: await state.actsForResident(context) }),
    languageOf: (context) => state.language(context),
  });
  const runTurn = (context: TurnContext) => bot.run(context);
  const onTurnError = createTurnErrorHandler({
    conversationState,
    logger: moduleLogger(deps.logger, 'turn'),
    languageOf: (context) => state.language(context),
    pinLanguage: (context, language) => state.pinLanguage(context, language),
  });
  // Residents see "typing…" when a turn takes longer than half a second; a failed indicator is
  // logged and forgotten, never a turn error (docs/adr/0015-security-posture.md).
  const typing = () =>
    new TypingIndicator({
      delayMs: 500,
      periodMs: 2000,
      logger: moduleLogger(deps.logger, 'typing'),
    });

  const azureAdapter = createAzureChannelAdapter(deps.config.botFramework);
  azureAdapter.onTurnError = onTurnError;
  azureAdapter.use(typing());

  const webChatAdapter = new WebChatAdapter({ channel: deps.channel });
  webChatAdapter.onTurnError = onTurnError;
  webChatAdapter.use(typing());

  const metrics = deps.metrics ?? noMetrics;
  const observedWebChatTurn = observeTurns(metrics, runTurn);
  return {
    azureAdapter,
    runTurn,
    observe: (logic) => observeTurns(metrics, logic),
    webChatEndpoint: {
      deliver: async (activity) => {
        await webChatAdapter.processActivity(activity, observedWebChatTurn);
      },
    },
    residentNotifier: botResidentNotifier({
      adapter: webChatAdapter,
      conversationsOf: (userId) => deps.channel.conversationsOf(userId),
      languageOf: (context) => state.language(context),
      statusLine: (current, language) =>
        caseStatusLine(current, deps.conversation.routing(), language),
      logger: deps.logger,
    }),
  };
}
