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
