import path from 'node:path';
import { FileStateStorage, stateDirectory } from '../bot/fileStateStorage.js';
import type { StateStorage } from '../bot/stateStorage.js';
import type { CaseRepository } from '../cases/caseRepository.js';
import {
  casesDirectory,
  FileCaseRepository,
  legacyCasesFile,
} from '../cases/fileCaseRepository.js';
import type { Config } from '../config.js';
import type { ConversationLog } from '../directline/conversationLog.js';
import type { Clock } from '../shared/clock.js';
import type { Logger } from '../shared/logger.js';
import type { ReadinessCheck } from '../shared/readiness.js';
import type { InsightAggregateStore } from '../insights/aggregateStore.js';
import { DayFileAggregateStore } from '../insights/dayFileAggregateStore.js';
import { FileChannelLinkStore, type ChannelLinkStore } from '../casework/channelLinks.js';
import { localJobGate, type JobGate } from './jobGate.js';
import { MemoryRateLimiter, type RateLimiter } from './rateLimiter.js';
import { FileSharedFacts } from './fileSharedFacts.js';
import { MemorySharedFacts, type SharedFacts } from './sharedFacts.js';
import { fileWriteProbe } from './writeProbe.js';
import { localTurnLocks, type TurnLocks } from './turnLocks.js';
import type { Database } from './postgres/database.js';
import type { Notifications } from './postgres/notifications.js';

/**
 * Where everything durable lives, chosen once at start (docs/adr/0019-storage-that-grows.md):
 * the embedded files in DATA_DIR (one process), or PostgreSQL with DATABASE_URL (any number of
 * processes). The composition root only sees this interface.
 */
export interface StorageBackend {
  readonly kind: 'embedded' | 'postgres';
  readonly state: StateStorage;
  readonly cases: CaseRepository;
  /** Which Teams channel gets which wijkteam's cases. */
  readonly links: ChannelLinkStore;
  /** Periodic jobs once per interval across instances. */
  readonly jobs: JobGate;
  /** Small facts all instances agree on (stream tokens spent, the staff directory). */
  readonly facts: SharedFacts;
  /**
   * Facts that must also outlive a restart: the pick-up reminder's lines posted and in doubt
   * (docs/adr/0008). The embedded store keeps them in `DATA_DIR/facts.json`, written before each
   * post; PostgreSQL in the same `shared_facts` table as `facts`.
   */
  readonly durableFacts: SharedFacts;
  /** Turns through /api/messages one at a time per conversation, across instances. */
  readonly turns: TurnLocks;
  /** Rate limits every instance counts against together. */
  readonly rateLimiter: RateLimiter;
  /** The gemeente's counters (docs/adr/0017): day files, or one shared table on PostgreSQL. */
  readonly insights: InsightAggregateStore;
  /** A real write, O(1) in what is stored. */
  readonly readiness: ReadinessCheck;
  /**
   * Where the self-hosted web chat keeps its conversations when several processes share them;
   * undefined: in this process's memory (the channel's default).
   */
  openConversationLog?(settings: ConversationLogSettings): Promise<ConversationLog>;
  /**
   * PostgreSQL only: the pool and LISTEN connection, for parts that keep their own tables (the
   * partner page). Undefined on the embedded default, where those parts keep their files.
   */
  readonly shared?: { readonly database: Database; readonly notifications: Notifications };
  close(): Promise<void>;
}

export interface ConversationLogSettings {
  readonly idleMinutes: number;
  readonly maxActivitiesPerConversation: number;
  readonly pageSize: number;
}

export interface StorageBackendOptions {
  readonly config: Config;
  readonly logger: Logger;
  readonly clock: Clock;
}

/** The embedded default: a file per conversation state item and per case, in DATA_DIR. */
/**
 * The embedded backend with its file stores by their own types: `wijkwijzer storage migrate` reads
 * what only the files have (every conversation's state, the cases with their history, the live
 * durable facts) without casting.
 */
export interface EmbeddedBackend extends StorageBackend {
  readonly state: FileStateStorage;
  readonly cases: FileCaseRepository;
  readonly durableFacts: FileSharedFacts;
}

export async function openEmbeddedBackend(
  options: StorageBackendOptions,
): Promise<EmbeddedBackend> {
  const { config, logger, clock } = options;
  const dataDir = config.paths.dataDir;
  const state = await FileStateStorage.open({
    dir: stateDirectory(dataDir),
    legacyFile: path.join(dataDir, 'state.json'),
    logger,
    clock,
  });
  let cases: FileCaseRepository;
  try {
    cases = await FileCaseRepository.open({
      dir: casesDirectory(dataDir),
      legacyFile: legacyCasesFile(dataDir),
      clock,
      referencePrefix: config.cases.referencePrefix,
      logger,
    });
  } catch (error) {
    await state.close();
    throw error;
  }
  let links: FileChannelLinkStore;
  try {
    links = await FileChannelLinkStore.open(path.join(dataDir, 'teams-links.json'), logger);
  } catch (error) {
    await cases.close();
    await state.close();
    throw error;
  }
  let insights: DayFileAggregateStore;
  try {
    insights = await openDayFiles(dataDir, logger);
  } catch (error) {
    await links.close();
    await cases.close();
    await state.close();
    throw error;
  }
  let durableFacts: FileSharedFacts;
  try {
    durableFacts = await FileSharedFacts.open({
      file: path.join(dataDir, 'facts.json'),
      clock,
      logger,
    });
  } catch (error) {
    await insights.close();
    await links.close();
    await cases.close();
    await state.close();
    throw error;
  }
  return {
    kind: 'embedded',
    state,
    cases,
    links,
    insights,
    jobs: localJobGate,
    facts: new MemorySharedFacts(clock),
    durableFacts,
    turns: localTurnLocks(),
    rateLimiter: new MemoryRateLimiter(clock),
    readiness: fileWriteProbe(dataDir, clock),
    close: async () => {
      await durableFacts.close();
      await insights.close();
      await links.close();
      await cases.close();
      await state.close();
    },
  };
}

/** The embedded counters: a file per day in DATA_DIR/insights (insights.json of old is moved in). */
export function openDayFiles(
  dataDir: string,
  logger: Logger,
  options: { readonly readOnly?: boolean } = {},
): Promise<DayFileAggregateStore> {
  return DayFileAggregateStore.open({
    dir: path.join(dataDir, 'insights'),
    logger,
    ...(options.readOnly === true
      ? { readOnly: true }
      : { legacyFile: path.join(dataDir, 'insights.json') }),
  });
}
