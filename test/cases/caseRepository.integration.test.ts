import { existsSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Case } from '../../src/cases/case.js';
import type { CaseRepository } from '../../src/cases/caseRepository.js';
import { transitionCase } from '../../src/cases/caseRepository.js';
import { FileCaseRepository, readCaseSnapshot } from '../../src/cases/fileCaseRepository.js';
import { InMemoryCaseRepository } from '../../src/cases/memoryCaseRepository.js';
import { CaseRefusedError } from '../../src/cases/status.js';
import { isWijkwijzerError } from '../../src/shared/errors.js';
import { captureLogger, silentLogger } from '../support/logs.js';
import { storageBackends } from '../support/storageBackends.js';
import { createTempDirectory, type TempDirectory } from '../support/tempDirectory.js';
import { alice, bob, coordinator, FakeClock, newCaseInput } from './fixtures/caseFixtures.js';

interface Harness {
  readonly repository: CaseRepository;
  readonly clock: FakeClock;
  close(): Promise<void>;
}

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (isWijkwijzerError(error)) return error.code;
    throw error;
  }
  return 'resolved';
}

const implementations: Record<
  string,
  { skip?: string; open: (temp: TempDirectory, clock: FakeClock) => Promise<Harness> }
> = {
  memory: {
    open: (_temp, clock) => {
      const repository = new InMemoryCaseRepository({
        clock,
        referencePrefix: 'WW',
        logger: silentLogger(),
      });
      return Promise.resolve({ repository, clock, close: () => Promise.resolve() });
    },
  },
  file: {
    open: async (temp, clock) => {
      const repository = await FileCaseRepository.open({
        dir: temp.file('data/cases'),
        clock,
        referencePrefix: 'WW',
        logger: silentLogger(),
      });
      return { repository, clock, close: () => repository.close() };
    },
  },
};
for (const backend of storageBackends().filter((candidate) => candidate.name === 'postgres')) {
  implementations[backend.name] = {
    ...(backend.skip === undefined ? {} : { skip: backend.skip }),
    open: async (_temp, clock) => {
      const place = await backend.create();
      const repository = await place.openCases(clock);
      return {
        repository,
        clock,
        close: async () => {
          await repository.close();
          await place.remove();
        },
      };
    },
  };
}

