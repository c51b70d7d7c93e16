import { MemoryStorage } from 'botbuilder';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { caseStatusLine } from '../../dialogs/caseStatus.js';
import { createBotRuntime, type BotRuntime } from '../../src/bot/botRuntime.js';
import type { Case } from '../../src/cases/case.js';
import { loadConfig } from '../../src/config.js';
import { transitionCase } from '../../src/cases/caseRepository.js';
import { InMemoryCaseRepository } from '../../src/cases/memoryCaseRepository.js';
import { widgetConfig } from '../../src/webchat/pageRoutes.js';
import { alice, newCaseInput } from '../cases/fixtures/caseFixtures.js';
import { startRealServices, type RealServices } from '../dialogs/journeys/realServices.js';
import { silentLogger } from '../support/logs.js';
import { ManualClock } from '../support/manualClock.js';
import {
  startWebChatHarness,
  texts,
  type StartedConversation,
  type WebChatHarness,
} from '../support/webChatHarness.js';

/**
 * The resident notifier through the real bot: a proactive turn on the web chat adapter, which
 * reads the conversation's language from the bot's state. A resident who wrote English hears that
 * the question was picked up in English; one who wrote Dutch, in Dutch
 * (docs/adr/0020-house-layout-and-dependency-rules.md, "One port per job").
 */
describe('telling a resident in the web chat that their question was picked up', () => {
  let harness: WebChatHarness | undefined;
  let real: RealServices | undefined;
  let bot: BotRuntime;
  let cases: InMemoryCaseRepository;
  let clock: ManualClock;

  beforeEach(async () => {
    clock = new ManualClock();
    real = await startRealServices(clock);
    harness = await startWebChatHarness({ logic: null, clock });
    cases = new InMemoryCaseRepository({ clock, referencePrefix: 'WW', logger: silentLogger() });
    bot = createBotRuntime({
      config: harness.config,
      logger: silentLogger(),
      storage: new MemoryStorage(),
      channel: harness.channel.connector,
      conversation: real.services(cases),
    });
    harness.channel.setBotEndpoint(bot.webChatEndpoint);
  });

  afterEach(async () => {
    await harness?.close();
    await real?.stop();
    harness = undefined;
    real = undefined;
  });

  async function say(conversation: StartedConversation, text: string): Promise<void> {
    const posted = await harness!.request(
      'POST',
      `/v3/directline/conversations/${conversation.conversationId}/activities`,
      {
        token: conversation.token,
        body: { type: 'message', from: { id: conversation.userId }, text },
      },
    );
    expect(posted.status).toBe(200);
  }

  /** What the bot sent in the conversation, as the resident's Direct Line client reads it. */
  async function botActivities(
    conversation: StartedConversation,
  ): Promise<{ text?: unknown; locale?: string; from: { id: string } }[]> {
    const listed = await harness!.request(
      'GET',
      `/v3/directline/conversations/${conversation.conversationId}/activities`,
      { token: conversation.token },
    );
    return (
      listed.body as { activities: { text?: unknown; locale?: string; from: { id: string } }[] }
    ).activities.filter((activity) => activity.from.id !== conversation.userId);
  }

  async function botTexts(conversation: StartedConversation): Promise<string[]> {
    return texts(await botActivities(conversation));
  }

  async function claimedCaseOf(conversation: StartedConversation): Promise<Case> {
    const wijkteam = real!.routing.teams[0]!.id;
    const created = await cases.create(
      newCaseInput({ wijkteam, residentKey: `webchat:${conversation.userId}` }),
    );
    const claimed = await transitionCase(
      cases,
      created.reference,
      { type: 'claim' },
      alice,
      created.version,
      clock,
    );
    if (!claimed.ok) throw new Error('claim refused');
    return claimed.case;
  }

  it('writes in English to a resident who chose English', async () => {
    const conversation = await harness!.startConversation('resident-key-english-0123456789ab');
    await say(conversation, 'I need help with my bills and debts');
    expect(await botTexts(conversation)).toContain('Thank you. I have read your question.');
    const current = await claimedCaseOf(conversation);

    expect(await bot.residentNotifier.notify(current)).toBe(true);

    const english = caseStatusLine(current, real!.routing, 'en');
    const dutch = caseStatusLine(current, real!.routing, 'nl');
    expect(english).not.toBe(dutch);
    const said = await botTexts(conversation);
    expect(said.at(-1)).toBe(english);
    expect(said).not.toContain(dutch);
  });

  it("carries the locale of the bot's own replies, which the widget follows", async () => {
    const conversation = await harness!.startConversation('resident-key-locale-0123456789abc');
    await say(conversation, 'I need help with my bills and debts');
    const current = await claimedCaseOf(conversation);
    expect(await bot.residentNotifier.notify(current)).toBe(true);

    const locales = (await botActivities(conversation)).map((activity) => activity.locale);
    const [reply] = locales;
    expect(reply).toMatch(/^en-/);
    // The status line (the last one) is English in the same way as every reply before it.
    expect(new Set(locales)).toEqual(new Set([reply]));
    expect(widgetConfig(loadConfig({})).english?.locale).toBe(reply);
  });

  it('writes in Dutch to a resident who wrote Dutch', async () => {
    const conversation = await harness!.startConversation('resident-key-dutch-0123456789abcd');
    await say(conversation, 'Ik heb schulden en de huur is te hoog');
    const current = await claimedCaseOf(conversation);

    expect(await bot.residentNotifier.notify(current)).toBe(true);

    expect((await botTexts(conversation)).at(-1)).toBe(
      caseStatusLine(current, real!.routing, 'nl'),
    );
    expect(caseStatusLine(current, real!.routing, 'nl')).toMatch(
      /^Uw vraag is opgepakt door Alice/,
    );
  });

  it('reaches nobody when the resident is not connected or chats on another channel', async () => {
    const conversation = await harness!.startConversation('resident-key-0123456789abcdefghij');
    const elsewhere = { ...(await claimedCaseOf(conversation)) };

    expect(
      await bot.residentNotifier.notify({ ...elsewhere, residentKey: 'webchat:dl_someone-else' }),
    ).toBe(false);
    expect(
      await bot.residentNotifier.notify({
        ...elsewhere,
        residentKey: `emulator:${conversation.userId}`,
      }),
    ).toBe(false);
    expect(await bot.residentNotifier.notify({ ...elsewhere, residentKey: null })).toBe(false);
    expect(await botTexts(conversation)).toEqual([]);
  });
});
