import { describe, expect, it } from 'vitest';
import { safetyLanguage } from '../../src/safety/safetyLanguage.js';

describe('safetyLanguage', () => {
  it('answers a short English crisis message in English, even in a Dutch conversation', () => {
    expect(safetyLanguage('my husband hits me', 'nl')).toBe('en');
    expect(safetyLanguage("it's all too much", 'nl')).toBe('en');
    expect(safetyLanguage('someone is in my house', 'nl')).toBe('en');
  });

  it('keeps Dutch for Dutch, and the conversation language when a message says nothing', () => {
    expect(safetyLanguage('mijn man slaat me', 'en')).toBe('nl');
    expect(safetyLanguage('help', 'en')).toBe('en');
    expect(safetyLanguage('help', 'nl')).toBe('nl');
    expect(safetyLanguage('7544', 'nl')).toBe('nl');
  });

  it('keeps the conversation language for a short answer in the other language', () => {
    expect(safetyLanguage('ja', 'en')).toBe('en');
    expect(safetyLanguage('yes', 'nl')).toBe('nl');
  });
});
