import {
  ActivityHandler,
  type Activity,
  type AdaptiveCardInvokeResponse,
  type AdaptiveCardInvokeValue,
  type TurnContext,
} from 'botbuilder';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAzureChannelAdapter } from '../../src/bot/cloudAdapter.js';
import { buildCaseCard } from '../../src/cards/caseCard.js';
import { caseCardView, SHARED_VIEWER } from '../../src/cards/caseCardView.js';
import type { Case } from '../../src/cases/case.js';
import { InMemoryCaseRepository } from '../../src/cases/memoryCaseRepository.js';
import {
  answerCardAction,
  type CardActionInvokeOptions,
} from '../../src/teams/cardActionInvoke.js';
import {
  ConfiguredMembership,
  Coordinators,
  StaffDirectory,
} from '../../src/casework/membership.js';
import type { VerbDependencies } from '../../src/casework/types.js';
import { silentLogger } from '../support/logs.js';
import { startFakeBotConnector, type FakeBotConnector } from '../support/fakeBotConnector.js';

const THREAD = '19:wijkteam-west@thread.tacv2;messageid=1764752400001';
const clock = { now: () => new Date('2026-12-03T10:00:00Z') };

/** The smallest Teams bot: what the lead's bot class does in its onAdaptiveCardInvoke. */
class CardBot extends ActivityHandler {
  constructor(private readonly options: CardActionInvokeOptions) {
    super();
  }
  protected override onAdaptiveCardInvoke(
    context: TurnContext,
    invokeValue: AdaptiveCardInvokeValue,
  ): Promise<AdaptiveCardInvokeResponse> {
    return answerCardAction(context, invokeValue, this.options);
  }
}

