import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/knowledge/loader.js';
import type { Catalogue } from '../../src/knowledge/catalogue.js';
import { askerRoles, CARER_NEED_DOUBT, entryRoles, roleFit } from '../../src/search/forWhom.js';
import { search } from '../../src/search/search.js';
import { buildSearchIndex, type SearchIndex } from '../../src/search/searchIndex.js';
import type { SearchQuery } from '../../src/search/searchTypes.js';
import { findProjectRoot } from '../../src/shared/projectRoot.js';

/**
 * For whom (ADR 0013, "for whom"): the roles an entry's kenmerken name, the roles the conversation
 * knows the resident has or lacks, and what the search does with them. Over Enschede's own
 * knowledge; phrasings written for this test.
 */
const TODAY = '2026-12-01';
let catalogue: Catalogue;
let index: SearchIndex;

beforeAll(async () => {
  const loaded = await loadKnowledge(path.join(findProjectRoot(), 'knowledge'), {
    clock: { now: () => new Date(`${TODAY}T10:00:00Z`) },
  });
  if (!loaded.ok) throw new Error(`${String(loaded.errors.length)} errors in the knowledge`);
  catalogue = loaded.catalogue;
  index = buildSearchIndex(catalogue);
});

const doelgroep = (...kenmerken: string[]) => ({
  doelgroep: { kenmerken } as Catalogue['voorzieningen'][number]['doelgroep'],
});

describe('the roles of an entry', () => {
  it('is only for parents when every kenmerk names parents', () => {
    expect(entryRoles(doelgroep('ouders'))).toEqual({ named: ['ouders'], only: 'ouders' });
    expect(entryRoles(doelgroep('aanstaande-ouders', 'ouders')).only).toBe('ouders');
    expect(entryRoles(doelgroep('scheidende-ouders')).only).toBe('ouders');
    expect(entryRoles(doelgroep('mantelzorgers')).only).toBe('mantelzorgers');
  });

  it('is for others too when it also names them: children, newcomers, young carers', () => {
    expect(entryRoles(doelgroep('kinderen', 'ouders'))).toEqual({ named: ['ouders'] });
    expect(entryRoles(doelgroep('nieuwkomers', 'ouders'))).toEqual({ named: ['ouders'] });
    expect(entryRoles(doelgroep('jongeren', 'mantelzorgers'))).toEqual({
      named: ['mantelzorgers'],
    });
    expect(entryRoles(doelgroep('ouders', 'mantelzorgers'))).toEqual({
      named: ['ouders', 'mantelzorgers'],
    });
    expect(entryRoles(doelgroep())).toEqual({ named: [] });
  });
});