for (const [name, { open, skip }] of Object.entries(implementations)) {
  describe(`CaseRepository contract: ${name}`, () => {
    let temp: TempDirectory;
    let harness: Harness;
    let repository: CaseRepository;
    let clock: FakeClock;

    beforeEach(async (context) => {
      if (skip !== undefined) context.skip(skip);
      temp = await createTempDirectory();
      clock = new FakeClock('2026-03-02T09:00:00.000Z');
      harness = await open(temp, clock);
      repository = harness.repository;
    });

    afterEach(async () => {
      await harness?.close();
      await temp?.remove();
    });

    it('creates a case with the next reference of the year, status nieuw and version 1', async () => {
      const first = await repository.create(newCaseInput());
      const second = await repository.create(newCaseInput());
      expect(first.reference).toBe('WW-2026-000001');
      expect(second.reference).toBe('WW-2026-000002');
      expect(first).toMatchObject({
        status: 'nieuw',
        version: 1,
        assignee: null,
        outcome: null,
        delivery: { state: 'pending', attempts: 0 },
        melder: { kind: 'contact', name: 'Fatma', phone: '0612345678' },
        createdAt: '2026-03-02T09:00:00.000Z',
      });
      expect(first.history).toEqual([
        {
          at: '2026-03-02T09:00:00.000Z',
          actor: { kind: 'resident', id: 'inwoner' },
          action: 'aangemaakt',
          from: null,
          to: 'nieuw',
        },
      ]);
      expect(await repository.get(first.reference)).toEqual(first);
    });

    it('keeps the stadsdeel of another gemeente’s knowledge as well as Enschede’s', async () => {
      const lindewaard = await repository.create(
        newCaseInput({
          wijkteam: 'lindewaard-stad',
          story: { ...newCaseInput().story, wijk: 'Bolwerk', stadsdeel: 'lindewaard' },
        }),
      );
      const enschede = await repository.create(newCaseInput());
      expect((await repository.get(lindewaard.reference))?.story).toMatchObject({
        wijk: 'Bolwerk',
        stadsdeel: 'lindewaard',
      });
      expect((await repository.get(enschede.reference))?.story.stadsdeel).toBe('zuid');
    });

    it('starts a new sequence in the new Dutch year (23:30 UTC on 31 December is already January)', async () => {
      clock.set('2026-12-31T22:30:00.000Z');
      expect((await repository.create(newCaseInput())).reference).toBe('WW-2026-000001');
      clock.set('2026-12-31T23:30:00.000Z');
      expect((await repository.create(newCaseInput())).reference).toBe('WW-2027-000001');
    });

    it('masks identifiers in the story before storing it', async () => {
      const input = newCaseInput();
      const created = await repository.create({
        ...input,
        story: {
          ...input.story,
          summary: 'Mijn BSN is 123456782 en mijn rekening NL91 ABNA 0417 1643 00.',
          triedAlready: 'Gebeld met 053-1234567.',
        },
      });
      expect(created.story.summary).toBe(
        'Mijn BSN is [BSN weggehaald] en mijn rekening [rekeningnummer weggehaald].',
      );
      expect(created.story.triedAlready).toBe('Gebeld met [telefoonnummer weggehaald].');
    });

    it('refuses a case without consent or without a way to reach the resident, and keeps the sequence', async () => {
      const input = newCaseInput();
      expect(
        await codeOf(repository.create({ ...input, consent: { ...input.consent, given: false } })),
      ).toBe('WW-6009');
      expect(
        await codeOf(
          repository.create({ ...input, melder: { name: 'Fatma', phone: null, email: null } }),
        ),
      ).toBe('WW-6007');
      expect(
        await codeOf(repository.create({ ...input, melder: { name: 'Fatma', phone: '12345' } })),
      ).toBe('WW-6007');
      expect(await repository.list()).toEqual([]);
      expect((await repository.create(input)).reference).toBe('WW-2026-000001');
    });

    it('gives parallel handovers distinct references', async () => {
      const created = await Promise.all(
        Array.from({ length: 40 }, () => repository.create(newCaseInput())),
      );
      const references = created.map((entry) => entry.reference);
      expect(new Set(references).size).toBe(40);
      expect([...references].sort()).toEqual(
        Array.from({ length: 40 }, (_, index) => `WW-2026-${String(index + 1).padStart(6, '0')}`),
      );
      expect(await repository.list()).toHaveLength(40);
    });

    it('returns copies: changing a returned case changes nothing stored', async () => {
      const created = await repository.create(newCaseInput());
      created.status = 'afgerond';
      created.story.levensgebieden.push('wonen');
      const stored = await repository.get(created.reference);
      expect(stored?.status).toBe('nieuw');
      expect(stored?.story.levensgebieden).toEqual(['geld', 'gezondheid']);
    });

    it('updates with the expected version and refuses a stale one, naming who changed it', async () => {
      const created = await repository.create(newCaseInput());
      const updated = await repository.update(created.reference, 1, (current) => ({
        ...current,
        wijkteam: 'centrum',
      }));
      expect(updated.version).toBe(2);
      expect(updated.wijkteam).toBe('centrum');
      const stale = repository.update(created.reference, 1, (current) => current);
      await expect(stale).rejects.toBeInstanceOf(CaseRefusedError);
      const error = (await stale.then(
        () => undefined,
        (caught: unknown) => caught,
      )) as CaseRefusedError;
      expect(error.code).toBe('WW-6002');
      expect(error.refusal).toMatchObject({ kind: 'conflict', currentVersion: 2 });
      expect((await repository.get(created.reference))?.version).toBe(2);
    });

    it('changes nothing when the change throws, refuses history rewrites and unknown references', async () => {
      const created = await repository.create(newCaseInput());
      await expect(
        repository.update(created.reference, 1, () => {
          throw new Error('boom');
        }),
      ).rejects.toThrow('boom');
      expect(
        await codeOf(
          repository.update(created.reference, 1, (current) => ({ ...current, history: [] })),
        ),
      ).toBe('WW-6007');
      expect(
        await codeOf(
          repository.update(created.reference, 1, (current) => ({
            ...current,
            status: 'onzin' as Case['status'],
          })),
        ),
      ).toBe('WW-6007');
      expect(await codeOf(repository.update('WW-2026-999999', 1, (current) => current))).toBe(
        'WW-6001',
      );
      expect(await repository.get(created.reference)).toEqual(created);
    });

    it('lets exactly one of two simultaneous claims with the same version win', async () => {
      const created = await repository.create(newCaseInput());
      const [first, second] = await Promise.all([
        transitionCase(repository, created.reference, { type: 'claim' }, alice, 1, clock),
        transitionCase(repository, created.reference, { type: 'claim' }, bob, 1, clock),
      ]);
      const results = [first, second];
      const winners = results.filter((result) => result.ok);
      const losers = results.filter((result) => !result.ok);
      expect(winners).toHaveLength(1);
      expect(losers).toHaveLength(1);
      const winner = winners[0];
      const loser = losers[0];
      if (winner?.ok !== true || loser?.ok !== false) throw new Error('unexpected results');
      expect(loser.refusal).toMatchObject({
        kind: 'conflict',
        code: 'WW-6002',
        currentVersion: 2,
        assignee: winner.case.assignee,
      });
      const stored = await repository.get(created.reference);
      expect(stored?.status).toBe('opgepakt');
      expect(stored?.history.filter((entry) => entry.action === 'opgepakt')).toHaveLength(1);
    });

    it('refuses transitions as values and stores nothing for them', async () => {
      const created = await repository.create(newCaseInput());
      const refused = await transitionCase(
        repository,
        created.reference,
        { type: 'contact_made' },
        alice,
        1,
        clock,
      );
      expect(refused).toMatchObject({ ok: false, refusal: { kind: 'not_allowed' } });
      expect((await repository.get(created.reference))?.version).toBe(1);
      await expect(
        transitionCase(repository, 'WW-2026-000404', { type: 'claim' }, alice, 1, clock),
      ).rejects.toMatchObject({ code: 'WW-6001' });
    });

    it('lists by wijkteam, status and resident, in order of arrival', async () => {
      const first = await repository.create(newCaseInput());
      clock.advance(1000);
      const second = await repository.create(
        newCaseInput({ wijkteam: 'centrum', residentKey: 'resident-key-0002' }),
      );
      await transitionCase(repository, first.reference, { type: 'claim' }, alice, 1, clock);
      const references = (cases: readonly Case[]) => cases.map((entry) => entry.reference);
      expect(references(await repository.list())).toEqual([first.reference, second.reference]);
      expect(references(await repository.list({ wijkteam: 'centrum' }))).toEqual([
        second.reference,
      ]);
      expect(references(await repository.list({ status: 'opgepakt' }))).toEqual([first.reference]);
      expect(references(await repository.list({ residentKey: 'resident-key-0002' }))).toEqual([
        second.reference,
      ]);
      expect(await repository.list({ status: 'afgerond' })).toEqual([]);
    });

    it('selects the Casusbord scope: several wijkteams, statuses and arrival, and counts without reading', async () => {
      const references = (cases: readonly Case[]) => cases.map((entry) => entry.reference);
      const west = await repository.create(newCaseInput({ wijkteam: 'west' }));
      clock.advance(60 * 60_000);
      const centrum = await repository.create(newCaseInput({ wijkteam: 'centrum' }));
      clock.advance(60 * 60_000);
      const noord = await repository.create(newCaseInput({ wijkteam: 'noord' }));
      const claimed = await repository.create(newCaseInput({ wijkteam: 'west' }));
      await transitionCase(repository, claimed.reference, { type: 'claim' }, alice, 1, clock);

      const scope = { wijkteams: ['west', 'centrum'] };
      expect(references(await repository.list(scope))).toEqual([
        west.reference,
        centrum.reference,
        claimed.reference,
      ]);
      expect(await repository.count(scope)).toBe(3);
      expect(
        references(await repository.list({ ...scope, statuses: ['opgepakt', 'afgerond'] })),
      ).toEqual([claimed.reference]);
      // Waiting at least an hour: arrived at or before one hour ago.
      const anHourAgo = new Date(clock.now().getTime() - 60 * 60_000).toISOString();
      expect(references(await repository.list({ ...scope, createdBefore: anHourAgo }))).toEqual([
        west.reference,
        centrum.reference,
      ]);
      expect(
        await repository.count({ ...scope, statuses: ['nieuw'], createdBefore: anHourAgo }),
      ).toBe(2);
      // One wijkteam of the scope, and a team outside it: the intersection.
      expect(references(await repository.list({ ...scope, wijkteam: 'centrum' }))).toEqual([
        centrum.reference,
      ]);
      expect(await repository.list({ ...scope, wijkteam: 'noord' })).toEqual([]);
      expect(await repository.list({ wijkteams: [] })).toEqual([]);
      expect(await repository.count()).toBe(4);
      expect(await repository.wijkteams()).toEqual(['centrum', 'noord', 'west']);
      await repository.delete(noord.reference);
      expect(await repository.wijkteams()).toEqual(['centrum', 'west']);
    });

    it('records delivery without a new version and lists only what is due', async () => {
      const due = await repository.create(newCaseInput());
      const later = await repository.create(newCaseInput());
      const done = await repository.create(newCaseInput());
      const closed = await repository.create(newCaseInput());
      await repository.updateDelivery(later.reference, (current) => ({
        ...current.delivery,
        state: 'failed',
        attempts: 1,
        lastErrorCode: 'WW-6008',
        lastAttemptAt: '2026-03-02T09:00:00.000Z',
        nextAttemptAt: '2026-03-02T09:05:00.000Z',
      }));
      const delivered = await repository.updateDelivery(done.reference, (current) => ({
        ...current.delivery,
        state: 'delivered',
        attempts: 1,
        deliveredAt: '2026-03-02T09:00:00.000Z',
        receipt: { channel: 'msteams', externalId: 'activity-1' },
      }));
      expect(delivered.version).toBe(1);
      const cancelled = await transitionCase(
        repository,
        closed.reference,
        { type: 'cancel' },
        coordinator,
        1,
        clock,
      );
      expect(cancelled.ok).toBe(true);
      const dueNow = await repository.listDeliveryDue(new Date('2026-03-02T09:01:00.000Z'));
      expect(dueNow.map((entry) => entry.reference)).toEqual([due.reference]);
      const dueLater = await repository.listDeliveryDue(new Date('2026-03-02T09:05:00.000Z'));
      expect(dueLater.map((entry) => entry.reference)).toEqual([due.reference, later.reference]);
      expect(
        await codeOf(
          repository.updateDelivery(due.reference, (current) => ({
            ...current.delivery,
            attempts: -1,
          })),
        ),
      ).toBe('WW-6007');
    });

    it('erases the contact details of all cases of one resident ("vergeet mij")', async () => {
      const first = await repository.create(newCaseInput());
      const second = await repository.create(newCaseInput());
      const someoneElse = await repository.create(
        newCaseInput({ residentKey: 'resident-key-0002' }),
      );
      clock.advance(60_000);
      expect(await repository.eraseResidentContacts('resident-key-0001')).toBe(2);
      for (const reference of [first.reference, second.reference]) {
        const erased = await repository.get(reference);
        expect(erased?.melder).toEqual({
          kind: 'erased',
          at: '2026-03-02T09:01:00.000Z',
          reason: 'vergeet_mij',
        });
        expect(erased?.residentKey).toBeNull();
        expect(erased?.version).toBe(2);
        expect(erased?.history.at(-1)).toEqual({
          at: '2026-03-02T09:01:00.000Z',
          actor: { kind: 'resident', id: 'inwoner' },
          action: 'contact_gewist',
          from: 'nieuw',
          to: 'nieuw',
        });
        expect(JSON.stringify(erased)).not.toMatch(/Fatma|0612345678|resident-key-0001/);
        // The story stays with the wijkteam.
        expect(erased?.story.summary).toBe(first.story.summary);
      }
      expect((await repository.get(someoneElse.reference))?.melder.kind).toBe('contact');
      expect(await repository.list({ residentKey: 'resident-key-0001' })).toEqual([]);
      expect(await repository.eraseResidentContacts('resident-key-0001')).toBe(0);
    });

    it('deletes a case', async () => {
      const created = await repository.create(newCaseInput());
      expect(await repository.delete(created.reference)).toBe(true);
      expect(await repository.get(created.reference)).toBeUndefined();
      expect(await repository.delete(created.reference)).toBe(false);
    });

    it('leases each due case to one outbox worker until the attempt is recorded or the lease ends', async () => {
      const first = await repository.create(newCaseInput());
      const second = await repository.create(newCaseInput());
      const now = clock.now();
      const a = await repository.leaseDeliveryDue(now, { owner: 'a', ms: 60_000 });
      const b = await repository.leaseDeliveryDue(now, { owner: 'b', ms: 60_000 });
      expect(a.map((item) => item.reference)).toEqual([first.reference, second.reference]);
      expect(b).toEqual([]);
      // Recording the attempt ends the lease; a failed attempt is due again later, for anyone.
      await repository.updateDelivery(first.reference, (current) => ({
        ...current.delivery,
        state: 'failed',
        attempts: 1,
        nextAttemptAt: new Date(now.getTime() + 1000).toISOString(),
      }));
      clock.advance(2000);
      const later = await repository.leaseDeliveryDue(clock.now(), { owner: 'b', ms: 60_000 });
      expect(later.map((item) => item.reference)).toEqual([first.reference]);
      // A lease that ran out (its worker died) goes to the next worker.
      clock.advance(61_000);
      const afterExpiry = await repository.leaseDeliveryDue(clock.now(), {
        owner: 'c',
        ms: 60_000,
      });
      expect(afterExpiry.map((item) => item.reference)).toEqual([
        first.reference,
        second.reference,
      ]);
    });

    it('reports the delivery backlog: open undelivered cases and the oldest waiting', async () => {
      expect(await repository.deliveryBacklog()).toEqual({
        pending: 0,
        failed: 0,
        oldestWaitingSince: null,
      });
      const first = await repository.create(newCaseInput());
      clock.advance(60_000);
      const second = await repository.create(newCaseInput());
      await repository.create(newCaseInput());
      await repository.updateDelivery(second.reference, (current) => ({
        ...current.delivery,
        state: 'failed',
        attempts: 1,
      }));
      await repository.updateDelivery(first.reference, (current) => ({
        ...current.delivery,
        state: 'delivered',
        deliveredAt: clock.now().toISOString(),
      }));
      expect(await repository.deliveryBacklog()).toEqual({
        pending: 1,
        failed: 1,
        oldestWaitingSince: second.createdAt,
      });
    });
  });
}

