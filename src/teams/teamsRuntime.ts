import path from 'node:path';
import type { CloudAdapter, TurnContext } from 'botbuilder';
import type { CaseRepository } from '../cases/caseRepository.js';
import type { Case, HistoryAction } from '../cases/case.js';
import type { RoutingTable } from '../cases/routing.js';
import type { Config } from '../config.js';
import type { Clock } from '../shared/clock.js';
import { moduleLogger, type Logger } from '../shared/logger.js';
import type { SharedFacts } from '../storage/sharedFacts.js';
import { FileChannelLinkStore, type ChannelLinkStore } from '../casework/channelLinks.js';
import {
  Coordinators,
  RosterMembership,
  StaffDirectory,
  type TeamMembership,
} from '../casework/membership.js';
import { PickupReminder } from '../cases/pickupReminder.js';
import { StaffBot } from './staffBot.js';
import { teamsRosterSource } from './teamsRoster.js';
import { TeamsNotifier } from './teamsNotifier.js';
import { GraphClient } from './graphClient.js';
import { PostedCardFinder } from './postedCardFinder.js';
import type { DeliveryReconciler } from '../cases/delivery.js';
import type { ResidentNotifier } from '../casework/residentNotifier.js';
import type { CardLabels, VerbDependencies } from '../casework/types.js';
import { sharedCardFor } from '../casework/views.js';

export interface TeamsRuntimeDeps {
  readonly config: Config;
  readonly adapter: CloudAdapter;
  readonly repository: CaseRepository;
  readonly routing: () => RoutingTable;
  readonly labels: CardLabels;
  readonly clock: Clock;
  readonly logger: Logger;
  /** Tells the resident that their question moved on; the bot's web chat in production. */
  readonly resident: ResidentNotifier;
  /** Extra membership sources (such as a staff file); the Teams roster is always asked too. */
  readonly membership?: TeamMembership;
  /** Coordinators from the staff file, on top of TEAMS_COORDINATORS. */
  readonly coordinatorIds?: readonly string[];
  /** Channel links from the storage backend; default `<DATA_DIR>/teams-links.json`. */
  readonly links?: ChannelLinkStore;
  /** The staff directory, shared by all instances on PostgreSQL. */
  readonly facts?: SharedFacts;
  /**
   * Pick-up reminders posted and in doubt: kept across a restart (a file on the embedded store),
   * shared by all instances on PostgreSQL. Default: `facts`, else this process's memory.
   */
  readonly reminders?: SharedFacts;
}

export interface TeamsRuntime {
  /** The CaseNotifier for the delivery worker. */
  readonly notifier: TeamsNotifier;
  /** Finds a card in doubt through Microsoft Graph; undefined when Graph is not configured. */
  readonly reconciler: DeliveryReconciler | undefined;
  readonly staffBot: StaffBot;
  readonly verbs: VerbDependencies;
  readonly pickupReminder: PickupReminder;
  /** After a change made outside Teams (the Casusbord): update the card, tell the resident. */
  afterChange(current: Case, action: HistoryAction | undefined): Promise<void>;
  close(): Promise<void>;
}

/** A member of the wijkteam by any source: configured first (cheap), then the Teams roster. */
function anyMembership(sources: readonly TeamMembership[]): TeamMembership {
  return {
    isMember: async (wijkteam, aadObjectId) => {
      for (const source of sources) {
        if (await source.isMember(wijkteam, aadObjectId)) return true;
      }
      return false;
    },
  };
}

