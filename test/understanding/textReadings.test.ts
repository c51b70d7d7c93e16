import { beforeAll, describe, expect, it } from 'vitest';
import { detectCrisis } from '../../src/safety/detectCrisis.js';
import { search } from '../../src/search/search.js';
import { buildSearchIndex, type SearchIndex } from '../../src/search/searchIndex.js';
import { readingsFor, readText } from '../../src/understanding/textReadings.js';
import { understand } from '../../src/understanding/understand.js';
import { loadCatalogueAt } from '../search/fixtureIndex.js';

/**
 * The readers of session 22 in the one pass (ADR 0013, amendment session 23): the message is read
 * for the dialogs, its search text for the search, and the search takes what the pass read only
 * for its very text. Phrasings written for these tests.
 */
const context = { assessSafety: detectCrisis, wijken: ['Deppenbroek'] };
const TODAY = '2026-03-02';

describe('the readings of the one pass', () => {
  it('reads the message and its search text apart: a residence phrase carries the "ik"', () => {
    const text = 'ik woon in Deppenbroek en was en kook elke dag voor mijn zieke vader';
    const result = understand(text, context);
    expect(result.searchText).toBe('Deppenbroek en was en kook elke dag voor mijn zieke vader');
    expect(result.searchReadings).toEqual(readText(result.searchText));
    expect(result.searchReadings.caring).toBe(false);
    expect(readText(text).caring).toBe(true);
  });

  it('reads the wijkteam asked for of the message, for the dialogs and the search alike', () => {
    const result = understand('mag ik het nummer van de wijkcoach, de huur loopt achter', context);
    expect(result.asksForWijkteam).toBe(true);
    expect(result.searchReadings).toEqual({
      text: result.searchText,
      asksForWijkteam: true,
      caring: false,
      childAges: [],
    });
    expect(understand('de wijkcoach stuurde me naar de kledingbank', context).asksForWijkteam).toBe(
      false,
    );
  });

  it('reads the rest beside a gemeente service for the search of the rest', async () => {
    const catalogue = await loadCatalogueAt('knowledge', TODAY);
    const result = understand('mijn paspoort is verlopen en ik heb rekeningen open staan', {
      ...context,
      ...(catalogue.gemeenteDiensten === undefined
        ? {}
        : { gemeenteDiensten: catalogue.gemeenteDiensten }),
    });
    const dienst = result.gemeenteDienst;
    expect(dienst).toBeDefined();
    expect(dienst?.restReadings).toEqual(readText(dienst?.rest ?? ''));
  });

  it('takes readings only when they were read of the very text', () => {
    const given = { text: 'a', asksForWijkteam: true, caring: true, childAges: [] };
    expect(readingsFor('a', given)).toBe(given);
    expect(readingsFor('b', given)).toEqual(readText('b'));
    expect(readingsFor('b', undefined)).toEqual(readText('b'));
  });
});

describe('the search with the readings of the pass', () => {
  let index: SearchIndex;
  beforeAll(async () => {
    index = buildSearchIndex(await loadCatalogueAt('knowledge', TODAY));
  });

  it('ranks as it reads itself, and ignores readings of another text', () => {
    const text = 'kan ik met de wijkcoach bellen, ik kook en was voor mijn zieke moeder';
    const query = { text, audience: 'resident' as const, today: TODAY };
    const own = search(index, query);
    expect(own.results[0]?.id).toBe('wijkteam');
    expect(search(index, { ...query, readings: readText(text) })).toEqual(own);
    const other = readText('iets heel anders');
    expect(search(index, { ...query, readings: other })).toEqual(own);
  });
});
