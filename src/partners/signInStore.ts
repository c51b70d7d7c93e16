import { createHash, randomBytes } from 'node:crypto';
import path from 'node:path';
import { z } from 'zod';
import { JsonDocumentStore } from '../storage/jsonDocumentStore.js';
import type { Logger } from '../shared/logger.js';

/**
 * The server-side record of sign-in links and partner sessions. Only SHA-256 hashes of the
 * tokens are stored, so the file cannot be used to sign in; a link is single-use because its
 * record gets `usedAt` in the same serialized update that checks it (two tabs opening one link:
 * one wins). Expired records are pruned on every write.
 */

const recordSchema = z.strictObject({
  hash: z.string().regex(/^[A-Za-z0-9_-]{43}$/),
  beheerder: z.string().min(1).max(80),
  actorKey: z.string().min(1).max(64),
  label: z.string().min(1).max(260),
  redactie: z.boolean(),
  createdAt: z.iso.datetime(),
  expiresAt: z.iso.datetime(),
});

const linkSchema = recordSchema.extend({ usedAt: z.iso.datetime().nullable() });
export type LinkRecord = z.infer<typeof linkSchema>;
export type SessionRecord = z.infer<typeof recordSchema>;

const signInDocumentSchema = z.strictObject({
  version: z.literal(1),
  links: z.array(linkSchema),
  sessions: z.array(recordSchema),
});
type SignInDocument = z.infer<typeof signInDocumentSchema>;

export const LINK_TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;
export const SESSION_TOKEN_PATTERN = /^wwp_[A-Za-z0-9_-]{43}$/;

export function tokenHash(token: string): string {
  return createHash('sha256').update(token).digest('base64url');
}

/** 256 random bits, base64url (43 characters). */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

export type ConsumeResult =
  | { readonly ok: true; readonly link: LinkRecord }
  | { readonly ok: false; readonly reason: 'unknown' | 'expired' | 'used' };

/**
 * Where links and sessions live: this file in DATA_DIR (one process), or PostgreSQL with
 * DATABASE_URL, so a link made on one instance works on another (postgresPartnerStores.ts).
 */
export interface SignInRecords {
  addLink(record: LinkRecord, now: Date): Promise<void>;
  /** Marks the link used and returns it, or says why it cannot be used; of two uses one wins. */
  consumeLink(hash: string, now: Date): Promise<ConsumeResult>;
  addSession(record: SessionRecord, now: Date): Promise<void>;
  findSession(hash: string, now: Date): Promise<SessionRecord | undefined>;
  removeSession(hash: string): Promise<boolean>;
  close(): Promise<void>;
}

export class SignInStore implements SignInRecords {
  private constructor(private readonly store: JsonDocumentStore<SignInDocument>) {}

  static async open(dataDir: string, logger: Logger): Promise<SignInStore> {
    const store = await JsonDocumentStore.open<SignInDocument>({
      file: path.join(dataDir, 'partners', 'sign-in.json'),
      defaults: { version: 1, links: [], sessions: [] },
      schema: signInDocumentSchema,
      logger,
    });
    return new SignInStore(store);
  }

  async addLink(record: LinkRecord, now: Date): Promise<void> {
    await this.store.update((draft) => {
      prune(draft, now);
      draft.links.push(record);
    });
  }

  /** Marks the link used and returns it, or says why it cannot be used. */
  consumeLink(hash: string, now: Date): Promise<ConsumeResult> {
    return this.store.update((draft): ConsumeResult => {
      const link = draft.links.find((candidate) => candidate.hash === hash);
      if (link === undefined) return { ok: false, reason: 'unknown' };
      if (link.usedAt !== null) return { ok: false, reason: 'used' };
      if (new Date(link.expiresAt).getTime() <= now.getTime()) {
        return { ok: false, reason: 'expired' };
      }
      link.usedAt = now.toISOString();
      return { ok: true, link: { ...link } };
    });
  }

  async addSession(record: SessionRecord, now: Date): Promise<void> {
    await this.store.update((draft) => {
      prune(draft, now);
      draft.sessions.push(record);
    });
  }

  findSession(hash: string, now: Date): Promise<SessionRecord | undefined> {
    const session = this.store.read().sessions.find((candidate) => candidate.hash === hash);
    if (session === undefined || new Date(session.expiresAt).getTime() <= now.getTime()) {
      return Promise.resolve(undefined);
    }
    return Promise.resolve(session);
  }

  async removeSession(hash: string): Promise<boolean> {
    return this.store.update((draft) => {
      const before = draft.sessions.length;
      draft.sessions = draft.sessions.filter((session) => session.hash !== hash);
      return draft.sessions.length < before;
    });
  }

  close(): Promise<void> {
    return this.store.close();
  }
}

/**
 * Used links are kept until they expire (so a second use says "already used", not "unknown");
 * expired links and sessions go.
 */
function prune(draft: SignInDocument, now: Date): void {
  const time = now.getTime();
  draft.links = draft.links.filter((link) => new Date(link.expiresAt).getTime() > time);
  draft.sessions = draft.sessions.filter((session) => new Date(session.expiresAt).getTime() > time);
}
