import type { ConversationState, StatePropertyAccessor, TurnContext, UserState } from 'botbuilder';
import { z } from 'zod';
import {
  emptyIntakeFacts,
  intakeFactsSchema,
  type IntakeFacts,
} from '../src/conversation/intakeFacts.js';
import type { Language } from '../src/understanding/language.js';
import { concernStateSchema, noConcern, type ConcernState } from '../src/safety/concernState.js';
import { contactHoldCutoff } from '../src/conversation/heldContact.js';
import {
  emptyResidentMemory,
  parseResidentMemory,
  pruneResidentMemory,
  type ResidentMemory,
} from '../src/conversation/residentMemory.js';

/**
 * The conversation's own state (this chat) and the resident's memory (across chats, keyed by the
 * web chat's stable user id), validated with zod whenever they are read: storage is an edge.
 */

/**
 * Contact details collected in the handover, kept only as long as the handover needs them
 * (docs/privacy.md): filled in question by question, cleared when the case is made, refused, cancelled
 * or the conversation restarts, and dropped unread after `CONTACT_HOLD_MINUTES` without a handover
 * (here when read, and by the contact sweep when nobody reads them: src/conversation/heldContact.ts).
 * Nowhere else in the conversation state, not even in the dialog stack.
 */
export const handoverContactSchema = z.object({
  name: z.string().min(1).max(100),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  bestMoment: z.string().nullable(),
  noCalls: z.boolean(),
  /** When the first detail was given: the hold counts from here. */
  collectedAt: z.iso.datetime(),
});
export type HandoverContact = z.infer<typeof handoverContactSchema>;

/**
 * The message a safety check asked about, masked (residentWords), until the check is answered; or
 * the message a crisis reply answered (`afterCrisis`), for the next message only, so that "het is
 * geen noodgeval" goes on with it (ConversationGuard).
 */
const heldMessageSchema = z.strictObject({
  text: z.string().max(4000),
  afterCrisis: z.literal(true).optional(),
});

/** Kept here for the dialogs; the rule and the sweep that enforces it: src/conversation/heldContact.ts. */
export { CONTACT_HOLD_MINUTES } from '../src/conversation/heldContact.js';

export const conversationDataSchema = z.object({
  language: z.enum(['nl', 'en']),
  greeted: z.boolean(),
  facts: intakeFactsSchema,
  contact: handoverContactSchema.nullable(),
  /**
   * Whether the memory behind this browser's key is this person's (the returning check,
   * dialogs/opening/openingDialog.ts). Absent for a browser with nothing earlier. Until the person
   * says "Ja, dat was ik" (`mine`) the conversation neither shows, adds to nor erases that memory
   * or those cases: on a shared computer they may be someone else's (docs/privacy.md).
   */
  earlier: z.enum(['unconfirmed', 'mine', 'not_mine']).optional(),
});
export type ConversationData = z.infer<typeof conversationDataSchema>;

export function emptyConversationData(): ConversationData {
  return { language: 'nl', greeted: false, facts: emptyIntakeFacts(), contact: null };
}

/** Set in turnState after "vergeet mij": the bot must not write state back at the end of the turn. */
export const FORGOTTEN_TURN_KEY = Symbol('wijkwijzer.forgotten');
/**
 * The conversation data of this turn, validated once: the dialogs read it many times per turn,
 * and storage is an edge only where it is read from storage.
 */
const CONVERSATION_TURN_KEY = Symbol('wijkwijzer.conversation');
/**
 * The conversation's language for the rest of a turn whose state was cleared ("vergeet mij", a
 * failed turn): the replies that follow keep it, and no read goes back to a storage that may be
 * what failed.
 */
const PINNED_LANGUAGE_TURN_KEY = Symbol('wijkwijzer.pinnedLanguage');

export class WijkwijzerState {
  private readonly conversationData: StatePropertyAccessor<unknown>;
  private readonly residentMemory: StatePropertyAccessor<unknown>;
  /** The safety check's numbers for this conversation (src/safety/concernState.ts): never text. */
  private readonly safetyState: StatePropertyAccessor<unknown>;
  /**
   * The message a safety check asked about, masked, held only until the check is answered, so
   * that "Nee, het gaat wel" goes on with it instead of losing it (docs/adr/0012-safety-net.md).
   */
  private readonly heldState: StatePropertyAccessor<unknown>;

  constructor(
    private readonly conversationState: ConversationState,
    private readonly userState: UserState,
  ) {
    this.conversationData = conversationState.createProperty('wijkwijzer');
    this.residentMemory = userState.createProperty('resident');
    this.safetyState = conversationState.createProperty('safety');
    this.heldState = conversationState.createProperty('safetyHeld');
  }

  /** The message a safety check asked about (never one held after a crisis reply). */
  async heldMessage(context: TurnContext): Promise<string | undefined> {
    const parsed = heldMessageSchema.safeParse(await this.heldState.get(context));
    return parsed.success && parsed.data.afterCrisis !== true ? parsed.data.text : undefined;
  }

  /** The message the last crisis reply answered, held for the next message only. */
  async heldAfterCrisis(context: TurnContext): Promise<string | undefined> {
    const parsed = heldMessageSchema.safeParse(await this.heldState.get(context));
    return parsed.success && parsed.data.afterCrisis === true ? parsed.data.text : undefined;
  }

