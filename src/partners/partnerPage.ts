import type { BoardAuthentication } from '../board/casusbordRoutes.js';
import type { StaffRegister } from '../board/staffRegister.js';
import type { Config } from '../config.js';
import type { Catalogue } from '../knowledge/catalogue.js';
import type { KnowledgeLoader } from '../knowledge/loaderThread.js';
import type { RouteRegistrar } from '../server.js';
import type { Clock } from '../shared/clock.js';
import type { Logger } from '../shared/logger.js';
import { ChangeLog } from './changeLog.js';
import { loadFieldHelp } from './fieldHelp.js';
import { createMailer } from './mailer.js';
import { PartnerAudit } from './partnerAudit.js';
import { PartnerAuthenticator } from './partnerAuthenticator.js';
import { PartnerKnowledge } from './partnerKnowledge.js';
import { partnerRoutes } from './partnerRoutes.js';
import { loadPartnerSecret } from './partnerSecret.js';
import { ReviewReminders } from './reviewReminders.js';
import { SignInService } from './signInService.js';
import { SignInStore } from './signInStore.js';

/** What the composition root gets: the routes, the reminder job's work, and a close. */
export interface PartnerPage {
  readonly routes: RouteRegistrar;
  readonly reminders: ReviewReminders;
  readonly knowledge: PartnerKnowledge;
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
}

/** Builds the partner page (docs/adr/0018) from the running bot's collaborators. */
export async function createPartnerPage(deps: PartnerPageDeps): Promise<PartnerPage> {
  const { config, clock, logger } = deps;
  const dataDir = config.paths.dataDir;
  const beheerders = () => deps.catalogue().beheerders;
  const mailer = createMailer(config, logger);
  const audit = new PartnerAudit(dataDir, clock, logger);
  const store = await SignInStore.open(dataDir, logger);
  const changeLog = new ChangeLog(dataDir);
  const signIn = new SignInService({
    store,
    mailer,
    audit,
    clock,
    beheerders,
    secret: await loadPartnerSecret(dataDir),
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
    });
  } catch (error) {
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
  });
  return {
    routes,
    reminders,
    knowledge,
    close: async () => {
      mailer.close();
      await reminders.close();
      await store.close();
    },
  };
}
