import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ANNA, HENK, RIA, startPartnerHarness, type PartnerHarness } from './partnerHarness.js';

/**
 * The partner API against the real bot, on a temporary copy of knowledge/, with sign-in mail
 * through a loopback SMTP server. These are the security tests of the partner page
 * (docs/adr/0018-partner-page-email-sign-in-change-log.md): reused and expired
 * links, links and sessions for another beheerder, fields outside the schema, path tricks in
 * ids, and concurrent edits of one file.
 */

const ALIFA = '/api/partners/beheerders/alifa/entries';
const ENTRY = 'alifa-jongerenwerk';

describe('the partner API', () => {
  let h: PartnerHarness;

  beforeAll(async () => {
    h = await startPartnerHarness({ PARTNERS_LINKS_PER_HOUR: '12' });
  }, 60_000);

  afterAll(async () => {
    await h?.close();
  });

  it('sends a link only to a listed address, and answers the same for an unknown one', async () => {
    const unknown = await h.call('POST', '/api/partners/sign-in/request', undefined, {
      email: 'niemand@nergens.example',
    });
    expect(unknown.status).toBe(202);
    const link = await h.linkFor(ANNA);
    expect(link).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(h.smtp.messages.some((mail) => mail.to.includes('niemand@nergens.example'))).toBe(false);
  });

  it('a link works once: the second use is refused with WW-4104', async () => {
    const link = await h.linkFor(ANNA);
    const first = await h.call('POST', '/api/partners/sign-in', undefined, { link });
    expect(first.status).toBe(200);
    expect(first.body.token).toMatch(/^wwp_/);
    const again = await h.call('POST', '/api/partners/sign-in', undefined, { link });
    expect(again.status).toBe(401);
    expect(again.body.error?.code).toBe('WW-4104');
  });

  it('a made-up or malformed link is refused with WW-4103', async () => {
    const forged = await h.call('POST', '/api/partners/sign-in', undefined, {
      link: 'A'.repeat(43),
    });
    expect(forged.body.error?.code).toBe('WW-4103');
    const odd = await h.call('POST', '/api/partners/sign-in', undefined, {
      link: '../../etc/passwd',
    });
    expect(odd.body.error?.code).toBe('WW-4103');
  });

  it('a partner of Alifa gets 403 on the entries of Humanitas, by list, by id and by a posted change', async () => {
    const token = await h.signIn(ANNA);
    const list = await h.call('GET', '/api/partners/beheerders/humanitas/entries', token);
    expect(list.status).toBe(403);
    expect(list.body.error?.code).toBe('WW-4105');
    const humanitasEntries = await h.call(
      'GET',
      '/api/partners/beheerders/humanitas/entries',
      await h.signIn(HENK),
    );
    const someone = humanitasEntries.body.entries?.[0];
    expect(someone).toBeDefined();
    const put = await h.call(
      'PUT',
      `/api/partners/beheerders/humanitas/entries/${someone?.id}`,
      token,
      {
        etag: someone?.etag,
        entry: { ...someone?.entry, naam: 'Overgenomen' },
      },
    );
    expect(put.status).toBe(403);
    // An Alifa session cannot reach another beheerder's entry through its own beheerder either.
    const sideways = await h.call('GET', `${ALIFA}/${someone?.id}`, token);
    expect(sideways.status).toBe(404);
    expect(await h.readKnowledge('voorzieningen/humanitas.yaml')).not.toContain('Overgenomen');
  });

  it('a link asked by a Humanitas address signs in to Humanitas only', async () => {
    const token = await h.signIn(HENK);
    const me = await h.call('GET', '/api/partners/me', token);
    expect(me.body.beheerders).toEqual([{ id: 'humanitas', naam: 'Humanitas' }]);
    expect((await h.call('GET', ALIFA, token)).status).toBe(403);
  });

  it('path tricks in beheerder and entry ids are refused before any file is touched', async () => {
    const token = await h.signIn(ANNA);
    for (const route of [
      '/api/partners/beheerders/..%2Fbeheerders/entries',
      '/api/partners/beheerders/alifa/entries/..%2F..%2Fbeheerders',
      '/api/partners/beheerders/alifa/entries/%2e%2e',
      '/api/partners/beheerders/ALIFA/entries',
      '/api/partners/beheerders/alifa.yaml/entries',
    ]) {
      const answer = await h.call('GET', route, token);
      expect([400, 404], route).toContain(answer.status);
    }
    const sneaky = await h.call('PUT', `${ALIFA}/..%2F..%2Fbeheerders`, token, {
      etag: 'x',
      entry: { id: '../../beheerders' },
    });
    expect([400, 404]).toContain(sneaky.status);
    expect(await h.readKnowledge('beheerders.yaml')).toContain('medewerkers: [anna@alifa.example]');
  });

  it('a form posted with fields outside the schema is refused and never written', async () => {
    const token = await h.signIn(ANNA);
    const current = (await h.call('GET', `${ALIFA}/${ENTRY}`, token)).body;
    const before = await h.readKnowledge('voorzieningen/alifa.yaml');
    const extraInEntry = await h.call('PUT', `${ALIFA}/${ENTRY}`, token, {
      etag: current.etag,
      entry: { ...current.entry, beheerder: 'humanitas', verborgen: true },
    });
    expect(extraInEntry.status).toBe(422);
    expect(extraInEntry.body.check?.errors.map((error) => error.code)).toContain('unknown-field');
    const extraInBody = await h.call('PUT', `${ALIFA}/${ENTRY}`, token, {
      etag: current.etag,
      entry: current.entry,
      beheerder: 'humanitas',
    });
    expect(extraInBody.status).toBe(400);
    expect(extraInBody.body.error?.code).toBe('WW-4101');
    expect(await h.readKnowledge('voorzieningen/alifa.yaml')).toBe(before);
  });

  it('concurrent edits: of two writers of one entry the second is told; edits of two entries in one file are both kept', async () => {
    const token = await h.signIn(ANNA);
    const list = (await h.call('GET', ALIFA, token)).body.entries ?? [];
    const [a, b] = list;
    if (a === undefined || b === undefined) throw new Error('alifa needs two entries');
    const [first, second] = await Promise.all([
      h.call('PUT', `${ALIFA}/${a.id}`, token, {
        etag: a.etag,
        entry: { ...a.entry, naam: 'Versie een' },
      }),
      h.call('PUT', `${ALIFA}/${a.id}`, token, {
        etag: a.etag,
        entry: { ...a.entry, naam: 'Versie twee' },
      }),
    ]);
    const statuses = [first.status, second.status].sort();
    expect(statuses).toEqual([200, 409]);
    const loser = first.status === 409 ? first : second;
    expect(loser.body.error?.code).toBe('WW-4107');
    const winnerName = first.status === 200 ? 'Versie een' : 'Versie twee';
    expect(loser.body.current?.entry.naam).toBe(winnerName);

    const fresh = (await h.call('GET', ALIFA, token)).body.entries ?? [];
    const a2 = fresh.find((item) => item.id === a.id);
    const b2 = fresh.find((item) => item.id === b.id);
    const [one, two] = await Promise.all([
      h.call('PUT', `${ALIFA}/${a.id}`, token, {
        etag: a2?.etag,
        entry: { ...a2?.entry, naam: 'Eerste entry' },
      }),
      h.call('PUT', `${ALIFA}/${b.id}`, token, {
        etag: b2?.etag,
        entry: { ...b2?.entry, naam: 'Tweede entry' },
      }),
    ]);
    expect([one.status, two.status]).toEqual([200, 200]);
    const text = await h.readKnowledge('voorzieningen/alifa.yaml');
    expect(text).toContain('naam: Eerste entry');
    expect(text).toContain('naam: Tweede entry');
  }, 60_000);

  it('the redactie sees the change log with masked addresses and undoes a change', async () => {
    const anna = await h.signIn(ANNA);
    const current = (await h.call('GET', `${ALIFA}/alifa-opvoedsteun`, anna)).body;
    const saved = await h.call('PUT', `${ALIFA}/alifa-opvoedsteun`, anna, {
      etag: current.etag,
      entry: { ...current.entry, kosten: 'gratis' },
    });
    expect(saved.status).toBe(200);
    expect((await h.call('GET', '/api/partners/changes', anna)).status).toBe(403);

    const ria = await h.signIn(RIA);
    const log = await h.call('GET', '/api/partners/changes', ria);
    const record = log.body.changes?.find((change) => change.seq === saved.body.change);
    expect(record?.actor.label).toBe('a***@alifa.example');
    expect(JSON.stringify(log.body)).not.toContain(ANNA);
    const undo = await h.call('POST', `/api/partners/changes/${saved.body.change}/undo`, ria);
    expect(undo.status).toBe(200);
    const after = (await h.call('GET', `${ALIFA}/alifa-opvoedsteun`, anna)).body;
    expect(after.entry).toEqual(current.entry);
    // A second undo of the same change finds the entry changed since: refused, nothing lost.
    const twice = await h.call('POST', `/api/partners/changes/${saved.body.change}/undo`, ria);
    expect(twice.body.error?.code).toBe('WW-4112');
  });

  it("the live check gives the checker's Dutch diagnostics, each beside its field, and the card", async () => {
    const token = await h.signIn(ANNA);
    const draft = {
      id: 'alifa-nieuwe-groep',
      naam: 'Nieuwe groep',
      organisatie: 'Alifa',
      omschrijving:
        'Dit is een hele lange zin met veel te veel woorden die een inwoner die niet zo goed kan lezen echt niet in een keer kan begrijpen.',
      levensgebieden: ['ontmoeting'],
      gebied: { wijken: ['Wesselerbrinkk'] },
      toegang: 'vrij-inlopen',
      kosten: 'gratis',
    };
    const check = await h.call('POST', '/api/partners/beheerders/alifa/check', token, {
      originalId: null,
      entry: draft,
      bron: 'test',
    });
    expect(check.status).toBe(200);
    const unknownWijk = check.body.errors?.find((error) => error.code === 'unknown-wijk');
    expect(unknownWijk?.field).toBe('gebied.wijken');
    expect(unknownWijk?.message).toContain('Wesselerbrink');
    expect(check.body.warnings?.map((warning) => [warning.code, warning.field])).toEqual(
      expect.arrayContaining([
        ['hard-to-read', 'omschrijving'],
        ['unreachable', null],
        ['not-checked', null],
      ]),
    );
    expect(JSON.stringify(check.body.card)).toContain('Nieuwe groep');
    const refused = await h.call('POST', ALIFA, token, { entry: draft, bron: 'test' });
    expect(refused.status).toBe(422);
    expect(await h.readKnowledge('voorzieningen/alifa.yaml')).not.toContain('alifa-nieuwe-groep');
  });

  it('the live check names a field by its label on the form, not by its path in the file', async () => {
    const token = await h.signIn(ANNA);
    const check = await h.call('POST', '/api/partners/beheerders/alifa/check', token, {
      originalId: null,
      entry: {
        id: 'alifa-labels',
        naam: 'Koffie in de wijk',
        organisatie: 'Alifa',
        omschrijving: 'Elke week koffie drinken met buren.',
        levensgebieden: ['ontmoeting'],
        gebied: 'heel-enschede',
        toegang: 'vrij-inlopen',
        kosten: 'gratis',
        contact: { telefoon: '12', email: 'geen-adres' },
      },
      bron: 'test',
    });
    expect(check.status).toBe(200);
    const messages = (check.body.errors ?? []).map((error) => [error.field, error.message]);
    expect(messages).toEqual(
      expect.arrayContaining([
        ['contact.telefoon', expect.stringMatching(/'Telefoonnummer': Dit is geen geldig/)],
        ['contact.email', expect.stringMatching(/'E-mailadres' is geen geldig e-mailadres/)],
      ]),
    );
    expect(JSON.stringify(messages)).not.toContain("'contact.");
  });

  it('asking for links too often answers 429 WW-4109, for unknown addresses as for known ones', async () => {
    const email = 'veel@nergens.example';
    const answers: number[] = [];
    for (let round = 0; round < 13; round += 1) {
      answers.push(
        (await h.call('POST', '/api/partners/sign-in/request', undefined, { email })).status,
      );
    }
    expect(answers.slice(0, 12).every((status) => status === 202)).toBe(true);
    expect(answers[12]).toBe(429);
  });

  it('the audit trail and the logs keep addresses masked', async () => {
    const audit = await readFile(path.join(h.app.dataDir, 'partners', 'audit.jsonl'), 'utf8');
    expect(audit).toContain('a***@alifa.example');
    expect(audit).not.toContain(ANNA);
    const store = await readFile(path.join(h.app.dataDir, 'partners', 'sign-in.json'), 'utf8');
    expect(store).not.toContain(ANNA);
  });
});

