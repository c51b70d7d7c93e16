import { z } from 'zod';
import { WijkwijzerError } from '../shared/errors.js';
import type { ChannelAccount, ChannelActivity } from './activity.js';

/** Types a resident's client may post. `invoke` is left out: it needs a synchronous answer. */
export const CLIENT_ACTIVITY_TYPES = [
  'message',
  'event',
  'typing',
  'conversationUpdate',
  'messageReaction',
  'endOfConversation',
] as const;

/** Room for Web Chat's own bookkeeping (clientActivityID, card submit values), not for payloads. */
const MAX_EXTRA_JSON_CHARS = 16 * 1024;

const shortText = (max: number) => z.string().max(max);

/**
 * What we accept from a resident's client. Fields the channel sets itself (id, timestamp, from,
 * recipient, conversation, channelId, serviceUrl) may be present but are ignored; unknown fields are
 * dropped. Attachments are refused: uploads are not supported (the widget hides the button).
 */
const clientActivity = z
  .object({
    type: z.enum(CLIENT_ACTIVITY_TYPES),
    text: z.string().optional(),
    textFormat: z.enum(['plain', 'markdown', 'xml']).optional(),
    locale: z
      .string()
      .max(35)
      .regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/)
      .optional(),
    name: shortText(256).min(1).optional(),
    value: z.unknown().optional(),
    channelData: z.record(z.string(), z.unknown()).optional(),
    entities: z
      .array(z.looseObject({ type: shortText(128) }))
      .max(16)
      .optional(),
    localTimestamp: shortText(64).optional(),
    localTimezone: shortText(64).optional(),
    replyToId: shortText(256).optional(),
    reactionsAdded: z
      .array(z.object({ type: shortText(64) }))
      .max(16)
      .optional(),
    reactionsRemoved: z
      .array(z.object({ type: shortText(64) }))
      .max(16)
      .optional(),
    attachments: z.array(z.unknown()).max(0, { error: 'attachments are not supported' }).optional(),
  })
  .refine((activity) => activity.type !== 'event' || activity.name !== undefined, {
    error: 'an event needs a name',
    path: ['name'],
  })
  .refine(
    (activity) =>
      activity.type !== 'message' || activity.text !== undefined || activity.value !== undefined,
    { error: 'a message needs text or a value', path: ['text'] },
  );

export type ClientActivity = z.infer<typeof clientActivity>;

function jsonLength(value: unknown): number {
  return value === undefined ? 0 : (JSON.stringify(value)?.length ?? 0);
}

/**
 * Validates a posted activity. Text over the limit is WW-2105 (413) so the widget can say "te lang";
 * an oversized value or channelData is WW-2002 (413); any other shape problem is WW-2004 (400).
 */
export function parseClientActivity(body: unknown, maxMessageChars: number): ClientActivity {
  if (
    typeof body === 'object' &&
    body !== null &&
    'text' in body &&
    typeof body.text === 'string' &&
    [...body.text].length > maxMessageChars
  ) {
    throw new WijkwijzerError('WW-2105', { detail: { limit: maxMessageChars } });
  }
  const parsed = clientActivity.safeParse(body);
  if (!parsed.success) {
    throw new WijkwijzerError('WW-2004', {
      detail: { fields: parsed.error.issues.map((issue) => issue.path.join('.')).join(',') },
    });
  }
  const extra =
    jsonLength(parsed.data.value) +
    jsonLength(parsed.data.channelData) +
    jsonLength(parsed.data.entities);
  if (extra > MAX_EXTRA_JSON_CHARS) {
    throw new WijkwijzerError('WW-2002', { detail: { field: 'value/channelData/entities' } });
  }
  return parsed.data;
}

export interface ActivityEnvelope {
  readonly conversationId: string;
  readonly serviceUrl: string;
  readonly user: ChannelAccount;
  readonly bot: ChannelAccount;
  readonly channelId: string;
}

/**
 * The activity the bot receives: the client's content, with the envelope set by the channel. `from` is
 * always the token's user, never what the client claims.
 */
export function fromClient(activity: ClientActivity, envelope: ActivityEnvelope): ChannelActivity {
  const { type, attachments: _refused, ...content } = activity;
  return {
    type,
    ...content,
    // A client can only speak for itself: a conversationUpdate announces its own user, nobody else.
    ...(type === 'conversationUpdate' ? { membersAdded: [envelope.user] } : {}),
    channelId: envelope.channelId,
    serviceUrl: envelope.serviceUrl,
    conversation: { id: envelope.conversationId },
    from: envelope.user,
    recipient: envelope.bot,
  };
}

/**
 * What a bot may write through the connector routes: any activity type, loosely checked, because the
 * bot is trusted code with a bot-scoped token; the envelope is still set by the channel.
 */
const botActivity = z.looseObject({
  type: z.string().min(1).max(64),
  text: z.string().max(100_000).optional(),
  replyToId: z.string().max(256).optional(),
});

export function parseBotActivity(body: unknown): ChannelActivity {
  const parsed = botActivity.safeParse(body);
  if (!parsed.success) {
    throw new WijkwijzerError('WW-2004', {
      detail: { fields: parsed.error.issues.map((issue) => issue.path.join('.')).join(',') },
    });
  }
  return parsed.data;
}

/** Sets the channel's envelope on a bot's outgoing activity; drops fields the store assigns. */
export function fromBot(activity: ChannelActivity, envelope: ActivityEnvelope): ChannelActivity {
  const { id: _id, timestamp: _timestamp, ...content } = activity;
  return {
    ...content,
    channelId: envelope.channelId,
    serviceUrl: envelope.serviceUrl,
    conversation: { id: envelope.conversationId },
    from: envelope.bot,
    recipient: envelope.user,
  };
}
