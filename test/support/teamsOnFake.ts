import { createAzureChannelAdapter } from '../../src/bot/cloudAdapter.js';
import type { CaseRepository } from '../../src/cases/caseRepository.js';
import type { ChannelLinkStore } from '../../src/casework/channelLinks.js';
import {
  ConfiguredMembership,
  Coordinators,
  StaffDirectory,
} from '../../src/casework/membership.js';
import type { VerbDependencies } from '../../src/casework/types.js';
import { sharedCardFor } from '../../src/casework/views.js';
import type { Clock } from '../../src/shared/clock.js';
import { GraphClient } from '../../src/teams/graphClient.js';
import { PostedCardFinder } from '../../src/teams/postedCardFinder.js';
import { TeamsNotifier, type TeamsNotifierOptions } from '../../src/teams/teamsNotifier.js';
import type { FakeBotConnector } from './fakeBotConnector.js';
import { silentLogger } from './logs.js';

/**
 * The Teams side of the handover wired to the loopback fake (Bot Connector and Graph), as the
 * Teams runtime wires it, for the tests of the notifier, a card in doubt and a reminder in doubt.
 */

/** The card verbs' collaborators with nobody a member: enough to render the shared card. */
export function verbDependencies(repository: CaseRepository, clock: Clock): VerbDependencies {
  return {
    repository,
    membership: new ConfiguredMembership({}),
    coordinators: new Coordinators([]),
    directory: new StaffDirectory(),
    clock,
    logger: silentLogger(),
  };
}

/** Links a wijkteam to a channel on the fake, as "koppel wijkteam …" does. */
export async function linkChannelOnFake(
  links: ChannelLinkStore,
  fake: FakeBotConnector,
  options: {
    readonly wijkteam: string;
    readonly channel: string;
    readonly at: Date;
    /** The team's group id for Graph; absent for a link made before Graph was used. */
    readonly graphTeamId?: string;
  },
): Promise<void> {
  await links.link({
    wijkteam: options.wijkteam,
    conversationId: options.channel,
    serviceUrl: fake.serviceUrl,
    tenantId: 'tenant-enschede',
    teamId: '19:general@thread.tacv2',
    ...(options.graphTeamId === undefined ? {} : { graphTeamId: options.graphTeamId }),
    channelName: 'Overdrachten',
    linkedBy: 'aad-carla',
    linkedAt: options.at.toISOString(),
  });
}

/** A notifier on the fake without an app registration (no JWT), retrying without waiting. */
export function notifierOnFake(
  options: {
    readonly repository: CaseRepository;
    readonly links: ChannelLinkStore;
    readonly clock: Clock;
  } & Partial<Omit<TeamsNotifierOptions, 'links' | 'repository'>> & {
      /** Remember a new card after a fallback (the runtime does); default false. */
      readonly remembers?: boolean;
    },
): TeamsNotifier {
  const { repository, links, clock, remembers, ...rest } = options;
  const deps = verbDependencies(repository, clock);
  return new TeamsNotifier({
    adapter: createAzureChannelAdapter({
      appId: undefined,
      appPassword: undefined,
      appType: 'MultiTenant',
      tenantId: undefined,
    }),
    botAppId: '',
    links,
    sharedCard: (item) => sharedCardFor(item, deps),
    logger: silentLogger(),
    sleep: () => Promise.resolve(),
    ...(remembers === true ? { repository } : {}),
    ...rest,
  });
}

/** The Graph lookup of a card or reminder in doubt, against the fake's Graph. */
export function finderOnFake(fake: FakeBotConnector, links: ChannelLinkStore): PostedCardFinder {
  return new PostedCardFinder({
    graph: new GraphClient({
      clientId: fake.graph.clientId,
      clientSecret: fake.graph.clientSecret,
      graphUrl: fake.graph.url,
      loginUrl: fake.graph.url,
    }),
    links,
    botAppId: fake.graph.clientId,
    tenantId: undefined,
  });
}
