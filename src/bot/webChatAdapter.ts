import { setTimeout as sleep } from 'node:timers/promises';
import {
  ActivityEventNames,
  ActivityTypes,
  BotAdapter,
  INVOKE_RESPONSE_KEY,
  TurnContext,
  type Activity,
  type ConversationReference,
  type InvokeResponse,
  type ResourceResponse,
} from 'botbuilder';
import { AuthenticationConstants, ClaimsIdentity } from 'botframework-connector';
import type { ChannelActivity } from '../directline/activity.js';
import type { ChannelConnector } from '../directline/channelConnector.js';
import { WijkwijzerError } from '../shared/errors.js';

export type TurnLogic = (context: TurnContext) => Promise<void>;

export interface WebChatAdapterDeps {
  /** The self-hosted channel (a `WebChatChannel`): replies, updates and deletes go straight there. */
  readonly channel: ChannelConnector;
  /** Longest pause one `delay` activity may cause; the conversation's next turn waits meanwhile. */
  readonly maxDelayMs?: number;
}

const DEFAULT_DELAY_MS = 1000;
const DEFAULT_MAX_DELAY_MS = 10_000;

/** The bot's activity as plain JSON for the channel: Dates become ISO strings, undefined goes. */
function toChannelActivity(activity: Partial<Activity>): ChannelActivity {
  const json: unknown = JSON.parse(JSON.stringify(activity));
  const record = typeof json === 'object' && json !== null ? json : {};
  const type =
    'type' in record && typeof record.type === 'string' ? record.type : ActivityTypes.Message;
  return { ...record, type };
}

/**
 * The adapter for the self-hosted web chat channel. It runs turns in-process: with an app
 * registration, CloudAdapter would demand a Bot Framework JWT on every request and fetch an Azure AD
 * token for every reply, which our own channel can neither mint nor needs (see
 * docs/adr/0007-self-hosted-direct-line.md). `/api/messages` stays for Azure channels.
 */
export class WebChatAdapter extends BotAdapter {
  private readonly channel: ChannelConnector;
  private readonly maxDelayMs: number;

  constructor(deps: WebChatAdapterDeps) {
    super();
    this.channel = deps.channel;
    this.maxDelayMs = deps.maxDelayMs ?? DEFAULT_MAX_DELAY_MS;
  }

  /**
   * Runs one turn for an activity from the channel through the middleware and `logic`. Errors go to
   * `onTurnError` when set, else they are thrown. Returns the invoke response, if the turn set one.
   */
  async processActivity(
    activity: ChannelActivity | Partial<Activity>,
    logic: TurnLogic,
  ): Promise<InvokeResponse | undefined> {
    // The channel's activity is the Bot Framework schema as JSON; the SDK's type wants Date objects
    // for timestamps, which no handler of ours reads.
    const context = new TurnContext(this, activity as Partial<Activity>);
    await this.runMiddleware(context, logic);
    const invoke = context.turnState.get<Partial<Activity> | undefined>(INVOKE_RESPONSE_KEY);
    return invoke?.value as InvokeResponse | undefined;
  }

  override async sendActivities(
    context: TurnContext,
    activities: Partial<Activity>[],
  ): Promise<ResourceResponse[]> {
    const responses: ResourceResponse[] = [];
    for (const activity of activities) {
      if (activity.type === 'delay') {
        const requested = typeof activity.value === 'number' ? activity.value : DEFAULT_DELAY_MS;
        await sleep(Math.min(Math.max(requested, 0), this.maxDelayMs));
        responses.push({ id: '' });
        continue;
      }
      if (activity.type === ActivityTypes.InvokeResponse) {
        // Not for the resident: processActivity hands it back to whoever delivered the invoke.
        context.turnState.set(INVOKE_RESPONSE_KEY, activity);
        responses.push({ id: '' });
        continue;
      }
      if (activity.type === ActivityTypes.Trace) {
        // Traces are for the Bot Framework Emulator only; residents never see them.
        responses.push({ id: '' });
        continue;
      }
      const conversationId = this.conversationOf(activity, context);
      const outgoing = toChannelActivity(activity);
      const response =
        activity.replyToId === undefined || activity.replyToId === ''
          ? await this.channel.sendToConversation(conversationId, outgoing)
          : await this.channel.replyToActivity(conversationId, activity.replyToId, outgoing);
      responses.push({ id: response.id });
    }
    return responses;
  }

