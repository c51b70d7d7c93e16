import type pg from 'pg';
import { maskedCount } from '../privacy/maskIdentifiers.js';
import { WijkwijzerError } from '../shared/errors.js';
import { moduleLogger, type Logger } from '../shared/logger.js';
import type { Database, Queryable } from '../storage/postgres/database.js';
import {
  buildCase,
  eraseContact,
  isClosed,
  type Case,
  type Delivery,
  type NewCase,
} from './case.js';
import { byArrival, parseStoredCase, updatedCase, withDelivery } from './caseDocument.js';
import type {
  CaseFilter,
  CaseRepository,
  CaseRepositoryOptions,
  DeliveryBacklog,
  DeliveryLease,
  DeliveryUpdateOptions,
} from './caseRepository.js';
import { formatReference, referenceYear } from './reference.js';

/**
 * Cases on PostgreSQL, for any number of processes (docs/adr/0019-storage-that-grows.md). The case
 * is stored whole as JSON next to the columns the queries use, kept in step on every write.
 *
 * - `create` allocates the year's next sequence and inserts the case in one transaction: two
 *   processes never share a number, and a number is never handed out again (the sequence row
 *   stays when cases are deleted). It resolves after the commit.
 * - `update` locks the row (`SELECT … FOR UPDATE`), checks the version and writes in one
 *   transaction: of twenty claims with the same version on any number of processes, exactly one
 *   wins; the others get the conflict naming the winner.
 * - The delivery outbox leases due cases with `FOR UPDATE SKIP LOCKED`, so exactly one process
 *   posts a case's card; a lease that runs out (the process died) lets another process retry.
 */
export class PostgresCaseRepository implements CaseRepository {
  private readonly logger: Logger;

  constructor(
    private readonly database: Database,
    private readonly options: CaseRepositoryOptions,
  ) {
    this.logger = moduleLogger(options.logger, 'cases');
  }

  async create(input: NewCase): Promise<Case> {
    const now = this.options.clock.now();
    const year = referenceYear(now);
    const prefix = this.options.referencePrefix;
    // Validated before a number is taken: a refused case leaves the sequence as it was.
    const built = buildCase(input, formatReference(prefix, year, 0), now);
    const created = await this.database.transaction(async (client) => {
      for (;;) {
        const next = await client.query<{ last: number }>(
          `INSERT INTO case_sequences (year, last) VALUES ($1, 1)
           ON CONFLICT (year) DO UPDATE SET last = case_sequences.last + 1
           RETURNING last`,
          [year],
        );
        const reference = formatReference(prefix, year, next.rows[0]?.last ?? 1);
        const stored: Case = { ...built.case, reference };
        // Only after a prefix change back and forth could a reference be taken; skip it.
        const inserted = await client.query(
          `INSERT INTO cases (${CASE_COLUMNS}) VALUES (${CASE_VALUES})
           ON CONFLICT (reference) DO NOTHING`,
          rowValues(stored),
        );
        if ((inserted.rowCount ?? 0) === 1) return stored;
      }
    });
    this.logger.info(
      {
        reference: created.reference,
        wijkteam: created.wijkteam,
        masked: maskedCount(built.masked),
      },
      'case created',
    );
    return created;
  }

  async get(reference: string): Promise<Case | undefined> {
    const result = await this.database.query<{ data: unknown }>(
      'SELECT data FROM cases WHERE reference = $1',
      [reference],
    );
    const row = result.rows[0];
    return row === undefined ? undefined : parseStored(reference, row.data);
  }

  async update(
    reference: string,
    expectedVersion: number,
    change: (current: Case) => Case,
  ): Promise<Case> {
    const updated = await this.database.transaction(async (client) => {
      const current = await lockCase(client, reference);
      const next = updatedCase(current, expectedVersion, change);
      await writeCase(client, next);
      return next;
    });
    this.logger.debug({ reference, version: updated.version }, 'case updated');
    return updated;
  }

  async updateDelivery(
    reference: string,
    change: (current: Case) => Delivery,
    options: DeliveryUpdateOptions = {},
  ): Promise<Case> {
    return this.database.transaction(async (client) => {
      const next = withDelivery(await lockCase(client, reference), change);
      // Recording an attempt's outcome ends this process's lease on the case; recording that one
      // starts keeps it, or another process could lease the case while this one posts.
      await writeCase(client, next, { releaseLease: options.keepLease !== true });
      return next;
    });
  }

