import { beforeAll, describe, expect, it } from 'vitest';
import { InMemoryUnmetNeedsRecorder } from '../../src/insights/unmetNeeds.js';
import { recordUnmetNeed } from '../../src/search/recordUnmetNeed.js';
import { search } from '../../src/search/search.js';
import { buildSearchIndex, type SearchIndex } from '../../src/search/searchIndex.js';
import { FIXTURE_TODAY, loadFixtureCatalogue } from './fixtureIndex.js';

let index: SearchIndex;
beforeAll(async () => {
  index = buildSearchIndex(await loadFixtureCatalogue());
});

const at = new Date('2026-02-01T10:00:00Z');
const ask = (text: string) => search(index, { text, audience: 'resident', today: FIXTURE_TODAY });

describe('recordUnmetNeed', () => {
  it('records a miss as a count, without the question', async () => {
    const recorder = new InMemoryUnmetNeedsRecorder();
    const result = ask('mijn fiets is gestolen');
    expect(result.noGoodMatch).toBe(true);
    const area = { wijk: 'Stadsveld', stadsdeel: 'West' };
    expect(await recordUnmetNeed(recorder, result, { area, at })).toBe(true);
    const counts = await recorder.counts();
    expect(counts).toEqual([
      { month: '2026-02', levensgebied: 'onbekend', wijk: 'Stadsveld', count: 1 },
    ]);
    expect(JSON.stringify(counts)).not.toMatch(/fiets|gestolen/);
  });

  it('records nothing when the search found a good match', async () => {
    const recorder = new InMemoryUnmetNeedsRecorder();
    expect(await recordUnmetNeed(recorder, ask('voedselbank'), { at })).toBe(false);
    expect(await recorder.counts()).toEqual([]);
  });

  it('counts a miss under the levensgebieden the question clearly touched', async () => {
    const recorder = new InMemoryUnmetNeedsRecorder();
    const result = { ...ask('ik heb schulden'), noGoodMatch: true };
    await recordUnmetNeed(recorder, result, { at });
    expect((await recorder.counts()).map((row) => row.levensgebied)).toEqual(['geld']);
  });
});
