import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FileStateStorage, stateDirectory } from '../../src/bot/fileStateStorage.js';
import { PostgresStateStorage } from '../../src/bot/postgresStateStorage.js';
import { transitionCase } from '../../src/cases/caseRepository.js';
import { casesDirectory, FileCaseRepository } from '../../src/cases/fileCaseRepository.js';
import { PostgresCaseRepository } from '../../src/cases/postgresCaseRepository.js';
import { main } from '../../src/cli/main.js';
import { DayFileAggregateStore } from '../../src/insights/dayFileAggregateStore.js';
import { PostgresAggregateStore } from '../../src/insights/postgresAggregateStore.js';
import { ChangeLog } from '../../src/partners/changeLog.js';
import { PartnerAudit } from '../../src/partners/partnerAudit.js';
import { PostgresChangeStore } from '../../src/partners/postgresKnowledgeFiles.js';
import { PostgresAuditLog } from '../../src/partners/postgresSignIn.js';
import { Database } from '../../src/storage/postgres/database.js';
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