describe('adaptiveCard/action invoke, through the bot adapter and the fake Bot Connector', () => {
  let fake: FakeBotConnector;
  let repository: InMemoryCaseRepository;
  let deps: VerbDependencies;
  let current: Case;
  let messageId: string;
  let changed: Case[];
  let failed: Case[];

  beforeEach(async () => {
    fake = await startFakeBotConnector();
    repository = new InMemoryCaseRepository({
      clock,
      referencePrefix: 'WW',
      logger: silentLogger(),
    });
    current = await repository.create({
      wijkteam: 'west',
      story: {
        summary: 'Ik kom niet rond en durf de post niet meer open te maken.',
        levensgebieden: ['geld'],
        wijk: 'Boswinkel',
        stadsdeel: 'west',
        forWhom: 'zelf',
        ageBand: null,
        triedAlready: '',
        voorzieningenShown: [],
        conversationCount: 1,
      },
      consent: { given: true, at: clock.now().toISOString(), textVersion: 'overdracht-2026-01' },
      melder: { name: 'Fatma', phone: '0612345678', email: null, bestMoment: null, noCalls: false },
      residentKey: 'resident-1',
    });
    deps = {
      repository,
      membership: new ConfiguredMembership({ west: ['aad-anna', 'aad-bram'] }),
      coordinators: new Coordinators([]),
      directory: new StaffDirectory(),
      clock,
      logger: silentLogger(),
    };
    // The shared card as the notifier posted it in the channel.
    const posted = await fetch(
      `${fake.serviceUrl}v3/conversations/${encodeURIComponent(THREAD)}/activities`,
      {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          type: 'message',
          attachments: [
            {
              contentType: 'application/vnd.microsoft.card.adaptive',
              content: buildCaseCard(
                caseCardView(current, { now: clock.now(), viewer: SHARED_VIEWER }),
              ),
            },
          ],
        }),
      },
    );
    messageId = ((await posted.json()) as { id: string }).id;
    fake.clearRequests(); // the setup post is not part of what we test
    changed = [];
    failed = [];
  });

  afterEach(async () => {
    await fake.close();
  });

  async function press(
    verb: string,
    from: { id: string; aadObjectId: string; name: string },
    expectedVersion: number,
  ): Promise<{ status: number; card: string }> {
    const adapter = createAzureChannelAdapter({
      appId: undefined,
      appPassword: undefined,
      appType: 'MultiTenant',
      tenantId: undefined,
    });
    const bot = new CardBot({
      deps,
      onChanged: async (result) => void changed.push(result.case),
      onSharedCardFailed: async (failedCase) => void failed.push(failedCase),
    });
    const activity: Partial<Activity> = {
      type: 'invoke',
      name: 'adaptiveCard/action',
      id: `invoke-${verb}`,
      channelId: 'msteams',
      serviceUrl: fake.serviceUrl,
      conversation: { id: THREAD, isGroup: true, conversationType: 'channel', name: 'West' },
      from,
      recipient: { id: '28:wijkwijzer', name: 'Wijkwijzer' },
      replyToId: messageId,
      value: {
        action: {
          type: 'Action.Execute',
          verb,
          data: { reference: current.reference, verb, expectedVersion },
        },
        trigger: 'manual',
      },
    };
    const response = await adapter.handle('', activity as Activity, (context) => bot.run(context));
    const body = response?.body as AdaptiveCardInvokeResponse;
    expect(body.type).toBe('application/vnd.microsoft.card.adaptive');
    return { status: response?.status ?? 0, card: JSON.stringify(body.value) };
  }

  const anna = { id: '29:anna', aadObjectId: 'aad-anna', name: 'Anna de Vries' };
  const dirk = { id: '29:dirk', aadObjectId: 'aad-dirk', name: 'Dirk' };

  it('a claim updates the shared message once and answers with the personal view', async () => {
    const answer = await press('claim', anna, 1);
    expect(answer.status).toBe(200);
    expect(answer.card).toContain('06 12345678');

    const puts = fake.requests.filter((request) => request.method === 'PUT');
    expect(puts).toHaveLength(1);
    expect(puts[0]!.activityId).toBe(messageId);
    const shared = JSON.stringify(fake.activity(THREAD, messageId)?.activity);
    expect(shared).toContain('Opgepakt door');
    expect(shared).toContain('Anna de Vries');
    expect(shared).not.toContain('12345678');
    expect(shared).toContain('"userIds":["29:anna"]');
    expect(changed.map((item) => item.status)).toEqual(['opgepakt']);
  });

  it('a refresh sends nothing to Teams', async () => {
    await press('claim', anna, 1);
    fake.clearRequests();
    const answer = await press('refresh', anna, 2);
    expect(answer.card).toContain('06 12345678');
    expect(fake.requests).toEqual([]);
  });

  it('a caller from outside the wijkteam changes nothing and sends nothing', async () => {
    const answer = await press('claim', dirk, 1);
    expect(answer.card).toContain('Deze casus is niet gevonden.');
    expect(fake.requests).toEqual([]);
    expect((await repository.get(current.reference))?.version).toBe(1);
  });

  it('a verb that does not match its data is refused', async () => {
    const adapter = createAzureChannelAdapter({
      appId: undefined,
      appPassword: undefined,
      appType: 'MultiTenant',
      tenantId: undefined,
    });
    const bot = new CardBot({ deps });
    const response = await adapter.handle(
      '',
      {
        type: 'invoke',
        name: 'adaptiveCard/action',
        channelId: 'msteams',
        serviceUrl: fake.serviceUrl,
        conversation: { id: THREAD },
        from: anna,
        recipient: { id: '28:wijkwijzer' },
        replyToId: messageId,
        value: {
          action: {
            type: 'Action.Execute',
            verb: 'close',
            data: { reference: current.reference, verb: 'claim', expectedVersion: 1 },
          },
        },
      } as unknown as Activity,
      (context) => bot.run(context),
    );
    expect(JSON.stringify(response?.body)).toContain('Deze knop werkt niet goed.');
    expect((await repository.get(current.reference))?.version).toBe(1);
  });

  it('when the shared message is gone the case is still changed and the notifier is asked to repost', async () => {
    fake.forgetActivity(THREAD, messageId);
    const answer = await press('claim', anna, 1);
    expect(answer.status).toBe(200);
    expect((await repository.get(current.reference))?.status).toBe('opgepakt');
    expect(failed.map((item) => item.reference)).toEqual([current.reference]);
    expect(fake.requests.map((request) => [request.method, request.status])).toEqual([
      ['PUT', 404],
    ]);
  });
});
