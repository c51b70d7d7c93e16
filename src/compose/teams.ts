import type { StaffRegister } from '../board/staffRegister.js';
import type { BotRuntime } from '../bot/botRuntime.js';
import { DeliveryWorker } from '../cases/delivery.js';
import { wijkteamName } from '../cases/routing.js';
import type { Config } from '../config.js';
import type { Catalogue } from '../knowledge/catalogue.js';
import type { Clock } from '../shared/clock.js';
import type { Logger } from '../shared/logger.js';
import { createTeamsRuntime, type TeamsRuntime } from '../teams/teamsRuntime.js';
import type { Stores } from './stores.js';

export interface TeamsPartDeps {
  readonly config: Config;
  readonly logger: Logger;
  readonly clock: Clock;
  readonly stores: Pick<Stores, 'routing' | 'storage' | 'cases'>;
  readonly bot: BotRuntime;
  readonly staff: StaffRegister;
  readonly catalogue: () => Catalogue;
  readonly opened: Array<() => Promise<void>>;
}

export interface TeamsPart {
  readonly teams: TeamsRuntime;
  readonly delivery: DeliveryWorker;
}

/**
 * The Teams part of the composition root (src/index.ts): the wijkteams' side in Teams (staff bot,
 * card verbs, pick-up reminders) and the worker that delivers new cases to their channel.
 */
export async function composeTeams(deps: TeamsPartDeps): Promise<TeamsPart> {
  const { config, logger, clock, bot, staff, catalogue, opened } = deps;
  const { routing, storage, cases } = deps.stores;
  const teams = await createTeamsRuntime({
    membership: staff.membership(),
    coordinatorIds: staff.coordinatorIds(),
    config,
    adapter: bot.azureAdapter,
    repository: cases,
    routing,
    labels: {
      wijkteamName: (id) => wijkteamName(routing(), id),
      levensgebiedLabel: (id) => catalogue().levensgebied(id)?.label ?? id,
      voorzieningName: (id) => catalogue().voorziening(id)?.naam ?? id,
    },
    clock,
    logger,
    resident: bot.residentNotifier,
    links: storage.links,
    facts: storage.facts,
    reminders: storage.durableFacts,
  });
  opened.push(() => teams.close());

  // Cases go to the wijkteam's linked Teams channel. Until a coordinator linked one, delivery
  // fails with WW-7201 and is retried with backoff; the case is stored and listed meanwhile.
  const delivery = new DeliveryWorker({
    repository: cases,
    notifier: teams.notifier,
    // Without Graph a card in doubt is posted again; the worker says so once at start.
    ...(teams.reconciler === undefined ? {} : { reconciler: teams.reconciler }),
    clock,
    logger,
    intervalMs: config.cases.delivery.intervalSeconds * 1000,
    retryBaseMs: config.cases.delivery.retryBaseSeconds * 1000,
    retryMaxMs: config.cases.delivery.retryMaxSeconds * 1000,
    attemptTimeoutMs: config.cases.delivery.attemptTimeoutSeconds * 1000,
  });

  return { teams, delivery };
}
