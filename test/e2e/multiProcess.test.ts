import { spawn, type ChildProcess } from 'node:child_process';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { PostgresCaseRepository } from '../../src/cases/postgresCaseRepository.js';
import { total } from '../../src/insights/insightCounts.js';
import { PostgresAggregateStore } from '../../src/insights/postgresAggregateStore.js';
import { systemClock } from '../../src/shared/clock.js';
import { Database } from '../../src/storage/postgres/database.js';
import { newCaseInput } from '../cases/fixtures/caseFixtures.js';
import { startFakeBotConnector, type FakeBotConnector } from '../support/fakeBotConnector.js';
import { freePort } from '../support/http.js';
import { linkIn, startLoopbackSmtp, type LoopbackSmtp } from '../support/loopbackSmtp.js';
import { addPartnerAddresses, ANNA, HENK } from '../partners/partnerHarness.js';
import { HANDOVER_CONFIRM, HANDOVER_SCRIPT, REFERENCE_PATTERN } from '../support/handoverScript.js';
import { messagesTurn } from '../support/messagesTurn.js';
import { silentLogger } from '../support/logs.js';
import { startRoundRobinProxy, type RoundRobinProxy } from '../support/roundRobinProxy.js';
import { storageBackends, testDatabase } from '../support/storageBackends.js';
import {
  CENTRUM_CHANNEL as CHANNEL,
  CENTRUM_TEAM_GROUP,
  claimInvoke,
  fromTeamsChannel,
  TEAMS_BOT as BOT,
  TEAMS_TENANT as TENANT,
} from '../support/teamsChannel.js';

/**
 * ADR 0019: two wijkwijzer processes share one PostgreSQL behind a round-robin proxy (no sticky
 * sessions) and behave like one: a web chat conversation whose turns alternate between them with
 * every reply on the resident's stream; 20 parallel claims with one winner and one card update;
 * the pick-up reminder posted once; a SIGKILL during handovers loses no acknowledged case; an
 * insight counted on each process read back as one total; a partner sign-in link mailed by one
 * process used on the other; parallel /api/messages turns of one conversation, none lost.
 * The Teams side is the loopback fake Bot Connector.
 */
const postgres = storageBackends().find((backend) => backend.name === 'postgres');
const root = fileURLToPath(new URL('../..', import.meta.url));

const WESSELERBRINK = '19:wijkteam-wesselerbrink@thread.tacv2';
/** The team's Microsoft 365 group id: Graph's team id (`channelData.team.aadGroupId`). */
const TEAM_GROUP = CENTRUM_TEAM_GROUP;
const COORDINATOR = {
  id: '29:carla',
  aadObjectId: '0c0a0000-0000-4000-8000-00000000ca01',
  name: 'Carla Smit',
};
const COLLEAGUES = Array.from({ length: 20 }, (_, index) => ({
  id: `29:colleague-${index}`,
  aadObjectId: `0b0a0000-0000-4000-8000-${String(index).padStart(12, '0')}`,
  name: `Collega ${index}`,
}));

interface Instance {
  readonly child: ChildProcess;
  readonly port: number;
  readonly dataDir: string;
  output: string;
}

