import { describe, expect, it } from 'vitest';
import { splitCompound } from '../../src/search/compounds.js';
import { stemWord } from '../../src/search/stem.js';

const words = new Set([
  'schuld',
  'hulp',
  'verlening',
  'huiswerk',
  'huis',
  'werk',
  'begeleiding',
  'mantelzorg',
  'mantel',
  'zorg',
  'ondersteuning',
  'geld',
  'leven',
  'gebied',
  'lening',
]);
const stems = new Set([...words].map(stemWord));
const isPart = (part: string, last: boolean) =>
  part !== 'ver' && (words.has(part) || (last && stems.has(stemWord(part))));

describe('splitCompound', () => {
  it('splits compounds of the knowledge into their parts', () => {
    expect(splitCompound('schuldhulpverlening', isPart)).toEqual(['schuld', 'hulp', 'verlening']);
    expect(splitCompound('mantelzorgondersteuning', isPart)).toEqual([
      'mantelzorg',
      'ondersteuning',
    ]);
  });

  it('prefers the fewest parts', () => {
    expect(splitCompound('huiswerkbegeleiding', isPart)).toEqual(['huiswerk', 'begeleiding']);
  });

  it('accepts an inflected last part (geldzorgen: geld + zorgen)', () => {
    expect(splitCompound('geldzorgen', isPart)).toEqual(['geld', 'zorgen']);
  });

  it('skips a linking s (levensgebied: leven + s + gebied)', () => {
    expect(splitCompound('levensgebied', isPart)).toEqual(['leven', 'gebied']);
  });

  it('does not split words that are not made of known parts', () => {
    expect(splitCompound('eenzaamheid', isPart)).toBeUndefined();
    expect(splitCompound('verlening', isPart)).toBeUndefined();
    expect(splitCompound('geld', isPart)).toBeUndefined();
  });
});

describe('splitCompound bounds the work per word (docs/adr/0015-security-posture.md)', () => {
  const counting = () => {
    let calls = 0;
    let letters = 0;
    const check = (part: string, last: boolean) => {
      calls += 1;
      letters += part.length;
      return isPart(part, last);
    };
    return { check, work: () => ({ calls, letters }) };
  };

  it('looks up a bounded number of short parts in a long run-together word', () => {
    const { check, work } = counting();
    // Every position starts a known part, the worst case for a splitter that tries all ends.
    splitCompound('schuldhulp'.repeat(200), check);
    expect(work().calls).toBeLessThanOrEqual(3 * 64 * 32);
    expect(work().letters).toBeLessThanOrEqual(3 * 64 * 32 * 32);
  });

  it('tries parts of bounded length at every boundary of a word at the cap', () => {
    const { check, work } = counting();
    splitCompound('geldzorg'.repeat(8), check);
    // Linear in the word: at most three starts per boundary, each with at most 32 part lengths.
    expect(work().calls).toBeLessThanOrEqual(64 * 3 * 32);
    expect(work().calls).toBeGreaterThan(0);
  });

  it('still splits long real compounds and finds the same split as before', () => {
    expect(splitCompound('schuldhulpverleninghuiswerkbegeleiding', isPart)).toEqual([
      'schuld',
      'hulp',
      'verlening',
      'huiswerk',
      'begeleiding',
    ]);
  });
});