describe('the partner API for staff of the gemeente', () => {
  let h: PartnerHarness;

  beforeAll(async () => {
    h = await startPartnerHarness({ BOARD_DEV_LOGIN: 'true' });
  }, 60_000);

  afterAll(async () => {
    await h?.close();
  });

  async function staffToken(persona: string): Promise<string> {
    const answer = await h.call('POST', '/api/board/dev-login', undefined, { persona });
    return String(answer.body.token);
  }

  it('a redactie member signs in with the Casusbord staff sign-in and works on every beheerder', async () => {
    const token = await staffToken('00000000-0000-4000-8000-00000000a0aa');
    const me = await h.call('GET', '/api/partners/me', token);
    expect(me.status).toBe(200);
    expect(me.body.redactie).toBe(true);
    expect((me.body.beheerders as unknown[]).length).toBeGreaterThan(10);
    expect((await h.call('GET', '/api/partners/beheerders/humanitas/entries', token)).status).toBe(
      200,
    );
    const config = await h.call('GET', '/api/partners/config');
    expect(config.body.staffLogin).toEqual({
      dev: true,
      personas: [{ id: '00000000-0000-4000-8000-00000000a0aa', label: 'Rosa Voorbeeld' }],
    });
  });

  it('a wijkteam colleague without redactie gets 403 WW-8201', async () => {
    const token = await staffToken('00000000-0000-4000-8000-00000000a001');
    const me = await h.call('GET', '/api/partners/me', token);
    expect(me.status).toBe(403);
    expect(me.body.error?.code).toBe('WW-8201');
  });
});