  override async updateActivity(
    context: TurnContext,
    activity: Partial<Activity>,
  ): Promise<ResourceResponse> {
    const conversationId = this.conversationOf(activity, context);
    if (activity.id === undefined || activity.id === '') {
      throw new WijkwijzerError('WW-2106', { detail: { conversationId } });
    }
    const response = await this.channel.updateActivity(
      conversationId,
      activity.id,
      toChannelActivity(activity),
    );
    return { id: response.id };
  }

  override async deleteActivity(
    context: TurnContext,
    reference: Partial<ConversationReference>,
  ): Promise<void> {
    const conversationId = reference.conversation?.id ?? context.activity.conversation?.id;
    if (conversationId === undefined) throw new WijkwijzerError('WW-2104');
    if (reference.activityId === undefined || reference.activityId === '') {
      throw new WijkwijzerError('WW-2106', { detail: { conversationId } });
    }
    await this.channel.deleteActivity(conversationId, reference.activityId);
  }

  /**
   * A proactive turn in a stored conversation (the wijkteam picked up a case, say). Throws WW-2104
   * before running `logic` when the channel no longer has the conversation (evicted or restarted):
   * the caller decides what to do instead.
   */
  override async continueConversation(
    reference: Partial<ConversationReference>,
    logic: TurnLogic,
  ): Promise<void> {
    await this.runProactive(reference, undefined, logic);
  }

  override continueConversationAsync(
    botAppIdOrClaimsIdentity: string | ClaimsIdentity,
    reference: Partial<ConversationReference>,
    logic: TurnLogic,
  ): Promise<void>;
  override continueConversationAsync(
    claimsIdentity: ClaimsIdentity,
    reference: Partial<ConversationReference>,
    audience: string,
    logic: TurnLogic,
  ): Promise<void>;
  override async continueConversationAsync(
    botAppIdOrClaimsIdentity: string | ClaimsIdentity,
    reference: Partial<ConversationReference>,
    logicOrAudience: TurnLogic | string,
    maybeLogic?: TurnLogic,
  ): Promise<void> {
    const logic = typeof logicOrAudience === 'function' ? logicOrAudience : maybeLogic;
    if (logic === undefined)
      throw new TypeError('continueConversationAsync needs a logic callback');
    const claims =
      typeof botAppIdOrClaimsIdentity === 'string'
        ? new ClaimsIdentity([
            { type: AuthenticationConstants.AudienceClaim, value: botAppIdOrClaimsIdentity },
            { type: AuthenticationConstants.AppIdClaim, value: botAppIdOrClaimsIdentity },
          ])
        : botAppIdOrClaimsIdentity;
    await this.runProactive(reference, claims, logic);
  }

  private async runProactive(
    reference: Partial<ConversationReference>,
    claims: ClaimsIdentity | undefined,
    logic: TurnLogic,
  ): Promise<void> {
    const conversationId = reference.conversation?.id;
    if (conversationId === undefined || !(await this.channel.hasConversation(conversationId))) {
      throw new WijkwijzerError('WW-2104', { detail: { conversationId: conversationId ?? null } });
    }
    const continuation = TurnContext.applyConversationReference(
      { type: ActivityTypes.Event, name: ActivityEventNames.ContinueConversation },
      reference,
      true,
    );
    const context = new TurnContext(this, continuation);
    if (claims !== undefined) context.turnState.set(this.BotIdentityKey, claims);
    await this.runMiddleware(context, logic);
  }

  private conversationOf(activity: Partial<Activity>, context: TurnContext): string {
    const conversationId = activity.conversation?.id ?? context.activity.conversation?.id;
    if (conversationId === undefined || conversationId === '') {
      throw new WijkwijzerError('WW-2104');
    }
    return conversationId;
  }
}
