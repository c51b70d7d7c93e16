import { describe, expect, it } from 'vitest';
import { ageOfCase, askerOfCase, readCases } from '../../bench/benchSupport.js';
import { relationIn } from '../../src/conversation/firstMessage.js';

/**
 * A bench question may say whom it is about (`for`, test/golden/README.md): the simulated
 * resident's answer to "Voor wie?" and the asker the bench searches with. Without it the text
 * decides, as before. Phrasings written for this test.
 */
describe('the optional `for` of a bench question', () => {
  const file =
    (...rows: object[]) =>
    () =>
      rows.map((row) => JSON.stringify(row)).join('\n');

  it('is read when present and left out when not', () => {
    const [withFor, without] = readCases(
      'questions.jsonl',
      file(
        { text: 'zwemles', expected: ['a'], category: 'short', age: 7, for: 'child' },
        { text: 'zwemles', expected: ['a'], category: 'short' },
      ),
    );
    expect(withFor?.for).toBe('child');
    expect(without?.for).toBeUndefined();
  });

  it('refuses a value outside self, child, parent, partner and other', () => {
    expect(() =>
      readCases(
        'questions.jsonl',
        file({ text: 'zwemles', expected: [], category: 'short', for: 'neighbour' }),
      ),
    ).toThrow();
  });

  it('decides for whom the bench searches, over what the text says', () => {
    expect(askerOfCase({ text: 'zwemles in de buurt' })).toEqual({});
    expect(askerOfCase({ text: 'zwemles in de buurt', for: 'child' })).toEqual({ forWhom: 'kind' });
    expect(askerOfCase({ text: 'ik ben 41, zoek zwemles', for: 'parent' })).toEqual({
      forWhom: 'ouder',
      ownAge: 41,
    });
    expect(askerOfCase({ text: 'voor mijn vrouw', for: 'self' }).forWhom).toBe('zelf');
    expect(askerOfCase({ text: 'iets voor mijn buurman', for: 'other' }).forWhom).toBe('ander');
  });

  it('reads an age from the text as the age of the person the file names', () => {
    // "ik ben 41," is the resident's own: not the age of the child the question is about.
    expect(ageOfCase({ text: 'ik ben 41, zoek zwemles', for: 'child' })).toBeUndefined();
    expect(ageOfCase({ text: 'ik ben 41, zoek zwemles', for: 'self' })).toBe(41);
    expect(ageOfCase({ text: 'ik ben 41, zoek zwemles', age: 9, for: 'child' })).toBe(9);
  });

  it('gives a parent and a partner answers the intake reads as that person', () => {
    expect(relationIn('Voor mijn moeder')).toBe('ouder');
    expect(relationIn('For my mother')).toBe('ouder');
    expect(relationIn('Voor mijn partner')).toBe('partner');
    expect(relationIn('For my partner')).toBe('partner');
  });
});