async function waitReady(port: number, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`wijkwijzer exited with ${child.exitCode}`);
    try {
      if ((await fetch(`http://127.0.0.1:${port}/readyz`)).status === 200) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error('wijkwijzer not ready within 60 s');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function startInstance(env: NodeJS.ProcessEnv, port: number): Promise<Instance> {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'wijkwijzer-multi-'));
  // Each instance has a knowledge directory of its own, as on two machines (with partner addresses).
  const knowledgeDir = path.join(dataDir, 'knowledge');
  await cp(path.join(root, 'knowledge'), knowledgeDir, { recursive: true });
  await addPartnerAddresses(knowledgeDir);
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'src', 'index.ts')], {
    cwd: root,
    env: {
      ...process.env,
      ...env,
      PORT: String(port),
      DATA_DIR: path.join(dataDir, 'data'),
      KNOWLEDGE_DIR: knowledgeDir,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const instance: Instance = { child, port, dataDir, output: '' };
  const keep = (chunk: Buffer) => {
    instance.output = `${instance.output}${chunk.toString()}`.slice(-20_000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  await waitReady(port, child);
  return instance;
}

async function stopInstance(instance: Instance | undefined): Promise<void> {
  if (instance === undefined) return;
  if (instance.child.exitCode === null && instance.child.signalCode === null) {
    const exited = new Promise((resolve) => instance.child.once('exit', resolve));
    instance.child.kill('SIGTERM');
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
    if (instance.child.exitCode === null) instance.child.kill('SIGKILL');
  }
  await rm(instance.dataDir, { recursive: true, force: true });
}

interface Received {
  readonly id?: string;
  readonly type: string;
  readonly text?: string;
  readonly from?: { role?: string };
}

/**
 * A resident in the web chat, through the proxy: a token, a Direct Line conversation, sockets
 * that collect what arrives (with the last watermark), and a POST of one activity.
 */
async function webChatResident(proxyUrl: string) {
  const session = (await (
    await fetch(`${proxyUrl}/api/webchat/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    })
  ).json()) as { token: string; conversationId: string };
  const auth = { authorization: `Bearer ${session.token}` };
  const started = (await (
    await fetch(`${proxyUrl}/v3/directline/conversations`, { method: 'POST', headers: auth })
  ).json()) as { streamUrl: string };
  const received: Received[] = [];
  let watermark = '';
  return {
    session,
    auth,
    started,
    received,
    watermark: () => watermark,
    botMessages: () =>
      received.filter((activity) => activity.type === 'message' && activity.from?.role === 'bot'),
    /** Opens a stream; with a port, straight to that process instead of through the proxy. */
    async open(streamUrl: string, port?: number): Promise<WebSocket> {
      const url = new URL(streamUrl);
      if (port !== undefined) url.host = `127.0.0.1:${port}`;
      const socket = new WebSocket(url.toString());
      socket.on('message', (data: Buffer) => {
        const text = data.toString();
        if (text === '') return;
        const group = JSON.parse(text) as { activities: Received[]; watermark?: string };
        received.push(...group.activities);
        watermark = group.watermark ?? watermark;
      });
      await new Promise((resolve, reject) => {
        socket.once('open', resolve);
        socket.once('error', reject);
      });
      return socket;
    },
    async post(activity: Record<string, unknown>): Promise<void> {
      const response = await fetch(
        `${proxyUrl}/v3/directline/conversations/${session.conversationId}/activities`,
        {
          method: 'POST',
          headers: { ...auth, 'content-type': 'application/json' },
          body: JSON.stringify({ from: { id: 'resident' }, locale: 'nl-NL', ...activity }),
        },
      );
      expect(response.status).toBe(200);
    },
  };
}

/**
 * Residents who each complete warm handovers through `url`, one after another, until stopped;
 * `acknowledged` holds the references they were shown. A request whose process stopped or died
 * ends that resident's handover without a reference.
 */
function handoverResidents(url: string, prefix: string, count: number) {
  const acknowledged: string[] = [];
  let stopped = false;
  const script = [...HANDOVER_SCRIPT, HANDOVER_CONFIRM];
  const resident = async (worker: number) => {
    for (let round = 0; !stopped; round += 1) {
      const conversationId = `${prefix}-${worker}-${round}`;
      for (const [index, text] of script.entries()) {
        const reply = await messagesTurn(url, conversationId, text, index, 'test').catch(
          () => undefined,
        );
        if (reply?.status !== 200) break;
        const reference = reply.texts
          .map((said) => REFERENCE_PATTERN.exec(said)?.[1])
          .find((found) => found !== undefined);
        if (reference !== undefined) acknowledged.push(reference);
      }
    }
  };
  const running = Array.from({ length: count }, (_, worker) => resident(worker));
  return {
    acknowledged,
    async stop(): Promise<void> {
      stopped = true;
      await Promise.all(running);
    },
  };
}

const skipped = postgres?.skip;
describe.skipIf(skipped !== undefined)(
  `two processes on one PostgreSQL behind a round-robin proxy${skipped === undefined ? '' : ` (skipped: ${skipped})`}`,
  () => {
    let database: { url: string; drop: () => Promise<void> } | undefined;
    let fake: FakeBotConnector;
    let smtp: LoopbackSmtp;
    let proxy: RoundRobinProxy;
    let instances: Instance[] = [];
    let db: Database;
    let cases: PostgresCaseRepository;
    let env: NodeJS.ProcessEnv = {};

    beforeAll(async () => {
      database = await testDatabase();
      fake = await startFakeBotConnector();
      // Graph on the fake: the team granted ChannelMessage.Read.Group when it installed the app.
      fake.graph.addTeam(TEAM_GROUP, [CHANNEL, WESSELERBRINK]);
      smtp = await startLoopbackSmtp();
      // The proxy's port must be known first: it is the PUBLIC_URL both processes hand out.
      const ports = [await freePort(), await freePort()];
      proxy = await startRoundRobinProxy(ports);
      db = await Database.open({ url: database.url, poolSize: 4, logger: silentLogger() });
      cases = new PostgresCaseRepository(db, {
        clock: systemClock,
        referencePrefix: 'WW',
        logger: silentLogger(),
      });
      env = {
        NODE_ENV: 'development',
        // /api/messages without an app registration: Teams and the handover turns of this test.
        DEVELOPMENT_MODE: 'true',
        HOST: '127.0.0.1',
        DATABASE_URL: database.url,
        PUBLIC_URL: proxy.url,
        WEBCHAT_TOKEN_SECRET: 'multi-process-test-secret-0123456789abcdef',
        TEAMS_COORDINATORS: COORDINATOR.aadObjectId,
        CASE_DELIVERY_INTERVAL_SECONDS: '1',
        CASE_DELIVERY_RETRY_BASE_SECONDS: '1',
        // A case leased by a process that dies is free again after twice this (ADR 0019).
        CASE_DELIVERY_ATTEMPT_TIMEOUT_SECONDS: '3',
        TEAMS_PICKUP_CHECK_SECONDS: '1',
        LOG_LEVEL: 'warn',
        SMTP_URL: smtp.url,
        // Microsoft Graph to look up a card in doubt (the fake's token endpoint and channel list).
        GRAPH_CLIENT_ID: fake.graph.clientId,
        GRAPH_CLIENT_SECRET: fake.graph.clientSecret,
        GRAPH_TENANT_ID: TENANT,
        GRAPH_URL: fake.graph.url,
        GRAPH_LOGIN_URL: fake.graph.url,
      };
      // On the ports the proxy already sends to; the second waits for the first's migrations.
      instances = [];
      for (const port of ports) instances.push(await startInstance(env, port));
    }, 180_000);

    afterAll(async () => {
      await Promise.all(instances.map((instance) => stopInstance(instance)));
      await proxy?.close();
      await fake?.close();
      await smtp?.close();
      await db?.close();
      await database?.drop();
    }, 60_000);

    const fromTeams = (
      activity: Record<string, unknown>,
      conversationId?: string,
      channel?: string,
    ): Promise<Response> =>
      fromTeamsChannel(
        { botUrl: proxy.url, serviceUrl: fake.serviceUrl },
        activity,
        conversationId,
        channel,
      );

    /** What the Teams fake holds that names a case: its card, and lines in its thread. */
    const cardsOf = (reference: string) =>
      fake.allActivities().filter((stored) => JSON.stringify(stored.activity).includes(reference));
    /** The case is recorded as delivered, and a while later there is still one card. */
    const deliveredWithOneCard = async (reference: string) => {
      await expect
        .poll(async () => (await cases.get(reference))?.delivery.state, { timeout: 20_000 })
        .toBe('delivered');
      await new Promise((resolve) => setTimeout(resolve, 2_000));
      expect(cardsOf(reference)).toHaveLength(1);
    };
    /** The pick-up reminder lines in a case's thread (text, not a card). */
    const remindersOf = (reference: string) =>
      cardsOf(reference).filter(
        (stored) =>
          String(stored.activity.text ?? '').includes(reference) &&
          !JSON.stringify(stored.activity).includes('AdaptiveCard'),
      );
    /** The case arrived two weeks ago and nobody picked it up. */
    const arrivedTwoWeeksAgo = (reference: string) =>
      db.query(
        `UPDATE cases SET data = jsonb_set(data::jsonb, '{updatedAt}', to_jsonb($2::text))::json
        WHERE reference = $1`,
        [reference, new Date(Date.now() - 14 * 24 * 60 * 60 * 1000).toISOString()],
      );

    it('serves one web chat conversation from both processes, every reply on the stream', async () => {
      const { started, received, botMessages, open, post } = await webChatResident(proxy.url);
      expect(started.streamUrl.startsWith(proxy.url.replace('http', 'ws'))).toBe(true);
      const socket = await open(started.streamUrl);

      const turns: Array<Record<string, unknown>> = [
        { type: 'event', name: 'webchat/join' },
        { type: 'message', text: 'Ik heb schulden en de deurwaarder belde' },
        { type: 'message', text: 'Ik woon in 7511' },
        { type: 'message', text: 'Mijn moeder is eenzaam' },
        { type: 'message', text: 'Waar kan ik gratis taalles krijgen?' },
        { type: 'message', text: 'dank u' },
      ];
      for (const turn of turns) {
        const before = botMessages().length;
        await post(turn);
        // The turn ran on whichever process got the POST; its replies reach this socket.
        await expect.poll(() => botMessages().length, { timeout: 15_000 }).toBeGreaterThan(before);
      }
      socket.close();

      const posts = proxy.served.filter(
        (entry) => entry.method === 'POST' && entry.path.endsWith('/activities'),
      );
      expect(new Set(posts.map((entry) => entry.backend))).toEqual(new Set([0, 1]));
      // Replies made on the process that does not hold the socket crossed over (LISTEN/NOTIFY).
      const streamBackend = proxy.served.find((entry) => entry.method === 'UPGRADE')?.backend;
      expect(posts.some((entry) => entry.backend !== streamBackend)).toBe(true);
      // The resident's own messages came back on the stream too, in order, none twice.
      const ids = received.map((activity) => JSON.stringify(activity));
      expect(new Set(ids).size).toBe(ids.length);
    }, 120_000);

    it('carries a web chat conversation over a reconnect to the other process: no reply lost, none twice', async () => {
      const { session, auth, started, received, watermark, botMessages, open, post } =
        await webChatResident(proxy.url);
      const [first, second] = instances;
      const socket = await open(started.streamUrl, first?.port ?? 0);
      await post({ type: 'event', name: 'webchat/join' });
      await expect.poll(() => botMessages().length, { timeout: 15_000 }).toBeGreaterThan(0);
      // The intake starts: a wish for a person, then the story it asks for.
      await post({ type: 'message', text: HANDOVER_SCRIPT[0] });
      await expect.poll(() => botMessages().length, { timeout: 15_000 }).toBeGreaterThan(1);
      const beforeDrop = botMessages().length;
      socket.close();
      // While the resident's connection is down, a turn runs (on whichever process gets it).
      await post({ type: 'message', text: HANDOVER_SCRIPT[1] });
      const reconnected = (await (
        await fetch(
          `http://127.0.0.1:${second?.port ?? 0}/v3/directline/conversations/${session.conversationId}?watermark=${watermark()}`,
          { headers: auth },
        )
      ).json()) as { streamUrl: string };
      const again = await open(reconnected.streamUrl, second?.port ?? 0);
      // The reply made while the socket was down arrives on the new one, and the intake goes on
      // where it was: the next question is about where the resident lives.
      await expect
        .poll(() => botMessages().length, { timeout: 15_000 })
        .toBeGreaterThan(beforeDrop);
      await post({ type: 'message', text: HANDOVER_SCRIPT[2] });
      await expect
        .poll(() => botMessages().length, { timeout: 15_000 })
        .toBeGreaterThan(beforeDrop + 1);
      again.close();
      const ids = received.map((activity) => activity.id);
      expect(new Set(ids).size).toBe(ids.length);
      // The story's reply asked for the postcode once; the postcode's reply went on from there.
      const after = botMessages()
        .slice(beforeDrop)
        .map((activity) => activity.text ?? '');
      expect(after.filter((text) => text.includes('Wat is uw postcode?'))).toHaveLength(1);
      expect(after.at(-1)).not.toContain('Wat is uw postcode?');
    }, 120_000);

    it('posts one card, and of 20 parallel claims on both processes one wins with one card update', async () => {
      const link = await fromTeams({
        type: 'message',
        id: 'link-1',
        text: '<at>Wijkwijzer</at> koppel wijkteam Centrum',
        entities: [{ type: 'mention', text: '<at>Wijkwijzer</at>', mentioned: BOT }],
        from: COORDINATOR,
      });
      expect(link.status).toBe(200);
      fake.setMembers(
        CHANNEL,
        COLLEAGUES.map((colleague) => ({ ...colleague })),
      );

      const created = await cases.create(newCaseInput({ wijkteam: 'centrum' }));
      await expect.poll(() => cardsOf(created.reference).length, { timeout: 20_000 }).toBe(1);
      // Both delivery workers keep polling; the outbox lease kept the second from posting again.
      await new Promise((resolve) => setTimeout(resolve, 2_500));
      expect(cardsOf(created.reference)).toHaveLength(1);
      const [card] = cardsOf(created.reference);
      const thread = `${card?.conversationId ?? ''};messageid=${card?.id ?? ''}`;

      const claims = await Promise.all(
        COLLEAGUES.map(async (colleague, index) => {
          const response = await fromTeams(
            claimInvoke({
              id: `invoke-${index}`,
              cardId: card?.id,
              from: colleague,
              reference: created.reference,
              expectedVersion: 1,
            }),
            thread,
          );
          return { status: response.status, body: JSON.stringify(await response.json()) };
        }),
      );
      expect(claims.map((claim) => claim.status)).toEqual(claims.map(() => 200));
      const invokes = proxy.served.filter((entry) => entry.path === '/api/messages').slice(-20);
      expect(new Set(invokes.map((entry) => entry.backend))).toEqual(new Set([0, 1]));

      const stored = await cases.get(created.reference);
      expect(stored?.status).toBe('opgepakt');
      expect(stored?.history.filter((entry) => entry.action === 'opgepakt')).toHaveLength(1);
      // Only the winner saw the contact details in their personal view.
      expect(claims.filter((claim) => claim.body.includes('06 12345678'))).toHaveLength(1);
      // Each of the 19 others, on either process, got a card with the case as it now is and a
      // Dutch line that someone else has it.
      const losers = claims.filter((claim) => !claim.body.includes('06 12345678'));
      expect(losers).toHaveLength(19);
      for (const loser of losers) {
        expect(loser.body).toContain('heeft deze casus al opgepakt. Er is niets veranderd.');
        expect(loser.body).toContain('AdaptiveCard');
        expect(loser.body).toContain(created.reference);
      }
      expect(fake.activity(card?.conversationId ?? '', card?.id ?? '')?.updates).toBe(1);
    }, 120_000);

    it('posts the pick-up reminder once, though both processes run the job every second', async () => {
      const created = await cases.create(newCaseInput({ wijkteam: 'centrum' }));
      await expect.poll(() => cardsOf(created.reference).length, { timeout: 20_000 }).toBe(1);
      await arrivedTwoWeeksAgo(created.reference);
      await expect.poll(() => remindersOf(created.reference).length, { timeout: 20_000 }).toBe(1);
      await new Promise((resolve) => setTimeout(resolve, 4_000));
      expect(remindersOf(created.reference)).toHaveLength(1);
    }, 120_000);

    it('counts an insight on each process into one total', async () => {
      const counters = new PostgresAggregateStore(db);
      const crises = async () => total(await counters.read({ kind: 'crisis' }));
      const before = await crises();
      for (const [index, instance] of instances.entries()) {
        // Straight to each process, not through the proxy: one count on each.
        const reply = await messagesTurn(
          `http://127.0.0.1:${instance.port}/api/messages`,
          `insight-${index}`,
          'ik wil niet meer leven',
          0,
          'test',
        );
        expect(reply.status).toBe(200);
        expect(reply.texts.join(' ')).toContain('113');
      }
      await expect.poll(crises, { timeout: 10_000 }).toBe(before + 2);
    }, 60_000);

    it('signs a partner in on one process with a link the other mailed', async () => {
      const [first, second] = instances;
      const api = (instance: Instance | undefined, route: string) =>
        `http://127.0.0.1:${instance?.port ?? 0}/api/partners/${route}`;
      const requested = await fetch(api(first, 'sign-in/request'), {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: ANNA }),
      });
      expect(requested.status).toBe(202);
      const link = linkIn(await smtp.nextTo(ANNA), 'Alifa');
      const signedIn = await fetch(api(second, 'sign-in'), {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ link }),
      });
      expect(signedIn.status).toBe(200);
      const { token } = (await signedIn.json()) as { token: string };
      // The session works on the first process too, and the link is spent everywhere.
      const me = await fetch(api(first, 'me'), { headers: { authorization: `Bearer ${token}` } });
      expect(me.status).toBe(200);
      expect(JSON.stringify(await me.json())).toContain('alifa');
      const again = await fetch(api(first, 'sign-in'), {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ link }),
      });
      expect(again.status).toBe(401);
      expect(JSON.stringify(await again.json())).toContain('WW-4104');
    }, 60_000);

    it('runs parallel /api/messages turns of one conversation one after the other, none lost', async () => {
      const conversation = `parallel-${Date.now()}`;
      const opened = await messagesTurn(
        `${proxy.url}/api/messages`,
        conversation,
        'hallo',
        0,
        'test',
      );
      expect(opened.status).toBe(200);
      // Ten messages of one resident at once, spread over both processes by the proxy.
      const replies = await Promise.all(
        Array.from({ length: 10 }, (_, index) =>
          messagesTurn(
            `${proxy.url}/api/messages`,
            conversation,
            'Waar kan ik gratis taalles krijgen?',
            index + 1,
            'test',
          ),
        ),
      );
      expect(replies.map((reply) => reply.status)).toEqual(replies.map(() => 200));
      for (const reply of replies) expect(reply.texts.length).toBeGreaterThan(0);
      // BotState saves with eTag '*': turns that overlap read the same state and the last save
      // wins. Serialised, each turn continues from what the one before saved: the first meets the
      // question, the second confirms its levensgebied (the same words are a yes), and the intake
      // goes on to the results, after which the tenth is a new question; unserialised, 6 of 10
      // met the question (docs/adr/0019).
      const said = (words: string) =>
        replies.filter((reply) => reply.texts.some((text) => text.includes(words)));
      expect(said('Ik heb uw vraag gelezen').length).toBeGreaterThanOrEqual(1);
      expect(said('Ik heb uw vraag gelezen').length).toBeLessThanOrEqual(2);
      expect(said('Goed. Ik zoek hulp bij')).toHaveLength(1);
    }, 120_000);

    it('holds the token and sign-in-link budgets across both processes, not per process', async () => {
      // WEBCHAT_TOKEN_RATE_PER_MINUTE is 20 per client; 40 requests spread over both processes.
      const statuses = await Promise.all(
        Array.from({ length: 40 }, async () => {
          const response = await fetch(`${proxy.url}/api/webchat/token`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: '{}',
          });
          await response.arrayBuffer();
          return response.status;
        }),
      );
      const issued = statuses.filter((status) => status === 200).length;
      // One bucket: at most the 20 (less the earlier test's token, plus a refill of one per 3 s).
      expect(issued).toBeGreaterThanOrEqual(15);
      expect(issued).toBeLessThanOrEqual(21);
      expect(statuses.filter((status) => status === 429)).toHaveLength(40 - issued);
      const tokenPosts = proxy.served.filter((entry) => entry.path === '/api/webchat/token');
      expect(new Set(tokenPosts.slice(-40).map((entry) => entry.backend))).toEqual(new Set([0, 1]));

      // PARTNERS_LINKS_PER_HOUR is 5 per address: 10 requests, alternately on each process.
      const linkStatuses: number[] = [];
      for (let index = 0; index < 10; index += 1) {
        const instance = instances[index % 2];
        const requested = await fetch(
          `http://127.0.0.1:${instance?.port ?? 0}/api/partners/sign-in/request`,
          {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ email: HENK }),
          },
        );
        linkStatuses.push(requested.status);
        await requested.arrayBuffer();
      }
      // Five accepted, then WW-4109 (429) on both processes: one budget, not one each.
      expect(linkStatuses).toEqual([202, 202, 202, 202, 202, 429, 429, 429, 429, 429]);
      const mailsToHenk = () => smtp.messages.filter((mail) => mail.to.includes(HENK)).length;
      await expect.poll(mailsToHenk, { timeout: 10_000 }).toBe(5);
      await new Promise((resolve) => setTimeout(resolve, 1_500));
      expect(mailsToHenk()).toBe(5);
    }, 60_000);

    it('runs the reminder on the other process once, when the process holding the job dies', async () => {
      const created = await cases.create(newCaseInput({ wijkteam: 'centrum' }));
      await expect.poll(() => cardsOf(created.reference).length, { timeout: 20_000 }).toBe(1);
      // A third instance holds the reminder job, as a process does while it runs it ...
      const holder = new pg.Client({ connectionString: database?.url });
      await holder.connect();
      holder.on('error', () => undefined);
      await holder.query(
        "SELECT pg_advisory_lock(hashtext('wijkwijzer-job'), hashtext('pickup-reminder'))",
      );
      await arrivedTwoWeeksAgo(created.reference);
      // ... so the two that run the job every second skip it.
      await new Promise((resolve) => setTimeout(resolve, 2_000));
      expect(remindersOf(created.reference)).toHaveLength(0);
      // The holder dies without a word (its socket is cut): PostgreSQL ends its session and lock.
      (
        holder as unknown as { connection: { stream: { destroy(): void } } }
      ).connection.stream.destroy();
      await expect.poll(() => remindersOf(created.reference).length, { timeout: 15_000 }).toBe(1);
      await new Promise((resolve) => setTimeout(resolve, 2_000));
      expect(remindersOf(created.reference)).toHaveLength(1);
    }, 60_000);

    it('posts the card of a case once when the process delivering it is killed mid-post', async () => {
      const hold = fake.holdNext({ method: 'POST', path: /^\/v3\/conversations$/ });
      const created = await cases.create(newCaseInput({ wijkteam: 'centrum' }));
      await hold.arrived;
      // The lease says which process is posting (its owner name carries the pid).
      const leased = await db.query<{ lease_owner: string | null }>(
        'SELECT lease_owner FROM cases WHERE reference = $1',
        [created.reference],
      );
      const owner = leased.rows[0]?.lease_owner ?? '';
      const index = instances.findIndex((instance) =>
        owner.includes(`-${String(instance.child.pid)}-`),
      );
      expect(index).toBeGreaterThanOrEqual(0);
      const victim = instances[index];
      proxy.remove(index);
      const died = new Promise((resolve) => victim?.child.once('exit', resolve));
      victim?.child.kill('SIGKILL');
      await died;
      // Teams never got the whole call: the held request is dropped with its dead client.
      hold.release();
      // The other process takes the case over when the dead one's lease runs out.
      await expect.poll(() => cardsOf(created.reference).length, { timeout: 25_000 }).toBe(1);
      await deliveredWithOneCard(created.reference);
      // A' on the same port, back in the rotation, for the tests that follow.
      await stopInstance(victim);
      instances[index] = await startInstance(env, victim?.port ?? 0);
      proxy.restore(index);
    }, 120_000);

    it('posts one card when the process dies after Teams accepted it, before it heard so', async () => {
      const hold = fake.holdNext({
        method: 'POST',
        path: /^\/v3\/conversations$/,
        acceptWhenGone: true,
      });
      const created = await cases.create(newCaseInput({ wijkteam: 'centrum' }));
      await hold.arrived;
      const leased = await db.query<{ lease_owner: string | null }>(
        'SELECT lease_owner FROM cases WHERE reference = $1',
        [created.reference],
      );
      const owner = leased.rows[0]?.lease_owner ?? '';
      const index = instances.findIndex((instance) =>
        owner.includes(`-${String(instance.child.pid)}-`),
      );
      expect(index).toBeGreaterThanOrEqual(0);
      // The attempt was recorded as begun before the card left: the case is in doubt.
      expect((await cases.get(created.reference))?.delivery).toMatchObject({ receipt: null });
      expect((await cases.get(created.reference))?.delivery.attemptStartedAt).toEqual(
        expect.any(String),
      );
      const victim = instances[index];
      proxy.remove(index);
      const died = new Promise((resolve) => victim?.child.once('exit', resolve));
      victim?.child.kill('SIGKILL');
      await died;
      // Teams had the whole request: the card is posted, but nobody hears the answer.
      const listsBefore = fake.graph.listCalls();
      hold.release();
      await expect.poll(() => cardsOf(created.reference).length, { timeout: 5_000 }).toBe(1);
      // The other process takes the case over after the lease, finds the card through Graph and
      // records it: one card, and the receipt is that card.
      await deliveredWithOneCard(created.reference);
      expect(fake.graph.listCalls()).toBeGreaterThan(listsBefore);
      const [card] = cardsOf(created.reference);
      expect((await cases.get(created.reference))?.delivery.receipt?.externalId).toMatch(
        new RegExp(`^${card?.id ?? 'none'}\\|`),
      );
      await stopInstance(victim);
      instances[index] = await startInstance(env, victim?.port ?? 0);
      proxy.restore(index);
    }, 120_000);

    it('records a card Teams accepted after the attempt timed out, and posts no second one', async () => {
      const hold = fake.holdNext({ method: 'POST', path: /^\/v3\/conversations$/ });
      const created = await cases.create(newCaseInput({ wijkteam: 'centrum' }));
      await hold.arrived;
      // Teams is slow: the attempt times out after 3 s, and retries could come a second later.
      await new Promise((resolve) => setTimeout(resolve, 5_500));
      hold.release();
      await deliveredWithOneCard(created.reference);
      const [card] = cardsOf(created.reference);
      // The case remembers the card that arrived late, so later changes update that one.
      expect((await cases.get(created.reference))?.delivery.receipt?.externalId).toMatch(
        new RegExp(`^${card?.id ?? 'none'}\\|`),
      );
    }, 60_000);

    it('loses no stored case and no handover in a rolling restart (stop A, start A, stop B, start B)', async () => {
      const link = await fromTeams(
        {
          type: 'message',
          id: 'link-wesselerbrink',
          text: '<at>Wijkwijzer</at> koppel wijkteam Wesselerbrink',
          entities: [{ type: 'mention', text: '<at>Wijkwijzer</at>', mentioned: BOT }],
          from: COORDINATOR,
        },
        `${WESSELERBRINK};messageid=1764752400001`,
        WESSELERBRINK,
      );
      expect(link.status).toBe(200);
      const storedBefore = (await cases.list()).map((item) => item.reference);
      const residents = handoverResidents(`${proxy.url}/api/messages`, 'rolling', 3);
      const { acknowledged } = residents;
      for (const index of [0, 1]) {
        const atLeast = acknowledged.length + 1;
        await expect.poll(() => acknowledged.length, { timeout: 60_000 }).toBeGreaterThan(atLeast);
        // As a load balancer drains an instance before it is stopped.
        proxy.remove(index);
        const old = instances[index];
        await stopInstance(old);
        instances[index] = await startInstance(env, old?.port ?? 0);
        proxy.restore(index);
      }
      const atLeast = acknowledged.length + 1;
      await expect.poll(() => acknowledged.length, { timeout: 60_000 }).toBeGreaterThan(atLeast);
      await residents.stop();

      const storedAfter = new Set((await cases.list()).map((item) => item.reference));
      expect(storedBefore.filter((reference) => !storedAfter.has(reference))).toEqual([]);
      expect(acknowledged.filter((reference) => !storedAfter.has(reference))).toEqual([]);
      // Every acknowledged handover reaches its channel, with one card each.
      const cardCount = (reference: string) =>
        cardsOf(reference).filter((stored) =>
          JSON.stringify(stored.activity).includes('AdaptiveCard'),
        ).length;
      await expect
        .poll(() => acknowledged.filter((reference) => cardCount(reference) !== 1), {
          timeout: 30_000,
        })
        .toEqual([]);
    }, 240_000);

    it('loses no acknowledged case when one process is killed during handovers', async () => {
      const residents = handoverResidents(`${proxy.url}/api/messages`, 'handover', 4);
      const { acknowledged } = residents;
      await expect.poll(() => acknowledged.length, { timeout: 60_000 }).toBeGreaterThan(1);
      const victim = instances[1];
      victim?.child.kill('SIGKILL');
      proxy.remove(1);
      const afterKill = acknowledged.length;
      await expect
        .poll(() => acknowledged.length, { timeout: 60_000 })
        .toBeGreaterThan(afterKill + 1);
      await residents.stop();

      const stored = new Set((await cases.list()).map((item) => item.reference));
      expect(acknowledged.filter((reference) => !stored.has(reference))).toEqual([]);
      expect(new Set(acknowledged).size).toBe(acknowledged.length);
    }, 180_000);
  },
);
