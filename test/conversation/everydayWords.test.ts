import { describe, expect, it } from 'vitest';
import { isEverydayWord } from '../../src/conversation/everydayWords.js';

describe('isEverydayWord', () => {
  it('knows answer words, function words and content words, with or without a capital', () => {
    for (const word of ['Ja', 'nee', 'Oké', 'Misschien', 'graag', 'Schulden', 'Sorry', 'yes']) {
      expect(isEverydayWord(word), word).toBe(true);
    }
  });

  it('does not know first names, also names that are words too', () => {
    for (const name of ['Roos', 'Bas', 'Daan', 'Hans', 'Kim', 'Fatma', 'Mohammed', 'Sanne']) {
      expect(isEverydayWord(name), name).toBe(false);
    }
  });
});
