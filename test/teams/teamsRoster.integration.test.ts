import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAzureChannelAdapter } from '../../src/bot/cloudAdapter.js';
import { InMemoryChannelLinkStore } from '../../src/casework/channelLinks.js';
import { RosterMembership, StaffDirectory } from '../../src/casework/membership.js';
import { teamsRosterSource } from '../../src/teams/teamsRoster.js';
import { startFakeBotConnector, type FakeBotConnector } from '../support/fakeBotConnector.js';

const CHANNEL = '19:overdrachten@thread.tacv2';

describe('team roster from Teams', () => {
  let fake: FakeBotConnector;

  beforeEach(async () => {
    fake = await startFakeBotConnector();
  });

  afterEach(async () => {
    await fake.close();
  });

  it('makes the members of the linked channel members of the wijkteam, and no one else', async () => {
    const links = new InMemoryChannelLinkStore();
    await links.link({
      wijkteam: 'centrum',
      conversationId: CHANNEL,
      serviceUrl: fake.serviceUrl,
      tenantId: null,
      teamId: null,
      channelName: null,
      linkedBy: 'aad-carla',
      linkedAt: '2026-12-03T10:00:00.000Z',
    });
    fake.setMembers(CHANNEL, [
      { id: '29:anna', name: 'Anna de Vries', aadObjectId: 'AAD-ANNA' },
      { id: '29:bram', name: 'Bram Jansen', aadObjectId: 'aad-bram' },
    ]);
    const directory = new StaffDirectory();
    const adapter = createAzureChannelAdapter({
      appId: undefined,
      appPassword: undefined,
      appType: 'MultiTenant',
      tenantId: undefined,
    });
    const membership = new RosterMembership(
      teamsRosterSource(adapter, '', links, directory),
      () => 0,
    );
    expect(await membership.isMember('centrum', 'aad-anna')).toBe(true);
    expect(await membership.isMember('centrum', 'aad-dirk')).toBe(false);
    expect(await membership.isMember('oost-binnen', 'aad-anna')).toBe(false); // no channel linked
    expect(directory.teamsUserIdOf('aad-bram')).toBe('29:bram');
    const rosterReads = fake.requests.filter((request) => request.path.endsWith('/pagedmembers'));
    expect(rosterReads).toHaveLength(1); // cached
  });
});
