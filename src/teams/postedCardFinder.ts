import type { Case } from '../cases/case.js';
import type { DeliveryReceipt, DeliveryReconciler } from '../cases/delivery.js';
import type { ReminderReconciler } from '../cases/pickupReminder.js';
import type { ChannelLink, ChannelLinkStore } from '../casework/channelLinks.js';
import { WijkwijzerError } from '../shared/errors.js';
import { escapeRegExp } from '../text/escapeRegExp.js';
import type { ChatMessage, GraphClient, MessagePage } from './graphClient.js';
import { decodeReceipt, encodeReceipt } from './teamsNotifier.js';

/**
 * Finds the card of a case "in doubt" in its wijkteam's channel, so the delivery outbox records
 * it instead of posting a second card (docs/adr/0008, amendment 2026-12-03). It reads the
 * channel's newest root messages through Microsoft Graph, at most `pages` pages of 50, and looks
 * only at the bot's own Adaptive Cards posted since the attempt began; everything else in the
 * page (what colleagues write) is passed over in memory, never stored or logged.
 *
 * The same for a pick-up reminder in doubt (amendment 2026-12-03, second): the replies in the
 * thread of the case's card, at most `pages` pages of 50, for a line of the bot's own posted
 * since the attempt began that names the case's reference.
 */

export interface PostedCardFinderOptions {
  readonly graph: GraphClient;
  readonly links: ChannelLinkStore;
  /** The bot's app id: Graph names it as the sender (`from.application.id`) of its cards. */
  readonly botAppId: string;
  /** A fixed tenant (MicrosoftAppTenantId); otherwise the tenant the channel was linked in. */
  readonly tenantId: string | undefined;
  /** Pages of 50 messages read at most; default 2. */
  readonly pages?: number;
}

const ADAPTIVE_CARD = 'application/vnd.microsoft.card.adaptive';
/** Clocks of this process and of Teams may differ a little. */
const CLOCK_SKEW_MS = 5 * 60_000;
/** A case card is a few kilobytes; anything far larger is not one of ours. */
const MAX_CARD_CHARACTERS = 200_000;

export class PostedCardFinder implements DeliveryReconciler, ReminderReconciler {
  private readonly pages: number;

  constructor(private readonly options: PostedCardFinderOptions) {
    this.pages = Math.max(1, options.pages ?? 2);
  }

  async findDelivered(caseToFind: Case, since: Date): Promise<DeliveryReceipt | undefined> {
    const channel = this.channelOf(caseToFind);
    // No channel: the attempt in doubt had nowhere to post either.
    if (channel === undefined) return undefined;
    const { tenantId, teamId, link } = channel;
    const from = since.getTime() - CLOCK_SKEW_MS;
    const pages = this.pagesOf((page) =>
      this.options.graph.channelMessages(tenantId, teamId, link.conversationId, page),
    );
    for await (const messages of pages) {
      const card = messages.find(
        (message) =>
          Date.parse(message.createdDateTime) >= from &&
          this.isOurCardFor(message, caseToFind.reference),
      );
      if (card !== undefined) {
        // The thread the card starts, addressed as the Bot Connector returned it when posting.
        return encodeReceipt({
          activityId: card.id,
          conversationId: `${link.conversationId};messageid=${card.id}`,
        });
      }
      // Newest first: once a page reaches back before the attempt, older pages cannot hold it.
      if (messages.some((message) => Date.parse(message.createdDateTime) < from)) break;
    }
    return undefined;
  }

  async findReminder(current: Case, since: Date): Promise<boolean> {
    // No card or no channel: a reminder had no thread to go to.
    const card = decodeReceipt(current.delivery.receipt);
    if (card === undefined) return false;
    const channel = this.channelOf(current);
    if (channel === undefined) return false;
    const { tenantId, teamId, link } = channel;
    const from = since.getTime() - CLOCK_SKEW_MS;
    const pages = this.pagesOf((page) =>
      this.options.graph.messageReplies(
        tenantId,
        teamId,
        link.conversationId,
        card.activityId,
        page,
      ),
    );
    // Graph does not promise an order for replies: every page read is looked through.
    for await (const messages of pages) {
      const found = messages.some(
        (message) =>
          Date.parse(message.createdDateTime) >= from &&
          this.isOurs(message) &&
          textCarries(message.body?.content ?? '', current.reference),
      );
      if (found) return true;
    }
    return false;
  }

