import {
  CardFactory,
  type CloudAdapter,
  type ConversationParameters,
  type ConversationReference,
  type ConversationResourceResponse,
  type TurnContext,
} from 'botbuilder';
import type { TeamsCard } from '../cards/elements.js';
import type { Case } from '../cases/case.js';
import type { CaseRepository } from '../cases/caseRepository.js';
import type { CaseNotifier, DeliveryReceipt } from '../cases/delivery.js';
import { errorCodeOf, statusCodeOf } from '../shared/errorFields.js';
import { WijkwijzerError } from '../shared/errors.js';
import { moduleLogger, type Logger } from '../shared/logger.js';
import { channelIdOf, type ChannelLink, type ChannelLinkStore } from '../casework/channelLinks.js';
import type { PickupReminderTarget } from '../cases/pickupReminder.js';

/**
 * Puts a case card in the wijkteam's channel and keeps it up to date. Implements the cases
 * module's `CaseNotifier` (the delivery outbox calls `deliver`), plus `refreshCard` for changes
 * made elsewhere (the Casusbord, the CLI, or a shared-card update that failed during a click).
 *
 * Failure handling, after peers' experience with Teams (docs/adr/0008):
 * - The SDK's own pipeline already retries 429 (honouring Retry-After) and 5xx a few times.
 * - On top of that, throttling, 5xx and network errors are retried here with exponential backoff.
 * - An update that gets 404 (ActivityNotFoundInConversation, ConversationNotFound) or 403, or
 *   keeps failing, is replaced by a new card in the channel; the new receipt is remembered.
 * - Posting a new card that fails throws WW-7202, so the outbox retries later; the case stays
 *   stored and listed with its delivery state. No linked channel throws WW-7201.
 */

export const TEAMS_RECEIPT_CHANNEL = 'msteams';

export interface CardLocation {
  /** The conversation of the thread the card starts (channel id + ";messageid=…"). */
  readonly conversationId: string;
  readonly activityId: string;
}

/** `activityId|conversationId`: the delivery receipt's externalId (at most 500 characters). */
export function encodeReceipt(location: CardLocation): DeliveryReceipt {
  return {
    channel: TEAMS_RECEIPT_CHANNEL,
    externalId: `${location.activityId}|${location.conversationId}`,
  };
}

export function decodeReceipt(receipt: DeliveryReceipt | null): CardLocation | undefined {
  if (receipt === null || receipt.channel !== TEAMS_RECEIPT_CHANNEL) return undefined;
  const separator = receipt.externalId.indexOf('|');
  if (separator <= 0) return undefined;
  return {
    activityId: receipt.externalId.slice(0, separator),
    conversationId: receipt.externalId.slice(separator + 1),
  };
}

export type ConnectorFailure = 'gone' | 'transient' | 'fatal';

/** How to react to an error from the Bot Connector, by HTTP status (RestError.statusCode). */
export function classifyConnectorError(error: unknown): ConnectorFailure {
  const status = statusCodeOf(error);
  if (status === null) return 'transient'; // network error, timeout
  if (status === 404 || status === 403) return 'gone';
  if (status === 408 || status === 412 || status === 429 || status >= 500) return 'transient';
  return 'fatal';
}

/** The conversation reference of a card's thread, for continueConversationAsync. */
function threadReference(
  serviceUrl: string,
  location: CardLocation,
): Partial<ConversationReference> {
  return {
    channelId: 'msteams',
    serviceUrl,
    conversation: {
      id: location.conversationId,
      isGroup: true,
      conversationType: 'channel',
      name: '',
    },
  };
}

export interface TeamsNotifierOptions {
  readonly adapter: CloudAdapter;
  /** MicrosoftAppId; empty for local trials without an app registration. */
  readonly botAppId: string;
  readonly links: ChannelLinkStore;
  /** The shared (channel) view of a case: `sharedCardFor` from the verb registry. */
  readonly sharedCard: (current: Case) => TeamsCard;
  readonly logger: Logger;
  /** Remembers a new card after a fallback from `refreshCard`. */
  readonly repository?: CaseRepository;
  /** Attempts per operation on our side (the SDK retries within each); default 3. */
  readonly attempts?: number;
  readonly retryBaseMs?: number;
  readonly retryMaxMs?: number;
  readonly sleep?: (milliseconds: number) => Promise<void>;
  readonly random?: () => number;
}

interface ConversationsApi {
  createConversation(parameters: ConversationParameters): Promise<ConversationResourceResponse>;
}

const defaultSleep = (milliseconds: number) =>
  new Promise<void>((resolve) => setTimeout(resolve, milliseconds).unref());

export class TeamsNotifier implements CaseNotifier, PickupReminderTarget {
  private readonly logger: Logger;
  private readonly attempts: number;
  private readonly retryBaseMs: number;
  private readonly retryMaxMs: number;
  private readonly sleep: (milliseconds: number) => Promise<void>;
  private readonly random: () => number;

  constructor(private readonly options: TeamsNotifierOptions) {
    this.logger = moduleLogger(options.logger, 'teams-notifier');
    this.attempts = Math.max(1, options.attempts ?? 3);
    this.retryBaseMs = options.retryBaseMs ?? 2_000;
    this.retryMaxMs = options.retryMaxMs ?? 30_000;
    this.sleep = options.sleep ?? defaultSleep;
    this.random = options.random ?? Math.random;
  }

