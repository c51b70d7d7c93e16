import { z } from 'zod';
import { WijkwijzerError } from '../shared/errors.js';

/**
 * The Microsoft Graph calls the wijkwijzer makes, and nothing else: an app-only token by client
 * credentials, one page of a channel's messages, and one page of the replies in a message's
 * thread (docs/adr/0008, amendments 2026-12-03). Hand-written on `fetch` because two REST calls do not justify the Graph SDK and
 * its identity library; every answer is checked with zod, every call is bounded in time and in
 * size, and the token never leaves for another host (a next page is only followed on Graph).
 *
 * Reading channel messages needs the resource-specific permission ChannelMessage.Read.Group,
 * granted to the app in each team when the app is installed (the manifest asks for it).
 */

export interface GraphSettings {
  /** The app registration (the bot's, MicrosoftAppId): the app Teams granted the permission. */
  readonly clientId: string;
  readonly clientSecret: string;
  /** Graph's base, such as https://graph.microsoft.com (national clouds have their own). */
  readonly graphUrl: string;
  /** The identity platform's base, such as https://login.microsoftonline.com. */
  readonly loginUrl: string;
  /** Per call, token or page, body included; default 10 seconds. */
  readonly timeoutMs?: number;
  /** Per answer; default 2 MiB (50 messages with their cards are far less). */
  readonly maxBytes?: number;
}

/** What the wijkwijzer reads of a chatMessage; Graph sends more, which is ignored. */
const chatMessageSchema = z.object({
  id: z.string().min(1).max(100),
  messageType: z.string().max(60),
  createdDateTime: z.iso.datetime({ offset: true }),
  deletedDateTime: z.iso.datetime({ offset: true }).nullable().optional(),
  from: z
    .object({
      application: z
        .object({ id: z.string().max(100) })
        .nullable()
        .optional(),
    })
    .nullable()
    .optional(),
  // The text of a reply such as the pick-up reminder; read in memory, never stored or logged.
  body: z
    .object({ content: z.string().max(100_000).nullable().optional() })
    .nullable()
    .optional(),
  attachments: z
    .array(
      z.object({
        contentType: z.string().max(200).nullable().optional(),
        // A card's JSON as a string (chatMessageAttachment.content).
        content: z.string().nullable().optional(),
      }),
    )
    .max(100)
    .default([]),
});
export type ChatMessage = z.infer<typeof chatMessageSchema>;

const messagePageSchema = z.object({
  value: z.array(chatMessageSchema).max(100),
  '@odata.nextLink': z.url().optional(),
});

const tokenSchema = z.object({
  token_type: z.string().max(40),
  access_token: z.string().min(1).max(20_000),
  expires_in: z.coerce.number().int().positive(),
});

export interface MessagePage {
  readonly messages: readonly ChatMessage[];
  /** The next (older) page, when there is one. */
  readonly nextLink: string | undefined;
}

/** Graph's tokens live an hour; one is fetched again this long before it runs out. */
const TOKEN_MARGIN_MS = 5 * 60_000;

export class GraphClient {
  private readonly tokens = new Map<string, { token: string; until: number }>();
  private readonly timeoutMs: number;
  private readonly maxBytes: number;
  private readonly graphOrigin: string;

  constructor(
    private readonly settings: GraphSettings,
    private readonly fetchImpl: typeof fetch = fetch,
    private readonly now: () => number = Date.now,
  ) {
    this.timeoutMs = settings.timeoutMs ?? 10_000;
    this.maxBytes = settings.maxBytes ?? 2 * 1024 * 1024;
    this.graphOrigin = new URL(settings.graphUrl).origin;
  }

  /**
   * One page of the root messages of a channel (`GET /v1.0/teams/{team-id}/channels/
   * {channel-id}/messages`), newest first; `nextLink` from an earlier page for the next one.
   * Throws WW-7203 when no token was given, WW-7204 when the list was refused, failed, took
   * too long, was too large or had an unexpected shape.
   */
  async channelMessages(
    tenantId: string,
    teamId: string,
    channelId: string,
    options: { readonly top: number; readonly nextLink?: string },
  ): Promise<MessagePage> {
    return this.page(tenantId, this.channelPath(teamId, channelId), options);
  }

  /**
   * One page of the replies in the thread of a channel's root message (`GET .../messages/
   * {message-id}/replies`, the same permission); `nextLink` from an earlier page for the next
   * one. Throws as `channelMessages` does.
   */
  async messageReplies(
    tenantId: string,
    teamId: string,
    channelId: string,
    messageId: string,
    options: { readonly top: number; readonly nextLink?: string },
  ): Promise<MessagePage> {
    const path = `${this.channelPath(teamId, channelId)}/${encodeURIComponent(messageId)}/replies`;
    return this.page(tenantId, path, options);
  }

