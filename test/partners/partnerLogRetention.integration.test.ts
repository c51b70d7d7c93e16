import { appendFile, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ChangeLog, type NewChange } from '../../src/partners/changeLog.js';
import { PartnerAudit } from '../../src/partners/partnerAudit.js';
import type { ChangeActor } from '../../src/partners/partnerIdentity.js';
import { partnerLogCutoff, partnerLogRetention } from '../../src/partners/partnerLogRetention.js';
import { PostgresChangeStore } from '../../src/partners/postgresKnowledgeFiles.js';
import { PostgresAuditLog } from '../../src/partners/postgresSignIn.js';
import { Database } from '../../src/storage/postgres/database.js';
import { PostgresJobGate } from '../../src/storage/postgres/postgresJobGate.js';
import { silentLogger } from '../support/logs.js';
import { ManualClock } from '../support/manualClock.js';
import { storageBackends, testDatabase } from '../support/storageBackends.js';
import { createTempDirectory, type TempDirectory } from '../support/tempDirectory.js';

/**
 * Retention of the partner page's change log and audit trail (docs/adr/0018, "Retention of the
 * change log and the audit trail") on the embedded files and on a real PostgreSQL: what is older
 * than the limit goes, nothing younger is lost, a pending change nobody decided on stays, and the
 * numbering goes on after a prune.
 */
const postgres = storageBackends().find((backend) => backend.name === 'postgres');
const NOW = '2026-12-01T09:00:00.000Z';
const MONTHS = 24;
const CUTOFF = partnerLogCutoff(new Date(NOW), MONTHS);
const before = (ms: number) => new Date(CUTOFF.getTime() - ms);
const after = (ms: number) => new Date(CUTOFF.getTime() + ms);
const DAY = 86_400_000;

const actor: ChangeActor = {
  kind: 'partner',
  key: 'k1',
  label: 'a***@alifa.example',
  beheerder: 'alifa',
};
function change(entryId: string, extra: Partial<NewChange> = {}): NewChange {
  return {
    beheerder: 'alifa',
    entryId,
    action: 'edit',
    fields: ['naam'],
    before: { id: entryId, naam: 'Oud' },
    after: { id: entryId, naam: 'Nieuw' },
    state: 'live',
    refersTo: null,
    ...extra,
  };
}

interface Place {
  readonly dataDir: string;
  changeLog(): ChangeLog;
  audit(clock: ManualClock): PartnerAudit;
  remove(): Promise<void>;
}

const places: Record<string, { skip?: string; create: () => Promise<Place> }> = {
  files: {
    create: async () => {
      const temp = await createTempDirectory();
      return {
        dataDir: temp.path,
        changeLog: () => new ChangeLog(temp.path),
        audit: (clock) => new PartnerAudit(temp.path, clock, silentLogger()),
        remove: () => temp.remove(),
      };
    },
  },
  postgres: {
    ...(postgres?.skip === undefined ? {} : { skip: postgres.skip }),
    create: async () => {
      const temp = await createTempDirectory();
      const created = await testDatabase();
      const database = await Database.open({
        url: created.url,
        poolSize: 4,
        logger: silentLogger(),
      });
      return {
        dataDir: temp.path,
        changeLog: () => new ChangeLog(temp.path, new PostgresChangeStore(database)),
        audit: (clock) =>
          new PartnerAudit(temp.path, clock, silentLogger(), new PostgresAuditLog(database)),
        remove: async () => {
          await database.close();
          await created.drop();
          await temp.remove();
        },
      };
    },
  },
};

