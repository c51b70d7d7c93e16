import { beforeAll, describe, expect, it } from 'vitest';
import type { Catalogue } from '../../src/knowledge/catalogue.js';
import { analyseQuery } from '../../src/search/queryAnalysis.js';
import { search } from '../../src/search/search.js';
import { stemWord } from '../../src/search/stem.js';
import { buildSearchIndex, type SearchIndex } from '../../src/search/searchIndex.js';
import type { SearchQuery } from '../../src/search/searchTypes.js';
import { FIXTURE_TODAY, loadFixtureCatalogue } from './fixtureIndex.js';

let catalogue: Catalogue;
let index: SearchIndex;

beforeAll(async () => {
  catalogue = await loadFixtureCatalogue();
  index = buildSearchIndex(catalogue);
});

const ask = (text: string, extra: Partial<SearchQuery> = {}) =>
  search(index, { text, audience: 'resident', today: FIXTURE_TODAY, top: 5, ...extra });
const ids = (text: string, extra: Partial<SearchQuery> = {}) =>
  ask(text, extra).results.map((hit) => hit.id);

describe('search: from everyday words to the right voorziening', () => {
  it('finds a voorziening by the words of its name and keywords', () => {
    expect(ids('huiswerkbegeleiding')[0]).toBe('huiswerkbegeleiding');
    expect(ids('voedselbank')[0]).toBe('voedselbank');
  });

  it('expands everyday phrases from synoniemen.yaml, in any word order', () => {
    expect(ids('ik sta rood en de deurwaarder belde')[0]).toBe('schuldhulp');
    // "Krap bij kas" is as much about budgeting as about debts: the synonym brings the debt help
    // into the top 3, the learned layer may put the budget help first.
    expect(ids('ik zit deze maand krap bij kas').slice(0, 3)).toContain('schuldhulp');
  });

  it('splits compounds of the resident and of the knowledge', () => {
    expect(ids('geldzorgen').slice(0, 3)).toContain('schuldhulp');
    expect(ids('ik zoek mantelzorgondersteuning')[0]).toBe('mantelzorgsteunpunt');
    // "huiswerkhulp" appears nowhere; its part "huiswerk" does.
    expect(ids('huiswerkhulp')[0]).toBe('huiswerkbegeleiding');
  });

  it('tolerates typos against the vocabulary of the knowledge', () => {
    expect(ids('schuldn')[0]).toBe('schuldhulp');
    expect(ids('mantelzrog')[0]).toBe('mantelzorgsteunpunt');
    const hit = ask('deurwaader')?.results[0];
    expect(hit?.id).toBe('schuldhulp');
  });

  it('understands simple English through the synonym file', () => {
    expect(ids('food bank')[0]).toBe('voedselbank');
    expect(ids('I have debts')[0]).toBe('schuldhulp');
    expect(
      ask('I feel lonely').results.map((hit) => hit.voorziening.levensgebieden),
    ).toContainEqual(['ontmoeting']);
  });
});

describe('search: words that need care', () => {
  it('never searches on a weak word alone ("niet" is in many descriptions)', () => {
    expect(ask('niet').results).toEqual([]);
  });

  it("finds a part of the knowledge's compound with a whole word, not with a part", () => {
    // "bank" is part of Voedselbank; "bankrekening" is bank + rekening.
    expect(ids('bank')).toContain('voedselbank');
    const viaPart = ask('bankrekening', { top: 20 }).results.find(
      (hit) => hit.id === 'voedselbank',
    );
    expect(viaPart?.matches.map((match) => match.word) ?? []).not.toContain('bank');
  });

  it('brings a verb form in -t to its infinitive (drinkt → drinken)', () => {
    const terms = analyseQuery(index.internals, 'wie drinkt er mee').terms.map((term) => term.term);
    expect(terms).toContain(stemWord('drinken'));
  });
});

describe('search: filters', () => {
  it('never shows "alleen via wijkteam" entries to residents, but does to staff', () => {
    expect(ids('schulden noodgeld maatwerk')).not.toContain('flexibel-budget');
    expect(ids('schulden noodgeld maatwerk', { audience: 'staff' })).toContain('flexibel-budget');
  });

  it('leaves out closed and expired entries for everyone', () => {
    for (const audience of ['resident', 'staff'] as const) {
      const found = ids('kleding schulden project', { audience, top: 20 });
      expect(found).not.toContain('kledingbank-gesloten');
      expect(found).not.toContain('schuldenproject-verlopen');
    }
  });

  it('shows an expired entry again for a date before its end (the date decides)', () => {
    expect(ids('schuldenproject', { today: '2024-06-01', top: 20 })).toContain(
      'schuldenproject-verlopen',
    );
  });

  it('leaves out entries limited to another area', () => {
    const west = { wijk: 'Boswinkel-de Braker', stadsdeel: 'West' };
    const found = ids('koffie en ontmoeten in de buurt', { area: west, top: 20 });
    expect(found).toContain('huiskamer-west');
    expect(found).not.toContain('huiskamer-wesselerbrink');
  });
});

