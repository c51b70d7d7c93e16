import { describe, expect, it } from 'vitest';
import { relationIn } from '../../src/conversation/firstMessage.js';
import { relationNameIn } from '../../src/conversation/relationNames.js';
import { relationNames, relationOf, relationWord } from '../../src/understanding/personWords.js';

describe('the one table of words for a person', () => {
  it('names every person the age question knows by their own word, for the same forWhom', () => {
    for (const name of relationNames) {
      const entry = relationWord(name);
      expect(entry?.name, name).toBe(name);
      expect(relationNameIn(`voor mijn ${name}`, entry?.forWhom)).toBe(name);
    }
  });

  it('gives forWhom, the name, or neither, as the intake and the first message read them', () => {
    expect(relationNameIn('my mum', 'ouder')).toBe('moeder');
    expect(relationNameIn('mijn ouders')).toBeUndefined();
    expect(relationNameIn('mijn moeder', 'partner')).toBeUndefined();
    expect(relationIn('een collega')).toBe('ander');
    // Friends answer "Voor wie?", but are no relation the first message's patterns look for.
    expect(relationOf('vriendin')).toBeUndefined();
    expect(relationOf('buren')).toBe('buur');
  });
});