  /**
   * For the delivery outbox. A case that already has a card (delivery is at least once: a crash
   * after posting sends again) gets that card updated instead of a second card.
   */
  async deliver(current: Case): Promise<DeliveryReceipt> {
    const existing = decodeReceipt(current.delivery.receipt);
    if (existing !== undefined) return this.updateOrRepost(current, existing);
    return this.post(current);
  }

  /**
   * Brings the channel card up to date after a change made elsewhere; posts a new card when the
   * old one is gone, and remembers it when a repository was given. A case without a card is left
   * to the delivery outbox (undefined): it may be in doubt, its card posted but not recorded, and
   * only the outbox, holding the case's lease, may post or find it; it sends the case as it is.
   */
  async refreshCard(current: Case): Promise<DeliveryReceipt | undefined> {
    const existing = decodeReceipt(current.delivery.receipt);
    if (existing === undefined) return undefined;
    const receipt = await this.updateOrRepost(current, existing);
    if (
      this.options.repository !== undefined &&
      receipt.externalId !== current.delivery.receipt?.externalId
    ) {
      await this.options.repository.updateDelivery(current.reference, (stored) => ({
        ...stored.delivery,
        receipt,
      }));
    }
    return receipt;
  }

  /**
   * Posts a line in the thread of the case's card, which brings the thread back up in the
   * channel (for the pick-up reminder). Resolves false when the case has no card yet.
   */
  async remind(current: Case, text: string): Promise<boolean> {
    const location = decodeReceipt(current.delivery.receipt);
    if (location === undefined) return false;
    const link = this.linkFor(current);
    await this.withRetry(current.reference, 'remind', () =>
      this.options.adapter.continueConversationAsync(
        this.options.botAppId,
        threadReference(link.serviceUrl, location),
        async (context: TurnContext) => {
          await context.sendActivity(text);
        },
      ),
    );
    return true;
  }

  private linkFor(current: Case): ChannelLink {
    const link = this.options.links.get(current.wijkteam);
    if (link === undefined) {
      throw new WijkwijzerError('WW-7201', { detail: { wijkteam: current.wijkteam } });
    }
    return link;
  }

  private activityFor(current: Case) {
    return {
      type: 'message' as const,
      attachments: [CardFactory.adaptiveCard(this.options.sharedCard(current))],
    };
  }

  /** Starts a new thread in the linked channel with the shared card. */
  private async post(current: Case): Promise<DeliveryReceipt> {
    const link = this.linkFor(current);
    const channelId = channelIdOf(link.conversationId);
    const location = await this.withRetry(current.reference, 'post', async () => {
      let created: ConversationResourceResponse | undefined;
      await this.options.adapter.continueConversationAsync(
        this.options.botAppId,
        {
          channelId: 'msteams',
          serviceUrl: link.serviceUrl,
          conversation: {
            id: channelId,
            isGroup: true,
            conversationType: 'channel',
            name: link.channelName ?? '',
            ...(link.tenantId === null ? {} : { tenantId: link.tenantId }),
          },
        },
        async (context: TurnContext) => {
          const connector = context.turnState.get<{ conversations: ConversationsApi } | undefined>(
            context.adapter.ConnectorClientKey,
          );
          if (connector === undefined) throw new TypeError('no connector client in the turn');
          created = await connector.conversations.createConversation({
            isGroup: true,
            channelData: { channel: { id: channelId } },
            activity: this.activityFor(current),
            ...(link.tenantId === null ? {} : { tenantId: link.tenantId }),
          } as ConversationParameters);
        },
      );
      if (created?.id === undefined || created.activityId === undefined) {
        throw new TypeError('Bot Connector did not return the new message id');
      }
      return { conversationId: created.id, activityId: created.activityId };
    });
    this.logger.info({ reference: current.reference, wijkteam: current.wijkteam }, 'card posted');
    return encodeReceipt(location);
  }

  private async updateOrRepost(current: Case, location: CardLocation): Promise<DeliveryReceipt> {
    const link = this.linkFor(current);
    try {
      await this.withRetry(current.reference, 'update', () =>
        this.options.adapter.continueConversationAsync(
          this.options.botAppId,
          threadReference(link.serviceUrl, location),
          async (context: TurnContext) => {
            await context.updateActivity({ id: location.activityId, ...this.activityFor(current) });
          },
        ),
      );
      this.logger.info({ reference: current.reference }, 'card updated');
      return encodeReceipt(location);
    } catch (error) {
      this.logger.warn(
        {
          reference: current.reference,
          failure: classifyConnectorError(error),
          ...statusOf(error),
        },
        'card update failed, posting a new card',
      );
      return this.post(current);
    }
  }

  /** Runs `operation`, retrying transient failures with capped exponential backoff and jitter. */
  private async withRetry<T>(
    reference: string,
    what: string,
    operation: () => Promise<T>,
  ): Promise<T> {
    for (let attempt = 1; ; attempt += 1) {
      try {
        return await operation();
      } catch (error) {
        const failure = classifyConnectorError(error);
        if (failure !== 'transient' || attempt >= this.attempts) {
          this.logger.warn(
            { reference, what, attempt, failure, ...statusOf(error) },
            'Bot Connector call failed',
          );
          if (what === 'post')
            throw new WijkwijzerError('WW-7202', { cause: error, detail: { reference, attempt } });
          throw error;
        }
        const planned = Math.min(this.retryMaxMs, this.retryBaseMs * 2 ** (attempt - 1));
        await this.sleep(Math.round(planned / 2 + (this.random() * planned) / 2));
      }
    }
  }
}

function statusOf(error: unknown): { status: number | null; code: string | null } {
  return { status: statusCodeOf(error), code: errorCodeOf(error) };
}
