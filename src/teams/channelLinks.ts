import { z } from 'zod';
import type { Logger } from '../shared/logger.js';
import { JsonDocumentStore } from '../storage/jsonDocumentStore.js';

/**
 * Which Teams channel receives the cases of which wijkteam. A coordinator links a channel by
 * typing "koppel wijkteam <naam>" in it; the bot keeps what it needs to post there later without
 * anyone talking to it (a proactive message): the channel id, the serviceUrl and the tenant.
 * One channel may serve several wijkteams; a wijkteam has at most one channel.
 */

export const channelLinkSchema = z.object({
  wijkteam: z.string().min(1).max(100),
  /** The channel's conversation id, such as 19:…@thread.tacv2 (without ;messageid=). */
  conversationId: z.string().min(1).max(500),
  serviceUrl: z.url(),
  tenantId: z.string().max(100).nullable(),
  teamId: z.string().max(500).nullable(),
  channelName: z.string().max(200).nullable(),
  /** Entra object id of the coordinator who linked it. */
  linkedBy: z.string().min(1).max(200),
  linkedAt: z.iso.datetime(),
});
export type ChannelLink = z.infer<typeof channelLinkSchema>;

export interface ChannelLinkStore {
  get(wijkteam: string): ChannelLink | undefined;
  list(): readonly ChannelLink[];
  /** Stores the link; resolves with the link it replaced for that wijkteam, if any. */
  link(link: ChannelLink): Promise<ChannelLink | undefined>;
  /** Removes every link to this channel; resolves with the wijkteams that were linked. */
  unlinkConversation(conversationId: string): Promise<readonly string[]>;
}

/** A channel id without the thread suffix Teams adds for replies (";messageid=…"). */
export function channelIdOf(conversationId: string): string {
  return conversationId.split(';')[0] ?? conversationId;
}

const documentSchema = z.object({
  version: z.literal(1),
  links: z.record(z.string(), channelLinkSchema),
});
type LinkDocument = z.infer<typeof documentSchema>;

function linkIn(document: LinkDocument, link: ChannelLink): ChannelLink | undefined {
  const previous = document.links[link.wijkteam];
  document.links[link.wijkteam] = { ...link, conversationId: channelIdOf(link.conversationId) };
  return previous;
}

function unlinkIn(document: LinkDocument, conversationId: string): string[] {
  const channel = channelIdOf(conversationId);
  const removed = Object.values(document.links)
    .filter((link) => link.conversationId === channel)
    .map((link) => link.wijkteam);
  document.links = Object.fromEntries(
    Object.entries(document.links).filter(([wijkteam]) => !removed.includes(wijkteam)),
  );
  return removed.sort();
}

export class InMemoryChannelLinkStore implements ChannelLinkStore {
  private document: LinkDocument = { version: 1, links: {} };

  get(wijkteam: string): ChannelLink | undefined {
    return this.document.links[wijkteam];
  }

  list(): readonly ChannelLink[] {
    return Object.values(this.document.links).sort((a, b) => a.wijkteam.localeCompare(b.wijkteam));
  }

  link(link: ChannelLink): Promise<ChannelLink | undefined> {
    return Promise.resolve(linkIn(this.document, channelLinkSchema.parse(link)));
  }

  unlinkConversation(conversationId: string): Promise<readonly string[]> {
    return Promise.resolve(unlinkIn(this.document, conversationId));
  }
}

/** Links in `<DATA_DIR>/teams-links.json` on the durable single-writer store (ADR 0002). */
export class FileChannelLinkStore implements ChannelLinkStore {
  private constructor(private readonly store: JsonDocumentStore<LinkDocument>) {}

  static async open(file: string, logger: Logger): Promise<FileChannelLinkStore> {
    const store = await JsonDocumentStore.open<LinkDocument>({
      file,
      defaults: { version: 1, links: {} },
      schema: documentSchema,
      logger,
    });
    return new FileChannelLinkStore(store);
  }

  get(wijkteam: string): ChannelLink | undefined {
    return this.store.read().links[wijkteam];
  }

  list(): readonly ChannelLink[] {
    return Object.values(this.store.read().links).sort((a, b) =>
      a.wijkteam.localeCompare(b.wijkteam),
    );
  }

  link(link: ChannelLink): Promise<ChannelLink | undefined> {
    const checked = channelLinkSchema.parse(link);
    return this.store.update((draft) => linkIn(draft, checked));
  }

  unlinkConversation(conversationId: string): Promise<readonly string[]> {
    return this.store.update((draft) => unlinkIn(draft, conversationId));
  }

  close(): Promise<void> {
    return this.store.close();
  }
}