  private channelPath(teamId: string, channelId: string): string {
    return (
      `/v1.0/teams/${encodeURIComponent(teamId)}` +
      `/channels/${encodeURIComponent(channelId)}/messages`
    );
  }

  private async page(
    tenantId: string,
    path: string,
    options: { readonly top: number; readonly nextLink?: string },
  ): Promise<MessagePage> {
    let url: URL;
    if (options.nextLink === undefined) {
      url = new URL(`${this.settings.graphUrl.replace(/\/+$/, '')}${path}`);
      url.searchParams.set('$top', String(Math.min(50, Math.max(1, options.top))));
    } else {
      url = new URL(options.nextLink);
      // The bearer token goes to Graph only, whatever a next link says.
      if (url.origin !== this.graphOrigin) {
        throw new WijkwijzerError('WW-7204', { detail: { reason: 'next link off Graph' } });
      }
    }
    const token = await this.token(tenantId);
    const body = await this.call('WW-7204', url, {
      method: 'GET',
      headers: { authorization: `Bearer ${token}`, accept: 'application/json' },
    });
    const page = messagePageSchema.safeParse(body);
    if (!page.success) {
      throw new WijkwijzerError('WW-7204', {
        detail: { reason: 'shape', paths: page.error.issues.map((i) => i.path.join('.')).join() },
      });
    }
    return { messages: page.data.value, nextLink: page.data['@odata.nextLink'] };
  }

  /** An app-only token for Graph in this tenant, from the cache while it lasts. */
  private async token(tenantId: string): Promise<string> {
    const cached = this.tokens.get(tenantId);
    if (cached !== undefined && cached.until > this.now()) return cached.token;
    const url = new URL(
      `${this.settings.loginUrl.replace(/\/+$/, '')}/${encodeURIComponent(tenantId)}/oauth2/v2.0/token`,
    );
    const body = await this.call('WW-7203', url, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
      body: new URLSearchParams({
        client_id: this.settings.clientId,
        client_secret: this.settings.clientSecret,
        scope: `${this.graphOrigin}/.default`,
        grant_type: 'client_credentials',
      }).toString(),
    });
    const parsed = tokenSchema.safeParse(body);
    if (!parsed.success || parsed.data.token_type.toLowerCase() !== 'bearer') {
      throw new WijkwijzerError('WW-7203', { detail: { reason: 'shape' } });
    }
    const until = this.now() + parsed.data.expires_in * 1000 - TOKEN_MARGIN_MS;
    this.tokens.set(tenantId, { token: parsed.data.access_token, until });
    return parsed.data.access_token;
  }

  /** One request, bounded in time and size; the parsed JSON of a 2xx answer. */
  private async call(code: 'WW-7203' | 'WW-7204', url: URL, init: RequestInit): Promise<unknown> {
    const signal = AbortSignal.timeout(this.timeoutMs);
    let response: Response;
    try {
      response = await this.fetchImpl(url, { ...init, signal, redirect: 'error' });
    } catch (error) {
      throw new WijkwijzerError(code, { cause: error, detail: { reason: 'network' } });
    }
    let text: string;
    try {
      text = await readLimited(response, this.maxBytes);
    } catch (error) {
      throw new WijkwijzerError(code, {
        cause: error,
        detail: { reason: error instanceof TooLarge ? 'too large' : 'network' },
      });
    }
    if (!response.ok) {
      // Graph's error code (such as Forbidden when the team did not grant the permission), never
      // its message, which may quote the request.
      const graphCode = z
        .object({ error: z.object({ code: z.string().max(80) }) })
        .safeParse(parseJson(text)).data?.error.code;
      throw new WijkwijzerError(code, {
        detail: { status: response.status, graphCode: graphCode ?? null },
      });
    }
    const parsed = parseJson(text);
    if (parsed === undefined) throw new WijkwijzerError(code, { detail: { reason: 'not json' } });
    return parsed;
  }
}

class TooLarge extends Error {}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** The body as text, refused once it passes `maxBytes` (the rest is not read). */
async function readLimited(response: Response, maxBytes: number): Promise<string> {
  const declared = Number(response.headers.get('content-length') ?? '0');
  if (declared > maxBytes) {
    await response.body?.cancel();
    throw new TooLarge();
  }
  if (response.body === null) return '';
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      throw new TooLarge();
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString('utf8');
}
