import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import type { Database } from '../storage/postgres/database.js';
import type { RateLimiter } from '../storage/rateLimiter.js';
import type { SharedFacts } from '../storage/sharedFacts.js';
import { WijkwijzerError } from '../shared/errors.js';
import type { RecordLog } from './appendOnlyFile.js';
import { auditRecordSchema, type AuditRecord } from './partnerAudit.js';
import type { HitLimit } from './rateWindow.js';
import type { ConsumeResult, LinkRecord, SessionRecord, SignInRecords } from './signInStore.js';

/**
 * The partner sign-in on PostgreSQL (DATABASE_URL; docs/adr/0018, docs/adr/0019): links,
 * sessions, rate limits, the audit trail and the key of the address hashes are the same on every
 * instance, so a link mailed by one instance signs in on another and a session works on all.
 */

interface RecordRow {
  hash: string;
  beheerder: string;
  actor_key: string;
  label: string;
  redactie: boolean;
  created_at: Date;
  expires_at: Date;
  used_at?: Date | null;
}

const COLUMNS = 'hash, beheerder, actor_key, label, redactie, created_at, expires_at';

function sessionOf(row: RecordRow): SessionRecord {
  return {
    hash: row.hash,
    beheerder: row.beheerder,
    actorKey: row.actor_key,
    label: row.label,
    redactie: row.redactie,
    createdAt: row.created_at.toISOString(),
    expiresAt: row.expires_at.toISOString(),
  };
}

function recordValues(record: SessionRecord): unknown[] {
  return [
    record.hash,
    record.beheerder,
    record.actorKey,
    record.label,
    record.redactie,
    record.createdAt,
    record.expiresAt,
  ];
}

export class PostgresSignInRecords implements SignInRecords {
  constructor(private readonly database: Database) {}

