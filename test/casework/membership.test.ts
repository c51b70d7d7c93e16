import { describe, expect, it } from 'vitest';
import {
  ConfiguredMembership,
  Coordinators,
  RosterMembership,
  StaffDirectory,
  type RosterMember,
} from '../../src/casework/membership.js';

describe('team membership', () => {
  it('from configuration: per wijkteam, ids without regard to case', async () => {
    const membership = new ConfiguredMembership({ west: ['A1B2C3D4-0000-0000-0000-000000000001'] });
    expect(await membership.isMember('west', 'a1b2c3d4-0000-0000-0000-000000000001')).toBe(true);
    expect(await membership.isMember('noord', 'a1b2c3d4-0000-0000-0000-000000000001')).toBe(false);
    expect(await membership.isMember('west', 'someone-else')).toBe(false);
  });

  it('from the roster: cached for a while, read again after, unreadable means no', async () => {
    let now = 0;
    let reads = 0;
    let roster: RosterMember[] = [
      { aadObjectId: 'aad-anna', teamsUserId: '29:anna', name: 'Anna' },
    ];
    let broken = false;
    const membership = new RosterMembership(
      (wijkteam) => {
        reads += 1;
        if (broken) return Promise.reject(new Error('Teams unreachable'));
        return Promise.resolve(wijkteam === 'west' ? roster : []);
      },
      () => now,
      60_000,
    );
    expect(await membership.isMember('west', 'aad-anna')).toBe(true);
    roster = [];
    now = 59_000;
    expect(await membership.isMember('west', 'aad-anna')).toBe(true);
    expect(reads).toBe(1);
    now = 61_000;
    expect(await membership.isMember('west', 'aad-anna')).toBe(false);
    expect(reads).toBe(2);
    broken = true;
    now = 200_000;
    expect(await membership.isMember('west', 'aad-anna')).toBe(false);
  });

  it('coordinators and the staff directory', () => {
    const coordinators = new Coordinators(['AAD-CARLA']);
    expect(coordinators.has('aad-carla')).toBe(true);
    expect(coordinators.list()).toEqual(['aad-carla']);
    const directory = new StaffDirectory();
    directory.remember('AAD-Anna', '29:anna');
    expect(directory.teamsUserIdOf('aad-anna')).toBe('29:anna');
    expect(directory.teamsUserIdOf('aad-bram')).toBeUndefined();
  });
});
