import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nl } from '../../src/i18n/nl/index.js';
import { ANNA, startPartnerHarness, type PartnerHarness } from '../partners/partnerHarness.js';

/**
 * The partner page's live check loads the whole sociale kaart with the change (0.2–0.5 s) for every
 * request. Sixty checks at once from one signed-in colleague all ran: 28 s of work, and `/healthz`
 * (every turn with it) waited up to 1.2 s instead of 2–10 ms (docs/security.md, review of
 * 2 December 2026, second round). Now one colleague's checks and saves run one after another,
 * at most four running or waiting; more at once get 429 WW-4119 with a Dutch text, and nothing is
 * written. The page's own checks and saves only queue (test/e2e/partnerFormWords.test.ts).
 */

let h: PartnerHarness;

beforeAll(async () => {
  h = await startPartnerHarness();
}, 60_000);

afterAll(async () => {
  await h.close();
});

const draft = {
  id: 'alifa-koffie-flood',
  naam: 'Koffie in de wijk',
  organisatie: 'Alifa',
  omschrijving: 'Elke week koffie drinken met buren.',
  levensgebieden: ['ontmoeting'],
  gebied: 'heel-enschede',
  toegang: 'vrij-inlopen',
  kosten: 'gratis',
};

describe("the partner page queues a colleague's checks and refuses a flood", () => {
  it('refuses the rest of a burst with 429 WW-4119 in Dutch, and checks again afterwards', async () => {
    const token = await h.signIn(ANNA);
    const check = () =>
      h.call('POST', '/api/partners/beheerders/alifa/check', token, {
        originalId: null,
        entry: draft,
        bron: 'test',
      });
    const answers = await Promise.all(Array.from({ length: 30 }, check));
    const checked = answers.filter((answer) => answer.status === 200);
    const refused = answers.filter((answer) => answer.status !== 200);
    expect(checked.length).toBeGreaterThanOrEqual(1);
    expect(checked.length).toBeLessThanOrEqual(8);
    expect(refused.length).toBeGreaterThan(0);
    for (const answer of refused) {
      expect(answer.status).toBe(429);
      expect(answer.body.error).toEqual(
        expect.objectContaining({ code: 'WW-4119', message: nl.errors['WW-4119'] }),
      );
    }
    // Once the burst is over, the next check runs as usual.
    expect((await check()).status).toBe(200);
    expect(await h.readKnowledge('voorzieningen/alifa.yaml')).not.toContain('alifa-koffie-flood');
  });
});
