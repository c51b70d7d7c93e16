import type { FileStateStorage } from '../bot/fileStateStorage.js';
import type { FileCaseRepository } from '../cases/fileCaseRepository.js';
import { PostgresCaseRepository } from '../cases/postgresCaseRepository.js';
import type { InsightAggregateStore } from '../insights/aggregateStore.js';
import { PostgresAggregateStore } from '../insights/postgresAggregateStore.js';
import { FileChangeStore } from '../partners/changeLog.js';
import { PartnerAudit } from '../partners/partnerAudit.js';
import { PostgresChangeStore } from '../partners/postgresKnowledgeFiles.js';
import { PostgresAuditLog } from '../partners/postgresSignIn.js';
import type { Config } from '../config.js';
import type { Clock } from '../shared/clock.js';
import { isWijkwijzerError, WijkwijzerError } from '../shared/errors.js';
import type { Logger } from '../shared/logger.js';
import { channelIdOf, type ChannelLinkStore } from '../casework/channelLinks.js';
import { Database } from './postgres/database.js';
import type { FileSharedFacts } from './fileSharedFacts.js';
import { openEmbeddedBackend } from './storageBackend.js';

/**
 * `wijkwijzer storage migrate`: copies the embedded files of DATA_DIR (bot state, cases with their
 * sequences, Teams channel links, the insight counters of the day files, the partner page's change
 * log and audit trail, the durable facts of facts.json; the single state.json,
 * cases.json and insights.json of earlier versions are imported on the way) into the PostgreSQL
 * database of DATABASE_URL.
 *
 * Without loss and safe to run again: every row is an upsert that only replaces what is older
 * (state by its last write, cases by their version, sequences only upwards; a counter gains only
 * what its day file counted beyond what an earlier run took, a durable fact by its expiry:
 * `copyFacts`), so a second run changes nothing and a case changed in PostgreSQL since the first
 * run is kept. The files are left as they are (a backup). It takes the files' write locks, so the
 * bot must be stopped (WW-3005).
 */
export interface MigrationReport {
  readonly stateItems: number;
  readonly stateWritten: number;
  readonly cases: number;
  readonly casesWritten: number;
  readonly links: number;
  readonly linksWritten: number;
  readonly insightCounters: number;
  readonly insightCountersWritten: number;
  readonly partnerChanges: number;
  readonly partnerChangesWritten: number;
  readonly partnerAudit: number;
  readonly partnerAuditWritten: number;
  readonly facts: number;
  readonly factsWritten: number;
}

export interface MigrateOptions {
  readonly config: Config;
  readonly url: string;
  readonly logger: Logger;
  readonly clock: Clock;
}

const BATCH = 500;

export async function migrateToPostgres(options: MigrateOptions): Promise<MigrationReport> {
  const embedded = await openEmbeddedBackend(options);
  try {
    const database = await Database.open({ url: options.url, poolSize: 2, logger: options.logger });
    try {
      const state = await copyState(database, embedded.state);
      const cases = await copyCases(database, embedded.cases, options);
      const links = await copyLinks(database, embedded.links);
      const insights = await copyInsights(database, embedded.insights);
      const partners = await copyPartners(database, options);
      const facts = await copyFacts(database, embedded.durableFacts, options);
      return { ...state, ...cases, ...links, ...insights, ...partners, ...facts };
    } finally {
      await database.close();
    }
  } catch (error) {
    throw isWijkwijzerError(error) && error.code !== 'WW-3010'
      ? error
      : new WijkwijzerError('WW-3011', {
          detail: { code: isWijkwijzerError(error) ? error.code : null },
        });
  } finally {
    await embedded.close();
  }
}

async function copyState(
  database: Database,
  state: FileStateStorage,
): Promise<Pick<MigrationReport, 'stateItems' | 'stateWritten'>> {
  let stateItems = 0;
  let stateWritten = 0;
  let batch: Array<Parameters<typeof stateRow>[0]> = [];
  const flush = async () => {
    if (batch.length === 0) return;
    const rows = batch;
    batch = [];
    stateWritten += await database.transaction(async (client) => {
      let written = 0;
      for (const item of rows) {
        const result = await client.query(
          `INSERT INTO bot_state AS stored (key, etag, value, retention, updated_at)
           VALUES ($1, $2, $3::json, $4, $5)
           ON CONFLICT (key) DO UPDATE
             SET etag = EXCLUDED.etag, value = EXCLUDED.value,
                 retention = EXCLUDED.retention, updated_at = EXCLUDED.updated_at
             WHERE stored.updated_at < EXCLUDED.updated_at`,
          stateRow(item),
        );
        written += result.rowCount ?? 0;
      }
      return written;
    });
  };
  for (const item of state.items()) {
    stateItems += 1;
    batch.push(item);
    if (batch.length >= BATCH) await flush();
  }
  await flush();
  return { stateItems, stateWritten };
}

