import { TeamsInfo, type CloudAdapter, type TurnContext } from 'botbuilder';
import type { ChannelLinkStore } from '../casework/channelLinks.js';
import type { RosterMember, RosterSource, StaffDirectory } from '../casework/membership.js';

/**
 * The roster of the team whose channel is linked to a wijkteam, read from Teams (paged, 500 at a
 * time), for `RosterMembership`. Every member read also teaches the staff directory their Teams
 * user id, so personal card views reach them without a click first. No link: an empty roster.
 */
export function teamsRosterSource(
  adapter: CloudAdapter,
  botAppId: string,
  links: ChannelLinkStore,
  directory?: StaffDirectory,
): RosterSource {
  return async (wijkteam) => {
    const link = links.get(wijkteam);
    if (link === undefined) return [];
    const members: RosterMember[] = [];
    await adapter.continueConversationAsync(
      botAppId,
      {
        channelId: 'msteams',
        serviceUrl: link.serviceUrl,
        conversation: {
          id: link.conversationId,
          isGroup: true,
          conversationType: 'channel',
          name: '',
          ...(link.tenantId === null ? {} : { tenantId: link.tenantId }),
        },
      },
      async (context: TurnContext) => {
        let continuationToken: string | undefined;
        do {
          const page = await TeamsInfo.getPagedMembers(context, 500, continuationToken);
          for (const member of page.members) {
            if (member.aadObjectId === undefined) continue;
            members.push({
              aadObjectId: member.aadObjectId.toLowerCase(),
              teamsUserId: member.id,
              name: member.name,
            });
            directory?.remember(member.aadObjectId, member.id);
          }
          continuationToken = page.continuationToken;
        } while (continuationToken !== undefined && continuationToken !== '');
      },
    );
    return members;
  };
}