/** Builds everything the wijkteams meet in Teams, at the SDK seam. */
export async function createTeamsRuntime(deps: TeamsRuntimeDeps): Promise<TeamsRuntime> {
  const log = moduleLogger(deps.logger, 'teams');
  const botAppId = deps.config.botFramework.appId ?? '';
  const links =
    deps.links ??
    (await FileChannelLinkStore.open(
      path.join(deps.config.paths.dataDir, 'teams-links.json'),
      deps.logger,
    ));
  const directory = new StaffDirectory(deps.facts);
  await directory.sync().catch(() => undefined);
  const directorySync = setInterval(() => {
    directory.sync().catch(() => undefined);
  }, 60_000);
  directorySync.unref();
  const coordinators = new Coordinators([
    ...deps.config.teams.coordinators,
    ...(deps.coordinatorIds ?? []),
  ]);
  const roster = new RosterMembership(
    teamsRosterSource(deps.adapter, botAppId, links, directory),
    () => deps.clock.now().getTime(),
  );
  const membership = anyMembership(
    deps.membership === undefined ? [roster] : [deps.membership, roster],
  );
  const verbs: VerbDependencies = {
    repository: deps.repository,
    membership,
    coordinators,
    directory,
    clock: deps.clock,
    logger: deps.logger,
    labels: deps.labels,
  };
  const notifier = new TeamsNotifier({
    adapter: deps.adapter,
    botAppId,
    links,
    sharedCard: (current) => sharedCardFor(current, verbs),
    logger: deps.logger,
    repository: deps.repository,
  });

  const graph = deps.config.teams.graph;
  // Finds a card in doubt for the delivery outbox, and a pick-up reminder in doubt in its thread.
  const reconciler =
    graph === undefined
      ? undefined
      : new PostedCardFinder({
          graph: new GraphClient(graph),
          links,
          botAppId: deps.config.botFramework.appId ?? graph.clientId,
          tenantId: graph.tenantId,
        });
  // Once at start, either way: without Graph, delivery of a card in doubt degrades to at least once.
  if (graph !== undefined) {
    log.info(
      'Microsoft Graph configured: a card or pick-up reminder in doubt is looked up before it is posted again',
    );
  } else {
    log.warn(
      'Microsoft Graph not configured (GRAPH_CARD_LOOKUP=false, or no app id and client secret): a card or pick-up reminder in doubt (its process died while posting) is posted again, at least once',
    );
  }

  const tellResident = async (current: Case, action: HistoryAction | undefined) => {
    // Only the claim is news for the resident; later steps they hear from the colleague directly.
    if (action !== 'opgepakt' || current.residentKey === null) return;
    try {
      await deps.resident.notify(current);
    } catch (error) {
      log.warn({ err: error, reference: current.reference }, 'could not tell the resident');
    }
  };

  const staffBot = new StaffBot({
    links,
    directory,
    logger: deps.logger,
    commands: {
      links,
      coordinators,
      wijkteams: deps.routing().teams.map((team) => ({ id: team.id, name: team.naam })),
      clock: deps.clock,
      logger: deps.logger,
    },
    cardActions: {
      deps: verbs,
      onChanged: async (result) => {
        await tellResident(result.case, result.change?.action);
      },
      onSharedCardFailed: async (current) => {
        await notifier.refreshCard(current);
      },
    },
  });

  const reminders = deps.reminders ?? deps.facts;
  const pickupReminder = new PickupReminder({
    repository: deps.repository,
    target: notifier,
    clock: deps.clock,
    logger: deps.logger,
    thresholdHours: deps.config.teams.pickupWorkingHours,
    ...(reminders === undefined ? {} : { reminders }),
    ...(reconciler === undefined ? {} : { reconciler }),
  });

  return {
    notifier,
    reconciler,
    staffBot,
    verbs,
    pickupReminder,
    afterChange: async (current, action) => {
      try {
        await notifier.refreshCard(current);
      } catch (error) {
        // The delivery worker retries cards it could not deliver; the case itself is stored.
        log.warn(
          { err: error, reference: current.reference },
          'card refresh after a board change failed',
        );
      }
      await tellResident(current, action);
    },
    close: async () => {
      clearInterval(directorySync);
      await links.close?.();
    },
  };
}

/** Teams traffic (staff) goes to the staff bot; everything else is a resident. */
export function routeTurns(
  staffBot: StaffBot,
  residentTurn: (context: TurnContext) => Promise<void>,
): (context: TurnContext) => Promise<void> {
  return (context) =>
    context.activity.channelId === 'msteams' ? staffBot.run(context) : residentTurn(context);
}
