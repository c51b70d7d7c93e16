import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  channelIdOf,
  FileChannelLinkStore,
  InMemoryChannelLinkStore,
  type ChannelLink,
} from '../../src/casework/channelLinks.js';
import { silentLogger } from '../support/logs.js';

const link = (wijkteam: string, conversationId: string): ChannelLink => ({
  wijkteam,
  conversationId,
  serviceUrl: 'https://smba.trafficmanager.net/emea/',
  tenantId: 'tenant',
  teamId: '19:team@thread.tacv2',
  channelName: 'Overdrachten',
  linkedBy: 'aad-carla',
  linkedAt: '2026-12-03T10:00:00.000Z',
});

describe('channel links', () => {
  let directory: string;

  beforeEach(async () => {
    directory = await mkdtemp(path.join(tmpdir(), 'wijkwijzer-links-'));
  });

  afterEach(async () => {
    await rm(directory, { recursive: true, force: true });
  });

  it('store the channel id without the thread suffix, replace per wijkteam, unlink per channel', async () => {
    const store = new InMemoryChannelLinkStore();
    expect(await store.link(link('centrum', '19:a@thread.tacv2;messageid=123'))).toBeUndefined();
    expect(store.get('centrum')?.conversationId).toBe('19:a@thread.tacv2');
    await store.link(link('oost-binnen', '19:a@thread.tacv2'));
    const replaced = await store.link(link('centrum', '19:b@thread.tacv2'));
    expect(replaced?.conversationId).toBe('19:a@thread.tacv2');
    expect(await store.unlinkConversation('19:a@thread.tacv2;messageid=9')).toEqual([
      'oost-binnen',
    ]);
    expect(store.list().map((item) => item.wijkteam)).toEqual(['centrum']);
    expect(channelIdOf('19:x@thread.tacv2;messageid=1')).toBe('19:x@thread.tacv2');
  });

  it('survive a restart in the file store', async () => {
    const file = path.join(directory, 'teams-links.json');
    const first = await FileChannelLinkStore.open(file, silentLogger());
    await first.link(link('centrum', '19:a@thread.tacv2'));
    await first.close();
    const second = await FileChannelLinkStore.open(file, silentLogger());
    expect(second.get('centrum')).toEqual(link('centrum', '19:a@thread.tacv2'));
    await second.close();
  });
});
