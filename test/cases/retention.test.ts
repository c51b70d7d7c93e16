import { beforeEach, describe, expect, it } from 'vitest';
import { transitionCase } from '../../src/cases/caseRepository.js';
import { InMemoryCaseRepository } from '../../src/cases/memoryCaseRepository.js';
import { runRetention, type RetentionPolicy } from '../../src/cases/retention.js';
import { captureLogger, silentLogger } from '../support/logs.js';
import { alice, coordinator, FakeClock, newCaseInput } from './fixtures/caseFixtures.js';

const policy: RetentionPolicy = { contactDays: 30, caseDays: 180 };
let clock: FakeClock;
let repository: InMemoryCaseRepository;

beforeEach(() => {
  clock = new FakeClock('2026-03-02T09:00:00.000Z');
  repository = new InMemoryCaseRepository({ clock, referencePrefix: 'WW', logger: silentLogger() });
});

async function closedCase(): Promise<string> {
  const created = await repository.create(newCaseInput());
  await transitionCase(repository, created.reference, { type: 'claim' }, alice, 1, clock);
  const closed = await transitionCase(
    repository,
    created.reference,
    { type: 'close', outcome: 'voorliggend_opgelost' },
    alice,
    2,
    clock,
  );
  expect(closed.ok).toBe(true);
  return created.reference;
}

const run = (dryRun = false, logger = silentLogger()) =>
  runRetention({ repository, clock, policy, logger, dryRun });

describe('runRetention', () => {
  it('keeps closed cases whole until the contact period has passed', async () => {
    const reference = await closedCase();
    clock.advanceDays(30);
    clock.advance(-1);
    expect(await run()).toEqual({
      dryRun: false,
      examined: 1,
      anonymised: 0,
      deleted: 0,
      skipped: 0,
    });
    expect((await repository.get(reference))?.melder.kind).toBe('contact');
  });

  it('anonymises contact details after N days, once, and notes it in the history', async () => {
    const reference = await closedCase();
    clock.advanceDays(30);
    expect(await run()).toMatchObject({ anonymised: 1, deleted: 0 });
    const stored = await repository.get(reference);
    expect(stored?.melder).toEqual({
      kind: 'erased',
      at: '2026-04-01T09:00:00.000Z',
      reason: 'bewaartermijn',
    });
    expect(stored?.history.at(-1)).toMatchObject({
      action: 'contact_gewist',
      actor: { kind: 'system', id: 'bewaartermijn' },
    });
    // The story and the link to the chat stay until the case itself goes.
    expect(stored?.story.summary).toContain('schulden');
    expect(stored?.residentKey).toBe('resident-key-0001');
    clock.advanceDays(1);
    expect(await run()).toMatchObject({ anonymised: 0, deleted: 0 });
  });

  it('deletes the whole case after M days', async () => {
    const reference = await closedCase();
    clock.advanceDays(180);
    expect(await run()).toMatchObject({ anonymised: 0, deleted: 1 });
    expect(await repository.get(reference)).toBeUndefined();
  });

  it('counts cancelled cases from the moment of cancelling, and never touches open cases', async () => {
    const open = await repository.create(newCaseInput());
    const claimed = await repository.create(newCaseInput());
    await transitionCase(repository, claimed.reference, { type: 'claim' }, alice, 1, clock);
    clock.advanceDays(100);
    const cancelled = await repository.create(newCaseInput());
    await transitionCase(
      repository,
      cancelled.reference,
      { type: 'cancel' },
      coordinator,
      1,
      clock,
    );
    clock.advanceDays(400);
    expect(await run()).toMatchObject({ examined: 1, deleted: 1 });
    expect((await repository.get(open.reference))?.melder.kind).toBe('contact');
    expect((await repository.get(claimed.reference))?.status).toBe('opgepakt');
  });

  it('a dry run reports the same counts and changes nothing', async () => {
    const early = await closedCase();
    clock.advanceDays(150);
    const late = await closedCase();
    clock.advanceDays(40);
    const before = await repository.list();
    expect(await run(true)).toEqual({
      dryRun: true,
      examined: 2,
      anonymised: 1,
      deleted: 1,
      skipped: 0,
    });
    expect(await repository.list()).toEqual(before);
    expect(await run(false)).toMatchObject({ anonymised: 1, deleted: 1 });
    expect(await repository.get(early)).toBeUndefined();
    expect((await repository.get(late))?.melder.kind).toBe('erased');
  });

  it('logs counts, never contents', async () => {
    await closedCase();
    clock.advanceDays(31);
    const logs = captureLogger();
    await run(false, logs.logger);
    const line = logs.lines().find((entry) => entry['msg'] === 'retention run');
    expect(line).toMatchObject({ examined: 1, anonymised: 1, deleted: 0 });
    expect(logs.text()).not.toMatch(/Fatma|0612345678|schulden|WW-2026/);
  });
});
