import { SignJWT } from 'jose';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildCaseCard } from '../../src/cards/caseCard.js';
import { caseCardView, SHARED_VIEWER } from '../../src/cards/caseCardView.js';
import type { Case } from '../../src/cases/case.js';
import { handleCardAction } from '../../src/casework/registry.js';
import {
  CONTACT_STRINGS,
  handover,
  NOORD,
  staff,
  startBoard,
  WEST,
  type BoardHarness,
} from './boardHarness.js';

describe('Casusbord API', () => {
  let board: BoardHarness;
  let west: Case;
  let westOther: Case;
  let noord: Case;

  beforeEach(async () => {
    board = await startBoard();
    west = await board.repository.create(handover(WEST));
    board.clock.advanceMinutes(30);
    westOther = await board.repository.create(handover(WEST, 'Mijn moeder is eenzaam.'));
    noord = await board.repository.create(handover(NOORD));
    board.clock.advanceMinutes(30);
  });

  afterEach(async () => {
    await board.close();
  });

  const casesOf = async (token: string, query = '') => {
    const response = await board.request(`/api/board/cases${query}`, { token });
    expect(response.status).toBe(200);
    return response;
  };

  describe('authentication: every call carries a valid bearer token', () => {
    it('a valid SSO token lists the cases of the own wijkteam only', async () => {
      const response = await casesOf(await board.token(staff.anna));
      const references = response.body.cases?.map((item) => item.reference);
      expect(references?.sort()).toEqual([west.reference, westOther.reference].sort());
      expect(response.body.total).toBe(2);
      expect(response.headers.get('cache-control')).toBe('no-store');
      // Dirk of Noord sees only Noord; the coordinator sees every wijkteam.
      const dirk = await casesOf(await board.token(staff.dirk));
      expect(dirk.body.cases?.map((item) => item.reference)).toEqual([noord.reference]);
      const carla = await casesOf(await board.token(staff.carla));
      expect(carla.body.total).toBe(3);
    });

    it('no token: 401 WW-8001 with a Dutch message', async () => {
      const response = await board.request('/api/board/cases');
      expect(response.status).toBe(401);
      expect(response.body.error).toMatchObject({
        code: 'WW-8001',
        message: expect.stringContaining('niet aangemeld'),
      });
    });

    it('an expired token: 401 WW-8002; one just inside the clock tolerance still works', async () => {
      const claims = board.entra.staffClaims(staff.anna.id, staff.anna.name);
      const expired = await board.entra.sign(claims, { now: board.clock.now(), expiresIn: -120 });
      const response = await board.request('/api/board/cases', { token: expired });
      expect(response.status).toBe(401);
      expect(response.body.error?.code).toBe('WW-8002');
      const barely = await board.entra.sign(claims, { now: board.clock.now(), expiresIn: -30 });
      expect((await board.request('/api/board/cases', { token: barely })).status).toBe(200);
    });

    it('a token signed with a key the tenant did not publish: 401 WW-8002', async () => {
      const forged = await board.entra.sign(
        board.entra.staffClaims(staff.anna.id, staff.anna.name),
        { now: board.clock.now(), key: 'untrusted' },
      );
      const response = await board.request('/api/board/cases', { token: forged });
      expect(response.status).toBe(401);
      expect(response.body.error?.code).toBe('WW-8002');
    });

    it('wrong audience, wrong issuer, missing scope, other tenant or no oid: 401 each', async () => {
      const now = board.clock.now();
      const claims = board.entra.staffClaims(staff.anna.id, staff.anna.name);
      const tokens = [
        await board.entra.sign(claims, { now, audience: 'api://someone-else' }),
        await board.entra.sign(claims, { now, issuer: 'https://login.example.com/v2.0' }),
        await board.entra.sign({ ...claims, scp: 'User.Read' }, { now }),
        await board.entra.sign({ oid: staff.anna.id, tid: claims.tid, roles: ['x'] }, { now }),
        await board.entra.sign({ ...claims, tid: '00000000-0000-4000-8000-000000000000' }, { now }),
        await board.entra.sign({ ...claims, oid: undefined }, { now }),
      ];
      for (const token of tokens) {
        const response = await board.request('/api/board/cases', { token });
        expect(response.status).toBe(401);
        expect(response.body.error?.code).toBe('WW-8002');
      }
      // The v1 issuer and the Application ID URI as audience are accepted too.
      const v1 = await board.entra.sign(claims, {
        now,
        issuer: `https://sts.windows.net/${String(claims.tid)}/`,
        audience: board.config.board.sso?.audiences[1] ?? '',
      });
      expect((await board.request('/api/board/cases', { token: v1 })).status).toBe(200);
    });

    it('a token that is not a JWT, or an HS256 token while the development login is off: 401', async () => {
      for (const authorization of ['not-a-token', 'a.b.c']) {
        const response = await board.request('/api/board/cases', { token: authorization });
        expect(response.status).toBe(401);
      }
      const homeMade = await new SignJWT({ name: staff.anna.name })
        .setProtectedHeader({ alg: 'HS256' })
        .setSubject(staff.anna.id)
        .setExpirationTime('1h')
        .sign(new TextEncoder().encode('guessed-secret-guessed-secret-123'));
      const response = await board.request('/api/board/cases', { token: homeMade });
      expect(response.status).toBe(401);
      expect(response.body.error?.code).toBe('WW-8002');
    });

    it('never logs the token or a contact detail', async () => {
      const token = await board.token(staff.anna);
      await casesOf(token);
      await board.request(`/api/board/cases/${west.reference}`, { token });
      const logs = board.logs.text();
      expect(logs).not.toContain(token.slice(-20));
      for (const secret of CONTACT_STRINGS) expect(logs).not.toContain(secret);
    });
  });

  describe('authorisation: team-scoped on the server', () => {
    it('a staff member of West cannot read a case of Noord: 404 WW-6001, as if it did not exist', async () => {
      const token = await board.token(staff.anna);
      const response = await board.request(`/api/board/cases/${noord.reference}`, { token });
      expect(response.status).toBe(404);
      expect(response.body.error?.code).toBe('WW-6001');
      expect(response.text).not.toContain('schulden');
      // Hardening (docs/adr/0015-security-posture.md): exactly the answer for a reference that does not exist.
      const missing = await board.request('/api/board/cases/WW-2026-999999', { token });
      expect({ ...response.body.error, correlationId: '' }).toEqual({
        ...missing.body.error,
        correlationId: '',
      });
      const filtered = await board.request(`/api/board/cases?wijkteam=${NOORD}`, { token });
      expect(filtered.status).toBe(403);
      expect(filtered.body.error?.code).toBe('WW-8003');
    });

    it('nor act on it: refused as if it did not exist, and the case is unchanged', async () => {
      const token = await board.token(staff.anna);
      const response = await board.request('/api/board/actions', {
        token,
        body: { reference: noord.reference, verb: 'claim', expectedVersion: 1 },
      });
      const missing = await board.request('/api/board/actions', {
        token,
        body: { reference: 'WW-2026-999999', verb: 'claim', expectedVersion: 1 },
      });
      expect(response.status).toBe(missing.status);
      expect(response.body.error?.code).toBe(missing.body.error?.code);
      expect(await board.repository.get(noord.reference)).toEqual(noord);
    });

    it('a signed-in colleague in no wijkteam: 403 WW-8004', async () => {
      const response = await board.request('/api/board/me', {
        token: await board.token(staff.nobody),
      });
      expect(response.status).toBe(403);
      expect(response.body.error?.code).toBe('WW-8004');
    });

    it('an unknown case is 404 WW-6001; a malformed reference 400 WW-8008', async () => {
      const token = await board.token(staff.anna);
      const missing = await board.request('/api/board/cases/WW-2026-999999', { token });
      expect(missing.status).toBe(404);
      expect(missing.body.error?.code).toBe('WW-6001');
      const malformed = await board.request('/api/board/cases/..%2Fetc', { token });
      expect(malformed.status).toBe(400);
    });
  });

  describe('contact details: only for the colleague who claimed the case', () => {
    it('nobody sees them before a claim; after it only the assignee, never in the list', async () => {
      const annaToken = await board.token(staff.anna);
      const bramToken = await board.token(staff.bram);
      const carlaToken = await board.token(staff.carla);
      const before = await board.request(`/api/board/cases/${west.reference}`, {
        token: annaToken,
      });
      expect(before.body.case?.contact).toEqual({ kind: 'hidden' });
      for (const secret of CONTACT_STRINGS) expect(before.text).not.toContain(secret);

      const claimed = await board.request('/api/board/actions', {
        token: annaToken,
        body: { reference: west.reference, verb: 'claim', expectedVersion: 1 },
      });
      expect(claimed.status).toBe(200);
      expect(claimed.body.case?.contact).toMatchObject({
        kind: 'visible',
        name: 'Fatma Yilmaz',
        email: 'fatma.yilmaz@example.nl',
      });

      for (const token of [bramToken, carlaToken]) {
        const detail = await board.request(`/api/board/cases/${west.reference}`, { token });
        expect(detail.status).toBe(200);
        expect(detail.body.case?.contact).toEqual({ kind: 'hidden' });
        for (const secret of CONTACT_STRINGS) expect(detail.text).not.toContain(secret);
      }
      for (const token of [annaToken, bramToken, carlaToken]) {
        const list = await casesOf(token, '?status=all');
        for (const secret of CONTACT_STRINGS) expect(list.text).not.toContain(secret);
      }
    });
  });

  describe('actions go through the Teams verb handlers', () => {
    it('a claim on the board changes the case, and the card built for it shows the claim', async () => {
      const response = await board.request('/api/board/actions', {
        token: await board.token(staff.anna),
        body: { reference: west.reference, verb: 'claim', expectedVersion: 1 },
      });
      expect(response.status).toBe(200);
      expect(response.body.notice).toContain('U heeft de casus opgepakt');
      const stored = await board.repository.get(west.reference);
      expect(stored).toMatchObject({
        status: 'opgepakt',
        version: 2,
        assignee: { staffId: staff.anna.id, displayName: 'Anna Voorbeeld' },
      });
      expect(stored?.history.at(-1)).toMatchObject({
        action: 'opgepakt',
        actor: { kind: 'staff', id: staff.anna.id, name: 'Anna Voorbeeld' },
      });

      const card = JSON.stringify(
        buildCaseCard(caseCardView(stored!, { now: board.clock.now(), viewer: SHARED_VIEWER })),
      );
      expect(card).toContain('Anna Voorbeeld');
      expect(card).toContain('Opgepakt');
      expect(card).not.toContain('"verb":"claim"');
      for (const secret of CONTACT_STRINGS) expect(card).not.toContain(secret);

      // The channel card is told once, with the change.
      await expect.poll(() => board.changes.length).toBe(1);
      expect(board.changes[0]).toMatchObject({
        case: { reference: west.reference, version: 2 },
        change: { action: 'opgepakt' },
      });
    });

    it('card and board share one state: a card press with the old version loses to a board claim', async () => {
      const annaToken = await board.token(staff.anna);
      await board.request('/api/board/actions', {
        token: annaToken,
        body: { reference: west.reference, verb: 'claim', expectedVersion: 1 },
      });
      const fromTeams = await handleCardAction(
        { reference: west.reference, verb: 'claim', expectedVersion: 1 },
        { aadObjectId: staff.bram.id, teamsUserId: '29:bram', name: staff.bram.name },
        board.verbs,
      );
      expect(fromTeams.refusal?.code).toBe('WW-6002');
      expect(JSON.stringify(fromTeams.personalCard)).toContain(
        'Anna Voorbeeld heeft deze casus al opgepakt',
      );
    });

    it('a lost claim race on the board: 409 naming the colleague, with the current case', async () => {
      await board.request('/api/board/actions', {
        token: await board.token(staff.anna),
        body: { reference: west.reference, verb: 'claim', expectedVersion: 1 },
      });
      const response = await board.request('/api/board/actions', {
        token: await board.token(staff.bram),
        body: { reference: west.reference, verb: 'claim', expectedVersion: 1 },
      });
      expect(response.status).toBe(409);
      expect(response.body.error?.code).toBe('WW-6002');
      expect(response.body.notice).toBe(
        'Anna Voorbeeld heeft deze casus al opgepakt. Er is niets veranderd.',
      );
      expect(response.body.case).toMatchObject({ version: 2, assignee: 'Anna Voorbeeld' });
      expect(response.body.case?.contact).toEqual({ kind: 'hidden' });
      expect(board.changes).toHaveLength(1);
    });

    it('two claims at once: exactly one wins', async () => {
      const [first, second] = await Promise.all(
        [staff.anna, staff.bram].map(async (who) =>
          board.request('/api/board/actions', {
            token: await board.token(who),
            body: { reference: west.reference, verb: 'claim', expectedVersion: 1 },
          }),
        ),
      );
      expect([first!.status, second!.status].sort()).toEqual([200, 409]);
      expect((await board.repository.get(west.reference))?.version).toBe(2);
    });

    it('the whole way: claim, contact, close with outcome and note; history shows it', async () => {
      const token = await board.token(staff.anna);
      const act = (body: Record<string, unknown>) =>
        board.request('/api/board/actions', {
          token,
          body: { reference: west.reference, ...body },
        });
      expect((await act({ verb: 'claim', expectedVersion: 1 })).status).toBe(200);
      expect((await act({ verb: 'contactMade', expectedVersion: 2 })).status).toBe(200);
      const missing = await act({ verb: 'close', expectedVersion: 3 });
      expect(missing.status).toBe(400);
      expect(missing.body.error?.code).toBe('WW-6004');
      const closed = await act({
        verb: 'close',
        expectedVersion: 3,
        outcome: 'voorliggend_opgelost',
        note: 'Aangemeld bij de formulierenbrigade.',
      });
      expect(closed.status).toBe(200);
      expect(closed.body.case).toMatchObject({
        status: 'afgerond',
        outcomeLabel: 'Voorliggend opgelost',
        actions: [],
      });
      expect(closed.body.case?.history.map((entry) => entry.actionLabel)).toEqual([
        'Vraag binnengekomen',
        'Opgepakt',
        'Contact gelegd',
        'Afgerond',
      ]);
      expect(closed.body.case?.history.at(-1)?.note).toBe('Aangemeld bij de formulierenbrigade.');
    });

    it('only the assignee or a coordinator may release; others get 403 and nothing changes', async () => {
      await board.request('/api/board/actions', {
        token: await board.token(staff.anna),
        body: { reference: west.reference, verb: 'claim', expectedVersion: 1 },
      });
      const bram = await board.request('/api/board/actions', {
        token: await board.token(staff.bram),
        body: { reference: west.reference, verb: 'release', expectedVersion: 2 },
      });
      expect(bram.status).toBe(403);
      expect(bram.body.error?.code).toBe('WW-6005');
      const carla = await board.request('/api/board/actions', {
        token: await board.token(staff.carla),
        body: { reference: west.reference, verb: 'release', expectedVersion: 2 },
      });
      expect(carla.status).toBe(200);
      expect((await board.repository.get(west.reference))?.status).toBe('nieuw');
    });

    it('refuses anything but reference, verb, expectedVersion, outcome and note', async () => {
      const token = await board.token(staff.anna);
      for (const body of [
        { reference: west.reference, verb: 'claim', expectedVersion: 1, actor: staff.carla },
        { reference: west.reference, verb: 'refresh', expectedVersion: 1 },
        { reference: west.reference, verb: 'cancel', expectedVersion: 1 },
        { reference: west.reference, verb: 'claim', expectedVersion: '1' },
        { reference: west.reference, verb: 'close', expectedVersion: 1, outcome: 'weg' },
      ]) {
        const response = await board.request('/api/board/actions', { token, body });
        expect(response.status).toBe(400);
        expect(response.body.error?.code).toBe('WW-8008');
      }
      expect(await board.repository.get(west.reference)).toEqual(west);
    });
  });

  describe('list filters and order', () => {
    it('mine, status, age, overdue marker and sort by waiting time', async () => {
      let token = await board.token(staff.anna);
      await board.request('/api/board/actions', {
        token,
        body: { reference: westOther.reference, verb: 'claim', expectedVersion: 1 },
      });
      const mine = await casesOf(token, '?mine=true');
      expect(mine.body.cases?.map((item) => item.reference)).toEqual([westOther.reference]);
      expect(mine.body.cases?.[0]?.mine).toBe(true);
      const nieuw = await casesOf(token, '?status=nieuw');
      expect(nieuw.body.cases?.map((item) => item.reference)).toEqual([west.reference]);

      // Monday 09:00 arrival; four working hours later (13:00) the new case is overdue.
      board.clock.advanceMinutes(3 * 60 - 1);
      token = await board.token(staff.anna);
      expect(
        (await casesOf(token)).body.cases?.find((item) => item.reference === west.reference)
          ?.overdue,
      ).toBe(false);
      board.clock.advanceMinutes(1);
      token = await board.token(staff.anna);
      const later = await casesOf(token);
      expect(later.body.overdue).toBe(1);
      expect(later.body.cases?.map((item) => [item.reference, item.overdue])).toEqual([
        [west.reference, true],
        [westOther.reference, false],
      ]);
      const overdue = await casesOf(token, '?age=overdue');
      expect(overdue.body.cases?.map((item) => item.reference)).toEqual([west.reference]);
      const newest = await casesOf(token, '?sort=newest');
      expect(newest.body.cases?.map((item) => item.reference)).toEqual([
        westOther.reference,
        west.reference,
      ]);
      expect((await casesOf(token, '?age=day')).body.cases).toEqual([]);
    });

    it('refuses unknown filters with 400 WW-8008', async () => {
      const token = await board.token(staff.anna);
      for (const query of ['?status=weg', '?age=old', '?sort=name', '?mine=ja', '?user=x']) {
        const response = await board.request(`/api/board/cases${query}`, { token });
        expect(response.status).toBe(400);
        expect(response.body.error?.code).toBe('WW-8008');
      }
    });
  });
});
