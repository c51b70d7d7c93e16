import { beforeEach, describe, expect, it } from 'vitest';
import type { TeamsCard } from '../../src/cards/elements.js';
import type { Case } from '../../src/cases/case.js';
import { InMemoryCaseRepository } from '../../src/cases/memoryCaseRepository.js';
import type { Clock } from '../../src/shared/clock.js';
import {
  ConfiguredMembership,
  Coordinators,
  StaffDirectory,
} from '../../src/casework/membership.js';
import { handleCardAction } from '../../src/casework/registry.js';
import type { VerbCaller, VerbDependencies } from '../../src/casework/types.js';
import { captureLogger } from '../support/logs.js';

const anna: VerbCaller = { aadObjectId: 'aad-anna', teamsUserId: '29:anna', name: 'Anna de Vries' };
const bram: VerbCaller = { aadObjectId: 'aad-bram', teamsUserId: '29:bram', name: 'Bram Jansen' };
const carla: VerbCaller = { aadObjectId: 'aad-carla', teamsUserId: '29:carla', name: 'Carla Smit' };
const dirk: VerbCaller = { aadObjectId: 'aad-dirk', teamsUserId: '29:dirk', name: 'Dirk Noord' };

const SUMMARY = 'Ik heb schulden en de brieven stapelen zich op.';
const CONTACT = ['Fatma', '0612345678', '06 12345678', 'fatma@example.nl'];

class MovableClock implements Clock {
  constructor(private current: Date) {}
  now(): Date {
    return new Date(this.current);
  }
  advanceMinutes(minutes: number): void {
    this.current = new Date(this.current.getTime() + minutes * 60_000);
  }
}

function json(card: TeamsCard | undefined): string {
  return JSON.stringify(card ?? null);
}