/**
 * Two pools on one PostgreSQL database, as two processes of one deployment have: `body` gets both
 * repositories and the clock; skipped where no PostgreSQL runs, and cleaned up whatever happens.
 */
async function withTwoPools(
  context: { skip: (note?: string) => void },
  body: (one: CaseRepository, two: CaseRepository, clock: FakeClock) => Promise<void>,
): Promise<void> {
  const backend = storageBackends().find((candidate) => candidate.name === 'postgres');
  if (backend === undefined || backend.skip !== undefined) {
    context.skip(backend?.skip);
    return;
  }
  const place = await backend.create();
  const clock = new FakeClock('2026-03-02T09:00:00.000Z');
  const one = await place.openCases(clock);
  const two = await place.openCases(clock);
  try {
    await body(one, two, clock);
  } finally {
    await one.close();
    await two.close();
    await place.remove();
  }
}

describe('PostgresCaseRepository across processes (two pools on one database)', () => {
  it('lets exactly one of 20 parallel claims win, and numbers parallel creates uniquely', (context) =>
    withTwoPools(context, async (one, two, clock) => {
      const created = await Promise.all(
        Array.from({ length: 20 }, (_, index) =>
          (index % 2 === 0 ? one : two).create(newCaseInput()),
        ),
      );
      expect(new Set(created.map((item) => item.reference)).size).toBe(20);
      const target = created[0]?.reference ?? '';
      const staff = Array.from({ length: 20 }, (_, index) => ({
        kind: 'staff' as const,
        id: `aad-${index}`,
        name: `Medewerker ${index}`,
      }));
      const results = await Promise.all(
        staff.map((actor, index) =>
          transitionCase(index % 2 === 0 ? one : two, target, { type: 'claim' }, actor, 1, clock),
        ),
      );
      expect(results.filter((result) => result.ok)).toHaveLength(1);
      const stored = await one.get(target);
      expect(stored?.version).toBe(2);
      expect(stored?.history.filter((entry) => entry.action === 'opgepakt')).toHaveLength(1);
    }));
});

