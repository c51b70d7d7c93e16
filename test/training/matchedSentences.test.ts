import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../src/search/analyzer.js';
import { analyseQuery } from '../../src/search/queryAnalysis.js';
import { probeKaart } from '../../training/probeKaart.js';
import { descriptionSentences, matchedSentences } from '../../training/matchedSentences.js';

/**
 * The miss reader's sentence finder: a word of the question is shown in the sentence of the
 * description it matched in, whether the partner framed the offer as a notice or wrote it plainly,
 * and a sentence that shares no word with the question is not shown.
 */
describe('descriptionSentences', () => {
  it('splits after a full stop, a question mark or an exclamation mark', () => {
    expect(
      descriptionSentences('Mededeling aan de buurt. Heeft u hulp nodig? Kom langs!  Tot dan.'),
    ).toEqual(['Mededeling aan de buurt.', 'Heeft u hulp nodig?', 'Kom langs!', 'Tot dan.']);
  });
});

describe('matchedSentences', () => {
  const description =
    'Goedemorgen, hier is uw wekelijkse buurtbericht. Een klusser van de wijk plaatst een ' +
    'nieuwe wasmachine en sluit hem aan. Wij zijn bereikbaar op werkdagen van negen tot vijf.';

  it('names the sentence of the offer for a plain question, not the greeting or the hours', () => {
    const analyzer = createAnalyzer();
    analyzer.learn(description);
    analyzer.freeze();
    const terms = [
      { term: analyzer.analyseWord('wasmachine').stem, word: 'wasmachine' },
      { term: analyzer.analyseWord('aansluiten').stem, word: 'aansluiten' },
    ];
    expect(matchedSentences(analyzer, description, terms)).toEqual([
      {
        sentence: 'Een klusser van de wijk plaatst een nieuwe wasmachine en sluit hem aan.',
        words: ['wasmachine'],
      },
    ]);
  });

  it('names the frame sentence when a question word matched there', () => {
    const analyzer = createAnalyzer();
    analyzer.learn(description);
    analyzer.freeze();
    const terms = [{ term: analyzer.analyseWord('werkdagen').stem, word: 'werkdagen' }];
    expect(matchedSentences(analyzer, description, terms).map((m) => m.sentence)).toEqual([
      'Wij zijn bereikbaar op werkdagen van negen tot vijf.',
    ]);
  });

  it('finds the words a real index matched, on a kaart written as notices', async () => {
    const { catalogue, index } = await probeKaart('test/fixtures/kaart-smidsbroek');
    const entry = catalogue.voorziening('sb-bk-kledingkamer');
    if (entry === undefined) throw new Error('entry missing');
    const analysed = analyseQuery(index.internals, 'waar kan ik gratis schoenen uitzoeken');
    const found = matchedSentences(index.internals.analyzer, entry.omschrijving, analysed.terms);
    expect(found.length).toBeGreaterThan(0);
    expect(found.flatMap((m) => m.words)).toContain('schoenen');
    expect(found.some((m) => m.sentence.startsWith('Mededelingen'))).toBe(false);
  });
});
