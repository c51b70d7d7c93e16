import { describe, expect, it } from 'vitest';
import { chunks } from '../../src/shared/chunks.js';

describe('chunks', () => {
  it('slices in order, at most size each, the last one shorter', () => {
    expect(chunks([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
  });

  it('gives one slice when everything fits, none for nothing', () => {
    expect(chunks(['a', 'b'], 500)).toEqual([['a', 'b']]);
    expect(chunks([], 3)).toEqual([]);
  });
});
