import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Case } from '../../src/cases/case.js';
import type { CaseFilter, CaseRepository } from '../../src/cases/caseRepository.js';
import { transitionCase } from '../../src/cases/caseRepository.js';
import { storageBackends, type BackendHarness } from '../support/storageBackends.js';
import { handover, NOORD, staff, startBoard, WEST, type BoardHarness } from './boardHarness.js';

/**
 * The Casusbord on both storage backends (docs/adr/0019): a board request asks the repository for
 * the caller's wijkteams (and status and age) only, so it reads what the team holds and never the
 * cases of the rest of the city; the answer is the same as filtering everything in memory.
 */
const ELSEWHERE = 'team-niet-meer-in-routering';

/** The repository, plus a record of every case `list` handed out and every filter it got. */
function recording(repository: CaseRepository) {
  const read: Case[] = [];
  const filters: CaseFilter[] = [];
  const wrapped: CaseRepository = Object.assign(Object.create(repository) as CaseRepository, {
    list: async (filter?: CaseFilter) => {
      filters.push(filter ?? {});
      const found = await repository.list(filter);
      read.push(...found);
      return found;
    },
  });
  return { wrapped, read, filters };
}

for (const backend of storageBackends()) {
  describe(`Casusbord on ${backend.name}: the team's cases, not the city's`, () => {
    let place: BackendHarness;
    let store: (CaseRepository & { close(): Promise<void> }) | undefined;
    let spy: ReturnType<typeof recording>;
    let board: BoardHarness;

    beforeEach(async (context) => {
      if (backend.skip !== undefined) context.skip(backend.skip);
      place = await backend.create();
      board = await startBoard({
        repository: async (clock) => {
          store = await place.openCases(clock);
          spy = recording(store);
          return spy.wrapped;
        },
      });
    });

    afterEach(async () => {
      await board?.close();
      await store?.close();
      await place?.remove();
    });

    it('lists, counts and filters by status and age from the scope alone', async () => {
      const repository = board.repository;
      const westOld = await repository.create(handover(WEST));
      await repository.create(handover(NOORD));
      for (let index = 0; index < 5; index += 1) await repository.create(handover(ELSEWHERE));
      board.clock.advanceMinutes(26 * 60);
      const westNew = await repository.create(handover(WEST, 'Mijn moeder is eenzaam.'));
      const westClosed = await repository.create(handover(WEST, 'Ik zoek een maatje.'));
      const actor = { kind: 'staff' as const, id: staff.bram.id, name: staff.bram.name };
      await transitionCase(
        repository,
        westClosed.reference,
        { type: 'claim' },
        actor,
        1,
        board.clock,
      );
      await transitionCase(
        repository,
        westClosed.reference,
        { type: 'close', outcome: 'voorliggend_opgelost' },
        actor,
        2,
        board.clock,
      );
      board.clock.advanceMinutes(10);
      spy.read.length = 0;

      const anna = await board.token(staff.anna);
      const open = await board.request('/api/board/cases', { token: anna });
      expect(open.status).toBe(200);
      expect(open.body.cases?.map((item) => item.reference).sort()).toEqual(
        [westOld.reference, westNew.reference].sort(),
      );
      // Every case of Anna's wijkteam counts; the old one waited past the pick-up time.
      expect(open.body.total).toBe(3);
      expect(open.body.overdue).toBe(1);

      const all = await board.request('/api/board/cases?status=all', { token: anna });
      expect(all.body.cases).toHaveLength(3);
      const waitingADay = await board.request('/api/board/cases?status=all&age=day', {
        token: anna,
      });
      expect(waitingADay.body.cases?.map((item) => item.reference)).toEqual([westOld.reference]);
      const closed = await board.request('/api/board/cases?status=afgerond', { token: anna });
      expect(closed.body.cases?.map((item) => item.reference)).toEqual([westClosed.reference]);
      expect(closed.body.overdue).toBe(1);

      // Nothing outside West was ever read for Anna, and every read asked for West only.
      expect(spy.read.length).toBeGreaterThan(0);
      expect(new Set(spy.read.map((item) => item.wijkteam))).toEqual(new Set([WEST]));
      expect(spy.filters.every((filter) => filter.wijkteams?.join() === WEST)).toBe(true);

      // The coordinator sees every wijkteam with cases, also one the routing file no longer has.
      const carla = await board.request('/api/board/cases?status=all', {
        token: await board.token(staff.carla),
      });
      expect(carla.body.total).toBe(9);
      expect(carla.body.cases?.filter((item) => item.wijkteam.id === ELSEWHERE)).toHaveLength(5);
    });
  });
}