  async list(filter: CaseFilter = {}): Promise<readonly Case[]> {
    const result = await this.database.query<{ reference: string; data: unknown }>(
      `SELECT reference, data FROM cases WHERE ${FILTER_SQL} ORDER BY created_at, reference`,
      filterValues(filter),
    );
    return result.rows.map((row) => parseStored(row.reference, row.data));
  }

  async count(filter: CaseFilter = {}): Promise<number> {
    const result = await this.database.query<{ count: string }>(
      `SELECT count(*) AS count FROM cases WHERE ${FILTER_SQL}`,
      filterValues(filter),
    );
    return Number(result.rows[0]?.count ?? 0);
  }

  async wijkteams(): Promise<readonly string[]> {
    // A skip scan over the wijkteam index: one probe per team, not one row per case.
    const result = await this.database.query<{ wijkteam: string }>(
      `WITH RECURSIVE teams (wijkteam) AS (
         (SELECT wijkteam FROM cases ORDER BY wijkteam LIMIT 1)
         UNION ALL
         SELECT (SELECT next.wijkteam FROM cases AS next
                  WHERE next.wijkteam > teams.wijkteam ORDER BY next.wijkteam LIMIT 1)
           FROM teams WHERE teams.wijkteam IS NOT NULL
       )
       SELECT wijkteam FROM teams WHERE wijkteam IS NOT NULL`,
    );
    return result.rows.map((row) => row.wijkteam);
  }

  async listDeliveryDue(now: Date): Promise<readonly Case[]> {
    const result = await this.database.query<{ reference: string; data: unknown }>(
      `SELECT reference, data FROM cases
        WHERE NOT closed AND delivery_state <> 'delivered'
          AND (next_attempt_at IS NULL OR next_attempt_at <= $1)
        ORDER BY created_at, reference`,
      [now],
    );
    return result.rows.map((row) => parseStored(row.reference, row.data));
  }

  async leaseDeliveryDue(now: Date, lease: DeliveryLease): Promise<readonly Case[]> {
    const result = await this.database.query<{ reference: string; data: unknown }>(
      `WITH due AS (
         SELECT reference FROM cases
          WHERE NOT closed AND delivery_state <> 'delivered'
            AND (next_attempt_at IS NULL OR next_attempt_at <= $1)
            AND (lease_until IS NULL OR lease_until <= $1 OR lease_owner = $2)
          ORDER BY created_at, reference
          LIMIT $4
          FOR UPDATE SKIP LOCKED)
       UPDATE cases SET lease_owner = $2, lease_until = $3
         FROM due WHERE cases.reference = due.reference
       RETURNING cases.reference, cases.data, cases.created_at`,
      [now, lease.owner, new Date(now.getTime() + lease.ms), lease.limit ?? 50],
    );
    return result.rows.map((row) => parseStored(row.reference, row.data)).sort(byArrival);
  }

  async eraseResidentContacts(residentKey: string): Promise<number> {
    const now = this.options.clock.now();
    const erased = await this.database.transaction(async (client) => {
      const rows = await client.query<{ reference: string; data: unknown }>(
        'SELECT reference, data FROM cases WHERE resident_key = $1 FOR UPDATE',
        [residentKey],
      );
      let changed = 0;
      for (const row of rows.rows) {
        const current = parseStored(row.reference, row.data);
        const next = eraseContact(current, 'vergeet_mij', { kind: 'resident', id: 'inwoner' }, now);
        if (next === current) continue;
        await writeCase(client, next);
        changed += 1;
      }
      return changed;
    });
    this.logger.info({ erased }, 'resident contact details erased');
    return erased;
  }

  async delete(reference: string): Promise<boolean> {
    const result = await this.database.query('DELETE FROM cases WHERE reference = $1', [reference]);
    return (result.rowCount ?? 0) > 0;
  }

  async deliveryBacklog(): Promise<DeliveryBacklog> {
    const result = await this.database.query<{
      pending: string;
      failed: string;
      oldest: Date | null;
    }>(
      `SELECT count(*) FILTER (WHERE delivery_state <> 'failed') AS pending,
              count(*) FILTER (WHERE delivery_state = 'failed') AS failed,
              min(created_at) AS oldest
         FROM cases WHERE NOT closed AND delivery_state <> 'delivered'`,
    );
    const row = result.rows[0];
    return {
      pending: Number(row?.pending ?? 0),
      failed: Number(row?.failed ?? 0),
      oldestWaitingSince: row?.oldest == null ? null : row.oldest.toISOString(),
    };
  }

