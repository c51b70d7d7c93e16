import { describe, expect, it } from 'vitest';
import { rememberLast } from '../../src/shared/rememberLast.js';

describe('rememberLast', () => {
  it('computes once per key, again for a new key, and compares by identity', () => {
    const computed: (readonly string[])[] = [];
    const firstOf = rememberLast((list: readonly string[]) => {
      computed.push(list);
      return list[0];
    });
    const loaded = ['a', 'b'];
    expect(firstOf(loaded)).toBe('a');
    expect(firstOf(loaded)).toBe('a');
    expect(computed).toEqual([loaded]);
    // A reload brings a new list, even one with the same entries: computed again.
    const reloaded = ['a', 'b'];
    expect(firstOf(reloaded)).toBe('a');
    expect(computed).toHaveLength(2);
    expect(computed[1]).toBe(reloaded);
    // Only the last key is kept: the first list again is a new key.
    expect(firstOf(['c'])).toBe('c');
    expect(firstOf(loaded)).toBe('a');
    expect(computed).toHaveLength(4);
  });

  it('remembers an undefined value as a value', () => {
    let calls = 0;
    const none = rememberLast((_list: readonly string[]) => {
      calls += 1;
      return undefined;
    });
    const list: readonly string[] = [];
    expect(none(list)).toBeUndefined();
    expect(none(list)).toBeUndefined();
    expect(calls).toBe(1);
  });
});
