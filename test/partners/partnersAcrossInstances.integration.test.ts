import { cp, readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import type { Catalogue } from '../../src/knowledge/catalogue.js';
import type { Beheerder } from '../../src/knowledge/schema.js';
import { loadKnowledge } from '../../src/knowledge/loader.js';
import { ChangeLog, type ChangeStore } from '../../src/partners/changeLog.js';
import { createMailer } from '../../src/partners/mailer.js';
import { PartnerAudit } from '../../src/partners/partnerAudit.js';
import type { PartnerIdentity } from '../../src/partners/partnerIdentity.js';
import { PartnerKnowledge } from '../../src/partners/partnerKnowledge.js';
import { loadPartnerSecret } from '../../src/partners/partnerSecret.js';
import {
  PostgresChangeStore,
  PostgresKnowledgeFiles,
} from '../../src/partners/postgresKnowledgeFiles.js';
import {
  PostgresAuditLog,
  PostgresSignInRecords,
  sharedHitLimit,
  sharedPartnerSecret,
} from '../../src/partners/postgresSignIn.js';
import { SignInService } from '../../src/partners/signInService.js';
import { SignInStore, type SignInRecords } from '../../src/partners/signInStore.js';
import { Database } from '../../src/storage/postgres/database.js';
import { Notifications } from '../../src/storage/postgres/notifications.js';
import { PostgresRateLimiter } from '../../src/storage/postgres/postgresRateLimiter.js';
import { PostgresSharedFacts } from '../../src/storage/postgres/postgresSharedFacts.js';
import { silentLogger } from '../support/logs.js';
import { linkIn, startLoopbackSmtp, type LoopbackSmtp } from '../support/loopbackSmtp.js';
import { ManualClock } from '../support/manualClock.js';
import { storageBackends, testDatabase } from '../support/storageBackends.js';
import { createTempDirectory, type TempDirectory } from '../support/tempDirectory.js';
import { addPartnerAddresses } from './partnerHarness.js';

/**
 * The partner page on both storage backends (docs/adr/0018, docs/adr/0019). On each: a link is
 * used once, sessions are found and end, change numbers stay unique when two files are edited at
 * once. On PostgreSQL, two instances (two pools, two data and knowledge directories): a link
 * mailed by one signs in on the other, the address limit is counted together, and an edit on one
 * reaches the other's knowledge directory and catalogue.
 */
const postgres = storageBackends().find((backend) => backend.name === 'postgres');
const identity: PartnerIdentity = {
  kind: 'partner',
  beheerder: 'alifa',
  actorKey: 'k1',
  label: 'a***@alifa.example',
  redactie: false,
};
const change = (entryId: string) => ({
  beheerder: 'alifa',
  entryId,
  action: 'edit' as const,
  fields: ['naam'],
  before: null,
  after: null,
  state: 'live' as const,
  refersTo: null,
});

interface Place {
  records(): Promise<SignInRecords>;
  changes(): Promise<ChangeStore>;
  remove(): Promise<void>;
}

const places: Record<string, { skip?: string; create: () => Promise<Place> }> = {
  embedded: {
    create: async () => {
      const temp = await createTempDirectory();
      const opened: SignInStore[] = [];
      let changes: ChangeLog | undefined;
      return {
        records: async () => {
          const store = await SignInStore.open(temp.path, silentLogger());
          opened.push(store);
          return store;
        },
        // One store per data directory: the embedded default is one process.
        changes: () => {
          changes ??= new ChangeLog(temp.path);
          const log = changes;
          return Promise.resolve({
            all: () => log.all(),
            append: (record) =>
              log.append(record.actor, new Date(record.at), change(record.entryId)),
            pruneBefore: (cutoff) => log.pruneBefore(cutoff),
          });
        },
        remove: async () => {
          for (const store of opened) await store.close();
          await temp.remove();
        },
      };
    },
  },
  postgres: {
    ...(postgres?.skip === undefined ? {} : { skip: postgres.skip }),
    create: async () => {
      const created = await testDatabase();
      const databases: Database[] = [];
      const pool = async () => {
        const database = await Database.open({
          url: created.url,
          poolSize: 4,
          logger: silentLogger(),
        });
        databases.push(database);
        return database;
      };
      return {
        records: async () => new PostgresSignInRecords(await pool()),
        changes: async () => new PostgresChangeStore(await pool()),
        remove: async () => {
          for (const database of databases) await database.close();
          await created.drop();
        },
      };
    },
  },
};

for (const [name, { skip, create }] of Object.entries(places)) {
  describe(`partner sign-in and change log on ${name}`, () => {
    let place: Place;

    beforeEach(async (context) => {
      if (skip !== undefined) context.skip(skip);
      place = await create();
    });

    afterEach(async () => {
      await place?.remove();
    });

    it('uses a link once, says why it cannot, and finds and ends sessions', async () => {
      const store = await place.records();
      const now = new Date('2026-12-01T09:00:00.000Z');
      const base = {
        beheerder: 'alifa',
        actorKey: 'k'.repeat(43),
        label: 'a***@alifa.example',
        redactie: false,
        createdAt: now.toISOString(),
        expiresAt: new Date(now.getTime() + 15 * 60_000).toISOString(),
      };
      await store.addLink({ ...base, hash: 'a'.repeat(43), usedAt: null }, now);
      await store.addLink({ ...base, hash: 'b'.repeat(43), usedAt: null }, now);
      const uses = await Promise.all([
        store.consumeLink('a'.repeat(43), now),
        store.consumeLink('a'.repeat(43), now),
      ]);
      expect(uses.filter((use) => use.ok)).toHaveLength(1);
      expect(uses.find((use) => !use.ok)).toEqual({ ok: false, reason: 'used' });
      expect(await store.consumeLink('c'.repeat(43), now)).toEqual({
        ok: false,
        reason: 'unknown',
      });
      const later = new Date(now.getTime() + 16 * 60_000);
      expect(await store.consumeLink('b'.repeat(43), later)).toEqual({
        ok: false,
        reason: 'expired',
      });

      const session = { ...base, hash: 's'.repeat(43) };
      await store.addSession(session, now);
      expect(await store.findSession(session.hash, now)).toEqual(session);
      expect(await store.findSession(session.hash, later)).toBeUndefined();
      expect(await store.removeSession(session.hash)).toBe(true);
      expect(await store.findSession(session.hash, now)).toBeUndefined();
    });

    it('numbers changes uniquely when edits of different files append at once', async () => {
      const stores = [await place.changes()];
      if (name === 'postgres') stores.push(await place.changes());
      const appended = await Promise.all(
        Array.from({ length: 12 }, (_, index) =>
          stores[index % stores.length]?.append({
            at: '2026-12-01T09:00:00.000Z',
            actor: { kind: 'partner', key: 'k1', label: 'a***', beheerder: 'alifa' },
            ...change(`entry-${index}`),
          }),
        ),
      );
      const numbers = appended.map((record) => record?.seq);
      expect(new Set(numbers).size).toBe(12);
      for (const store of stores) {
        const all = await store.all();
        expect(all.map((record) => record.seq)).toEqual(
          [...numbers].sort((a, b) => (a ?? 0) - (b ?? 0)),
        );
      }
    });
  });
}

describe.skipIf(postgres?.skip !== undefined)(
  'the partner page on two instances of one PostgreSQL',
  () => {
    let temp: TempDirectory;
    let smtp: LoopbackSmtp;
    let database: { url: string; drop: () => Promise<void> };
    const opened: Array<() => Promise<void>> = [];
    const clock = new ManualClock('2026-12-01T09:00:00.000Z');

    interface Instance {
      readonly db: Database;
      readonly dataDir: string;
      readonly knowledgeDir: string;
      readonly signIn: SignInService;
      readonly knowledge: PartnerKnowledge;
      readonly files: PostgresKnowledgeFiles;
      catalogue: Catalogue;
      reloads: number;
    }

    /** One instance with data and knowledge of its own; it knows the addresses its catalogue lists. */
    async function instance(name: string): Promise<Instance> {
      const dataDir = path.join(temp.path, name, 'data');
      const knowledgeDir = path.join(temp.path, name, 'knowledge');
      await cp(path.resolve('knowledge'), knowledgeDir, { recursive: true });
      await addPartnerAddresses(knowledgeDir);
      const db = await Database.open({ url: database.url, poolSize: 4, logger: silentLogger() });
      const notifications = new Notifications(db, silentLogger());
      opened.push(async () => {
        await notifications.close();
        await db.close();
      });
      const loaded = await loadKnowledge(knowledgeDir, { clock });
      if (!loaded.ok) throw new Error('knowledge copy is invalid');
      const self = { catalogue: loaded.catalogue, reloads: 0 } as Instance;
      const beheerders = (): readonly Beheerder[] => self.catalogue.beheerders;
      const reload = async () => {
        const result = await loadKnowledge(knowledgeDir, { clock });
        if (!result.ok) throw new Error('knowledge copy became invalid');
        self.catalogue = result.catalogue;
        self.reloads += 1;
      };
      const files = await PostgresKnowledgeFiles.start({
        database: db,
        notifications,
        knowledgeDir,
        reload,
        logger: silentLogger(),
      });
      opened.push(() => files.close());
      const facts = new PostgresSharedFacts(db, clock);
      const config = loadConfig({ SMTP_URL: smtp.url, DATA_DIR: dataDir });
      return Object.assign(self, {
        db,
        dataDir,
        knowledgeDir,
        files,
        signIn: new SignInService({
          store: new PostgresSignInRecords(db),
          mailer: createMailer(config, silentLogger()),
          audit: new PartnerAudit(dataDir, clock, silentLogger(), new PostgresAuditLog(db)),
          clock,
          beheerders,
          // Each instance has a key file of its own; the shared one wins.
          secret: await sharedPartnerSecret(facts, () => loadPartnerSecret(dataDir)),
          publicUrl: 'https://wijkwijzer.example',
          linkTtlMinutes: 15,
          sessionHours: 8,
          linksPerHour: 3,
          sharedLimit: sharedHitLimit(new PostgresRateLimiter(db, clock)),
        }),
        knowledge: new PartnerKnowledge({
          knowledgeDir,
          clock,
          changeLog: new ChangeLog(dataDir, new PostgresChangeStore(db)),
          beheerders,
          reload,
          approval: false,
          review: { checkMonths: 6, graceMonths: 3 },
          shared: files,
        }),
      });
    }

    beforeEach(async () => {
      temp = await createTempDirectory();
      smtp = await startLoopbackSmtp();
      database = await testDatabase();
    });

    afterEach(async () => {
      for (const close of opened.splice(0).reverse()) await close();
      await database.drop();
      await smtp.close();
      await temp.remove();
    });

    it('signs in on B with a link mailed by A, once, and counts the address limit together', async () => {
      const a = await instance('a');
      const b = await instance('b');
      await a.signIn.requestLinks('anna@alifa.example');
      const link = linkIn(await smtp.nextTo('anna@alifa.example'), 'Alifa');
      const session = await b.signIn.signIn(link);
      expect(session.identity).toMatchObject({ beheerder: 'alifa', label: 'a***@alifa.example' });
      // The session works on both; the link is spent on both.
      await expect(a.signIn.identify(session.token)).resolves.toMatchObject({ beheerder: 'alifa' });
      await expect(a.signIn.signIn(link)).rejects.toMatchObject({ code: 'WW-4104' });
      // Three links an hour per address, wherever they are asked for.
      await b.signIn.requestLinks('anna@alifa.example');
      await a.signIn.requestLinks('anna@alifa.example');
      await expect(b.signIn.requestLinks('anna@alifa.example')).rejects.toMatchObject({
        code: 'WW-4109',
      });
      await b.signIn.signOut(session.token, session.identity);
      await expect(a.signIn.identify(session.token)).rejects.toMatchObject({ code: 'WW-4102' });
    });

    it('carries an edit on A to B: file, catalogue and change log; parallel edits of one file both stay', async () => {
      const a = await instance('a');
      const b = await instance('b');
      const first = await a.knowledge.get('alifa', 'alifa-jongerenwerk');
      const second = await b.knowledge.get('alifa', 'alifa-opvoedsteun');
      const [one, two] = await Promise.all([
        a.knowledge.save(identity, 'alifa', {
          originalId: first.id,
          etag: first.etag,
          entry: { ...first.entry, naam: 'Jongerenwerk Alifa (nieuw)' },
          bron: null,
        }),
        b.knowledge.save(identity, 'alifa', {
          originalId: second.id,
          etag: second.etag,
          entry: { ...second.entry, naam: 'Opvoedsteun Alifa (nieuw)' },
          bron: null,
        }),
      ]);
      expect(one.kind).toBe('saved');
      expect(two.kind).toBe('saved');
      if (one.kind !== 'saved' || two.kind !== 'saved') return;
      expect(new Set([one.record.seq, two.record.seq]).size).toBe(2);

      const file = path.join('voorzieningen', 'alifa.yaml');
      for (const side of [a, b]) {
        await expect
          .poll(async () => {
            await side.files.settled();
            return readFile(path.join(side.knowledgeDir, file), 'utf8');
          })
          .toContain('Opvoedsteun Alifa (nieuw)');
        const text = await readFile(path.join(side.knowledgeDir, file), 'utf8');
        expect(text).toContain('Jongerenwerk Alifa (nieuw)');
        await expect
          .poll(() => side.catalogue.voorziening('alifa-jongerenwerk')?.naam)
          .toBe('Jongerenwerk Alifa (nieuw)');
        expect((await side.knowledge.get('alifa', 'alifa-opvoedsteun')).entry.naam).toBe(
          'Opvoedsteun Alifa (nieuw)',
        );
      }
      // B saw the change A made (its own reload ran), and the change log is one log.
      expect(b.reloads).toBeGreaterThan(0);
      const logA = await new ChangeLog(a.dataDir, new PostgresChangeStore(a.db)).all();
      expect(logA.map((record) => record.entryId).sort()).toEqual([
        'alifa-jongerenwerk',
        'alifa-opvoedsteun',
      ]);

      // A stale editor on B is told, even though its own directory had the old entry a moment ago.
      const stale = await b.knowledge.save(identity, 'alifa', {
        originalId: first.id,
        etag: first.etag,
        entry: { ...first.entry, naam: 'Te laat' },
        bron: null,
      });
      expect(stale.kind).toBe('conflict');
    });

    it('a new instance writes what the page wrote before it started into its own directory', async () => {
      const a = await instance('a');
      const view = await a.knowledge.get('alifa', 'alifa-budgetbuddy');
      await a.knowledge.save(identity, 'alifa', {
        originalId: view.id,
        etag: view.etag,
        entry: { ...view.entry, naam: 'BudgetBuddy (bijgewerkt)' },
        bron: null,
      });
      const late = await instance('late');
      expect(
        await readFile(path.join(late.knowledgeDir, 'voorzieningen', 'alifa.yaml'), 'utf8'),
      ).toContain('BudgetBuddy (bijgewerkt)');
    });
  },
);
