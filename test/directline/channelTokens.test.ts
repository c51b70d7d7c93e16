import { decodeJwt } from 'jose';
import { describe, expect, it } from 'vitest';
import { bearerToken, ChannelTokens } from '../../src/directline/channelTokens.js';
import { WijkwijzerError } from '../../src/shared/errors.js';
import { ManualClock } from '../support/manualClock.js';

const SECRET = 'a-test-secret-that-is-long-enough-0123456789';

function setup(ttlSeconds = 1800) {
  const clock = new ManualClock();
  const tokens = new ChannelTokens({ secret: SECRET, ttlSeconds, clock });
  return { clock, tokens };
}

async function codeOf(promise: Promise<unknown>): Promise<{ code: string; status: number }> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof WijkwijzerError) return { code: error.code, status: error.status };
    throw error;
  }
  throw new Error('expected a WijkwijzerError, got success');
}

describe('ChannelTokens', () => {
  it('binds a conversation token to one conversation and one user', async () => {
    const { tokens } = setup();
    const issued = await tokens.issueConversationToken('convA', 'dl_userA');
    expect(issued.expiresIn).toBe(1800);
    const claims = await tokens.verifyConversationToken(issued.token, 'convA');
    expect(claims).toMatchObject({
      conversationId: 'convA',
      userId: 'dl_userA',
      scope: 'conversation',
    });
    // botframework-directlinejs reads the `user` claim to know the user id is fixed by the token.
    expect(decodeJwt(issued.token)).toMatchObject({ conv: 'convA', user: 'dl_userA' });
  });

  it('refuses a token for another conversation with WW-2103 (403)', async () => {
    const { tokens } = setup();
    const issued = await tokens.issueConversationToken('convA', 'dl_userA');
    expect(await codeOf(tokens.verifyConversationToken(issued.token, 'convB'))).toEqual({
      code: 'WW-2103',
      status: 403,
    });
  });

  it('tells a missing token (401) from a forged one (403)', async () => {
    const { tokens, clock } = setup();
    expect(await codeOf(tokens.verifyConversationToken(undefined))).toEqual({
      code: 'WW-2101',
      status: 401,
    });
    expect(await codeOf(tokens.verifyConversationToken(''))).toEqual({
      code: 'WW-2101',
      status: 401,
    });
    expect(await codeOf(tokens.verifyConversationToken('not.a.jwt'))).toEqual({
      code: 'WW-2102',
      status: 403,
    });
    const other = new ChannelTokens({ secret: `${SECRET}-other`, ttlSeconds: 1800, clock });
    const forged = await other.issueConversationToken('convA', 'dl_userA');
    expect(await codeOf(tokens.verifyConversationToken(forged.token, 'convA'))).toEqual({
      code: 'WW-2102',
      status: 403,
    });
  });

  it('accepts a token until its expiry and refuses it after (403, so clients fetch a new one)', async () => {
    const { tokens, clock } = setup(600);
    const issued = await tokens.issueConversationToken('convA', 'dl_userA');
    clock.advanceSeconds(599);
    await expect(tokens.verifyConversationToken(issued.token, 'convA')).resolves.toBeDefined();
    clock.advanceSeconds(2);
    expect(await codeOf(tokens.verifyConversationToken(issued.token, 'convA'))).toEqual({
      code: 'WW-2102',
      status: 403,
    });
  });

  it('keeps scopes apart: no token works outside its own purpose', async () => {
    const { tokens } = setup();
    const conversation = await tokens.issueConversationToken('convA', 'dl_userA');
    const stream = await tokens.issueStreamToken('convA', 'dl_userA');
    const bot = await tokens.issueServiceToken('bot');
    const generate = await tokens.issueServiceToken('generate');

    expect((await codeOf(tokens.verifyConversationToken(stream.token, 'convA'))).code).toBe(
      'WW-2102',
    );
    expect((await codeOf(tokens.verifyConversationToken(bot.token))).code).toBe('WW-2102');
    expect((await codeOf(tokens.verifyStreamToken(conversation.token, 'convA'))).code).toBe(
      'WW-2102',
    );
    expect((await codeOf(tokens.verifyServiceToken(conversation.token, 'bot'))).code).toBe(
      'WW-2102',
    );
    expect((await codeOf(tokens.verifyServiceToken(generate.token, 'bot'))).code).toBe('WW-2102');
    expect((await codeOf(tokens.verifyServiceToken(bot.token, 'generate'))).code).toBe('WW-2102');
    await expect(tokens.verifyServiceToken(bot.token, 'bot')).resolves.toMatchObject({
      scope: 'bot',
    });
    await expect(tokens.verifyServiceToken(generate.token, 'generate')).resolves.toMatchObject({
      scope: 'generate',
    });
  });

  it('spends a stream token on first use and lets it expire within a minute', async () => {
    const { tokens, clock } = setup();
    const first = await tokens.issueStreamToken('convA', 'dl_userA');
    await expect(tokens.verifyStreamToken(first.token, 'convA')).resolves.toMatchObject({
      scope: 'stream',
    });
    expect((await codeOf(tokens.verifyStreamToken(first.token, 'convA'))).code).toBe('WW-2102');

    const second = await tokens.issueStreamToken('convA', 'dl_userA');
    expect((await codeOf(tokens.verifyStreamToken(second.token, 'convB'))).code).toBe('WW-2103');
    const third = await tokens.issueStreamToken('convA', 'dl_userA');
    clock.advanceSeconds(61);
    expect((await codeOf(tokens.verifyStreamToken(third.token, 'convA'))).code).toBe('WW-2102');
  });

  it('refuses to mint a token for an id it would not accept', async () => {
    const { tokens } = setup();
    expect((await codeOf(tokens.issueConversationToken('conv|A', 'dl_userA'))).code).toBe(
      'WW-2004',
    );
  });
});

describe('bearerToken', () => {
  it('reads the token of a Bearer header only', () => {
    expect(bearerToken('Bearer abc.def.ghi')).toBe('abc.def.ghi');
    expect(bearerToken('bearer   abc')).toBe('abc');
    expect(bearerToken('Basic abc')).toBeUndefined();
    expect(bearerToken('Bearer')).toBeUndefined();
    expect(bearerToken(undefined)).toBeUndefined();
  });
});