  async addLink(record: LinkRecord, now: Date): Promise<void> {
    // Used links stay until they expire, so a second use says "used", not "unknown".
    await this.database.query('DELETE FROM partner_links WHERE expires_at <= $1', [now]);
    await this.database.query(
      `INSERT INTO partner_links (${COLUMNS}, used_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [...recordValues(record), record.usedAt],
    );
  }

  async consumeLink(hash: string, now: Date): Promise<ConsumeResult> {
    // One statement checks and marks: of two instances redeeming one link, one gets the row.
    const used = await this.database.query<RecordRow>(
      `UPDATE partner_links SET used_at = $2
        WHERE hash = $1 AND used_at IS NULL AND expires_at > $2
        RETURNING ${COLUMNS}, used_at`,
      [hash, now],
    );
    const row = used.rows[0];
    if (row !== undefined) {
      return { ok: true, link: { ...sessionOf(row), usedAt: now.toISOString() } };
    }
    const found = await this.database.query<{ used_at: Date | null; expires_at: Date }>(
      'SELECT used_at, expires_at FROM partner_links WHERE hash = $1',
      [hash],
    );
    const stored = found.rows[0];
    if (stored === undefined) return { ok: false, reason: 'unknown' };
    if (stored.expires_at.getTime() <= now.getTime()) return { ok: false, reason: 'expired' };
    return { ok: false, reason: 'used' };
  }

  async addSession(record: SessionRecord, now: Date): Promise<void> {
    await this.database.query('DELETE FROM partner_sessions WHERE expires_at <= $1', [now]);
    await this.database.query(
      `INSERT INTO partner_sessions (${COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      recordValues(record),
    );
  }

  async findSession(hash: string, now: Date): Promise<SessionRecord | undefined> {
    const result = await this.database.query<RecordRow>(
      `SELECT ${COLUMNS} FROM partner_sessions WHERE hash = $1 AND expires_at > $2`,
      [hash, now],
    );
    const row = result.rows[0];
    return row === undefined ? undefined : sessionOf(row);
  }

  async removeSession(hash: string): Promise<boolean> {
    const result = await this.database.query('DELETE FROM partner_sessions WHERE hash = $1', [
      hash,
    ]);
    return (result.rowCount ?? 0) > 0;
  }

  /** The database is the backend's to close. */
  close(): Promise<void> {
    return Promise.resolve();
  }
}

/**
 * The partner page's limits counted by every instance together, in the shared token buckets
 * (`rate_limits`): `limit` at once, refilled evenly over the window. Unlike the sliding window of
 * one process, a full bucket plus its refill lets up to twice `limit` through in the first window,
 * then `limit` per window; it still bounds a flood, whatever the number of instances.
 */
export function sharedHitLimit(limiter: RateLimiter) {
  return (name: string, limit: number, windowMs: number): HitLimit => ({
    take: (key) =>
      limiter.take(`${name}:${key}`, { capacity: limit, perSecond: limit / (windowMs / 1000) }),
  });
}

/** An append-only trail in a table with a sequence: `partner_audit`. */
export class PostgresAuditLog implements RecordLog<AuditRecord> {
  constructor(private readonly database: Database) {}

  async append(record: AuditRecord): Promise<void> {
    await this.database.query('INSERT INTO partner_audit (record) VALUES ($1::json)', [
      JSON.stringify(auditRecordSchema.parse(record)),
    ]);
  }

  /**
   * `wijkwijzer storage migrate`: the embedded trail, each record once (a second run finds every
   * record already there). Resolves with the records written.
   */
  async importRecords(records: readonly AuditRecord[]): Promise<number> {
    let written = 0;
    for (const record of records) {
      const result = await this.database.query(
        `INSERT INTO partner_audit (record) SELECT $1::text::json
          WHERE NOT EXISTS (SELECT 1 FROM partner_audit WHERE record::text = $1::text)`,
        [JSON.stringify(auditRecordSchema.parse(record))],
      );
      written += result.rowCount ?? 0;
    }
    return written;
  }

  /** Any instance may run it (the retention job runs once across instances). */
  async pruneBefore(cutoff: Date): Promise<number> {
    const result = await this.database.query(
      `DELETE FROM partner_audit WHERE (record->>'at')::timestamptz < $1`,
      [cutoff],
    );
    return result.rowCount ?? 0;
  }

  async readAll(): Promise<AuditRecord[]> {
    const result = await this.database.query<{ record: unknown }>(
      'SELECT record FROM partner_audit ORDER BY seq',
    );
    return result.rows.flatMap((row) => {
      const parsed = auditRecordSchema.safeParse(row.record);
      return parsed.success ? [parsed.data] : [];
    });
  }
}

const SECRET_NAMESPACE = 'partner-secret';
const secretSchema = z.string().regex(/^[A-Za-z0-9_-]{43,}$/);

/**
 * The key of the address hashes, the same on every instance: the first instance stores it (the
 * key of its own DATA_DIR when it had one, so hashes made before the move stay valid), the others
 * read it. Without it a link made on one instance would not match the address on another.
 */
export async function sharedPartnerSecret(
  facts: SharedFacts,
  local: () => Promise<Uint8Array>,
): Promise<Uint8Array> {
  const stored = secretSchema.safeParse(await facts.get(SECRET_NAMESPACE, 'email-key'));
  if (stored.success) return new Uint8Array(Buffer.from(stored.data, 'base64url'));
  let candidate: Uint8Array;
  try {
    candidate = await local();
  } catch {
    candidate = new Uint8Array(randomBytes(32));
  }
  await facts.setIfAbsent(
    SECRET_NAMESPACE,
    'email-key',
    Buffer.from(candidate).toString('base64url'),
  );
  // Another instance may have stored its key first: everybody uses the stored one.
  const settled = secretSchema.safeParse(await facts.get(SECRET_NAMESPACE, 'email-key'));
  if (!settled.success)
    throw new WijkwijzerError('WW-3013', { detail: { fact: 'partner-secret' } });
  return new Uint8Array(Buffer.from(settled.data, 'base64url'));
}
