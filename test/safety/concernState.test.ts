import { describe, expect, it } from 'vitest';
import {
  concernStateSchema,
  kindsToBits,
  kindsToOrder,
  orderedKinds,
} from '../../src/safety/concernState.js';

describe('the order a check showed its kinds in', () => {
  it('comes back as the check showed it', () => {
    const bits = kindsToBits(['suicide', 'abuse']);
    expect(orderedKinds(bits, kindsToOrder(['abuse', 'suicide']))).toEqual(['abuse', 'suicide']);
    const all = kindsToBits(['danger', 'suicide', 'abuse']);
    expect(orderedKinds(all, kindsToOrder(['danger', 'abuse', 'suicide']))).toEqual([
      'danger',
      'abuse',
      'suicide',
    ]);
  });

  it('falls back to urgency without an order, and never loses or adds a kind', () => {
    const bits = kindsToBits(['suicide', 'abuse']);
    expect(orderedKinds(bits)).toEqual(['suicide', 'abuse']);
    // An order that names a kind outside the check, or misses one: the check's kinds decide.
    expect(orderedKinds(bits, [0, 2])).toEqual(['abuse', 'suicide']);
  });

  it('reads stored state from before the order was kept', () => {
    const old = { concern: [0, 0, 0], pendingCheck: 6 };
    expect(concernStateSchema.parse(old)).toEqual(old);
    expect(concernStateSchema.safeParse({ ...old, checkOrder: [2, 1] }).success).toBe(true);
    expect(concernStateSchema.safeParse({ ...old, checkOrder: [3] }).success).toBe(false);
  });
});

describe('state written by a newer build', () => {
  it('is read with an unknown extra key stripped, not reset', () => {
    const known = { concern: [0.4, 0, 0.7], pendingCheck: 4, checkOrder: [2] };
    const parsed = concernStateSchema.safeParse({ ...known, checkReason: 3 });
    expect(parsed.success).toBe(true);
    expect(parsed.data).toEqual(known);
  });

  it('still refuses a known field out of range beside an unknown key', () => {
    const state = { concern: [0, 0, 0], pendingCheck: 9, checkReason: 3 };
    expect(concernStateSchema.safeParse(state).success).toBe(false);
  });
});