  /** Inserts or replaces cases as they are (for `wijkwijzer storage migrate`); keeps newer versions. */
  async importCases(
    cases: readonly Case[],
    sequences: Readonly<Record<string, number>>,
  ): Promise<number> {
    return this.database.transaction(async (client) => {
      let written = 0;
      for (const current of cases) {
        const checked = parseStored(current.reference, current);
        const result = await client.query(
          `INSERT INTO cases AS stored (${CASE_COLUMNS}) VALUES (${CASE_VALUES})
           ON CONFLICT (reference) DO UPDATE SET ${CASE_UPDATES}
             WHERE stored.version < EXCLUDED.version`,
          rowValues(checked),
        );
        written += result.rowCount ?? 0;
      }
      for (const [year, last] of Object.entries(sequences)) {
        await client.query(
          `INSERT INTO case_sequences (year, last) VALUES ($1, $2)
           ON CONFLICT (year) DO UPDATE SET last = GREATEST(case_sequences.last, EXCLUDED.last)`,
          [Number(year), last],
        );
      }
      return written;
    });
  }
}

const CASE_COLUMNS =
  'reference, created_at, wijkteam, status, resident_key, closed, version, delivery_state, next_attempt_at, data';
const CASE_VALUES = '$1, $2, $3, $4, $5, $6, $7, $8, $9, $10::json';
const CASE_UPDATES = `created_at = EXCLUDED.created_at, wijkteam = EXCLUDED.wijkteam,
  status = EXCLUDED.status, resident_key = EXCLUDED.resident_key, closed = EXCLUDED.closed,
  version = EXCLUDED.version, delivery_state = EXCLUDED.delivery_state,
  next_attempt_at = EXCLUDED.next_attempt_at, data = EXCLUDED.data`;

function rowValues(current: Case): unknown[] {
  return [
    current.reference,
    current.createdAt,
    current.wijkteam,
    current.status,
    current.residentKey,
    isClosed(current),
    current.version,
    current.delivery.state,
    current.delivery.nextAttemptAt,
    JSON.stringify(current),
  ];
}

async function lockCase(client: pg.PoolClient, reference: string): Promise<Case> {
  const result = await client.query<{ data: unknown }>(
    'SELECT data FROM cases WHERE reference = $1 FOR UPDATE',
    [reference],
  );
  const row = result.rows[0];
  if (row === undefined) throw new WijkwijzerError('WW-6001', { detail: { reference } });
  return parseStored(reference, row.data);
}

async function writeCase(
  client: Queryable,
  next: Case,
  options: { releaseLease?: boolean } = {},
): Promise<void> {
  await client.query(
    `UPDATE cases SET ${CASE_UPDATES.replaceAll('EXCLUDED.', 'incoming.')}
       ${options.releaseLease === true ? ', lease_owner = NULL, lease_until = NULL' : ''}
       FROM (SELECT $1::text AS reference, $2::timestamptz AS created_at, $3::text AS wijkteam,
                    $4::text AS status, $5::text AS resident_key, $6::boolean AS closed,
                    $7::integer AS version, $8::text AS delivery_state,
                    $9::timestamptz AS next_attempt_at, $10::json AS data) AS incoming
      WHERE cases.reference = incoming.reference`,
    rowValues(next),
  );
}

/** Every case read back is checked; WW-6011 names the paths that are wrong, never values. */
function parseStored(reference: string, data: unknown): Case {
  return parseStoredCase(reference, data, `cases/${reference}`);
}

/**
 * The WHERE of `list` and `count`. A null parameter switches its condition off; with wijkteams
 * the planner uses `cases_wijkteam` (wijkteam, created_at), with a resident `cases_resident`.
 */
const FILTER_SQL = `($1::text IS NULL OR wijkteam = $1)
  AND ($2::text IS NULL OR status = $2)
  AND ($3::text IS NULL OR resident_key = $3)
  AND ($4::text[] IS NULL OR wijkteam = ANY($4))
  AND ($5::text[] IS NULL OR status = ANY($5))
  AND ($6::timestamptz IS NULL OR created_at <= $6)`;

function filterValues(filter: CaseFilter): unknown[] {
  return [
    filter.wijkteam ?? null,
    filter.status ?? null,
    filter.residentKey ?? null,
    filter.wijkteams === undefined ? null : [...filter.wijkteams],
    filter.statuses === undefined ? null : [...filter.statuses],
    filter.createdBefore ?? null,
  ];
}
