import { randomBytes } from 'node:crypto';

/** A participant as the Bot Framework schema names one. */
export interface ChannelAccount {
  readonly id: string;
  readonly name?: string;
  readonly role?: string;
}

/**
 * An activity as it travels through the channel: the Bot Framework activity schema as plain JSON,
 * without the SDK's classes, so this folder stays free of botbuilder.
 */
export interface ChannelActivity {
  readonly type: string;
  readonly id?: string | undefined;
  readonly timestamp?: string | undefined;
  readonly channelId?: string | undefined;
  readonly serviceUrl?: string | undefined;
  readonly conversation?: { readonly id: string } | undefined;
  readonly from?: ChannelAccount | undefined;
  readonly recipient?: ChannelAccount | undefined;
  readonly replyToId?: string | undefined;
  readonly text?: string | undefined;
  readonly [field: string]: unknown;
}

/** An activity the store has accepted: it always has an id and a timestamp. */
export interface StoredActivity extends ChannelActivity {
  readonly id: string;
  readonly timestamp: string;
}

/** What a bot-side write returns, as the Bot Connector's ResourceResponse. */
export interface ResourceId {
  readonly id: string;
}

/** Direct Line's ActivityGroup: what polling returns and what the stream pushes. */
export interface ActivityGroup {
  readonly activities: readonly StoredActivity[];
  readonly watermark: string;
}

export const WEBCHAT_CHANNEL_ID = 'webchat';

/** 128 random bits, URL- and JWT-safe: conversation and user ids cannot be guessed. */
export function newChannelId(prefix = ''): string {
  return `${prefix}${randomBytes(16).toString('base64url')}`;
}