describe('the roles of the resident', () => {
  it('knows a minor is not the parent that help for parents is for', () => {
    const roles = askerRoles({ ownAge: 15 }, 0);
    expect([...roles.hasNot]).toEqual(['ouders']);
    expect(roleFit(entryRoles(doelgroep('ouders')), roles)).toEqual({ excludes: 'ouders' });
    expect(roleFit(entryRoles(doelgroep('kinderen', 'ouders')), roles)).toEqual({});
    // A 16-year-old who writes about "my child" is still not taken for a parent of one.
    expect([...askerRoles({ ownAge: 16, forWhom: 'kind' }, 0).has]).toEqual([]);
  });

  it('takes a resident who asks about their child for a parent', () => {
    const roles = askerRoles({ forWhom: 'kind' }, 0);
    expect([...roles.has]).toEqual(['ouders']);
    expect(roleFit(entryRoles(doelgroep('kinderen', 'ouders')), roles)).toEqual({ fits: 'ouders' });
    expect(roleFit(entryRoles(doelgroep('jongeren')), roles)).toEqual({});
  });

  it('takes a resident who cares for the person for a mantelzorger', () => {
    expect([...askerRoles({ forWhom: 'naaste' }, 0).has]).toEqual(['mantelzorgers']);
    expect([...askerRoles({ forWhom: 'partner', caresFor: true }, 0).has]).toEqual([
      'mantelzorgers',
    ]);
  });

  it('gives a young carer (17 or younger) no mantelzorger role: the age range of help for young carers says more', () => {
    const roles = askerRoles({ forWhom: 'ouder', caresFor: true, ownAge: 14 }, 0);
    expect([...roles.has]).toEqual([]);
    expect([...roles.hasNot]).toEqual(['ouders']);
    expect(roleFit(entryRoles(doelgroep('mantelzorgers')), roles)).toEqual({});
    expect([...askerRoles({ forWhom: 'ouder', caresFor: true, ownAge: 18 }, 0).has]).toEqual([
      'mantelzorgers',
    ]);
  });

  it('is sure nobody is cared for only when the resident asks for themselves and the words show no caring', () => {
    expect([...askerRoles({ forWhom: 'zelf' }, 0).hasNot]).toEqual(['mantelzorgers']);
    expect([...askerRoles({ forWhom: 'zelf' }, CARER_NEED_DOUBT).hasNot]).toEqual([]);
    expect([...askerRoles({ forWhom: 'partner' }, 0).hasNot]).toEqual([]);
    expect([...askerRoles({}, 0).hasNot]).toEqual([]);
    expect(askerRoles(undefined, 0).has.size).toBe(0);
  });

  it('is not sure of it when the question names another person: the resident may be their naaste', () => {
    expect([...askerRoles({ forWhom: 'zelf', namesAnother: true }, 0).hasNot]).toEqual([]);
    expect([...askerRoles({ forWhom: 'zelf', namesAnother: true }, 0).has]).toEqual([]);
  });
});

describe('the search with for whom', () => {
  const query = (text: string, extra: Partial<SearchQuery> = {}): SearchQuery => ({
    text,
    audience: 'resident',
    today: TODAY,
    top: 3,
    ...extra,
  });
  const ids = (q: SearchQuery) => search(index, q).results.map((hit) => hit.id);

  it('does not rank the evening for separating parents first for a 14-year-old whose parents split up', () => {
    const text = 'ik ben 14 en mijn ouders gaan scheiden, ik vind het heel moeilijk';
    // Without knowing who asks, the evening for parents stands first (as on main before).
    expect(ids(query(text, { age: 14 }))[0]).toBe('ouderavond-scheiden');
    const found = ids(query(text, { age: 14, asker: { ownAge: 14 } }));
    expect(found).not.toContain('ouderavond-scheiden');
    expect(found).toContain('kindertelefoon');
  });

  it('still shows help only for parents to a minor when too little else fits', () => {
    const text = 'ouderavond scheiden';
    const all = search(index, query(text, { top: 20, asker: { ownAge: 14 } })).results;
    const at = all.findIndex((hit) => hit.id === 'ouderavond-scheiden');
    expect(at).toBeGreaterThanOrEqual(0);
    // It comes after every entry that fits the resident.
    for (const hit of all.slice(at + 1)) {
      expect(entryRoles(hit.voorziening).only).toBe('ouders');
    }
    expect(all[at]?.why).toContain('alleen voor ouders');
  });

  it('ranks the help for parents first for a parent asking about a 15-year-old', () => {
    const text = 'mijn zoon van 15 spijbelt steeds en ik weet niet meer hoe ik met hem moet praten';
    // The child's age boosted the child's own helplines above the help for parents.
    expect(ids(query(text, { age: 15 }))[0]).toBe('kindertelefoon');
    const found = search(index, query(text, { age: 15, asker: { forWhom: 'kind' } })).results;
    expect(entryRoles(found[0]?.voorziening ?? doelgroep()).named).toContain('ouders');
    expect(found[0]?.why).toContain('voor ouders');
  });

  it('ranks as before when nothing is known about for whom', () => {
    for (const text of [
      'ik wil tips over opvoeden',
      'mijn man heeft dementie en ik kan het niet meer aan',
      'ik voel me alleen sinds mijn vrouw er niet meer is',
    ]) {
      expect(search(index, query(text, { asker: {} }))).toEqual(search(index, query(text)));
      expect(search(index, query(text, { age: 40, asker: { forWhom: 'ander' } }))).toEqual(
        search(index, query(text, { age: 40 })),
      );
    }
  });
});
