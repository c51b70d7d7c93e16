import { beforeAll, describe, expect, it } from 'vitest';
import type { Catalogue } from '../../src/knowledge/catalogue.js';
import { search } from '../../src/search/search.js';
import { loadCatalogueAt } from './fixtureIndex.js';
import { buildSearchIndex, type SearchIndex } from '../../src/search/searchIndex.js';
import { wijkteamEntryCache, wijkteamEntryOf } from '../../src/search/wijkteamEntry.js';

/**
 * The wijkteam itself asked for (ADR 0013, session 22): the kaart's own wijkteam entry, read from
 * its name and breadth, first; a wijkteam that only sent the resident leaves the search as it was.
 * On the real knowledge of Enschede. Phrasings written for this test.
 */
const TODAY = '2026-03-02';
let catalogue: Catalogue;
let index: SearchIndex;

beforeAll(async () => {
  catalogue = await loadCatalogueAt('knowledge', TODAY);
  index = buildSearchIndex(catalogue);
});

const firstOf = (text: string) =>
  search(index, { text, audience: 'resident', today: TODAY }).results.map((hit) => hit.id);

describe("the kaart's own wijkteam entry", () => {
  it('is the entry whose name names the team and that covers several levensgebieden', () => {
    expect(wijkteamEntryOf(catalogue)?.id).toBe('wijkteam');
  });

  it('is not a help given through the team, and absent on a kaart without one', () => {
    const through = catalogue.voorzieningen.find((entry) => entry.id === 'wijkteam');
    if (through === undefined) throw new Error('no wijkteam entry');
    const narrow = {
      ...through,
      id: 'via',
      naam: 'Jeugdhulp via het wijkteam',
      levensgebieden: ['opvoeden'],
    };
    expect(wijkteamEntryOf({ voorzieningen: [narrow] })).toBe(undefined);
    expect(wijkteamEntryOf({ voorzieningen: [] })).toBe(undefined);
  });

  it('is read once per loaded kaart: again only for a new list of entries (a reload)', () => {
    const entryOf = wijkteamEntryCache();
    const first = entryOf(catalogue);
    expect(first?.id).toBe('wijkteam');
    // Keyed on the list of entries, not on the catalogue object around it.
    expect(entryOf({ voorzieningen: catalogue.voorzieningen })).toBe(first);
    // Not scanned again for the same list: emptied in place (a loaded list is frozen and never
    // is), it still gives the entry it gave.
    const entries = [...catalogue.voorzieningen];
    const cached = wijkteamEntryCache();
    expect(cached({ voorzieningen: entries })?.id).toBe('wijkteam');
    entries.length = 0;
    expect(cached({ voorzieningen: entries })?.id).toBe('wijkteam');
    expect(cached({ voorzieningen: [...entries] })).toBe(undefined);
    const reloaded = catalogue.voorzieningen.filter((entry) => entry.id !== 'wijkteam');
    expect(entryOf({ voorzieningen: reloaded })).toBe(wijkteamEntryOf({ voorzieningen: reloaded }));
    expect(entryOf({ voorzieningen: reloaded })?.id).not.toBe('wijkteam');
  });
});

describe('the wijkteam itself asked for, in the search', () => {
  it('puts the wijkteam entry first, in Dutch and English, also with a need beside it', () => {
    expect(firstOf('ik zou graag eens met iemand van het wijkteam praten')[0]).toBe('wijkteam');
    expect(firstOf('telefoonnummer wijkcoach')[0]).toBe('wijkteam');
    expect(firstOf('kan ik bij het wijkteam terecht, thuis loopt alles door elkaar')[0]).toBe(
      'wijkteam',
    );
    expect(firstOf('how do I get in touch with the neighbourhood team')[0]).toBe('wijkteam');
  });

  it('keeps the rest of the ranking in its order, without the entry twice', () => {
    const plain = firstOf('kan ik bij het wijkteam terecht, thuis loopt alles door elkaar');
    expect(new Set(plain).size).toBe(plain.length);
  });

  it('searches for what the wijkteam sent the resident to', () => {
    const found = firstOf('het wijkteam heeft me doorverwezen naar de voedselbank, waar zit die?');
    expect(found[0]).toBe('voedselbank');
    expect(found[0]).not.toBe('wijkteam');
  });
});
