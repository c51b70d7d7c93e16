import { describe, expect, it } from 'vitest';
import { digestSets } from '../../scripts/safety/assessDigest.js';
import { languageShownIn, nextLanguage } from '../../src/understanding/language.js';
import { assessSafety } from '../../src/safety/assessSafety.js';
import { normalise } from '../../src/safety/normalise.js';
import { safetyLanguage } from '../../src/safety/safetyLanguage.js';

describe('safetyLanguage', () => {
  it('answers a short English crisis message in English, even in a Dutch conversation', () => {
    expect(safetyLanguage('my husband hits me', 'nl')).toBe('en');
    expect(safetyLanguage("it's all too much", 'nl')).toBe('en');
    expect(safetyLanguage('someone is in my house', 'nl')).toBe('en');
    // Short calls for help that the conversation's detector leaves undecided.
    expect(safetyLanguage('call an ambulance now', 'nl')).toBe('en');
    expect(safetyLanguage('my leg is bleeding badly', 'nl')).toBe('en');
    expect(safetyLanguage('er moet een ambulance komen', 'en')).toBe('nl');
  });

  it('keeps Dutch for Dutch, and the conversation language when a message says nothing', () => {
    expect(safetyLanguage('mijn man slaat me', 'en')).toBe('nl');
    expect(safetyLanguage('help', 'en')).toBe('en');
    expect(safetyLanguage('help', 'nl')).toBe('nl');
    expect(safetyLanguage('7544', 'nl')).toBe('nl');
  });

  it('answers English crisis messages the detector leaves undecided or reads as Dutch in English', () => {
    // The shared detector reads "die" as Dutch and leaves these short messages undecided.
    expect(safetyLanguage('i just wanna die', 'nl')).toBe('en');
    expect(safetyLanguage('my toddler is choking', 'nl')).toBe('en');
    expect(safetyLanguage('please come now', 'nl')).toBe('en');
    expect(safetyLanguage('ive been cutting again', 'nl')).toBe('en');
    // Dutch stays Dutch, also with an English word in it or "help" beside a Dutch word.
    expect(safetyLanguage('die rekeningen zijn echt killing', 'nl')).toBe('nl');
    expect(safetyLanguage('help snel', 'nl')).toBe('nl');
    expect(safetyLanguage('vuur in de keuken, help', 'nl')).toBe('nl');
  });

  it('keeps the conversation language for a short answer in the other language', () => {
    expect(safetyLanguage('ja', 'en')).toBe('en');
    expect(safetyLanguage('yes', 'nl')).toBe('nl');
  });
});

describe('the language read once per turn', () => {
  it('takes what the caller already read in the text instead of reading it again', () => {
    // Read here, the words are Dutch; told that the detector found nothing, the conversation's
    // language stands (only English-only words could change it).
    expect(safetyLanguage('mijn man slaat me', 'en', normalise('mijn man slaat me'), null)).toBe(
      'en',
    );
    expect(safetyLanguage('help', 'nl', 'help', 'en')).toBe('en');
  });

  it('gives every train and dev message the same assessment either way, in both languages', () => {
    const sets = new Set(['corpus train', 'corpus dev']);
    const texts = digestSets()
      .filter(([name]) => sets.has(name))
      .flatMap(([, set]) => set);
    expect(texts.length).toBeGreaterThan(1000);
    for (const current of ['nl', 'en'] as const) {
      for (const text of texts) {
        // As the conversation guard called it before (the check read the text itself), and now.
        const before = assessSafety(text, { language: nextLanguage(current, text) });
        const textLanguage = languageShownIn(text) ?? null;
        const now = assessSafety(text, { language: textLanguage ?? current, textLanguage });
        expect(now, text).toEqual(before);
      }
    }
  });
});
