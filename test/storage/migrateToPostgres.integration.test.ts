import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FileStateStorage, stateDirectory } from '../../src/bot/fileStateStorage.js';
import { PostgresStateStorage } from '../../src/bot/postgresStateStorage.js';
import { transitionCase, type CaseRepository } from '../../src/cases/caseRepository.js';
import { casesDirectory, FileCaseRepository } from '../../src/cases/fileCaseRepository.js';
import { PostgresCaseRepository } from '../../src/cases/postgresCaseRepository.js';
import { PickupReminder } from '../../src/cases/pickupReminder.js';
import { main } from '../../src/cli/main.js';
import { loadConfig } from '../../src/config.js';
import { DayFileAggregateStore } from '../../src/insights/dayFileAggregateStore.js';
import { PostgresAggregateStore } from '../../src/insights/postgresAggregateStore.js';
import { ChangeLog } from '../../src/partners/changeLog.js';
import { PartnerAudit } from '../../src/partners/partnerAudit.js';
import { PostgresChangeStore } from '../../src/partners/postgresKnowledgeFiles.js';
import { PostgresAuditLog } from '../../src/partners/postgresSignIn.js';
import { FileSharedFacts } from '../../src/storage/fileSharedFacts.js';
import { migrateToPostgres } from '../../src/storage/migrateToPostgres.js';
import { Database } from '../../src/storage/postgres/database.js';
import { PostgresSharedFacts } from '../../src/storage/postgres/postgresSharedFacts.js';
import type { SharedFacts } from '../../src/storage/sharedFacts.js';
import { openEmbeddedBackend } from '../../src/storage/storageBackend.js';
import { FileChannelLinkStore } from '../../src/casework/channelLinks.js';
import { alice, bob, FakeClock, newCaseInput } from '../cases/fixtures/caseFixtures.js';
import { silentLogger } from '../support/logs.js';
import { spawnStoreChild } from './fixtures/spawnStoreChild.js';
import { storageBackends, testDatabase } from '../support/storageBackends.js';
import { createTempDirectory, type TempDirectory } from '../support/tempDirectory.js';

/**
 * `wijkwijzer storage migrate`: the embedded files into PostgreSQL without loss, and safe to run
 * again. Real files in a temp directory, a real database in the test cluster.
 */
const postgres = storageBackends().find((backend) => backend.name === 'postgres');
const skipped = postgres?.skip;