describe('card verb registry', () => {
  let repository: InMemoryCaseRepository;
  let deps: VerbDependencies;
  let clock: MovableClock;
  let logs: ReturnType<typeof captureLogger>;
  let reference: string;

  beforeEach(async () => {
    clock = new MovableClock(new Date('2026-12-03T09:15:00Z'));
    logs = captureLogger();
    repository = new InMemoryCaseRepository({
      clock,
      referencePrefix: 'WW',
      logger: logs.logger,
    });
    const created = await repository.create({
      wijkteam: 'west',
      story: {
        summary: SUMMARY,
        levensgebieden: ['geld'],
        wijk: 'Boswinkel',
        stadsdeel: 'west',
        forWhom: 'zelf',
        ageBand: null,
        triedAlready: '',
        voorzieningenShown: [],
        conversationCount: 2,
      },
      consent: { given: true, at: clock.now().toISOString(), textVersion: 'overdracht-2026-01' },
      melder: {
        name: 'Fatma',
        phone: '0612345678',
        email: 'fatma@example.nl',
        bestMoment: null,
        noCalls: false,
      },
      residentKey: 'resident-1',
    });
    reference = created.reference;
    clock.advanceMinutes(30);
    deps = {
      repository,
      membership: new ConfiguredMembership({
        west: ['aad-anna', 'AAD-BRAM'],
        noord: ['aad-dirk'],
      }),
      coordinators: new Coordinators(['aad-carla']),
      directory: new StaffDirectory(),
      clock,
      logger: logs.logger,
    };
  });

  const press = (caller: VerbCaller, verb: string, expectedVersion: number, extra = {}) =>
    handleCardAction({ reference, verb, expectedVersion, ...extra }, caller, deps);

  async function stored(): Promise<Case> {
    const found = await repository.get(reference);
    if (found === undefined) throw new Error('case vanished');
    return found;
  }

  it('a claim changes the case once, returns the personal view and a shared card without contact details', async () => {
    const result = await press(anna, 'claim', 1);
    expect(result.refusal).toBeUndefined();
    const after = await stored();
    expect(after).toMatchObject({
      status: 'opgepakt',
      version: 2,
      assignee: { staffId: 'aad-anna', displayName: 'Anna de Vries' },
    });

    for (const secret of CONTACT)
      expect(json(result.personalCard)).toContain(secret === '0612345678' ? '06 12345678' : secret);
    expect(json(result.personalCard)).toContain('U heeft de casus opgepakt.');
    expect(result.sharedCard).toBeDefined();
    for (const secret of CONTACT) expect(json(result.sharedCard)).not.toContain(secret);
    expect(json(result.sharedCard)).toContain('Anna de Vries');
    // Anna's Teams client fetches her personal view of the shared message.
    expect(result.sharedCard?.refresh?.userIds).toEqual(['29:anna']);
    expect(result.change).toMatchObject({ action: 'opgepakt', from: 'nieuw', to: 'opgepakt' });
  });

  it('a refresh returns a personal view and never a shared card or a change', async () => {
    await press(anna, 'claim', 1);
    const before = await stored();
    const mine = await press(anna, 'refresh', before.version);
    expect(mine.sharedCard).toBeUndefined();
    expect(json(mine.personalCard)).toContain('fatma@example.nl');
    const theirs = await press(bram, 'refresh', before.version);
    expect(theirs.sharedCard).toBeUndefined();
    expect(json(theirs.personalCard)).not.toContain('fatma@example.nl');
    // Even a stale refresh shows the current state: refresh never conflicts.
    expect((await press(bram, 'refresh', 1)).refusal).toBeUndefined();
    expect(await stored()).toEqual(before);
  });

  it('two colleagues claiming at once: exactly one wins, the other sees who has it', async () => {
    const [first, second] = await Promise.all([press(anna, 'claim', 1), press(bram, 'claim', 1)]);
    const winners = [first, second].filter((result) => result.refusal === undefined);
    const losers = [first, second].filter((result) => result.refusal !== undefined);
    expect(winners).toHaveLength(1);
    expect(losers).toHaveLength(1);
    const after = await stored();
    expect(after.version).toBe(2);
    expect(after.history.filter((entry) => entry.action === 'opgepakt')).toHaveLength(1);
    const winnerName = after.assignee!.displayName;
    expect(losers[0]!.refusal).toMatchObject({ code: 'WW-6002', kind: 'conflict' });
    expect(losers[0]!.sharedCard).toBeUndefined();
    expect(json(losers[0]!.personalCard)).toContain(`${winnerName} heeft deze casus al opgepakt.`);
    for (const secret of CONTACT) expect(json(losers[0]!.personalCard)).not.toContain(secret);
  });

  it('a replayed claim tells the claimer it is theirs, not "Anna de Vries heeft…"', async () => {
    await press(anna, 'claim', 1);
    const replayed = await press(anna, 'claim', 1);
    expect(replayed.refusal).toBeDefined();
    expect(json(replayed.personalCard)).toContain('U had deze casus al opgepakt.');
    expect(json(replayed.personalCard)).not.toContain('Anna de Vries heeft');
  });

  it('a later claim on the new version is refused as "already claimed", naming the colleague', async () => {
    await press(anna, 'claim', 1);
    const late = await press(bram, 'claim', 2);
    expect(late.refusal).toMatchObject({ code: 'WW-6003' });
    expect(json(late.personalCard)).toContain('Anna de Vries heeft deze casus al opgepakt.');
  });

  describe('forged or stale payloads change nothing', () => {
    it('a member of another wijkteam gets a message card that reveals nothing, not even that the case exists', async () => {
      const before = await stored();
      const result = await press(dirk, 'claim', 1);
      expect(result.refusal).toEqual({ code: 'WW-6001', kind: 'not_found' });
      expect(result.sharedCard).toBeUndefined();
      const unknown = await handleCardAction(
        { reference: 'WW-2026-999999', verb: 'claim', expectedVersion: 1 },
        dirk,
        deps,
      );
      expect(json(result.personalCard)).toBe(json(unknown.personalCard));
      expect(json(result.personalCard)).not.toContain(SUMMARY);
      expect(json(result.personalCard)).not.toContain(reference);
      expect(await stored()).toEqual(before);
    });

    it('an unknown verb', async () => {
      const before = await stored();
      const result = await press(anna, 'delete', 1);
      expect(result.refusal).toEqual({ code: 'WW-7102', kind: 'unknown_verb' });
      expect(json(result.personalCard)).toContain('Deze knop kennen we niet.');
      expect(await stored()).toEqual(before);
    });

    it('a verb that only looks like one (prototype keys)', async () => {
      expect((await press(anna, 'constructor', 1)).refusal?.code).toBe('WW-7102');
      expect((await press(anna, 'toString', 1)).refusal?.code).toBe('WW-7102');
    });

    it('a tampered version', async () => {
      const before = await stored();
      const result = await press(anna, 'claim', 99);
      expect(result.refusal).toMatchObject({ code: 'WW-6002', kind: 'conflict' });
      expect(result.sharedCard).toBeUndefined();
      expect(await stored()).toEqual(before);
    });

    it('a payload that is not the shape a card sends', async () => {
      const before = await stored();
      for (const data of [
        null,
        'claim',
        { verb: 'claim', expectedVersion: 1 },
        { reference: 'WW-2026-1', verb: 'claim', expectedVersion: 1 },
        { reference, verb: 'claim', expectedVersion: '1' },
        { reference, verb: 'claim', expectedVersion: 0 },
      ]) {
        const result = await handleCardAction(data, anna, deps);
        expect(result.refusal?.code).toBe('WW-7101');
      }
      expect(
        (
          await handleCardAction(
            { reference, verb: 'claim', expectedVersion: 1 },
            { ...anna, aadObjectId: '' },
            deps,
          )
        ).refusal?.code,
      ).toBe('WW-7101');
      expect(await stored()).toEqual(before);
    });

    it('a case that does not exist', async () => {
      const result = await handleCardAction(
        { reference: 'WW-2026-999999', verb: 'claim', expectedVersion: 1 },
        anna,
        deps,
      );
      expect(result.refusal).toEqual({ code: 'WW-6001', kind: 'not_found' });
    });

    it('a colleague who did not claim the case cannot mark contact or close it', async () => {
      await press(anna, 'claim', 1);
      const before = await stored();
      const contact = await press(bram, 'contactMade', 2);
      expect(contact.refusal).toMatchObject({ code: 'WW-6005' });
      expect(json(contact.personalCard)).toContain(
        'Alleen wie de casus heeft opgepakt of een coördinator',
      );
      const close = await press(bram, 'close', 2, { outcome: 'doorverwezen' });
      expect(close.refusal).toMatchObject({ code: 'WW-6005' });
      expect(await stored()).toEqual(before);
    });

    it('an outcome that is not one of the five', async () => {
      await press(anna, 'claim', 1);
      const before = await stored();
      const result = await press(anna, 'close', 2, { outcome: 'opgelost-door-hacker' });
      expect(result.refusal).toEqual({ code: 'WW-7101', kind: 'invalid_outcome' });
      expect(await stored()).toEqual(before);
    });
  });

  it('moves a case through its states: claim, contact, close with outcome and masked note', async () => {
    await press(anna, 'claim', 1);
    const contact = await press(anna, 'contactMade', 2);
    expect(contact.sharedCard).toBeDefined();
    const missing = await press(anna, 'close', 3, { outcome: '', note: '' });
    expect(missing.refusal).toMatchObject({ code: 'WW-6004' });
    expect(json(missing.personalCard)).toContain('Kies eerst hoe de casus is afgerond.');

    const closed = await press(anna, 'close', 3, {
      outcome: 'voorliggend_opgelost',
      note: 'Aangemeld bij de formulierenbrigade, zij bellen 0612345678 terug.',
    });
    expect(closed.refusal).toBeUndefined();
    const after = await stored();
    expect(after).toMatchObject({
      status: 'afgerond',
      outcome: 'voorliggend_opgelost',
      version: 4,
    });
    expect(after.history.at(-1)?.note).not.toContain('0612345678');
    expect(closed.sharedCard?.actions).toBeUndefined();
    expect(json(closed.sharedCard)).toContain('Voorliggend opgelost');
  });

  it('"Contact gelegd" keeps a note of what was agreed, masked; an empty note is no note', async () => {
    await press(anna, 'claim', 1);
    const contact = await press(anna, 'contactMade', 2, {
      note: 'Gebeld op 0612345678, afspraak dinsdag.',
    });
    expect(contact.refusal).toBeUndefined();
    const after = await stored();
    expect(after.status).toBe('contact_gelegd');
    expect(after.history.at(-1)?.note).toContain('afspraak dinsdag');
    expect(after.history.at(-1)?.note).not.toContain('0612345678');
    await press(anna, 'release', 3);
    await press(anna, 'claim', 4);
    const withoutNote = await press(anna, 'contactMade', 5, { note: '  ' });
    expect(withoutNote.refusal).toBeUndefined();
    expect((await stored()).history.at(-1)).not.toHaveProperty('note');
  });

  it('the Teams card\'s "Contact gelegd" form sends its note as contactNote: kept masked, empty is no note, oversize is refused', async () => {
    await press(anna, 'claim', 1);
    const contact = await press(anna, 'contactMade', 2, {
      contactNote: 'Gebeld op 0612345678, huisbezoek donderdag.',
    });
    expect(contact.refusal).toBeUndefined();
    expect((await stored()).history.at(-1)?.note).toContain('huisbezoek donderdag');
    expect((await stored()).history.at(-1)?.note).not.toContain('0612345678');

    await press(anna, 'release', 3);
    await press(anna, 'claim', 4);
    const before = await stored();
    // A forged note longer than the form allows: a clear message, nothing stored.
    const tooLong = await press(anna, 'contactMade', 5, { contactNote: 'x'.repeat(1001) });
    expect(tooLong.refusal).toEqual({ code: 'WW-7101', kind: 'note_too_long' });
    expect(tooLong.sharedCard).toBeUndefined();
    expect(json(tooLong.personalCard)).toContain('De notitie is te lang');
    expect(await stored()).toEqual(before);

    const empty = await press(anna, 'contactMade', 5, { contactNote: '' });
    expect(empty.refusal).toBeUndefined();
    const after = await stored();
    expect(after.status).toBe('contact_gelegd');
    expect(after.history.at(-1)).not.toHaveProperty('note');
  });

  it('a case the resident erased ("vergeet mij") is claimable, but "Contact gelegd" says why it cannot be done', async () => {
    await repository.eraseResidentContacts('resident-1');
    const claimed = await press(anna, 'claim', 2);
    expect(claimed.refusal).toBeUndefined();
    expect(json(claimed.sharedCard)).toContain(
      'Geen contactgegevens: de inwoner heeft ze laten wissen.',
    );
    const before = await stored();
    const contact = await press(anna, 'contactMade', 3);
    expect(contact.refusal).toEqual({ code: 'WW-6201', kind: 'no_contact' });
    expect(contact.sharedCard).toBeUndefined();
    expect(json(contact.personalCard)).toContain(
      'Contact gelegd kan niet: de inwoner heeft de contactgegevens laten wissen.',
    );
    expect(await stored()).toEqual(before);
    // Closing with "Geen contact gekregen" still works.
    const closed = await press(anna, 'close', 3, { outcome: 'geen_contact' });
    expect(closed.refusal).toBeUndefined();
  });

  it('a coordinator may put back a colleague’s case and gets personal views', async () => {
    await press(carla, 'refresh', 1); // the bot learns Carla's Teams id
    await press(anna, 'claim', 1);
    const result = await press(carla, 'release', 2);
    expect(result.refusal).toBeUndefined();
    const after = await stored();
    expect(after).toMatchObject({ status: 'nieuw', assignee: null });
    expect(after.history.at(-1)?.actor).toMatchObject({ id: 'aad-carla', coordinator: true });
    expect(result.sharedCard?.refresh?.userIds).toEqual(['29:carla']);
    expect(json(result.sharedCard)).toContain('Ik pak dit op');
  });

  it('logs references, verbs and codes, never the story or contact details', async () => {
    await press(anna, 'claim', 1);
    await press(bram, 'claim', 1);
    await press(dirk, 'claim', 2);
    const text = logs.text();
    expect(text).toContain(reference);
    expect(text).not.toContain(SUMMARY);
    for (const secret of CONTACT) expect(text).not.toContain(secret);
  });
});
