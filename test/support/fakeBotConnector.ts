import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A loopback fake of the Bot Connector service (the REST API behind a Teams `serviceUrl`), for
 * tests that send and update cards through the real botbuilder `ConnectorClient`. It speaks the
 * v3 routes the SDK calls, keeps the activities it was given, records every request, and can be
 * told to fail the next calls the way Teams does: 404 ActivityNotFoundInConversation or
 * ConversationNotFound, 403 BotNotInConversationRoster, 429 with Retry-After, 500 or 502.
 *
 * Point a conversation reference's `serviceUrl` at `fake.serviceUrl`. Without a Microsoft app id
 * the adapter sends no token, which the fake does not ask for.
 */

export interface RecordedRequest {
  readonly method: string;
  /** Decoded path, such as `/v3/conversations/19:abc@thread.tacv2/activities`. */
  readonly path: string;
  readonly conversationId: string | undefined;
  readonly activityId: string | undefined;
  readonly body: unknown;
  /** What the fake answered. */
  readonly status: number;
}

export type FakeFailure =
  | 'activityNotFound'
  | 'conversationNotFound'
  | 'botNotInRoster'
  | 'throttled'
  | 'serverError'
  | 'badGateway';

export interface FailOptions {
  /** How many matching calls fail; default 1. */
  readonly times?: number;
  /** For `throttled`: the Retry-After header in seconds; default 1. */
  readonly retryAfterSeconds?: number;
  /** Only calls with this method (POST, PUT, DELETE, GET) fail; default any. */
  readonly method?: string;
  /** Only calls whose decoded path matches fail; default any. */
  readonly path?: RegExp;
}

export interface StoredActivity {
  readonly id: string;
  readonly conversationId: string;
  /** The activity as last sent or updated (the body of the last POST or PUT). */
  readonly activity: Record<string, unknown>;
  /** How many times it was updated with PUT. */
  readonly updates: number;
  readonly replyToId: string | undefined;
  /** When Teams accepted it (Graph's createdDateTime). */
  readonly createdAt: string;
}

export interface ConversationMember {
  readonly id: string;
  readonly name: string;
  readonly aadObjectId?: string;
  readonly userPrincipalName?: string;
  readonly email?: string;
  readonly userRole?: string;
}

export interface FakeBotConnector {
  /** Base URL with a trailing slash, as Teams puts it in `serviceUrl`. */
  readonly serviceUrl: string;
  /** Every request, in order of arrival. */
  readonly requests: readonly RecordedRequest[];
  /** Forgets the recorded requests, for tests that set things up through the fake first. */
  clearRequests(): void;
  /** Activities that currently exist in a conversation, in the order they were created. */
  activities(conversationId: string): readonly StoredActivity[];
  /** Every activity the fake holds, in every conversation (a new thread has a new id). */
  allActivities(): readonly StoredActivity[];
  activity(conversationId: string, activityId: string): StoredActivity | undefined;
  /** Makes the next matching call(s) fail as Teams would; rules are used in the order given. */
  failNext(failure: FakeFailure, options?: FailOptions): void;
  /**
   * Holds the next matching call before Teams accepts it, until `release()`: a call whose client
   * went away meanwhile (its process was killed) is then dropped, as Teams never got all of it.
   * With `acceptWhenGone` it is carried out all the same (Teams had the whole request; only the
   * answer has nobody to go to): the card of a process that died before it heard so.
   * `arrived` resolves when the call is being held.
   */
  holdNext(
    options: Omit<FailOptions, 'times' | 'retryAfterSeconds'> & {
      readonly acceptWhenGone?: boolean;
    },
  ): {
    readonly arrived: Promise<void>;
    release(): void;
  };
  /** The roster GET /members and /pagedmembers return for a conversation. */
  setMembers(conversationId: string, members: readonly ConversationMember[]): void;
  /**
   * From now on every call for this conversation, and every new thread in it (a channel id),
   * gets 404 ConversationNotFound: the team was deleted or the bot removed.
   */
  removeConversation(conversationId: string): void;
  /** Drops an activity, so an update of it gets 404 ActivityNotFoundInConversation. */
  forgetActivity(conversationId: string, activityId: string): void;
  /**
   * Microsoft Graph on the same server, as much as the wijkwijzer uses: the identity platform's
   * token endpoint (`POST /{tenant}/oauth2/v2.0/token`, client credentials) and
   * `GET /v1.0/teams/{team-id}/channels/{channel-id}/messages`, which lists the root messages of
   * a channel newest first as chatMessage objects, cards as JSON strings in `content`, and
   * `GET .../messages/{message-id}/replies`, the replies in a message's thread (the bot's lines
   * with their text in `body.content`).
   */
  readonly graph: FakeGraph;
  close(): Promise<void>;
}

