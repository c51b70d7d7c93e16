import { describe, expect, it } from 'vitest';
import { firstLineRight, rightLine } from '../../scripts/safety/rightLine.js';

/** The definition the bench and the tuner count "the right line" by (docs/adr/0012-safety-net.md). */
describe('the right line', () => {
  it('asks a crisis reply for every needed line, led by a needed one or 112', () => {
    expect(rightLine('crisis', ['abuse'], ['abuse', 'danger'])).toBe(true);
    expect(rightLine('crisis', ['abuse'], ['danger', 'abuse'])).toBe(true);
    expect(rightLine('crisis', ['abuse'], ['suicide', 'abuse', 'danger'])).toBe(false);
    expect(rightLine('crisis', ['danger', 'suicide'], ['danger'])).toBe(false);
    expect(rightLine('crisis', ['danger', 'suicide'], ['danger', 'suicide'])).toBe(true);
  });

  it('asks 112 first of a crisis reply for a message that needs 112 only', () => {
    expect(rightLine('crisis', ['danger'], ['danger', 'abuse'])).toBe(true);
    expect(rightLine('crisis', ['danger'], ['suicide', 'danger'])).toBe(false);
  });

  it('asks a check only to list every needed line, since it asks before it leads', () => {
    expect(rightLine('check', ['abuse'], ['suicide', 'abuse', 'danger'])).toBe(true);
    expect(rightLine('check', ['abuse'], ['suicide', 'danger'])).toBe(false);
    // The stricter reading, reported beside it.
    expect(firstLineRight(['abuse'], ['suicide', 'abuse', 'danger'])).toBe(false);
  });
});
