import {
  ConversationState,
  MemoryStorage,
  TestAdapter,
  UserState,
  type Activity,
  type Storage,
} from 'botbuilder';
import { ConversationGuard } from '../../dialogs/conversationGuard.js';
import { MainDialog } from '../../dialogs/mainDialog.js';
import type {
  ConversationServices,
  ConversationSettings,
  KnowledgePort,
} from '../../dialogs/ports.js';
import { wasForgotten, WijkwijzerState } from '../../dialogs/wijkwijzerState.js';
import { JOIN_EVENT, WijkwijzerBot } from '../../src/bot/wijkwijzerBot.js';
import { InMemoryCaseRepository } from '../../src/cases/memoryCaseRepository.js';
import type { RoutingTable } from '../../src/cases/routing.js';
import { MemoryInsights, type RecordingInsights } from '../../src/insights/insights.js';
import type { Logger } from '../../src/shared/logger.js';
import { silentLogger } from '../support/logs.js';
import { ManualClock } from '../support/manualClock.js';
import { fakeKnowledge, fakeRouting } from './fakeKnowledge.js';

export const testSettings: ConversationSettings = {
  handoverWorkingDays: 3,
  retention: { contactDays: 30, caseDays: 180 },
  residentMemoryDays: 30,
  stateRetentionDays: 35,
};

export interface HarnessOptions {
  readonly knowledge?: KnowledgePort;
  readonly routing?: RoutingTable;
  readonly storage?: Storage;
  readonly clock?: ManualClock;
  readonly logger?: Logger;
  readonly cases?: ConversationServices['cases'];
  readonly insights?: RecordingInsights;
}

/** One chat window: a conversation id and the resident's stable user id (the widget's key). */
export interface Chat {
  /** Sends a message (or an activity such as a card submit) and returns what the bot sent back. */
  say(message: string | Partial<Activity>): Promise<Partial<Activity>[]>;
  /** The widget's join event, as a new conversation sends it (`value`: from a Dutch browser). */
  join(value?: unknown): Promise<Partial<Activity>[]>;
}

export interface Harness {
  readonly clock: ManualClock;
  readonly storage: Storage;
  readonly cases: ConversationServices['cases'];
  readonly insights: RecordingInsights;
  readonly services: ConversationServices;
  chat(options?: { user?: string; conversation?: string }): Chat;
}

/**
 * The real bot (WijkwijzerBot + ConversationGuard + MainDialog) on botbuilder's TestAdapter and a
 * real MemoryStorage, with a fake clock, fake knowledge and an in-memory case repository. Several
 * chats can share the storage: same user id = a returning resident.
 */
export function createHarness(options: HarnessOptions = {}): Harness {
  const clock = options.clock ?? new ManualClock('2026-03-02T09:00:00Z');
  const storage = options.storage ?? new MemoryStorage();
  const logger = options.logger ?? silentLogger();
  const cases =
    options.cases ?? new InMemoryCaseRepository({ clock, referencePrefix: 'WW', logger });
  const insights = options.insights ?? new MemoryInsights({ clock });
  const routing = options.routing ?? fakeRouting();
  const services: ConversationServices = {
    knowledge: options.knowledge ?? fakeKnowledge(),
    cases,
    routing: () => routing,
    insights,
    clock,
    logger,
    settings: testSettings,
  };
  const conversationState = new ConversationState(storage);
  const userState = new UserState(storage);
  const state = new WijkwijzerState(conversationState, userState);
  const bot = new WijkwijzerBot({
    conversationState,
    userState,
    rootDialog: new MainDialog({ state, services }),
    logger,
    guard: new ConversationGuard(state, services),
    forgotten: wasForgotten,
  });

  let conversations = 0;
  return {
    clock,
    storage,
    cases,
    insights,
    services,
    chat(chatOptions = {}) {
      conversations += 1;
      const adapter = new TestAdapter((context) => bot.run(context), {
        channelId: 'webchat',
        conversation: {
          id: chatOptions.conversation ?? `conversation-${conversations}`,
          isGroup: false,
          conversationType: 'personal',
          name: '',
        },
        from: { id: chatOptions.user ?? 'resident-1', name: '' },
        recipient: { id: 'bot', name: 'wijkwijzer' },
        locale: 'nl-NL',
      });
      const drain = () => adapter.activeQueue.splice(0);
      return {
        async say(message) {
          await adapter.receiveActivity(message);
          return drain();
        },
        async join(value: unknown = { language: 'nl-NL' }) {
          await adapter.receiveActivity({
            type: 'event',
            name: JOIN_EVENT,
            value,
          });
          return drain();
        },
      };
    },
  };
}

/** The texts of replies, one string each (attachments as "[card: <name>]"). */
export function texts(replies: readonly Partial<Activity>[]): string[] {
  return replies.flatMap((reply) => {
    const lines: string[] = [];
    if (typeof reply.text === 'string' && reply.text !== '') lines.push(reply.text);
    for (const attachment of reply.attachments ?? []) {
      const content = attachment.content as { body?: Array<{ text?: string }> } | undefined;
      lines.push(`[card: ${content?.body?.[0]?.text ?? attachment.contentType}]`);
    }
    return lines;
  });
}

/** All reply texts joined, for `toContain` checks. */
export function joined(replies: readonly Partial<Activity>[]): string {
  return texts(replies).join('\n');
}

/** The titles of the suggested actions on the last reply that has them. */
export function buttons(replies: readonly Partial<Activity>[]): string[] {
  const withActions = [...replies].reverse().find((reply) => reply.suggestedActions !== undefined);
  return (withActions?.suggestedActions?.actions ?? []).map((action) => String(action.title));
}