  /** Holds a message (already masked), or drops the held one. */
  async holdMessage(
    context: TurnContext,
    text: string | undefined,
    options: { readonly afterCrisis?: boolean } = {},
  ): Promise<void> {
    if (text === undefined) await this.heldState.delete(context);
    else if (options.afterCrisis === true)
      await this.heldState.set(context, { text, afterCrisis: true });
    else await this.heldState.set(context, { text });
  }

  async safety(context: TurnContext): Promise<ConcernState> {
    const parsed = concernStateSchema.safeParse(await this.safetyState.get(context));
    return parsed.success ? parsed.data : noConcern;
  }

  async setSafety(context: TurnContext, next: ConcernState): Promise<void> {
    await this.safetyState.set(context, next);
  }

  async conversation(context: TurnContext): Promise<ConversationData> {
    const cached: unknown = context.turnState.get(CONVERSATION_TURN_KEY);
    if (cached !== undefined) return cached as ConversationData;
    const parsed = conversationDataSchema.safeParse(await this.conversationData.get(context));
    const data = parsed.success ? parsed.data : emptyConversationData();
    context.turnState.set(CONVERSATION_TURN_KEY, data);
    return data;
  }

  async updateConversation(
    context: TurnContext,
    change: (data: ConversationData) => ConversationData,
  ): Promise<ConversationData> {
    const next = change(await this.conversation(context));
    await this.conversationData.set(context, next);
    context.turnState.set(CONVERSATION_TURN_KEY, next);
    return next;
  }

  /**
   * The contact details of the running handover, or null. Details past the hold are erased here,
   * so an abandoned handover does not keep them for the conversation's whole life.
   */
  async contact(context: TurnContext, now: Date): Promise<HandoverContact | null> {
    const contact = (await this.conversation(context)).contact;
    if (contact === null) return null;
    if (Date.parse(contact.collectedAt) >= contactHoldCutoff(now).getTime()) return contact;
    await this.updateConversation(context, (data) => ({ ...data, contact: null }));
    return null;
  }

  async setContact(context: TurnContext, contact: HandoverContact | null): Promise<void> {
    await this.updateConversation(context, (data) => ({ ...data, contact }));
  }

  async language(context: TurnContext): Promise<Language> {
    const pinned: unknown = context.turnState.get(PINNED_LANGUAGE_TURN_KEY);
    if (pinned === 'nl' || pinned === 'en') return pinned;
    return (await this.conversation(context)).language;
  }

  /** Keeps `language` for the rest of this turn, whatever happens to the stored state. */
  pinLanguage(context: TurnContext, language: Language): void {
    context.turnState.set(PINNED_LANGUAGE_TURN_KEY, language);
  }

  async facts(context: TurnContext): Promise<IntakeFacts> {
    return (await this.conversation(context)).facts;
  }

  async updateFacts(
    context: TurnContext,
    change: (facts: IntakeFacts) => IntakeFacts,
  ): Promise<IntakeFacts> {
    const data = await this.updateConversation(context, (current) => ({
      ...current,
      facts: change(current.facts),
    }));
    return data.facts;
  }

  /**
   * Whether this conversation may read, add to or erase what is kept under the browser's key (the
   * memory, the cases): a browser with nothing earlier, or a person who confirmed it was them.
   */
  async actsForResident(context: TurnContext): Promise<boolean> {
    const earlier = (await this.conversation(context)).earlier;
    return earlier === undefined || earlier === 'mine';
  }

  /** The resident's memory, with what is past its period already dropped. */
  async memory(context: TurnContext, now: Date, memoryDays: number): Promise<ResidentMemory> {
    if (!(await this.actsForResident(context))) return emptyResidentMemory();
    return pruneResidentMemory(
      parseResidentMemory(await this.residentMemory.get(context)),
      now,
      memoryDays,
    );
  }

  async updateMemory(
    context: TurnContext,
    now: Date,
    memoryDays: number,
    change: (memory: ResidentMemory) => ResidentMemory,
  ): Promise<ResidentMemory> {
    const next = change(await this.memory(context, now, memoryDays));
    // Someone else's memory is left as it was: nothing of this person is added to it.
    if (!(await this.actsForResident(context))) return next;
    await this.residentMemory.set(context, next);
    return next;
  }

  /**
   * "Vergeet mij" for the bot's own state: deletes this conversation's state and the resident's
   * memory from storage now, and marks the turn so nothing is written back at its end.
   */
  async forget(
    context: TurnContext,
    scope: { resident: boolean } = { resident: true },
  ): Promise<void> {
    this.pinLanguage(context, await this.language(context));
    await this.conversationState.delete(context);
    // Not the memory of someone else at the same browser (see actsForResident).
    if (scope.resident) await this.userState.delete(context);
    context.turnState.delete(CONVERSATION_TURN_KEY);
    context.turnState.set(FORGOTTEN_TURN_KEY, true);
  }
}

export function wasForgotten(context: TurnContext): boolean {
  return context.turnState.get(FORGOTTEN_TURN_KEY) === true;
}

/** The opaque key of the resident behind this chat: channel and the channel's stable user id. */
export function residentKeyOf(context: TurnContext): string {
  const activity = context.activity;
  return `${activity.channelId}:${activity.from?.id ?? 'unknown'}`.slice(0, 200);
}