describe.skipIf(skipped !== undefined)('wijkwijzer storage migrate', () => {
  let temp: TempDirectory;
  let database: { url: string; drop: () => Promise<void> };
  let db: Database | undefined;
  const clock = new FakeClock('2026-03-02T09:00:00.000Z');

  beforeEach(async () => {
    temp = await createTempDirectory();
    database = await testDatabase();
  });

  afterEach(async () => {
    await db?.close();
    db = undefined;
    await database.drop();
    await temp.remove();
  });

  async function cli(...argv: string[]) {
    let stdout = '';
    let stderr = '';
    const code = await main(argv, {
      stdout: (text) => {
        stdout += text;
      },
      stderr: (text) => {
        stderr += text;
      },
      env: { DATA_DIR: temp.path, DATABASE_URL: database.url, LOG_LEVEL: 'silent' },
      cwd: temp.path,
    });
    return { code, stdout, stderr };
  }

  it('copies state, cases, sequences and links; a second run changes nothing and keeps newer data', async () => {
    // The embedded data: state items, three cases (one deleted: its number stays taken), a link.
    const state = await FileStateStorage.open({
      dir: stateDirectory(temp.path),
      logger: silentLogger(),
      clock,
    });
    await state.write({
      'webchat/conversations/c1/': { wijkwijzer: { step: 2 } },
      'webchat/users/dl_resident000000000000000/': { resident: { visits: [] } },
    });
    const fileState = await state.read([
      'webchat/conversations/c1/',
      'webchat/users/dl_resident000000000000000/',
    ]);
    await state.close();
    const files = await FileCaseRepository.open({
      dir: casesDirectory(temp.path),
      clock,
      referencePrefix: 'WW',
      logger: silentLogger(),
    });
    const first = await files.create(newCaseInput());
    await transitionCase(files, first.reference, { type: 'claim' }, alice, 1, clock);
    await files.create(newCaseInput());
    await files.create(newCaseInput());
    await files.delete('WW-2026-000003');
    const fileCases = await files.list();
    await files.close();
    const links = await FileChannelLinkStore.open(temp.file('teams-links.json'), silentLogger());
    await links.link({
      wijkteam: 'centrum',
      conversationId: '19:abc@thread.tacv2',
      serviceUrl: 'https://smba.trafficmanager.net/emea/',
      tenantId: null,
      teamId: null,
      channelName: 'Overdrachten',
      linkedBy: 'aad-coordinator',
      linkedAt: '2026-03-01T09:00:00.000Z',
    });
    await links.close();

    const run = await cli('storage', 'migrate');
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(
      '2 state items (2 written), 2 cases (2 written), 1 channel links (1 written)',
    );

    db = await Database.open({ url: database.url, poolSize: 2, logger: silentLogger() });
    const pgState = new PostgresStateStorage(db, clock);
    expect(
      await pgState.read([
        'webchat/conversations/c1/',
        'webchat/users/dl_resident000000000000000/',
      ]),
    ).toEqual(fileState);
    const pgCases = new PostgresCaseRepository(db, {
      clock,
      referencePrefix: 'WW',
      logger: silentLogger(),
    });
    expect(await pgCases.list()).toEqual(fileCases);
    // The next number continues after the deleted one: never handed out twice.
    expect((await pgCases.create(newCaseInput())).reference).toBe('WW-2026-000004');
    // Work goes on in PostgreSQL; a second run must not roll it back.
    await transitionCase(pgCases, first.reference, { type: 'release' }, alice, 2, clock);
    await transitionCase(pgCases, first.reference, { type: 'claim' }, bob, 3, clock);

    const again = await cli('storage', 'migrate');
    expect(again.code).toBe(0);
    expect(again.stdout).toContain(
      '2 state items (0 written), 2 cases (0 written), 1 channel links (0 written)',
    );
    const kept = await pgCases.get(first.reference);
    expect(kept?.assignee?.staffId).toBe(bob.id);
    expect(kept?.version).toBe(4);
    expect((await pgCases.list()).map((item) => item.reference)).toEqual([
      'WW-2026-000001',
      'WW-2026-000002',
      'WW-2026-000004',
    ]);
  });

  it('moves the insight counters in; a second run adds only what the day files gained', async () => {
    const row = (day: string, count: number) => ({
      day,
      kind: 'question',
      dimensions: { wijk: 'Roombeek', levensgebied: 'geldzaken' },
      count,
    });
    const openFiles = () =>
      DayFileAggregateStore.open({ dir: temp.file('insights'), logger: silentLogger() });
    const files = await openFiles();
    await files.add([row('2026-02-27', 3), row('2026-03-02', 5)]);
    await files.close();

    const run = await cli('storage', 'migrate');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('2 insight counters (2 written)');
    db = await Database.open({ url: database.url, poolSize: 2, logger: silentLogger() });
    const counters = new PostgresAggregateStore(db);
    expect(await counters.read({})).toEqual([row('2026-02-27', 3), row('2026-03-02', 5)]);

    // The bot counts on in PostgreSQL; the old process also counted one more in its file.
    await counters.add([row('2026-03-02', 2)]);
    const later = await openFiles();
    await later.add([row('2026-03-02', 1)]);
    await later.close();

    const again = await cli('storage', 'migrate');
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('2 insight counters (1 written)');
    // 5 from the files, 2 counted in PostgreSQL, 1 the files gained: nothing doubled or lost.
    expect(await counters.read({})).toEqual([row('2026-02-27', 3), row('2026-03-02', 8)]);
    const third = await cli('storage', 'migrate');
    expect(third.stdout).toContain('2 insight counters (0 written)');
    expect(await counters.read({})).toEqual([row('2026-02-27', 3), row('2026-03-02', 8)]);
  });

  it("moves the partner page's change log under its numbers and the audit trail, once", async () => {
    const log = new ChangeLog(temp.path);
    const actor = {
      kind: 'partner' as const,
      key: 'k1',
      label: 'a***@alifa.example',
      beheerder: 'alifa',
    };
    const change = (entryId: string, refersTo: number | null) => ({
      beheerder: 'alifa',
      entryId,
      action: refersTo === null ? ('edit' as const) : ('undo' as const),
      fields: ['naam'],
      before: { id: entryId, naam: 'Oud' },
      after: { id: entryId, naam: 'Nieuw' },
      state: 'live' as const,
      refersTo,
    });
    await log.append(actor, clock.now(), change('alifa-jongerenwerk', null));
    await log.append(actor, clock.now(), change('alifa-jongerenwerk', 1));
    const audit = new PartnerAudit(temp.path, clock, silentLogger());
    await audit.record('sign-in', {
      actorKey: 'k1',
      label: 'a***@alifa.example',
      beheerder: 'alifa',
    });
    await audit.record('sign-out', { actorKey: 'k1', label: 'a***@alifa.example' });

    const run = await cli('storage', 'migrate');
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(
      '2 partner changes (2 written), 2 partner audit records (2 written)',
    );
    db = await Database.open({ url: database.url, poolSize: 2, logger: silentLogger() });
    const changes = new PostgresChangeStore(db);
    expect(await changes.all()).toEqual(await log.all());
    // The undo still points at change 1, and the next change takes number 3.
    const next = await changes.append({
      at: clock.now().toISOString(),
      actor,
      ...change('alifa-opvoedsteun', null),
    });
    expect(next.seq).toBe(3);
    expect(await new PostgresAuditLog(db).readAll()).toEqual(await audit.readAll());

    const again = await cli('storage', 'migrate');
    expect(again.stdout).toContain(
      '2 partner changes (0 written), 2 partner audit records (0 written)',
    );
    expect((await new PostgresChangeStore(db).all()).map((record) => record.seq)).toEqual([
      1, 2, 3,
    ]);
  });

  it('moves the durable facts in: only live ones, a later expiry wins a conflict, a second run writes nothing', async () => {
    // The command runs on the system clock: expiries are set around the real now.
    const day = 24 * 60 * 60 * 1000;
    const fromNow = (days: number) => new Date(Date.now() + days * day);
    const writer = new FakeClock(new Date(Date.now() - 2 * day).toISOString());
    const files = await FileSharedFacts.open({
      file: temp.file('facts.json'),
      clock: writer,
      logger: silentLogger(),
    });
    await files.set('pickup-reminder-attempt', 'WW-2026-000001', 'in-doubt', fromNow(60));
    await files.set('pickup-reminder', 'WW-2026-000002', 'files-2', fromNow(50));
    await files.set('pickup-reminder', 'WW-2026-000003', 'files-3', fromNow(50));
    await files.set('pickup-reminder', 'WW-2026-000004', 'files-4', fromNow(50));
    await files.set('pickup-reminder', 'WW-2026-000005', 'files-5', fromNow(50));
    await files.set('pickup-reminder', 'WW-2026-000006', 'files-expired', fromNow(-1));
    await files.close();
    // PostgreSQL already has facts of its own under some of those keys.
    db = await Database.open({ url: database.url, poolSize: 2, logger: silentLogger() });
    const written = new PostgresSharedFacts(db, writer);
    await written.set('pickup-reminder', 'WW-2026-000003', 'postgres-newer', fromNow(55));
    await written.set('pickup-reminder', 'WW-2026-000004', 'postgres-older', fromNow(40));
    await written.set('pickup-reminder', 'WW-2026-000005', 'postgres-expired', fromNow(-1));

    const run = await cli('storage', 'migrate');
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('5 durable facts (4 written)');
    const facts = new PostgresSharedFacts(db, { now: () => new Date() });
    expect(await facts.get('pickup-reminder-attempt', 'WW-2026-000001')).toBe('in-doubt');
    expect(await facts.all('pickup-reminder')).toEqual(
      new Map([
        ['WW-2026-000002', 'files-2'],
        ['WW-2026-000003', 'postgres-newer'],
        ['WW-2026-000004', 'files-4'],
        ['WW-2026-000005', 'files-5'],
      ]),
    );
    const expiry = await db.query<{ key: string; expires_at: Date }>(
      `SELECT key, expires_at FROM shared_facts WHERE key IN ('WW-2026-000001', 'WW-2026-000006')`,
    );
    // The expiry travels with the fact; an expired fact is not copied.
    expect(expiry.rows.map((row) => [row.key, row.expires_at.toISOString().slice(0, 13)])).toEqual([
      ['WW-2026-000001', fromNow(60).toISOString().slice(0, 13)],
    ]);

    const again = await cli('storage', 'migrate');
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('5 durable facts (0 written)');
    expect(await facts.get('pickup-reminder', 'WW-2026-000003')).toBe('postgres-newer');
  });

  it('keeps a pick-up reminder in doubt across the move: it is looked up, not posted again', async () => {
    const clock = new FakeClock('2026-12-03T09:00:00.000Z');
    const config = loadConfig({ DATA_DIR: temp.path });
    const reminded: string[] = [];
    const asked: string[] = [];
    const reminderOn = (cases: CaseRepository, facts: SharedFacts) =>
      new PickupReminder({
        repository: cases,
        clock,
        logger: silentLogger(),
        thresholdHours: 4,
        reminders: facts,
        reconciler: {
          findReminder: (item, since) => {
            asked.push(`${item.reference}@${since.toISOString()}`);
            return Promise.resolve(true);
          },
        },
        target: {
          remind: (item) => {
            reminded.push(item.reference);
            return Promise.resolve(true);
          },
        },
      });
    const embedded = await openEmbeddedBackend({ config, logger: silentLogger(), clock });
    const created = await embedded.cases.create(
      newCaseInput({
        consent: { given: true, at: clock.now().toISOString(), textVersion: 'overdracht-2026-01' },
      }),
    );
    await embedded.cases.updateDelivery(created.reference, (item) => ({
      ...item.delivery,
      state: 'delivered',
      deliveredAt: clock.now().toISOString(),
      receipt: { channel: 'msteams', externalId: '1|19:x@thread.tacv2;messageid=1' },
    }));
    // The bot dies after the line reached the thread, before its posting was recorded.
    const dying: SharedFacts = Object.create(embedded.durableFacts) as SharedFacts;
    dying.set = (namespace, key, value, expiresAt) =>
      namespace === 'pickup-reminder'
        ? Promise.reject(new Error('process killed'))
        : embedded.durableFacts.set(namespace, key, value, expiresAt);
    clock.set('2026-12-03T13:00:00.000Z'); // 14:00 in Enschede: four working hours
    expect(await reminderOn(embedded.cases, dying).runOnce()).toBe(1);
    await embedded.close();

    clock.set('2026-12-03T13:05:00.000Z');
    const report = await migrateToPostgres({
      config,
      url: database.url,
      logger: silentLogger(),
      clock,
    });
    expect(report).toMatchObject({ cases: 1, facts: 1, factsWritten: 1 });

    // The first run on PostgreSQL knows the line is in doubt and finds it in the thread.
    db = await Database.open({ url: database.url, poolSize: 2, logger: silentLogger() });
    const cases = new PostgresCaseRepository(db, {
      clock,
      referencePrefix: 'WW',
      logger: silentLogger(),
    });
    const facts = new PostgresSharedFacts(db, clock);
    expect(await reminderOn(cases, facts).runOnce()).toBe(0);
    expect(asked).toEqual([`${created.reference}@2026-12-03T13:00:00.000Z`]);
    expect(reminded).toEqual([created.reference]);
    expect(await facts.get('pickup-reminder', created.reference)).toBe('2026-12-03T13:00:00.000Z');
    expect(await facts.all('pickup-reminder-attempt')).toEqual(new Map());
  });

  it('imports the single files of an earlier version on the way', async () => {
    const files = await FileCaseRepository.open({
      dir: temp.file('old-cases'),
      clock,
      referencePrefix: 'WW',
      logger: silentLogger(),
    });
    const created = await files.create(newCaseInput());
    await files.close();
    await writeFile(
      temp.file('cases.json'),
      JSON.stringify({
        schemaVersion: 1,
        sequences: { '2026': 5 },
        cases: { [created.reference]: created },
      }),
    );
    await writeFile(
      temp.file('state.json'),
      JSON.stringify({
        version: 1,
        items: {
          'webchat/conversations/x/': {
            eTag: 'e1',
            updatedAt: '2026-03-01T09:00:00.000Z',
            value: { step: 1 },
          },
        },
      }),
    );
    const run = await cli('storage', 'migrate');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('1 state items (1 written), 1 cases (1 written)');
    db = await Database.open({ url: database.url, poolSize: 2, logger: silentLogger() });
    const pgCases = new PostgresCaseRepository(db, {
      clock,
      referencePrefix: 'WW',
      logger: silentLogger(),
    });
    expect((await pgCases.create(newCaseInput())).reference).toBe('WW-2026-000006');
  });

  it('asks for DATABASE_URL and refuses while the bot holds the files', async () => {
    let stderr = '';
    const code = await main(['storage', 'migrate'], {
      stdout: () => undefined,
      stderr: (text) => {
        stderr += text;
      },
      env: { DATA_DIR: temp.path, LOG_LEVEL: 'silent' },
      cwd: temp.path,
    });
    expect(code).toBe(64);
    expect(stderr).toContain('set DATABASE_URL');
    // The running bot, in another process, holds the cases directory's lock.
    const holder = spawnStoreChild('hold', path.join(casesDirectory(temp.path), 'store'));
    try {
      await holder.ready;
      const refused = await cli('storage', 'migrate');
      expect(refused.code).toBe(65);
      expect(refused.stderr).toContain('stop it first');
    } finally {
      await holder.kill('SIGKILL');
    }
  });
});