  /** The messages of at most `pages` pages of 50, following Graph's next links. */
  private async *pagesOf(
    list: (page: { readonly top: number; readonly nextLink?: string }) => Promise<MessagePage>,
  ): AsyncGenerator<MessagePage['messages']> {
    let nextLink: string | undefined;
    for (let page = 0; page < this.pages; page += 1) {
      const listed = await list({ top: 50, ...(nextLink === undefined ? {} : { nextLink }) });
      yield listed.messages;
      nextLink = listed.nextLink;
      if (nextLink === undefined) return;
    }
  }

  /**
   * The linked channel of the case's wijkteam with what Graph needs to read it, or undefined when
   * none is linked. WW-7205 when the link predates Graph (no team group id), WW-7203 without a
   * tenant.
   */
  private channelOf(
    current: Case,
  ): { link: ChannelLink; teamId: string; tenantId: string } | undefined {
    const link = this.options.links.get(current.wijkteam);
    if (link === undefined) return undefined;
    if (link.graphTeamId === undefined || link.graphTeamId === null) {
      throw new WijkwijzerError('WW-7205', { detail: { wijkteam: current.wijkteam } });
    }
    const tenantId = this.options.tenantId ?? link.tenantId;
    if (tenantId === null) {
      throw new WijkwijzerError('WW-7203', { detail: { reason: 'no tenant' } });
    }
    return { link, teamId: link.graphTeamId, tenantId };
  }

  /** A live message the bot itself posted. */
  private isOurs(message: ChatMessage): boolean {
    if (message.messageType !== 'message' || (message.deletedDateTime ?? null) !== null) {
      return false;
    }
    const sender = message.from?.application?.id ?? '';
    return sender.toLowerCase() === this.options.botAppId.toLowerCase();
  }

  private isOurCardFor(message: ChatMessage, reference: string): boolean {
    if (!this.isOurs(message)) return false;
    return message.attachments.some(
      (attachment) =>
        attachment.contentType === ADAPTIVE_CARD &&
        typeof attachment.content === 'string' &&
        attachment.content.length <= MAX_CARD_CHARACTERS &&
        cardCarries(attachment.content, reference),
    );
  }
}

/**
 * Whether a card (its JSON text) names this reference: in a button's data (`reference`) or as a
 * whole word in a text such as the title. WW-2026-0001 does not match WW-2026-00012.
 */
export function cardCarries(cardJson: string, reference: string): boolean {
  let card: unknown;
  try {
    card = JSON.parse(cardJson);
  } catch {
    return false;
  }
  const word = referenceWord(reference);
  const stack: Array<{ value: unknown; depth: number }> = [{ value: card, depth: 0 }];
  let visited = 0;
  while (stack.length > 0 && visited < 10_000) {
    const { value, depth } = stack.pop() ?? { value: undefined, depth: 0 };
    visited += 1;
    if (typeof value === 'string') {
      if (word.test(value)) return true;
    } else if (value !== null && typeof value === 'object' && depth < 32) {
      for (const child of Object.values(value)) stack.push({ value: child, depth: depth + 1 });
    }
  }
  return false;
}

/** Whether a text (a reply's body, HTML or plain) names this reference as a whole word. */
export function textCarries(text: string, reference: string): boolean {
  return text.length <= MAX_CARD_CHARACTERS && referenceWord(reference).test(text);
}

function referenceWord(reference: string): RegExp {
  const escaped = escapeRegExp(reference);
  return new RegExp(`(?:^|[^A-Za-z0-9-])${escaped}(?:$|[^A-Za-z0-9-])`);
}
