/**
 * Teams as the bot meets it in the end-to-end tests: wijkteam Centrum's channel, the tenant and the
 * bot, and activities posted to /api/messages as Teams posts them from a channel (no app
 * registration in tests: no JWT). The replies go to the loopback fake Bot Connector at `serviceUrl`.
 */
export const CENTRUM_CHANNEL = '19:wijkteam-centrum@thread.tacv2';
export const TEAMS_TENANT = 'tenant-enschede';
export const TEAMS_BOT = { id: '28:wijkwijzer', name: 'Wijkwijzer' };
/** Centrum's team as Microsoft Graph knows it (`channelData.team.aadGroupId`, a GUID). */
export const CENTRUM_TEAM_GROUP = '7d3c2b1a-4e5f-4a6b-8c7d-9e0f1a2b3c4d';

/** Who acts in Teams: a Teams user id, the Entra object id and a display name. */
export interface TeamsMember {
  readonly id: string;
  readonly aadObjectId: string;
  readonly name: string;
}

export interface TeamsTarget {
  /** Where the bot listens (the app, or the proxy in front of two instances). */
  readonly botUrl: string;
  /** The fake Bot Connector's address, where the bot sends its replies. */
  readonly serviceUrl: string;
}

/** An activity from a Teams channel to the bot: a message, an invoke, a conversation update. */
export function fromTeamsChannel(
  target: TeamsTarget,
  activity: Record<string, unknown>,
  conversationId = `${CENTRUM_CHANNEL};messageid=1764752400000`,
  channel = CENTRUM_CHANNEL,
): Promise<Response> {
  return fetch(`${target.botUrl}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      channelId: 'msteams',
      serviceUrl: target.serviceUrl,
      recipient: TEAMS_BOT,
      conversation: {
        id: conversationId,
        isGroup: true,
        conversationType: 'channel',
        tenantId: TEAMS_TENANT,
      },
      channelData: {
        channel: { id: channel, name: 'Overdrachten' },
        team: { id: '19:team-centrum@thread.tacv2', aadGroupId: CENTRUM_TEAM_GROUP },
        tenant: { id: TEAMS_TENANT },
      },
      ...activity,
    }),
  });
}

/** "Ik pak dit op" pressed on a case card: the card's Universal Action as Teams sends it. */
export function claimInvoke(options: {
  readonly id: string;
  readonly cardId: string | undefined;
  readonly from: TeamsMember;
  readonly reference: string;
  readonly expectedVersion: number;
}): Record<string, unknown> {
  return {
    type: 'invoke',
    name: 'adaptiveCard/action',
    id: options.id,
    replyToId: options.cardId,
    from: options.from,
    value: {
      action: {
        type: 'Action.Execute',
        verb: 'claim',
        data: {
          reference: options.reference,
          verb: 'claim',
          expectedVersion: options.expectedVersion,
        },
      },
      trigger: 'manual',
    },
  };
}