for (const [name, { skip, create }] of Object.entries(places)) {
  describe(`partner log retention on ${name}`, () => {
    let place: Place;

    beforeEach(async (context) => {
      if (skip !== undefined) context.skip(skip);
      place = await create();
    });

    afterEach(async () => {
      await place?.remove();
    });

    it('removes changes and audit records older than the limit and keeps everything younger', async () => {
      const log = place.changeLog();
      const old = await log.append(actor, before(300 * DAY), change('oud-live'));
      const waiting = await log.append(
        actor,
        before(200 * DAY),
        change('oud-wacht', { state: 'pending' }),
      );
      const decided = await log.append(
        actor,
        before(150 * DAY),
        change('oud-besloten', { state: 'pending' }),
      );
      const approval = await log.append(
        actor,
        before(140 * DAY),
        change('oud-besloten', { action: 'approve', refersTo: decided.seq }),
      );
      const justOlder = await log.append(actor, before(1), change('net-te-oud'));
      const atLimit = await log.append(actor, CUTOFF, change('precies-op-de-grens'));
      const young = await log.append(actor, after(DAY), change('jong'));

      const clock = new ManualClock(before(400 * DAY));
      const audit = place.audit(clock);
      await audit.record('sign-in', {
        actorKey: 'k1',
        label: 'a***@alifa.example',
        beheerder: 'alifa',
      });
      clock.advance(400 * DAY - 1);
      await audit.record('link-requested', { actorKey: 'k1', label: 'a***@alifa.example' });
      clock.advance(1);
      await audit.record('sign-out', { actorKey: 'k1', beheerder: 'alifa' });
      clock.advance(DAY);
      await audit.record('staff-sign-in', { actorKey: 's1', label: 'Redactie Een' });

      const auditBefore = await audit.readAll();
      const changesBefore = await log.all();
      const kept = (records: readonly { seq: number }[], seqs: readonly number[]) =>
        records.filter((record) => seqs.includes(record.seq));

      const nowClock = new ManualClock(NOW);
      const result = await partnerLogRetention({
        changeLog: log,
        audit,
        clock: nowClock,
        logger: silentLogger(),
        months: MONTHS,
      }).runOnce();

      expect(result).toEqual({ changes: 4, audit: 2 });
      const survivors = [waiting.seq, atLimit.seq, young.seq];
      // This instance and a fresh one (a restart, or another instance) read the same.
      for (const reader of [log, place.changeLog()]) {
        expect(await reader.all()).toEqual(kept(changesBefore, survivors));
      }
      expect([old, approval, justOlder].every((record) => !survivors.includes(record.seq))).toBe(
        true,
      );
      expect(await audit.readAll()).toEqual(auditBefore.slice(2));
      expect(await place.audit(nowClock).readAll()).toEqual(auditBefore.slice(2));

      // The numbering goes on after the prune; a second run finds nothing to remove.
      const next = await log.append(actor, new Date(NOW), change('na-de-opruiming'));
      expect(next.seq).toBe(young.seq + 1);
      expect(await log.pending()).toEqual(kept(changesBefore, [waiting.seq]));
      expect(await log.pruneBefore(CUTOFF)).toBe(0);
      expect(await audit.pruneBefore(CUTOFF)).toBe(0);
    });

    it('keeps the newest change even when it is older than the limit', async () => {
      const log = place.changeLog();
      await log.append(actor, before(20 * DAY), change('een'));
      const newest = await log.append(actor, before(10 * DAY), change('twee'));
      expect(await log.pruneBefore(CUTOFF)).toBe(1);
      expect((await log.all()).map((record) => record.seq)).toEqual([newest.seq]);
      expect((await log.append(actor, new Date(NOW), change('drie'))).seq).toBe(newest.seq + 1);
    });
  });
}

describe('partner log retention on the embedded files', () => {
  let temp: TempDirectory;

  beforeEach(async () => {
    temp = await createTempDirectory();
  });

  afterEach(async () => {
    await temp.remove();
  });

  it('rewrites the file atomically, private, and keeps lines it cannot date', async () => {
    const log = new ChangeLog(temp.path);
    await log.append(actor, before(DAY), change('oud'));
    await log.append(actor, after(DAY), change('jong'));
    const file = path.join(temp.path, 'partners', 'changes.jsonl');
    // A record of a newer version (unknown field) and a torn line from a crash.
    await appendFile(file, '{"seq":99,"at":"2020-01-01T00:00:00.000Z","future":true}\n{"seq":10');
    expect(await log.pruneBefore(CUTOFF)).toBe(1);
    const lines = (await readFile(file, 'utf8')).split('\n').filter((line) => line !== '');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain('"future":true');
    expect((await stat(file)).mode & 0o777).toBe(0o600);
  });
});

describe.skipIf(postgres?.skip !== undefined)('partner log retention across instances', () => {
  it('runs once through the job gate and every instance reads the pruned log', async () => {
    const created = await testDatabase();
    const temp = await createTempDirectory();
    const databases = await Promise.all(
      [1, 2].map(() => Database.open({ url: created.url, poolSize: 4, logger: silentLogger() })),
    );
    try {
      const clock = new ManualClock(NOW);
      const logs = databases.map(
        (database) => new ChangeLog(temp.path, new PostgresChangeStore(database)),
      );
      const audits = databases.map(
        (database) =>
          new PartnerAudit(temp.path, clock, silentLogger(), new PostgresAuditLog(database)),
      );
      const [first, second] = logs as [ChangeLog, ChangeLog];
      await first.append(actor, before(DAY), change('oud'));
      const young = await second.append(actor, after(DAY), change('jong'));
      expect(await first.all()).toHaveLength(2);
      expect(await second.all()).toHaveLength(2);

      let runs = 0;
      const ran = await Promise.all(
        databases.map((database, index) =>
          new PostgresJobGate(database, clock).runOnce('partner-log-retention', DAY, async () => {
            runs += 1;
            await partnerLogRetention({
              changeLog: logs[index] as ChangeLog,
              audit: audits[index] as PartnerAudit,
              clock,
              logger: silentLogger(),
              months: MONTHS,
            }).runOnce();
          }),
        ),
      );
      expect(runs).toBe(1);
      expect(ran.filter(Boolean)).toHaveLength(1);
      for (const log of logs) {
        expect((await log.all()).map((record) => record.seq)).toEqual([young.seq]);
      }
    } finally {
      for (const database of databases) await database.close();
      await created.drop();
      await temp.remove();
    }
  });
});

describe('partnerLogCutoff', () => {
  it('counts calendar months and never moves past the end of a shorter month', () => {
    expect(partnerLogCutoff(new Date('2026-12-01T09:00:00.000Z'), 24).toISOString()).toBe(
      '2024-12-01T09:00:00.000Z',
    );
    expect(partnerLogCutoff(new Date('2026-03-31T10:00:00.000Z'), 1).toISOString()).toBe(
      '2026-02-28T10:00:00.000Z',
    );
    expect(partnerLogCutoff(new Date('2026-01-15T00:00:00.000Z'), 13).toISOString()).toBe(
      '2024-12-15T00:00:00.000Z',
    );
  });
});
