import type { BoardAuthentication } from '../board/casusbordRoutes.js';
import type { StaffRegister } from '../board/staffRegister.js';
import type { Config } from '../config.js';
import { wijkteamPhoneOf, type Catalogue } from '../knowledge/catalogue.js';
import type { KnowledgeLoader } from '../knowledge/loaderThread.js';
import type { RouteRegistrar } from '../server.js';
import type { Clock } from '../shared/clock.js';
import type { Logger } from '../shared/logger.js';
import type { StorageBackend } from '../storage/storageBackend.js';
import { ChangeLog } from './changeLog.js';
import { loadFieldHelp } from './fieldHelp.js';
import { createMailer } from './mailer.js';
import { PartnerAudit } from './partnerAudit.js';
import { PartnerAuthenticator } from './partnerAuthenticator.js';
import { PartnerKnowledge } from './partnerKnowledge.js';
import { partnerLogRetention, type PartnerLogRetention } from './partnerLogRetention.js';
import { partnerRoutes } from './partnerRoutes.js';
import { loadPartnerSecret } from './partnerSecret.js';
import { ReviewReminders } from './reviewReminders.js';
import { SignInService } from './signInService.js';
import { SignInStore, type SignInRecords } from './signInStore.js';
import { PostgresChangeStore, PostgresKnowledgeFiles } from './postgresKnowledgeFiles.js';
import {
  PostgresAuditLog,
  PostgresSignInRecords,
  sharedHitLimit,
  sharedPartnerSecret,
} from './postgresSignIn.js';
import { MemoryRateLimiter } from '../storage/rateLimiter.js';

/** What the composition root gets: the routes, the reminder job's work, and a close. */
export interface PartnerPage {
  readonly routes: RouteRegistrar;
  readonly reminders: ReviewReminders;
  readonly knowledge: PartnerKnowledge;
  /** The daily retention job's work for the change log and the audit trail. */
  readonly retention: PartnerLogRetention;
  close(): Promise<void>;
}

export interface PartnerPageDeps {
  readonly config: Config;
  readonly logger: Logger;
  readonly clock: Clock;
  readonly projectRoot: string;
  readonly catalogue: () => Catalogue;
  readonly reloadKnowledge: () => Promise<unknown>;
  /** The bot's knowledge loader thread, for the checks before a write (docs/adr/0015-security-posture.md §6). */
  readonly knowledgeLoader?: KnowledgeLoader;
  readonly staff: StaffRegister;
  /** The Casusbord's sign-in, shared: one development login secret for board and partner page. */
  readonly boardAuthentication: BoardAuthentication;
  /**
   * With PostgreSQL (`storage.shared`) sign-in, limits, audit, change log and written files are
   * shared by every instance (docs/adr/0019); on the embedded default they stay in DATA_DIR.
   */
  readonly storage?: Pick<StorageBackend, 'shared' | 'rateLimiter' | 'facts'>;
}

/** Builds the partner page (docs/adr/0018) from the running bot's collaborators. */
export async function createPartnerPage(deps: PartnerPageDeps): Promise<PartnerPage> {
  const { config, clock, logger } = deps;
  const dataDir = config.paths.dataDir;
  const beheerders = () => deps.catalogue().beheerders;
  const mailer = createMailer(config, logger);
  const shared = deps.storage?.shared;
  const audit = new PartnerAudit(
    dataDir,
    clock,
    logger,
    shared === undefined ? undefined : new PostgresAuditLog(shared.database),
  );
  const store: SignInRecords =
    shared === undefined
      ? await SignInStore.open(dataDir, logger)
      : new PostgresSignInRecords(shared.database);
  const changeLog = new ChangeLog(
    dataDir,
    shared === undefined ? undefined : new PostgresChangeStore(shared.database),
  );
  const files =
    shared === undefined
      ? undefined
      : await PostgresKnowledgeFiles.start({
          ...shared,
          knowledgeDir: config.paths.knowledgeDir,
          reload: deps.reloadKnowledge,
          logger,
        });
  const signIn = new SignInService({
    store,
    mailer,
    audit,
    clock,
    beheerders,
    secret:
      shared === undefined || deps.storage === undefined
        ? await loadPartnerSecret(dataDir)
        : await sharedPartnerSecret(deps.storage.facts, () => loadPartnerSecret(dataDir)),
    ...(shared === undefined || deps.storage === undefined
      ? {}
      : { sharedLimit: sharedHitLimit(deps.storage.rateLimiter) }),
    publicUrl: config.server.publicUrl,
    linkTtlMinutes: config.partners.linkTtlMinutes,
    sessionHours: config.partners.sessionHours,
    linksPerHour: config.partners.linksPerHour,
  });
  const knowledge = new PartnerKnowledge({
    knowledgeDir: config.paths.knowledgeDir,
    clock,
    changeLog,
    beheerders,
    reload: deps.reloadKnowledge,
    ...(deps.knowledgeLoader === undefined ? {} : { loader: deps.knowledgeLoader }),
    approval: config.partners.approval,
    review: config.partners.review,
    ...(files === undefined ? {} : { shared: files }),
    wijkteamPhone: () => wijkteamPhoneOf(deps.catalogue()),
  });
  let reminders: ReviewReminders;
  try {
    reminders = await ReviewReminders.open({
      dataDir,
      clock,
      logger,
      mailer,
      knowledge,
      beheerders,
      publicUrl: config.server.publicUrl,
      intervalDays: config.partners.review.reminderDays,
      ...(shared === undefined || deps.storage === undefined
        ? {}
        : { sharedSent: deps.storage.facts }),
    });
  } catch (error) {
    await files?.close();
    await store.close();
    throw error;
  }
  const routes = partnerRoutes({
    config,
    projectRoot: deps.projectRoot,
    signIn,
    authenticator: new PartnerAuthenticator(
      signIn,
      deps.boardAuthentication.authenticator,
      deps.staff,
      audit,
    ),
    knowledge,
    changeLog,
    catalogue: deps.catalogue,
    fieldHelp: await loadFieldHelp(config.paths.knowledgeDir),
    devLogin: deps.boardAuthentication.devLogin,
    staff: deps.staff,
    limiter: deps.storage?.rateLimiter ?? new MemoryRateLimiter(clock),
  });
  return {
    routes,
    reminders,
    knowledge,
    retention: partnerLogRetention({
      changeLog,
      audit,
      clock,
      logger,
      months: config.partners.logRetentionMonths,
    }),
    close: async () => {
      mailer.close();
      await reminders.close();
      await files?.close();
      await store.close();
    },
  };
}