describe('PostgresCaseRepository: a stadsdeel of another gemeente, read by another pool', () => {
  it('reads back what one pool stored', (context) =>
    withTwoPools(context, async (one, two) => {
      const created = await one.create(
        newCaseInput({
          story: { ...newCaseInput().story, wijk: 'Zwiepdijk', stadsdeel: 'zwiepdijk' },
        }),
      );
      expect(await two.get(created.reference)).toEqual(created);
    }));
});

describe('FileCaseRepository specifics', () => {
  let temp: TempDirectory;

  beforeEach(async () => {
    temp = await createTempDirectory();
  });

  afterEach(async () => {
    await temp.remove();
  });

  const options = (dir: string, clock = new FakeClock()) => ({
    dir,
    clock,
    referencePrefix: 'WW',
    logger: silentLogger(),
  });

  it('keeps cases and sequences across a reopen; a deleted reference is never handed out again', async () => {
    const file = temp.file('cases');
    const first = await FileCaseRepository.open(options(file));
    const created = await first.create(newCaseInput());
    await first.create(newCaseInput());
    await first.delete('WW-2026-000002');
    await first.close();

    const second = await FileCaseRepository.open(options(file));
    expect(await second.get(created.reference)).toEqual(created);
    expect((await second.create(newCaseInput())).reference).toBe('WW-2026-000003');
    await second.close();
  });

  it('reads a case with a stadsdeel of another gemeente back after a reopen', async () => {
    const file = temp.file('cases');
    const first = await FileCaseRepository.open(options(file));
    const created = await first.create(
      newCaseInput({
        story: { ...newCaseInput().story, wijk: 'Bolwerk', stadsdeel: 'lindewaard' },
      }),
    );
    await first.close();
    const second = await FileCaseRepository.open(options(file));
    expect(await second.get(created.reference)).toEqual(created);
    await second.close();
  });

  it('refuses a file that is not a case, and names no content', async () => {
    const file = temp.file('cases');
    await mkdir(temp.file('cases/2026'), { recursive: true });
    await writeFile(temp.file('cases/2026/WW-2026-000001.json'), JSON.stringify({ x: 'Fatma' }));
    const error = await FileCaseRepository.open(options(file)).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ code: 'WW-6011' });
    expect(JSON.stringify(error)).not.toContain('Fatma');
    // The refused directory is not left locked.
    await rm(temp.file('cases/2026/WW-2026-000001.json'));
    const repository = await FileCaseRepository.open(options(file));
    await repository.close();
  });

  it('imports the single cases file of an earlier version once, keeping references and sequences', async () => {
    const legacy = await FileCaseRepository.open(options(temp.file('old')));
    const kept = await legacy.create(newCaseInput());
    await legacy.create(newCaseInput());
    await legacy.delete('WW-2026-000002');
    await legacy.close();
    const snapshot = readCaseSnapshot(temp.path);
    expect(snapshot.cases).toEqual({});
    const oldDocument = {
      schemaVersion: 1,
      sequences: { '2026': 2 },
      cases: { [kept.reference]: kept },
    };
    await writeFile(temp.file('cases.json'), JSON.stringify(oldDocument));
    const imported = await FileCaseRepository.open({
      ...options(temp.file('cases')),
      legacyFile: temp.file('cases.json'),
    });
    expect(await imported.get(kept.reference)).toEqual(kept);
    expect((await imported.create(newCaseInput())).reference).toBe('WW-2026-000003');
    await imported.close();
    expect(existsSync(temp.file('cases.json'))).toBe(false);
    expect(existsSync(temp.file('cases.json.imported'))).toBe(true);
    // A second start finds nothing left to import and loses nothing.
    const again = await FileCaseRepository.open({
      ...options(temp.file('cases')),
      legacyFile: temp.file('cases.json'),
    });
    expect((await again.list()).map((item) => item.reference)).toEqual([
      kept.reference,
      'WW-2026-000003',
    ]);
    await again.close();
  });

  it('starts from the index of the last clean shutdown, and reads the files when they changed or after a crash', async () => {
    const dir = temp.file('cases');
    const first = await FileCaseRepository.open(options(dir));
    const kept = await first.create(newCaseInput());
    await first.create(newCaseInput({ residentKey: 'resident-key-0002' }));
    await first.close();
    expect(existsSync(temp.file('cases/index.json'))).toBe(true);

    const logs = captureLogger();
    const second = await FileCaseRepository.open({ ...options(dir), logger: logs.logger });
    expect(logs.text()).toContain('"from":"snapshot"');
    // Read and removed before serving: a crash from now on leaves no stale index.
    expect(existsSync(temp.file('cases/index.json'))).toBe(false);
    expect(
      (await second.list({ residentKey: 'resident-key-0002' })).map((c) => c.reference),
    ).toEqual(['WW-2026-000002']);
    expect(await second.get(kept.reference)).toEqual(kept);
    await second.close();

    // A case file put there while the bot was stopped (a restore): the files are read instead.
    const { readFile: read } = await import('node:fs/promises');
    const copy = JSON.parse(
      await read(temp.file('cases/2026/WW-2026-000001.json'), 'utf8'),
    ) as Case;
    await writeFile(
      temp.file('cases/2026/WW-2026-000007.json'),
      JSON.stringify({ ...copy, reference: 'WW-2026-000007' }),
    );
    const third = await FileCaseRepository.open({ ...options(dir), logger: logs.logger });
    expect(logs.text()).toContain('"from":"files"');
    expect((await third.list()).map((item) => item.reference)).toContain('WW-2026-000007');
    expect((await third.create(newCaseInput())).reference).toBe('WW-2026-000008');
    await third.close();
  });

  it('refuses a second writer on the same file', async () => {
    const file = temp.file('cases');
    const repository = await FileCaseRepository.open(options(file));
    await expect(FileCaseRepository.open(options(file))).rejects.toMatchObject({
      code: 'WW-3006',
    });
    await repository.close();
  });

  it('can be read without the lock while a writer has it open', async () => {
    const file = temp.file('cases');
    expect(readCaseSnapshot(temp.path)).toEqual({
      schemaVersion: 1,
      sequences: {},
      cases: {},
    });
    const repository = await FileCaseRepository.open(options(file));
    const created = await repository.create(newCaseInput());
    const snapshot = readCaseSnapshot(temp.path);
    expect(snapshot.cases[created.reference]).toEqual(created);
    expect(snapshot.sequences).toEqual({ '2026': 1 });
    await repository.close();
  });

  it('logs references and counts, never the story or contact details', async () => {
    const logs = captureLogger();
    const repository = await FileCaseRepository.open({
      ...options(temp.file('cases')),
      logger: logs.logger,
    });
    await repository.create(newCaseInput());
    await repository.eraseResidentContacts('resident-key-0001');
    await repository.close();
    expect(logs.text()).toContain('WW-2026-000001');
    expect(logs.text()).not.toMatch(/Fatma|0612345678|schulden|resident-key/);
  });
});