describe('search: boosts', () => {
  it('puts the own wijk or stadsdeel above the same offer elsewhere', () => {
    const zuid = { wijk: 'Wesselerbrink', stadsdeel: 'Zuid' };
    const west = { wijk: 'Stadsveld', stadsdeel: 'West' };
    expect(ids('huiskamer koffie', { area: zuid })[0]).toBe('huiskamer-wesselerbrink');
    expect(ids('huiskamer koffie', { area: west })[0]).toBe('huiskamer-west');
    const hit = ask('huiskamer koffie', { area: west }).results[0];
    expect(hit?.areaFit).toBe('own-stadsdeel');
    expect(hit?.why).toContain('in het eigen stadsdeel');
  });

  it('lets the age decide between offers for young and old', () => {
    expect(ids('ik ben eenzaam', { age: 80 })[0]).toBe('ouderenbezoek');
    const young = ids('ik ben eenzaam', { age: 16 });
    expect(young.slice(0, 3)).toContain('jongerenwerk');
    expect(young).not.toContain('ouderenbezoek');
  });

  it('never shows an entry whose age range excludes the person, and says so (ADR 0013)', () => {
    const adult = ask('huiswerk', { age: 40 });
    expect(adult.results.map((result) => result.id)).not.toContain('huiswerkbegeleiding');
    expect(adult.ageLeftOut).toBeGreaterThanOrEqual(1);
    expect(adult.noAgeFit).toBe(true);
    const child = ask('huiswerk', { age: 10 });
    expect(child.results[0]?.id).toBe('huiswerkbegeleiding');
    expect(child.results[0]?.why).toContain('leeftijd past');
    expect(child.noAgeFit).toBe(false);
  });
});

describe('search: the levensgebied the resident chose (ADR 0013, after the intake)', () => {
  it('finds the entries of the chosen levensgebied for a question that names no subject', () => {
    const found = ask('ik zit ergens mee', { levensgebieden: ['geld'] });
    expect(found.results.length).toBeGreaterThan(0);
    for (const hit of found.results) expect(hit.voorziening.levensgebieden).toContain('geld');
  });

  it("keeps the question's own words deciding within the chosen levensgebied", () => {
    // The voedselbank is in Eten and in Geld; choosing Geld must not put debt help above it.
    expect(ids('waar is de voedselbank', { levensgebieden: ['geld'] })[0]).toBe('voedselbank');
    expect(ids('taalcafe', { levensgebieden: ['ontmoeting'] })[0]).toBe('taalcafe');
  });

  it('ranks an entry of the chosen levensgebied above an equal one outside it', () => {
    const chosen = ids('ik ben eenzaam en wil praten', { levensgebieden: ['taal'] });
    expect(chosen[0]).toBe('taalcafe');
  });
});

describe('search: honest results', () => {
  it('explains for staff which words matched which fields', () => {
    const hit = ask('ik sta rood').results[0];
    expect(hit?.id).toBe('schuldhulp');
    expect(hit?.why).toMatch(/"rood staan" \(betekent schulden\) in .*trefwoorden/);
    expect(hit?.matches[0]?.via).toEqual({
      kind: 'synonym',
      phrase: 'rood staan',
      term: 'schulden',
    });
    const typo = ask('schuldn').results[0];
    expect(typo?.why).toContain('"schuldn" (gelezen als "schulden")');
  });

  it('says noGoodMatch when nothing in the knowledge answers the question', () => {
    for (const text of [
      'ik wil een parkeervergunning aanvragen',
      'wanneer wordt het oud papier opgehaald',
      '',
    ]) {
      expect(ask(text).noGoodMatch, text).toBe(true);
    }
  });

  it('gives a good match for clear questions', () => {
    for (const text of ['voedselbank', 'ik heb schulden', 'huiswerkbegeleiding voor mijn zoon']) {
      expect(ask(text).noGoodMatch, text).toBe(false);
    }
  });

  it('returns at most top results, best first, with the voorziening itself', () => {
    const result = ask('eenzaam koffie praten', { top: 2 });
    expect(result.results).toHaveLength(2);
    const [first, second] = result.results;
    expect(first!.score).toBeGreaterThanOrEqual(second!.score);
    expect(first!.voorziening).toBe(catalogue.voorziening(first!.id));
  });
});

describe('search: levensgebieden of the question', () => {
  it('finds the levensgebied of a question with a confidence', () => {
    const result = ask('ik heb schulden en de deurwaarder komt');
    expect(result.domains[0]?.slug).toBe('geld');
    expect(result.strongDomains).toEqual(['geld']);
  });

  it('reports several strong levensgebieden for a question on many fronts', () => {
    const result = ask(
      'ik heb schulden en geen geld voor eten, ik voel me eenzaam en alleen, en mijn man slaat me',
    );
    expect(result.strongDomains.length).toBeGreaterThanOrEqual(3);
    expect(result.strongDomains).toEqual(expect.arrayContaining(['geld', 'ontmoeting']));
    expect(result.domains.map((domain) => domain.slug)).toContain('veiligheid');
  });

  it('reports no strong levensgebied for a question about nothing we know', () => {
    expect(ask('ik wil een parkeervergunning aanvragen').strongDomains).toEqual([]);
  });
});

describe('buildSearchIndex', () => {
  it('is frozen and tied to its catalogue version, so a reload can swap both', () => {
    expect(Object.isFrozen(index)).toBe(true);
    expect(Object.isFrozen(index.internals)).toBe(true);
    expect(index.version).toBe(catalogue.version);
    expect(index.size).toBe(catalogue.voorzieningen.length);
  });

  it('gives the same answer twice: questions do not change the index', () => {
    const before = JSON.stringify(
      ask('ik voel me eenzaam').results.map((hit) => [hit.id, hit.score]),
    );
    ask('xyzzy onbekendwoord deurwaader');
    const after = JSON.stringify(
      ask('ik voel me eenzaam').results.map((hit) => [hit.id, hit.score]),
    );
    expect(after).toBe(before);
  });
});