function stateRow(item: {
  key: string;
  eTag: string;
  value: Record<string, unknown>;
  retention: string;
  updatedAt: string;
}): unknown[] {
  return [item.key, item.eTag, JSON.stringify(item.value), item.retention, item.updatedAt];
}

async function copyCases(
  database: Database,
  files: FileCaseRepository,
  options: MigrateOptions,
): Promise<Pick<MigrationReport, 'cases' | 'casesWritten'>> {
  const target = new PostgresCaseRepository(database, {
    clock: options.clock,
    referencePrefix: options.config.cases.referencePrefix,
    logger: options.logger,
  });
  const all = await files.list();
  let casesWritten = 0;
  for (let start = 0; start < all.length; start += BATCH) {
    casesWritten += await target.importCases(all.slice(start, start + BATCH), {});
  }
  // Sequences last and only upwards: a number handed out by the files is never handed out again.
  await target.importCases([], files.sequenceSnapshot());
  return { cases: all.length, casesWritten };
}

async function copyLinks(
  database: Database,
  links: ChannelLinkStore,
): Promise<Pick<MigrationReport, 'links' | 'linksWritten'>> {
  let linksWritten = 0;
  for (const link of links.list()) {
    const stored = { ...link, conversationId: channelIdOf(link.conversationId) };
    const result = await database.query(
      `INSERT INTO channel_links AS stored (wijkteam, conversation_id, data) VALUES ($1, $2, $3::json)
       ON CONFLICT (wijkteam) DO UPDATE
         SET conversation_id = EXCLUDED.conversation_id, data = EXCLUDED.data
         WHERE (stored.data->>'linkedAt') < (EXCLUDED.data->>'linkedAt')`,
      [stored.wijkteam, stored.conversationId, JSON.stringify(stored)],
    );
    linksWritten += result.rowCount ?? 0;
  }
  return { links: links.list().length, linksWritten };
}

async function copyInsights(
  database: Database,
  files: InsightAggregateStore,
): Promise<Pick<MigrationReport, 'insightCounters' | 'insightCountersWritten'>> {
  const target = new PostgresAggregateStore(database);
  const rows = await files.read({});
  let insightCountersWritten = 0;
  for (let start = 0; start < rows.length; start += BATCH) {
    insightCountersWritten += await target.importRows(rows.slice(start, start + BATCH));
  }
  return { insightCounters: rows.length, insightCountersWritten };
}

/**
 * The partner page's history: the change log under its own numbers, the audit trail each record
 * once. Sign-in links and sessions are short-lived and not moved: partners sign in again.
 */
async function copyPartners(
  database: Database,
  options: MigrateOptions,
): Promise<
  Pick<
    MigrationReport,
    'partnerChanges' | 'partnerChangesWritten' | 'partnerAudit' | 'partnerAuditWritten'
  >
> {
  const dataDir = options.config.paths.dataDir;
  const changes = await new FileChangeStore(dataDir).all();
  const audit = await new PartnerAudit(dataDir, options.clock, options.logger).readAll();
  return {
    partnerChanges: changes.length,
    partnerChangesWritten: await new PostgresChangeStore(database).importRecords(changes),
    partnerAudit: audit.length,
    partnerAuditWritten: await new PostgresAuditLog(database).importRecords(audit),
  };
}

/**
 * The durable facts of DATA_DIR/facts.json (a pick-up reminder's last line and a line in doubt,
 * docs/adr/0008), so a line in doubt is looked up after the move instead of posted again. An
 * expired fact is not copied. A fact of the same namespace and key in PostgreSQL is replaced only
 * when it has expired or when the file's fact expires later: facts carry no time of writing, and
 * every durable fact is kept for a fixed time after it was written, so the later expiry is the
 * newer fact (a reminder posted since on PostgreSQL wins over the file's older one, a second run
 * writes nothing). A fact without an expiry never replaces a live one.
 */
async function copyFacts(
  database: Database,
  files: FileSharedFacts,
  options: MigrateOptions,
): Promise<Pick<MigrationReport, 'facts' | 'factsWritten'>> {
  const facts = files.liveFacts();
  const now = options.clock.now();
  let factsWritten = 0;
  for (const fact of facts) {
    const result = await database.query(
      `INSERT INTO shared_facts AS stored (namespace, key, value, expires_at)
       VALUES ($1, $2, $3::jsonb, $4)
       ON CONFLICT (namespace, key) DO UPDATE
         SET value = EXCLUDED.value, expires_at = EXCLUDED.expires_at
         WHERE (stored.expires_at IS NOT NULL AND stored.expires_at <= $5)
            OR stored.expires_at < EXCLUDED.expires_at`,
      [fact.namespace, fact.key, JSON.stringify(fact.value), fact.expiresAt ?? null, now],
    );
    factsWritten += result.rowCount ?? 0;
  }
  return { facts: facts.length, factsWritten };
}
