import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sortedIndexOf } from '../../src/shared/sortedIndexOf.js';

describe('sortedIndexOf', () => {
  it('finds every value of a sorted array at its position and says −1 for any other', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: -1000, max: 1000 })),
        fc.integer({ min: -1100, max: 1100 }),
        (values, probe) => {
          const sorted = Int32Array.from([...values].sort((a, b) => a - b));
          sorted.forEach((value, index) => expect(sortedIndexOf(sorted, value)).toBe(index));
          expect(sortedIndexOf(sorted, probe)).toBe(sorted.indexOf(probe));
        },
      ),
    );
  });

  it('says −1 on an empty array', () => {
    expect(sortedIndexOf(new Int32Array(0), 3)).toBe(-1);
  });
});
