import { describe, expect, it } from 'vitest';
import { elapsed, formatPhoneNumber, telUrl } from '../../src/cards/format.js';

describe('card formatting', () => {
  it('gives waiting time in the largest whole unit', () => {
    const from = new Date('2026-12-03T09:00:00Z');
    const at = (minutes: number) => new Date(from.getTime() + minutes * 60_000);
    expect(elapsed(from, at(0.5))).toEqual({ unit: 'justNow', amount: 0 });
    expect(elapsed(from, at(59))).toEqual({ unit: 'minutes', amount: 59 });
    expect(elapsed(from, at(60))).toEqual({ unit: 'hours', amount: 1 });
    expect(elapsed(from, at(3 * 24 * 60 + 5))).toEqual({ unit: 'days', amount: 3 });
  });

  it('writes phone numbers as people read them and dials them internationally', () => {
    expect(formatPhoneNumber('0612345678')).toBe('06 12345678');
    expect(formatPhoneNumber('0534811234')).toBe('053 481 1234');
    expect(formatPhoneNumber('+4930123456')).toBe('+4930123456');
    expect(telUrl('053 481 1234')).toBe('tel:+31534811234');
    expect(telUrl('+49 30 123456')).toBe('tel:+4930123456');
  });
});
