import { describe, expect, it } from 'vitest';
import { isStopWord } from '../../src/search/stopWords.js';

describe('isStopWord', () => {
  it('drops function words and question filler', () => {
    for (const word of ['de', 'het', 'ik', 'zoek', 'graag', 'waar', 'the', 'my']) {
      expect(isStopWord(word), word).toBe(true);
    }
  });

  it('keeps words that carry meaning for us', () => {
    for (const word of ['alleen', 'geen', 'niet', 'meer', 'thuis', 'weinig', 'hulp', 'kind']) {
      expect(isStopWord(word), word).toBe(false);
    }
  });
});
