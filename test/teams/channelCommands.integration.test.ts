import type { Activity } from 'botbuilder';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAzureChannelAdapter } from '../../src/bot/cloudAdapter.js';
import { InMemoryChannelLinkStore } from '../../src/casework/channelLinks.js';
import {
  handleChannelCommand,
  parseChannelCommand,
  type ChannelCommandDependencies,
} from '../../src/teams/channelCommands.js';
import { Coordinators } from '../../src/casework/membership.js';
import { startFakeBotConnector, type FakeBotConnector } from '../support/fakeBotConnector.js';
import { silentLogger } from '../support/logs.js';

const CHANNEL = '19:overdrachten@thread.tacv2';
const COORDINATOR = { id: '29:carla', aadObjectId: 'AAD-CARLA', name: 'Carla Smit' };
const COLLEAGUE = { id: '29:bram', aadObjectId: 'aad-bram', name: 'Bram Jansen' };

describe('channel commands', () => {
  let fake: FakeBotConnector;
  let deps: ChannelCommandDependencies;
  let links: InMemoryChannelLinkStore;

  beforeEach(async () => {
    fake = await startFakeBotConnector();
    links = new InMemoryChannelLinkStore();
    deps = {
      links,
      coordinators: new Coordinators(['aad-carla']),
      wijkteams: [
        { id: 'boswinkel-boekelo', name: 'Boswinkel-Boekelo' },
        { id: 'centrum', name: 'Centrum' },
      ],
      clock: { now: () => new Date('2026-12-03T10:00:00Z') },
      logger: silentLogger(),
    };
  });

  afterEach(async () => {
    await fake.close();
  });

  /** Types a message in the channel (or a personal chat) and returns the bot's reply, if any. */
  async function say(
    text: string,
    from = COORDINATOR,
    where: 'channel' | 'personal' = 'channel',
  ): Promise<{ handled: boolean; reply: string | undefined }> {
    const adapter = createAzureChannelAdapter({
      appId: undefined,
      appPassword: undefined,
      appType: 'MultiTenant',
      tenantId: undefined,
    });
    const conversationId =
      where === 'channel' ? `${CHANNEL};messageid=1764752400999` : 'a:1personal';
    const before = fake.activities(conversationId).length;
    let handled = false;
    await adapter.handle(
      '',
      {
        type: 'message',
        id: 'message-1',
        channelId: 'msteams',
        serviceUrl: fake.serviceUrl,
        text: `<at>Wijkwijzer</at> ${text}`,
        entities: [
          {
            type: 'mention',
            text: '<at>Wijkwijzer</at>',
            mentioned: { id: '28:wijkwijzer', name: 'Wijkwijzer' },
          },
        ],
        from,
        recipient: { id: '28:wijkwijzer', name: 'Wijkwijzer' },
        conversation:
          where === 'channel'
            ? {
                id: conversationId,
                isGroup: true,
                conversationType: 'channel',
                tenantId: 'tenant-1',
              }
            : { id: conversationId, conversationType: 'personal' },
        channelData:
          where === 'channel'
            ? {
                channel: { id: CHANNEL, name: 'Overdrachten' },
                team: {
                  id: '19:team@thread.tacv2',
                  aadGroupId: '6A1B2C3D-4E5F-4A6B-8C7D-9E0F1A2B3C4D',
                },
                tenant: { id: 'tenant-1' },
              }
            : { tenant: { id: 'tenant-1' } },
      } as unknown as Activity,
      async (context) => {
        handled = await handleChannelCommand(context, deps);
      },
    );
    const replies = fake.activities(conversationId).slice(before);
    return {
      handled,
      reply: replies.map((item) => String(item.activity.text)).join('\n') || undefined,
    };
  }

  it('a coordinator links the channel to a wijkteam by name, whatever the spelling', async () => {
    const { reply } = await say('koppel wijkteam boswinkel boekelo');
    expect(reply).toContain('Dit kanaal is nu gekoppeld aan wijkteam Boswinkel-Boekelo.');
    expect(reply).toContain('ontkoppel');
    expect(links.get('boswinkel-boekelo')).toMatchObject({
      conversationId: CHANNEL,
      serviceUrl: fake.serviceUrl,
      tenantId: 'tenant-1',
      teamId: '19:team@thread.tacv2',
      // The team's group id, which Microsoft Graph calls the team id (to find a card in doubt).
      graphTeamId: '6a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d',
      channelName: 'Overdrachten',
      linkedBy: 'aad-carla',
    });
  });

  it('anyone else gets a polite refusal and nothing is linked', async () => {
    const { reply } = await say('koppel wijkteam Centrum', COLLEAGUE);
    expect(reply).toContain('Alleen een coördinator kan een kanaal koppelen');
    expect(links.list()).toEqual([]);
    expect((await say('ontkoppel', COLLEAGUE)).reply).toContain('Alleen een coördinator');
  });

  it('an unknown or missing wijkteam gets the list to choose from', async () => {
    expect((await say('koppel wijkteam West')).reply).toBe(
      'Wijkteam "West" ken ik niet. Kies uit: Boswinkel-Boekelo, Centrum.',
    );
    // The example is a team of this gemeente's routing, not a name of the code's.
    expect((await say('koppel wijkteam')).reply).toBe(
      'Welk wijkteam? Typ bijvoorbeeld: koppel wijkteam Boswinkel-Boekelo. Kies uit: Boswinkel-Boekelo, Centrum.',
    );
    expect(links.list()).toEqual([]);
  });

  it('names another gemeente’s teams as they call themselves, never "wijkteam Sociaal team"', async () => {
    // The wijkteams of the dev kaart Reggedal (test/fixtures/kaart-reggedal/gebieden.yaml).
    deps = {
      ...deps,
      wijkteams: [
        { id: 'reggedal-noord', name: 'Sociaal team Reggedal-Noord' },
        { id: 'reggedal-zuid', name: 'Sociaal team Reggedal-Zuid' },
      ],
    };
    expect((await say('koppel')).reply).toBe(
      'Welk wijkteam? Typ bijvoorbeeld: koppel Sociaal team Reggedal-Noord. Kies uit: Sociaal team Reggedal-Noord, Sociaal team Reggedal-Zuid.',
    );
    expect((await say('koppel Sociaal team Reggedal-Zuid')).reply).toMatch(
      /^Dit kanaal is nu gekoppeld aan Sociaal team Reggedal-Zuid\. /,
    );
    expect((await say('koppelingen', COLLEAGUE)).reply).toBe(
      'Deze wijkteams hebben een kanaal:\n- Sociaal team Reggedal-Zuid: kanaal Overdrachten',
    );
    const unlinked = (await say('ontkoppel')).reply;
    expect(unlinked).toMatch(
      /^Dit kanaal is niet meer gekoppeld aan Sociaal team Reggedal-Zuid\. /,
    );
    expect(unlinked).not.toContain('wijkteam Sociaal');
  });

  it('linking only works in a channel', async () => {
    expect((await say('koppel wijkteam Centrum', COORDINATOR, 'personal')).reply).toContain(
      'alleen in een kanaal',
    );
    expect(links.list()).toEqual([]);
  });

  it('lists the links, and unlinks this channel', async () => {
    await say('koppel wijkteam Centrum');
    expect((await say('koppelingen', COLLEAGUE)).reply).toBe(
      'Deze wijkteams hebben een kanaal:\n- Wijkteam Centrum: kanaal Overdrachten',
    );
    expect((await say('ontkoppel')).reply).toContain('niet meer gekoppeld aan wijkteam Centrum');
    expect(links.list()).toEqual([]);
    expect((await say('ontkoppel')).reply).toBe('Dit kanaal is niet gekoppeld aan een wijkteam.');
  });

  it('leaves other messages to the bot', async () => {
    expect(await say('goedemorgen allemaal')).toEqual({ handled: false, reply: undefined });
  });

  it('parses the commands', () => {
    expect(parseChannelCommand('  Koppel   wijkteam  Oost-Binnen ')).toEqual({
      kind: 'link',
      team: 'Oost-Binnen',
    });
    expect(parseChannelCommand('koppel')).toEqual({ kind: 'link', team: '' });
    expect(parseChannelCommand('KOPPELINGEN')).toEqual({ kind: 'links' });
    expect(parseChannelCommand('help')).toEqual({ kind: 'help' });
    expect(parseChannelCommand('koppelen is leuk')).toBeUndefined();
  });
});
