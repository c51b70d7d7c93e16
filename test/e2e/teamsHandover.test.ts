import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type RunningApp } from '../support/app.js';
import { startFakeBotConnector, type FakeBotConnector } from '../support/fakeBotConnector.js';
import {
  CENTRUM_CHANNEL as CHANNEL,
  claimInvoke,
  fromTeamsChannel,
  TEAMS_BOT as BOT,
} from '../support/teamsChannel.js';

/**
 * The whole warm handover as docs/adr/0008-teams-cards-and-actions.md describes it, through the composed app: a coordinator links
 * a Teams channel, a resident hands a question over in the web chat (Direct Line, as the widget
 * does), the card arrives in the channel (a loopback fake of the Bot Connector service, speaking
 * the real REST protocol), a colleague claims it with the card's Universal Action, the shared
 * card is updated once without contact details, the colleague's own view shows them, and the
 * resident's chat is told who picked the question up.
 */

const COORDINATOR = {
  id: '29:carla',
  aadObjectId: '0c0a0000-0000-4000-8000-00000000ca01',
  name: 'Carla Smit',
};
const COLLEAGUE = {
  id: '29:bram',
  aadObjectId: '0b0a0000-0000-4000-8000-00000000b0a2',
  name: 'Bram Jansen',
};

interface DirectLineSession {
  readonly token: string;
  readonly conversationId: string;
}
interface BotActivity {
  readonly type: string;
  readonly text?: string;
  readonly from: { readonly role?: string };
}

describe('warm handover from the web chat to a linked Teams channel', () => {
  let fake: FakeBotConnector;
  let running: RunningApp;

  beforeAll(async () => {
    fake = await startFakeBotConnector();
    running = await startApp({
      TEAMS_COORDINATORS: COORDINATOR.aadObjectId,
      CASE_DELIVERY_INTERVAL_SECONDS: '1',
      CASE_DELIVERY_RETRY_BASE_SECONDS: '1',
    });
  }, 60_000);

  afterAll(async () => {
    await running?.stop();
    await fake?.close();
  });

  /** An activity from Teams to /api/messages (no app registration in tests: no JWT). */
  const fromTeams = (activity: Record<string, unknown>, conversationId?: string) =>
    fromTeamsChannel(
      { botUrl: running.baseUrl, serviceUrl: fake.serviceUrl },
      activity,
      conversationId,
    );

  async function residentSession(): Promise<DirectLineSession> {
    const response = await fetch(`${running.baseUrl}/api/webchat/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    return (await response.json()) as DirectLineSession;
  }

  async function residentSays(session: DirectLineSession, activity: Record<string, unknown>) {
    const response = await fetch(
      `${running.baseUrl}/v3/directline/conversations/${session.conversationId}/activities`,
      {
        method: 'POST',
        headers: { authorization: `Bearer ${session.token}`, 'content-type': 'application/json' },
        body: JSON.stringify({ from: { id: 'resident' }, locale: 'nl-NL', ...activity }),
      },
    );
    expect(response.status).toBe(200);
  }

  async function botTexts(session: DirectLineSession): Promise<string[]> {
    const response = await fetch(
      `${running.baseUrl}/v3/directline/conversations/${session.conversationId}/activities`,
      { headers: { authorization: `Bearer ${session.token}` } },
    );
    const body = (await response.json()) as { activities: BotActivity[] };
    return body.activities
      .filter((activity) => activity.type === 'message' && activity.from.role === 'bot')
      .map((activity) => activity.text ?? '');
  }

  /** Case cards the bot posted: each starts a new thread in the linked channel. */
  function caseCards() {
    return fake
      .allActivities()
      .filter((stored) => JSON.stringify(stored.activity).includes('AdaptiveCard'));
  }

  it('links, delivers, claims, updates the shared card once and tells the resident', async () => {
    // 1. A coordinator links the channel to wijkteam Centrum.
    const link = await fromTeams({
      type: 'message',
      id: 'link-1',
      text: '<at>Wijkwijzer</at> koppel wijkteam Centrum',
      entities: [{ type: 'mention', text: '<at>Wijkwijzer</at>', mentioned: BOT }],
      from: COORDINATOR,
    });
    expect(link.status).toBe(200);
    const confirmations = fake
      .activities(`${CHANNEL};messageid=1764752400000`)
      .map((stored) => String(stored.activity.text));
    expect(confirmations.join('\n')).toContain('gekoppeld aan wijkteam Centrum');
    fake.setMembers(CHANNEL, [
      { id: COLLEAGUE.id, name: COLLEAGUE.name, aadObjectId: COLLEAGUE.aadObjectId },
      { id: COORDINATOR.id, name: COORDINATOR.name, aadObjectId: COORDINATOR.aadObjectId },
    ]);

    // 2. A resident in postcode 7511 (wijkteam Centrum) hands a question over in the web chat.
    const session = await residentSession();
    await residentSays(session, { type: 'event', name: 'webchat/join' });
    for (const text of [
      'ik wil een mens spreken',
      'Ik heb schulden en de huur is te laat',
      '7511',
      'ja',
      'Anna',
      '0612345678',
      'ja',
      'in de ochtend',
      'ja',
    ]) {
      await residentSays(session, { type: 'message', text });
    }
    const confirmation = (await botTexts(session)).find((text) => /WW-\d{4}-\d{6}/.test(text));
    expect(confirmation).toContain('wijkteam Centrum');
    const reference = /WW-\d{4}-\d{6}/.exec(confirmation ?? '')?.[0] ?? '';

    // 3. The card arrives in the linked channel, without contact details.
    await expect.poll(() => caseCards().length, { timeout: 10_000 }).toBe(1);
    const [posted] = caseCards();
    const sharedJson = JSON.stringify(posted?.activity);
    expect(sharedJson).toContain(reference);
    expect(sharedJson).not.toContain('12345678');

    // 4. A colleague claims it with the card's Universal Action, in the card's thread.
    const thread = `${posted?.conversationId ?? ''};messageid=${posted?.id ?? ''}`;
    const claim = await fromTeams(
      claimInvoke({
        id: 'invoke-1',
        cardId: posted?.id,
        from: COLLEAGUE,
        reference,
        expectedVersion: 1,
      }),
      thread,
    );
    expect(claim.status).toBe(200);
    const personal = JSON.stringify(await claim.json());
    expect(personal).toContain('application/vnd.microsoft.card.adaptive');
    // The colleague who claimed it sees how to reach the resident.
    expect(personal).toContain('06 12345678');

    // 5. The shared card in the channel was updated exactly once, still without contact details.
    const updated = fake.activity(posted?.conversationId ?? '', posted?.id ?? '');
    expect(updated?.updates).toBe(1);
    const updatedJson = JSON.stringify(updated?.activity);
    expect(updatedJson).toContain('Bram');
    expect(updatedJson).not.toContain('12345678');

    // 6. The resident's chat hears who picked the question up.
    await expect
      .poll(async () => (await botTexts(session)).join('\n'), { timeout: 5_000 })
      .toContain('Uw vraag is opgepakt door Bram van wijkteam Centrum');

    // 7. A second claim with the old version is refused and changes nothing.
    const late = await fromTeams(
      claimInvoke({
        id: 'invoke-2',
        cardId: posted?.id,
        from: COORDINATOR,
        reference,
        expectedVersion: 1,
      }),
      thread,
    );
    expect(late.status).toBe(200);
    expect(JSON.stringify(await late.json())).toContain('Bram');
    expect(fake.activity(posted?.conversationId ?? '', posted?.id ?? '')?.updates).toBe(1);
  });
});
