import { TurnContext } from 'botbuilder';
import { nl } from '../i18n/nl/index.js';
import type { Clock } from '../shared/clock.js';
import { moduleLogger, type Logger } from '../shared/logger.js';
import { channelIdOf, type ChannelLinkStore } from '../casework/channelLinks.js';
import type { Coordinators } from '../casework/membership.js';

/**
 * The bot's commands in Teams: "koppel wijkteam <naam>", "ontkoppel", "koppelingen" and "help".
 * Linking decides where resident questions go, so only configured coordinators (Entra object
 * ids, checked on the server) may link or unlink; anyone in the team may list and ask for help.
 */

export interface WijkteamChoice {
  readonly id: string;
  /** Display name, such as "Boswinkel-Boekelo". */
  readonly name: string;
}

export interface ChannelCommandDependencies {
  readonly links: ChannelLinkStore;
  readonly coordinators: Coordinators;
  /** The wijkteams of the routing file (knowledge/routering.yaml). */
  readonly wijkteams: readonly WijkteamChoice[];
  readonly clock: Clock;
  readonly logger: Logger;
}

export type ChannelCommand =
  | { readonly kind: 'link'; readonly team: string }
  | { readonly kind: 'unlink' }
  | { readonly kind: 'links' }
  | { readonly kind: 'help' };

/** Reads a command from message text with the @mention already removed; undefined if none. */
export function parseChannelCommand(text: string): ChannelCommand | undefined {
  const words = text.trim().replace(/\s+/g, ' ');
  const link = /^koppel(?: wijkteam)?(?: (.*))?$/i.exec(words);
  if (link !== null) return { kind: 'link', team: (link[1] ?? '').trim() };
  if (/^ontkoppel(?: .*)?$/i.test(words)) return { kind: 'unlink' };
  if (/^koppelingen$/i.test(words)) return { kind: 'links' };
  if (/^(?:help|hulp)$/i.test(words)) return { kind: 'help' };
  return undefined;
}

const comparable = (value: string) =>
  value
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');

export function findWijkteam(
  wijkteams: readonly WijkteamChoice[],
  name: string,
): WijkteamChoice | undefined {
  const wanted = comparable(name);
  if (wanted === '') return undefined;
  return wijkteams.find(
    (team) => comparable(team.id) === wanted || comparable(team.name) === wanted,
  );
}

interface TeamsChannelData {
  readonly channel?: { readonly id?: string; readonly name?: string };
  /** `aadGroupId`: the team's Microsoft 365 group, which Microsoft Graph calls the team id. */
  readonly team?: { readonly id?: string; readonly aadGroupId?: unknown };
  readonly tenant?: { readonly id?: string };
}

const GROUP_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The team's group id when Teams sent one that looks like it (a GUID), else null. */
function graphTeamIdOf(value: unknown): string | null {
  return typeof value === 'string' && GROUP_ID.test(value) ? value.toLowerCase() : null;
}

/**
 * Handles a message in Teams if it is one of the commands, and replies. Resolves false when the
 * text is not a command, so the bot can answer otherwise.
 */
export async function handleChannelCommand(
  context: TurnContext,
  deps: ChannelCommandDependencies,
): Promise<boolean> {
  const texts = nl.teams.channel;
  const logger = moduleLogger(deps.logger, 'teams-commands');
  const command = parseChannelCommand(TurnContext.removeRecipientMention(context.activity) ?? '');
  if (command === undefined) return false;
  const teamList = deps.wijkteams.map((team) => team.name).join(', ');
  const nameOf = (id: string) => deps.wijkteams.find((team) => team.id === id)?.name ?? id;

  if (command.kind === 'help') {
    await context.sendActivity(texts.help);
    return true;
  }
  if (command.kind === 'links') {
    const links = deps.links.list();
    await context.sendActivity(
      links.length === 0
        ? texts.noLinks
        : [
            texts.linksIntro,
            ...links.map((link) =>
              texts.linkLine(nameOf(link.wijkteam), link.channelName ?? texts.unnamedChannel),
            ),
          ].join('\n'),
    );
    return true;
  }

  const caller = context.activity.from.aadObjectId ?? '';
  if (!deps.coordinators.has(caller)) {
    logger.warn({ command: command.kind, reason: 'not_coordinator' }, 'channel command refused');
    await context.sendActivity(texts.notCoordinator);
    return true;
  }
  const channelData = (context.activity.channelData ?? {}) as TeamsChannelData;
  const conversation = context.activity.conversation;
  if (conversation.conversationType !== 'channel' || channelData.channel?.id === undefined) {
    await context.sendActivity(texts.onlyInChannel);
    return true;
  }
  const channelId = channelIdOf(channelData.channel.id);

  if (command.kind === 'unlink') {
    const removed = await deps.links.unlinkConversation(channelId);
    logger.info({ unlinked: removed.length }, 'channel unlinked');
    await context.sendActivity(
      removed.length === 0 ? texts.notLinked : texts.unlinked(removed.map(nameOf)),
    );
    return true;
  }

  if (command.team === '') {
    await context.sendActivity(texts.whichTeam(deps.wijkteams.map((team) => team.name)));
    return true;
  }
  const team = findWijkteam(deps.wijkteams, command.team);
  if (team === undefined) {
    await context.sendActivity(texts.unknownTeam(command.team.slice(0, 60), teamList));
    return true;
  }
  const previous = await deps.links.link({
    wijkteam: team.id,
    conversationId: channelId,
    serviceUrl: context.activity.serviceUrl,
    tenantId: channelData.tenant?.id ?? conversation.tenantId ?? null,
    teamId: channelData.team?.id ?? null,
    graphTeamId: graphTeamIdOf(channelData.team?.aadGroupId),
    channelName: channelData.channel.name ?? null,
    linkedBy: caller.toLowerCase(),
    linkedAt: deps.clock.now().toISOString(),
  });
  logger.info({ wijkteam: team.id, replaced: previous !== undefined }, 'channel linked');
  const moved =
    previous !== undefined && previous.conversationId !== channelId
      ? [texts.movedFrom(previous.channelName ?? texts.unnamedChannel)]
      : [];
  await context.sendActivity([texts.linked(team.name), ...moved, texts.hint].join('\n\n'));
  return true;
}