export interface FakeGraph {
  /** Base URL for GRAPH_URL and GRAPH_LOGIN_URL (no trailing slash). */
  readonly url: string;
  /** The app registration whose secret gets a token, and who is named as the bot's messages' sender. */
  readonly clientId: string;
  readonly clientSecret: string;
  /**
   * Makes a team known to Graph by its group id, with the permission ChannelMessage.Read.Group
   * granted (`granted` false: 403 Forbidden, as when the app was installed without it).
   */
  addTeam(teamId: string, channelIds: readonly string[], options?: { granted?: boolean }): void;
  /** Posts a root message as a colleague would (text only), to fill the channel around our cards. */
  postAsUser(channelId: string, text: string): void;
  /** How many GET .../messages calls were made. */
  listCalls(): number;
  /** How many GET .../messages/{id}/replies calls were made. */
  replyListCalls(): number;
}

interface FailureRule {
  readonly failure: FakeFailure;
  remaining: number;
  readonly retryAfterSeconds: number;
  readonly method: string | undefined;
  readonly path: RegExp | undefined;
}

interface HoldRule {
  readonly acceptWhenGone: boolean;
  readonly method: string | undefined;
  readonly path: RegExp | undefined;
  readonly arrive: () => void;
  readonly released: Promise<void>;
}

interface Conversation {
  readonly activities: Map<string, StoredActivity>;
  members: readonly ConversationMember[];
}

/** A thread started in a channel: where its root message lives, for Graph's list. */
interface ChannelThread {
  readonly channelId: string;
  readonly conversationId: string;
  readonly rootId: string;
  readonly createdAt: string;
  /** A colleague's message (no activity, just text). */
  readonly userText?: string;
}

const failures: Readonly<
  Record<FakeFailure, { readonly status: number; readonly code: string; readonly message: string }>
> = {
  activityNotFound: {
    status: 404,
    code: 'ActivityNotFoundInConversation',
    message: 'Unknown activity',
  },
  conversationNotFound: {
    status: 404,
    code: 'ConversationNotFound',
    message: 'Conversation not found.',
  },
  botNotInRoster: {
    status: 403,
    code: 'BotNotInConversationRoster',
    message: 'The bot is not part of the conversation roster.',
  },
  throttled: { status: 429, code: 'Throttled', message: 'Too many requests.' },
  serverError: { status: 500, code: 'ServiceError', message: 'Unknown error.' },
  badGateway: { status: 502, code: 'BadGateway', message: 'Bad gateway.' },
};

function readBody(request: IncomingMessage): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('error', reject);
    request.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      if (text === '') return resolve(undefined);
      try {
        resolve(JSON.parse(text) as unknown);
      } catch {
        resolve(text);
      }
    });
  });
}

function asRecord(value: unknown): Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};
}

