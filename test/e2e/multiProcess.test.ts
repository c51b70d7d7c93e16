import { spawn, type ChildProcess } from 'node:child_process';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
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
import { addPartnerAddresses, ANNA } from '../partners/partnerHarness.js';
import { HANDOVER_CONFIRM, HANDOVER_SCRIPT, REFERENCE_PATTERN } from '../support/handoverScript.js';
import { messagesTurn } from '../support/messagesTurn.js';
import { silentLogger } from '../support/logs.js';
import { startRoundRobinProxy, type RoundRobinProxy } from '../support/roundRobinProxy.js';
import { storageBackends, testDatabase } from '../support/storageBackends.js';

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

const CHANNEL = '19:wijkteam-centrum@thread.tacv2';
const TENANT = 'tenant-enschede';
const BOT = { id: '28:wijkwijzer', name: 'Wijkwijzer' };
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

    beforeAll(async () => {
      database = await testDatabase();
      fake = await startFakeBotConnector();
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
      const env = {
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
        TEAMS_PICKUP_CHECK_SECONDS: '1',
        LOG_LEVEL: 'warn',
        SMTP_URL: smtp.url,
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

    function fromTeams(
      activity: Record<string, unknown>,
      conversationId = `${CHANNEL};messageid=1764752400000`,
    ): Promise<Response> {
      return fetch(`${proxy.url}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          channelId: 'msteams',
          serviceUrl: fake.serviceUrl,
          recipient: BOT,
          conversation: {
            id: conversationId,
            isGroup: true,
            conversationType: 'channel',
            tenantId: TENANT,
          },
          channelData: {
            channel: { id: CHANNEL, name: 'Overdrachten' },
            team: { id: '19:team-centrum@thread.tacv2' },
            tenant: { id: TENANT },
          },
          ...activity,
        }),
      });
    }

    it('serves one web chat conversation from both processes, every reply on the stream', async () => {
      const session = (await (
        await fetch(`${proxy.url}/api/webchat/token`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: '{}',
        })
      ).json()) as { token: string; conversationId: string };
      const started = (await (
        await fetch(`${proxy.url}/v3/directline/conversations`, {
          method: 'POST',
          headers: { authorization: `Bearer ${session.token}` },
        })
      ).json()) as { streamUrl: string };
      expect(started.streamUrl.startsWith(proxy.url.replace('http', 'ws'))).toBe(true);

      const received: Array<{ type: string; text?: string; from?: { role?: string } }> = [];
      const socket = new WebSocket(started.streamUrl);
      socket.on('message', (data: Buffer) => {
        const text = data.toString();
        if (text === '') return;
        const group = JSON.parse(text) as { activities: typeof received };
        received.push(...group.activities);
      });
      await new Promise((resolve, reject) => {
        socket.once('open', resolve);
        socket.once('error', reject);
      });
      const botMessages = () =>
        received.filter((activity) => activity.type === 'message' && activity.from?.role === 'bot');

      const post = async (activity: Record<string, unknown>) => {
        const response = await fetch(
          `${proxy.url}/v3/directline/conversations/${session.conversationId}/activities`,
          {
            method: 'POST',
            headers: {
              authorization: `Bearer ${session.token}`,
              'content-type': 'application/json',
            },
            body: JSON.stringify({ from: { id: 'resident' }, locale: 'nl-NL', ...activity }),
          },
        );
        expect(response.status).toBe(200);
      };

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
      const cards = () =>
        fake
          .allActivities()
          .filter((stored) => JSON.stringify(stored.activity).includes(created.reference));
      await expect.poll(() => cards().length, { timeout: 20_000 }).toBe(1);
      // Both delivery workers keep polling; the outbox lease kept the second from posting again.
      await new Promise((resolve) => setTimeout(resolve, 2_500));
      expect(cards()).toHaveLength(1);
      const [card] = cards();
      const thread = `${card?.conversationId ?? ''};messageid=${card?.id ?? ''}`;

      const claims = await Promise.all(
        COLLEAGUES.map(async (colleague, index) => {
          const response = await fromTeams(
            {
              type: 'invoke',
              name: 'adaptiveCard/action',
              id: `invoke-${index}`,
              replyToId: card?.id,
              from: colleague,
              value: {
                action: {
                  type: 'Action.Execute',
                  verb: 'claim',
                  data: { reference: created.reference, verb: 'claim', expectedVersion: 1 },
                },
                trigger: 'manual',
              },
            },
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
      expect(fake.activity(card?.conversationId ?? '', card?.id ?? '')?.updates).toBe(1);
    }, 120_000);

    it('posts the pick-up reminder once, though both processes run the job every second', async () => {
      const created = await cases.create(newCaseInput({ wijkteam: 'centrum' }));
      const cards = () =>
        fake
          .allActivities()
          .filter((stored) => JSON.stringify(stored.activity).includes(created.reference));
      await expect.poll(() => cards().length, { timeout: 20_000 }).toBe(1);
      // The case arrived two weeks ago and nobody picked it up.
      const longAgo = new Date(Date.now() - 14 * 24 * 60 * 60 * 1000).toISOString();
      await db.query(
        `UPDATE cases SET data = jsonb_set(data::jsonb, '{updatedAt}', to_jsonb($2::text))::json
        WHERE reference = $1`,
        [created.reference, longAgo],
      );
      const reminders = () =>
        fake
          .allActivities()
          .filter(
            (stored) =>
              String(stored.activity.text ?? '').includes(created.reference) &&
              !JSON.stringify(stored.activity).includes('AdaptiveCard'),
          );
      await expect.poll(() => reminders().length, { timeout: 20_000 }).toBe(1);
      await new Promise((resolve) => setTimeout(resolve, 4_000));
      expect(reminders()).toHaveLength(1);
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
      expect(said('Ik heb uw vraag gelezen').length).toBeLessThanOrEqual(2);
      expect(said('Goed. Ik zoek hulp bij')).toHaveLength(1);
    }, 120_000);

    it('loses no acknowledged case when one process is killed during handovers', async () => {
      const acknowledged: string[] = [];
      let stop = false;
      const script = [...HANDOVER_SCRIPT, HANDOVER_CONFIRM];
      const loop = async (worker: number) => {
        for (let round = 0; !stop; round += 1) {
          const conversationId = `handover-${worker}-${round}`;
          try {
            for (const [index, text] of script.entries()) {
              const reply = await messagesTurn(
                `${proxy.url}/api/messages`,
                conversationId,
                text,
                index,
                'test',
              );
              if (reply.status !== 200) break;
              const reference = reply.texts
                .map((said) => REFERENCE_PATTERN.exec(said)?.[1])
                .find((found) => found !== undefined);
              if (reference !== undefined) acknowledged.push(reference);
            }
          } catch {
            // The process behind this request died: the resident saw no reference.
          }
        }
      };
      const workers = [0, 1, 2, 3].map((worker) => loop(worker));
      await expect.poll(() => acknowledged.length, { timeout: 60_000 }).toBeGreaterThan(1);
      const victim = instances[1];
      victim?.child.kill('SIGKILL');
      proxy.remove(1);
      const afterKill = acknowledged.length;
      await expect
        .poll(() => acknowledged.length, { timeout: 60_000 })
        .toBeGreaterThan(afterKill + 1);
      stop = true;
      await Promise.all(workers);

      const stored = new Set((await cases.list()).map((item) => item.reference));
      expect(acknowledged.filter((reference) => !stored.has(reference))).toEqual([]);
      expect(new Set(acknowledged).size).toBe(acknowledged.length);
    }, 180_000);
  },
);
