import { beforeAll, describe, expect, it } from 'vitest';
import { analyseQuery } from '../../src/search/queryAnalysis.js';
import { isInflectionOf, isRealWord } from '../../src/search/realWords.js';
import { search } from '../../src/search/search.js';
import { buildSearchIndex, type SearchIndex } from '../../src/search/searchIndex.js';
import { FIXTURE_TODAY, loadFixtureCatalogue } from './fixtureIndex.js';

let index: SearchIndex;

beforeAll(async () => {
  index = buildSearchIndex(await loadFixtureCatalogue());
});

const wordsOf = (text: string) =>
  analyseQuery(index.internals, text).words.filter((word) => word.content);
const wordOf = (text: string, typed: string) => wordsOf(text).find((word) => word.typed === typed);
const explanations = (text: string) =>
  search(index, { text, audience: 'resident', today: FIXTURE_TODAY, top: 5 }).results.map(
    (hit) => hit.why,
  );

describe('real words: everyday Dutch and English from the word lists', () => {
  it('knows everyday words that no kaart needs to use, in both languages', () => {
    for (const word of ['gewend', 'helft', 'dronken', 'lovely', 'closed', 'groeien']) {
      expect(isRealWord(word), word).toBe(true);
    }
  });

  it('does not know a misspelt word', () => {
    for (const word of ['schlden', 'voedselbnak', 'mantelzrog', 'eenzaamhied']) {
      expect(isRealWord(word), word).toBe(false);
    }
  });

  it('reads a word with an inflection ending added as a form of it, and nothing else', () => {
    expect(isInflectionOf('durf', 'durft')).toBe(true);
    expect(isInflectionOf('maatjes', 'maatje')).toBe(true);
    expect(isInflectionOf('huishoudens', 'huishouden')).toBe(true);
    // Same beginning, another word.
    expect(isInflectionOf('jongens', 'jonge')).toBe(false);
    expect(isInflectionOf('zwarte', 'zware')).toBe(false);
    expect(isInflectionOf('helft', 'helpt')).toBe(false);
  });
});

describe('the typo corrector leaves real words alone', () => {
  it('does not turn a Dutch word the kaart does not use into a kaart word', () => {
    // Before: "gewend" was read as "geweld" and "helft" as "helpt".
    const used = wordOf('ik ben nog niet gewend in deze stad en ken hier niemand', 'gewend');
    expect(used).toMatchObject({ word: 'gewend' });
    expect(used?.status).not.toBe('corrected');
    const half = wordOf('we betalen ieder de helft van de huur maar hij betaalt niet', 'helft');
    expect(half).toMatchObject({ word: 'helft' });
    expect(half?.status).not.toBe('corrected');
  });

  it('does not read an English word as another English word the kaart lists', () => {
    // Before: "lovely" was read as "lonely", and the explanation said it meant eenzaam.
    const text = 'we had a lovely time at the club but since it closed I sit at home';
    expect(wordOf(text, 'lovely')).toMatchObject({ word: 'lovely' });
    for (const why of explanations(text)) expect(why).not.toContain('lonely');
  });

  it('shows staff no wrong reading of a real word', () => {
    for (const why of explanations('we betalen ieder de helft van de huur maar hij betaalt niet')) {
      expect(why).not.toContain('gelezen als');
    }
  });

  it('still corrects a real typo, and says so', () => {
    expect(wordOf('mijn schlden groeien me boven het hoofd', 'schlden')).toMatchObject({
      word: 'schulden',
      status: 'corrected',
    });
    expect(explanations('mag ik met twee kinderen aansluiten bij de voedselbnak')[0]).toContain(
      '"voedselbnak" (gelezen als "voedselbank")',
    );
  });

  it('still reads a real word as the kaart form of itself', () => {
    expect(isRealWord('gemeentes')).toBe(true);
    expect(
      wordOf('in welke gemeentes is er een spreekuur voor ouderen', 'gemeentes'),
    ).toMatchObject({ word: 'gemeente', status: 'corrected' });
  });
});