export async function startFakeBotConnector(): Promise<FakeBotConnector> {
  const requests: RecordedRequest[] = [];
  const rules: FailureRule[] = [];
  const holds: HoldRule[] = [];
  const conversations = new Map<string, Conversation>();
  const removed = new Set<string>();
  const threads: ChannelThread[] = [];
  const teams = new Map<string, { channels: Set<string>; granted: boolean }>();
  const tokens = new Set<string>();
  const graphClientId = '5e1f0b9a-0c4d-4e7a-9f51-7a1d2c3b4e5f';
  const graphClientSecret = `fake-secret-${randomBytes(8).toString('hex')}`;
  let listCalls = 0;
  let replyListCalls = 0;
  // Teams activity ids of channel messages are millisecond timestamps; so are ours.
  let nextActivityId = 1_764_752_400_000;
  const newActivityId = () => String((nextActivityId += 1));

  const conversation = (id: string): Conversation => {
    let found = conversations.get(id);
    if (found === undefined) {
      found = { activities: new Map(), members: [] };
      conversations.set(id, found);
    }
    return found;
  };

  const store = (
    conversationId: string,
    activity: Record<string, unknown>,
    replyToId: string | undefined,
  ): string => {
    const id = newActivityId();
    conversation(conversationId).activities.set(id, {
      id,
      conversationId,
      activity: { ...activity, id },
      updates: 0,
      replyToId,
      createdAt: new Date().toISOString(),
    });
    return id;
  };

  const takeFailure = (method: string, path: string): FailureRule | undefined => {
    const rule = rules.find(
      (candidate) =>
        candidate.remaining > 0 &&
        (candidate.method === undefined || candidate.method === method) &&
        (candidate.path === undefined || candidate.path.test(path)),
    );
    if (rule !== undefined) rule.remaining -= 1;
    return rule;
  };

  type Reply = (status: number, payload: unknown, headers?: Record<string, string>) => void;
  const graphError = (reply: Reply, status: number, code: string, message: string) =>
    reply(status, { error: { code, message, innerError: { date: new Date().toISOString() } } });

  // The identity platform: a form-encoded client-credentials request, answered as Entra does.
  const graphToken = (method: string, body: unknown, reply: Reply): void => {
    const form = new URLSearchParams(typeof body === 'string' ? body : '');
    if (
      method !== 'POST' ||
      form.get('grant_type') !== 'client_credentials' ||
      form.get('client_id') !== graphClientId ||
      form.get('client_secret') !== graphClientSecret ||
      form.get('scope')?.endsWith('/.default') !== true
    ) {
      return reply(401, {
        error: 'invalid_client',
        error_description: 'AADSTS7000215: Invalid client secret provided.',
      });
    }
    const token = randomBytes(24).toString('base64url');
    tokens.add(token);
    reply(200, {
      token_type: 'Bearer',
      expires_in: 3599,
      ext_expires_in: 3599,
      access_token: token,
    });
  };

  /** A root message of a channel as Graph's chatMessage. */
  const chatMessage = (teamId: string, thread: ChannelThread): Record<string, unknown> => {
    const root = conversations.get(thread.conversationId)?.activities.get(thread.rootId);
    const attachments = (
      Array.isArray(root?.activity.attachments) ? root.activity.attachments : []
    ).map((attachment: unknown, index: number) => {
      const record = asRecord(attachment);
      return {
        id: `${thread.rootId}-${String(index)}`,
        contentType: record.contentType,
        contentUrl: null,
        content: JSON.stringify(record.content),
        name: null,
        thumbnailUrl: null,
        teamsAppId: null,
      };
    });
    const user = thread.userText !== undefined;
    return {
      id: thread.rootId,
      replyToId: null,
      etag: thread.rootId,
      messageType: 'message',
      createdDateTime: thread.createdAt,
      lastModifiedDateTime: thread.createdAt,
      lastEditedDateTime: null,
      deletedDateTime: null,
      subject: null,
      summary: null,
      chatId: null,
      importance: 'normal',
      locale: 'en-us',
      webUrl: `https://teams.microsoft.com/l/message/${encodeURIComponent(thread.channelId)}/${thread.rootId}`,
      policyViolation: null,
      eventDetail: null,
      from: user
        ? {
            application: null,
            device: null,
            user: { id: 'a1b2c3d4-0000-4000-8000-000000000001', displayName: 'Collega' },
          }
        : {
            application: {
              id: graphClientId,
              displayName: 'Wijkwijzer',
              applicationIdentityType: 'bot',
            },
            device: null,
            user: null,
          },
      body: user
        ? { contentType: 'text', content: thread.userText }
        : {
            contentType: 'html',
            content: attachments
              .map((item) => `<attachment id="${item.id}"></attachment>`)
              .join(''),
          },
      channelIdentity: { teamId, channelId: thread.channelId },
      attachments: user ? [] : attachments,
      mentions: [],
      reactions: [],
    };
  };

  /** A reply in a thread as Graph's chatMessage: the bot's text line, as the reminder is. */
  const replyMessage = (
    teamId: string,
    thread: ChannelThread,
    stored: StoredActivity,
  ): Record<string, unknown> => ({
    id: stored.id,
    replyToId: thread.rootId,
    etag: stored.id,
    messageType: 'message',
    createdDateTime: stored.createdAt,
    lastModifiedDateTime: stored.createdAt,
    deletedDateTime: null,
    from: {
      application: { id: graphClientId, displayName: 'Wijkwijzer', applicationIdentityType: 'bot' },
      device: null,
      user: null,
    },
    body: {
      contentType: 'html',
      content: typeof stored.activity.text === 'string' ? `<p>${stored.activity.text}</p>` : '',
    },
    channelIdentity: { teamId, channelId: thread.channelId },
    attachments: [],
    mentions: [],
    reactions: [],
  });

  const graphRequest = (
    method: string,
    segments: readonly string[],
    request: IncomingMessage,
    reply: Reply,
  ): void => {
    const token = /^Bearer (.+)$/.exec(request.headers.authorization ?? '')?.[1];
    if (token === undefined || !tokens.has(token)) {
      return graphError(reply, 401, 'InvalidAuthenticationToken', 'Access token is empty.');
    }
    const [, teamsSegment, teamId, channelsSegment, channelId, messagesSegment] = segments;
    const [messageId, repliesSegment] = segments.slice(6);
    const replies = segments.length === 8 && repliesSegment === 'replies';
    if (
      method !== 'GET' ||
      (segments.length !== 6 && !replies) ||
      teamsSegment !== 'teams' ||
      channelsSegment !== 'channels' ||
      messagesSegment !== 'messages' ||
      teamId === undefined ||
      channelId === undefined
    ) {
      return graphError(reply, 400, 'BadRequest', 'Resource not found for the segment.');
    }
    if (replies) replyListCalls += 1;
    else listCalls += 1;
    const team = teams.get(teamId);
    if (team === undefined || !team.channels.has(channelId)) {
      return graphError(reply, 404, 'NotFound', 'Requested resource does not exist.');
    }
    if (!team.granted) {
      return graphError(reply, 403, 'Forbidden', 'Missing role permissions on the request.');
    }
    const url = new URL(request.url ?? '/', 'http://fake');
    const top = Math.min(50, Math.max(1, Number(url.searchParams.get('$top') ?? '20') || 20));
    const skip = Math.max(0, Number(url.searchParams.get('$skiptoken') ?? '0') || 0);
    if (replies && messageId !== undefined) {
      const thread = threads.find(
        (candidate) => candidate.channelId === channelId && candidate.rootId === messageId,
      );
      if (thread === undefined) {
        return graphError(reply, 404, 'NotFound', 'Requested resource does not exist.');
      }
      const newest = [...(conversations.get(thread.conversationId)?.activities.values() ?? [])]
        .filter((stored) => stored.id !== thread.rootId)
        .reverse();
      const page = newest.slice(skip, skip + top);
      const base = `${serviceUrl}v1.0/teams/${encodeURIComponent(teamId)}/channels/${encodeURIComponent(channelId)}/messages/${encodeURIComponent(messageId)}/replies`;
      return reply(200, {
        ...(skip + top < newest.length
          ? { '@odata.nextLink': `${base}?$top=${String(top)}&$skiptoken=${String(skip + top)}` }
          : {}),
        value: page.map((stored) => replyMessage(teamId, thread, stored)),
      });
    }
    const newestFirst = threads
      .filter((thread) => thread.channelId === channelId)
      .filter(
        (thread) =>
          thread.userText !== undefined ||
          conversations.get(thread.conversationId)?.activities.has(thread.rootId) === true,
      )
      .reverse();
    const page = newestFirst.slice(skip, skip + top);
    const next = skip + top < newestFirst.length;
    const base = `${serviceUrl}v1.0/teams/${encodeURIComponent(teamId)}/channels/${encodeURIComponent(channelId)}/messages`;
    reply(200, {
      '@odata.context': `${serviceUrl}v1.0/$metadata#teams('${teamId}')/channels('${channelId}')/messages`,
      '@odata.count': page.length,
      ...(next
        ? { '@odata.nextLink': `${base}?$top=${String(top)}&$skiptoken=${String(skip + top)}` }
        : {}),
      value: page.map((thread) => chatMessage(teamId, thread)),
    });
  };

  const handle = async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const body = await readBody(request);
    const method = request.method ?? 'GET';
    const url = new URL(request.url ?? '/', 'http://fake');
    const segments = url.pathname
      .split('/')
      .filter((part) => part !== '')
      .map(decodeURIComponent);
    const path = `/${segments.join('/')}`;
    const conversationId =
      segments[0] === 'v3' && segments[1] === 'conversations' ? segments[2] : undefined;
    const activityId = segments[3] === 'activities' ? segments[4] : undefined;

    // Set when a held call is carried out for a client that went away: nobody hears the answer.
    let answerLost = false;
    const reply = (status: number, payload: unknown, headers: Record<string, string> = {}) => {
      requests.push({ method, path, conversationId, activityId, body, status });
      if (answerLost) {
        request.socket.destroy();
        return;
      }
      const text = payload === undefined ? '' : JSON.stringify(payload);
      response.writeHead(status, {
        ...(text === '' ? {} : { 'content-type': 'application/json; charset=utf-8' }),
        ...headers,
      });
      response.end(text);
    };
    const fail = (failure: FakeFailure, retryAfterSeconds = 1) => {
      const { status, code, message } = failures[failure];
      reply(
        status,
        { error: { code, message } },
        failure === 'throttled' ? { 'retry-after': String(retryAfterSeconds) } : {},
      );
    };

    const held = holds.findIndex(
      (candidate) =>
        (candidate.method === undefined || candidate.method === method) &&
        (candidate.path === undefined || candidate.path.test(path)),
    );
    if (held >= 0) {
      const [hold] = holds.splice(held, 1);
      // The client's end of the connection closing means its process went away.
      let gone = false;
      const markGone = () => {
        gone = true;
      };
      request.socket.once('end', markGone).once('close', markGone);
      hold?.arrive();
      await hold?.released;
      if (gone || request.socket.destroyed) {
        if (hold?.acceptWhenGone !== true) {
          request.socket.destroy();
          return;
        }
        answerLost = true;
      }
    }
    const scripted = takeFailure(method, path);
    if (scripted !== undefined) return fail(scripted.failure, scripted.retryAfterSeconds);
    if (segments[1] === 'oauth2' && segments[2] === 'v2.0' && segments[3] === 'token') {
      return graphToken(method, body, reply);
    }
    if (segments[0] === 'v1.0') return graphRequest(method, segments, request, reply);
    if (segments[0] !== 'v3' || segments[1] !== 'conversations') {
      return reply(404, { error: { code: 'NotFound', message: `No route ${method} ${path}` } });
    }

    if (conversationId === undefined) {
      if (method !== 'POST')
        return reply(405, { error: { code: 'MethodNotAllowed', message: method } });
      const parameters = asRecord(body);
      const channel = asRecord(asRecord(parameters.channelData).channel).id;
      // A new thread in a channel of a deleted team (or one the bot was removed from).
      if (typeof channel === 'string' && removed.has(channel)) return fail('conversationNotFound');
      const group = parameters.isGroup === true;
      const created = group
        ? `19:${randomBytes(16).toString('hex')}@thread.tacv2`
        : `a:1${randomBytes(24).toString('base64url')}`;
      const first = asRecord(parameters.activity);
      let firstId: string | undefined;
      if (Object.keys(first).length > 0) firstId = store(created, first, undefined);
      conversation(created);
      // A new channel thread is addressed as "<channel>;messageid=<first message>" afterwards.
      const id = group && firstId !== undefined ? `${created};messageid=${firstId}` : created;
      if (id !== created) conversations.set(id, conversation(created));
      if (typeof channel === 'string' && firstId !== undefined) {
        // Teams addresses the thread as "<channel>;messageid=<root>" too (what Graph's id gives).
        conversations.set(`${channel};messageid=${firstId}`, conversation(created));
        threads.push({
          channelId: channel,
          conversationId: created,
          rootId: firstId,
          createdAt: new Date().toISOString(),
        });
      }
      return reply(201, {
        id,
        ...(firstId === undefined ? {} : { activityId: firstId }),
        serviceUrl: `${serviceUrl}`,
      });
    }

    if (removed.has(conversationId)) return fail('conversationNotFound');
    const current = conversation(conversationId);
    const tail = segments.slice(3);

    if (tail[0] === 'activities') {
      if (tail.length === 1 && method === 'POST') {
        return reply(200, { id: store(conversationId, asRecord(body), undefined) });
      }
      if (tail.length === 2 && activityId !== undefined) {
        if (method === 'POST') {
          // A reply: Teams accepts a reply to a message it never showed us (a new thread root).
          return reply(200, { id: store(conversationId, asRecord(body), activityId) });
        }
        const existing = current.activities.get(activityId);
        if (existing === undefined) return fail('activityNotFound');
        if (method === 'PUT') {
          current.activities.set(activityId, {
            ...existing,
            activity: { ...asRecord(body), id: activityId },
            updates: existing.updates + 1,
          });
          return reply(200, { id: activityId });
        }
        if (method === 'DELETE') {
          current.activities.delete(activityId);
          return reply(200, undefined);
        }
      }
    }
    if (tail[0] === 'members' && method === 'GET') {
      if (tail.length === 1) return reply(200, current.members);
      const member = current.members.find((candidate) => candidate.id === tail[1]);
      return member === undefined
        ? reply(404, {
            error: { code: 'MemberNotFoundInConversation', message: 'Member not found.' },
          })
        : reply(200, member);
    }
    if (tail[0] === 'pagedmembers' && method === 'GET') {
      return reply(200, { members: current.members });
    }
    return reply(404, { error: { code: 'NotFound', message: `No route ${method} ${path}` } });
  };

  const server: Server = createServer((request, response) => {
    handle(request, response).catch(() => {
      response.writeHead(500);
      response.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.address() as AddressInfo;
  const serviceUrl = `http://127.0.0.1:${port}/`;

  return {
    serviceUrl,
    requests,
    clearRequests() {
      requests.splice(0);
    },
    activities: (conversationId) => [
      ...(conversations.get(conversationId)?.activities.values() ?? []),
    ],
    allActivities: () => [
      ...new Set([...conversations.values()].flatMap((record) => [...record.activities.values()])),
    ],
    activity: (conversationId, activityId) =>
      conversations.get(conversationId)?.activities.get(activityId),
    failNext(failure, options = {}) {
      rules.push({
        failure,
        remaining: options.times ?? 1,
        retryAfterSeconds: options.retryAfterSeconds ?? 1,
        method: options.method,
        path: options.path,
      });
    },
    holdNext(options) {
      let arrive = () => {};
      let release = () => {};
      const arrived = new Promise<void>((resolve) => {
        arrive = resolve;
      });
      const released = new Promise<void>((resolve) => {
        release = resolve;
      });
      holds.push({
        method: options.method,
        path: options.path,
        acceptWhenGone: options.acceptWhenGone ?? false,
        arrive,
        released,
      });
      return { arrived, release };
    },
    setMembers(conversationId, members) {
      conversation(conversationId).members = members;
    },
    removeConversation(conversationId) {
      removed.add(conversationId);
    },
    forgetActivity(conversationId, activityId) {
      conversations.get(conversationId)?.activities.delete(activityId);
    },
    graph: {
      url: serviceUrl.replace(/\/$/, ''),
      clientId: graphClientId,
      clientSecret: graphClientSecret,
      addTeam(teamId, channelIds, options = {}) {
        teams.set(teamId, { channels: new Set(channelIds), granted: options.granted ?? true });
      },
      postAsUser(channelId, text) {
        threads.push({
          channelId,
          conversationId: channelId,
          rootId: newActivityId(),
          createdAt: new Date().toISOString(),
          userText: text,
        });
      },
      listCalls: () => listCalls,
      replyListCalls: () => replyListCalls,
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
