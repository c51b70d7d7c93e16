import { z } from 'zod';
import type { Logger } from '../shared/logger.js';
import { JsonDocumentStore } from '../storage/jsonDocumentStore.js';
import type { Database } from '../storage/postgres/database.js';
import type { Notifications } from '../storage/postgres/notifications.js';

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
  /**
   * The team's Microsoft 365 group id (`channelData.team.aadGroupId`): the team id Microsoft
   * Graph knows it by, to look up a card in doubt. Absent in links made before it was kept.
   */
  graphTeamId: z.string().max(100).nullable().optional(),
  channelName: z.string().max(200).nullable(),
  /** Entra object id of the coordinator who linked it. */
  linkedBy: z.string().min(1).max(200),
  linkedAt: z.iso.datetime(),
});
export type ChannelLink = z.infer<typeof channelLinkSchema>;

export interface ChannelLinkStore {
  get(wijkteam: string): ChannelLink | undefined;
  /** Releases files or listeners; the links themselves stay stored. */
  close?(): Promise<void>;
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

/**
 * Links in PostgreSQL (`channel_links`), shared by every instance: read from a cache that is
 * reloaded after every change, on this instance by the change itself and on the others by a
 * NOTIFY, so a channel a coordinator links through one instance is used by all at once.
 */
export class PostgresChannelLinkStore implements ChannelLinkStore {
  private cache: ReadonlyMap<string, ChannelLink> = new Map();
  private stopListening: () => void = () => undefined;

  private constructor(
    private readonly database: Database,
    private readonly notifications: Notifications,
  ) {}

  static async open(
    database: Database,
    notifications: Notifications,
  ): Promise<PostgresChannelLinkStore> {
    const store = new PostgresChannelLinkStore(database, notifications);
    await store.reload();
    store.stopListening = await notifications.listen(LINKS_CHANNEL, () => void store.reload());
    notifications.onReconnect(() => void store.reload());
    return store;
  }

  get(wijkteam: string): ChannelLink | undefined {
    return this.cache.get(wijkteam);
  }

  list(): readonly ChannelLink[] {
    return [...this.cache.values()].sort((a, b) => a.wijkteam.localeCompare(b.wijkteam));
  }

  async link(link: ChannelLink): Promise<ChannelLink | undefined> {
    const checked = channelLinkSchema.parse(link);
    const stored = { ...checked, conversationId: channelIdOf(checked.conversationId) };
    const previous = await this.database.transaction(async (client) => {
      const before = await client.query<{ data: unknown }>(
        'SELECT data FROM channel_links WHERE wijkteam = $1 FOR UPDATE',
        [stored.wijkteam],
      );
      await client.query(
        `INSERT INTO channel_links (wijkteam, conversation_id, data) VALUES ($1, $2, $3::json)
         ON CONFLICT (wijkteam) DO UPDATE
           SET conversation_id = EXCLUDED.conversation_id, data = EXCLUDED.data`,
        [stored.wijkteam, stored.conversationId, JSON.stringify(stored)],
      );
      const row = before.rows[0];
      return row === undefined ? undefined : channelLinkSchema.parse(row.data);
    });
    await this.changed();
    return previous;
  }

  async unlinkConversation(conversationId: string): Promise<readonly string[]> {
    const result = await this.database.query<{ wijkteam: string }>(
      'DELETE FROM channel_links WHERE conversation_id = $1 RETURNING wijkteam',
      [channelIdOf(conversationId)],
    );
    await this.changed();
    return result.rows.map((row) => row.wijkteam).sort();
  }

  close(): Promise<void> {
    this.stopListening();
    return Promise.resolve();
  }

  private async changed(): Promise<void> {
    await this.reload();
    await this.notifications.notify(LINKS_CHANNEL, 'changed');
  }

  private async reload(): Promise<void> {
    const result = await this.database.query<{ wijkteam: string; data: unknown }>(
      'SELECT wijkteam, data FROM channel_links',
    );
    this.cache = new Map(
      result.rows.map((row) => [row.wijkteam, channelLinkSchema.parse(row.data)]),
    );
  }
}

const LINKS_CHANNEL = 'wijkwijzer_links';
