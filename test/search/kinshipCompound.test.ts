import { beforeAll, describe, expect, it } from 'vitest';
import { analyseQuery } from '../../src/search/queryAnalysis.js';
import { search } from '../../src/search/search.js';
import { buildSearchIndex, type SearchIndex } from '../../src/search/searchIndex.js';
import { loadCatalogueAt } from './fixtureIndex.js';

/**
 * A compound whose whole is another person than its head keeps its own meaning (ADR 0013,
 * amendment session 24, grandchild24): "kleinzoon" is split into klein + zoon, but a
 * grandchild is not the resident's own son, so the phrases that say "my own child" ("mijn zoon",
 * "mijn dochter", "mijn kinderen", "my kids") do not match its part. A compound that is still the
 * resident's own child ("puberzoon") keeps them. Over the Enschede knowledge; phrasings written
 * for this test.
 */
const TODAY = '2026-12-01';
let index: SearchIndex;

beforeAll(async () => {
  index = buildSearchIndex(await loadCatalogueAt('knowledge', TODAY));
});

/** The "my own child" phrases (synonyms of the term kind) the question matches. */
const ownChildPhrases = (text: string): string[] =>
  analyseQuery(index.internals, text)
    .phraseMatches.filter(
      (match) => match.phrase.source.kind === 'synonym' && match.phrase.source.term === 'kind',
    )
    .map((match) => match.phrase.text);

describe('a grandchild is not the resident’s own child', () => {
  it.each([
    'ik ga sinds kort met mijn kleinzoon naar de kinderboerderij en wil zelf ook vaker naar buiten',
    'mijn kleindochter logeert vaak bij ons, ik zoek voor mezelf een koor',
    'ik pas twee dagen per week op mijn kleinkind en mis de tijd voor mijn eigen hobby',
    'sinds mijn kleinkinderen verhuisd zijn ben ik vaak alleen thuis',
    'my grandchild moved abroad and now I am lonely in the evenings',
    'my grandchildren hardly come by anymore, where do people my age get together',
  ])('"%s" matches no own-child phrase', (text) => {
    expect(ownChildPhrases(text)).toEqual([]);
  });

  it('still reads a son or a compound that is the resident’s own child as a child', () => {
    expect(ownChildPhrases('mijn zoon van negen is erg druk op school')).toContain('mijn zoon');
    expect(ownChildPhrases('mijn puberzoon komt zijn bed niet meer uit')).toContain('mijn zoon');
  });

  it('a grandmother of 74 who wants to exercise does not get parenting help explained as her son', () => {
    const { results } = search(index, {
      text: 'ik ben 74 en wil weer in beweging komen, mijn kleinzoon van 10 doet aan judo',
      age: 74,
      audience: 'resident',
      today: TODAY,
      top: 5,
    });
    expect(results.map((hit) => hit.why).join('\n')).not.toContain('mijn zoon');
  });
});
