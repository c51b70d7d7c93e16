import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/knowledge/loader.js';
import { search } from '../../src/search/search.js';
import { buildSearchIndex, type SearchIndex } from '../../src/search/searchIndex.js';
import { findProjectRoot } from '../../src/shared/projectRoot.js';

/**
 * After the intake the chosen levensgebied's boost is divided by the levensgebieden an entry is
 * filed under, unless the question's own words find the entry (src/search/search.ts,
 * CHOSEN_SPREAD_ALPHA; docs/adr/0013, session 17). On the real knowledge of Enschede, where the
 * wijkteam and the wijkwijzer's spreekuur are filed under five levensgebieden each.
 */
const TODAY = '2026-03-02';
let index: SearchIndex;

beforeAll(async () => {
  const loaded = await loadKnowledge(path.join(findProjectRoot(), 'knowledge'), {
    clock: { now: () => new Date(`${TODAY}T10:00:00Z`) },
  });
  if (!loaded.ok) throw new Error(`${String(loaded.errors.length)} errors in knowledge`);
  index = buildSearchIndex(loaded.catalogue);
});

function afterChoosing(text: string, levensgebied: string) {
  return search(index, {
    text,
    audience: 'resident',
    today: TODAY,
    levensgebieden: [levensgebied],
  }).results.map((hit) => hit.voorziening);
}

describe('the chosen levensgebied weighs an entry filed under many levensgebieden less', () => {
  it('unless the question names it: the wijkteam stays first after picking Geld', () => {
    // Divided for every entry alike, the boost put debt help above the wijkteam this resident
    // asked for; the question's own words find the wijkteam, so it keeps the full boost.
    const shown = afterChoosing('bij wie van het wijkteam kan ik aankloppen', 'geld');
    expect(shown[0]?.id).toBe('wijkteam');
    expect(shown[0]?.levensgebieden.length).toBeGreaterThan(1);
  });

  it('a vague question gets the chosen levensgebied’s own help beside the general doors', () => {
    // With the full boost for all, the three cards were the wijkwijzer, the wijkteam and an online
    // help filed under three levensgebieden: no debt help at all for a resident who picked Geld.
    const shown = afterChoosing('het wordt me allemaal te veel', 'geld');
    expect(shown.map((entry) => entry.id)).toContain('stadsbank-schuldhulp');
    expect(shown.some((entry) => entry.levensgebieden.join() === 'geld')).toBe(true);
  });

  it('a question that names no help shows mostly help filed under the chosen levensgebied alone', () => {
    // Before, the wijkteam, an online help and addiction care (filed under five, three and two).
    const shown = afterChoosing('wie kan mij nu verder helpen', 'gezondheid');
    const onlyChosen = shown.filter((entry) => entry.levensgebieden.join() === 'gezondheid');
    expect(onlyChosen.length).toBeGreaterThanOrEqual(2);
    for (const entry of shown) expect(entry.levensgebieden).toContain('gezondheid');
  });
});
