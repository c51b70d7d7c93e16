import { describe, expect, it } from 'vitest';
import { crisisLines, displayHost, isCrisisLineCheckDue } from '../../src/safety/crisisLines.js';

const clockAt = (iso: string) => ({ now: () => new Date(iso) });

describe('crisisLines', () => {
  it('holds the exact public numbers from inventory.md §1', () => {
    expect(crisisLines.danger.phone).toEqual({ shown: '112', tel: 'tel:112', free: true });
    expect(crisisLines.suicide.phone).toEqual({
      shown: '0800-0113',
      tel: 'tel:08000113',
      free: true,
    });
    expect(crisisLines.suicide.otherPhones).toEqual([
      { shown: '113', tel: 'tel:113', free: false },
    ]);
    expect(crisisLines.abuse.phone).toEqual({
      shown: '0800-2000',
      tel: 'tel:08002000',
      free: true,
    });
    expect(crisisLines.suicide.web).toBe('https://www.113.nl');
    expect(crisisLines.abuse.web).toBe('https://veiligthuis.nl');
  });

  it('makes every tel: link dial exactly the digits shown', () => {
    for (const line of Object.values(crisisLines)) {
      for (const phone of [line.phone, ...line.otherPhones]) {
        expect(phone.tel).toBe(`tel:${phone.shown.replace(/\D/g, '')}`);
      }
    }
  });

  it('files each line under its own kind, open day and night', () => {
    for (const [kind, line] of Object.entries(crisisLines)) {
      expect(line.kind).toBe(kind);
      expect(line.hours).toBe('24/7');
    }
  });

  it('asks for the monthly check when it was never done or is over 31 days ago', () => {
    const now = clockAt('2026-11-23T10:00:00+01:00');
    expect(isCrisisLineCheckDue(now, null)).toBe(true);
    expect(isCrisisLineCheckDue(now, '2026-11-01')).toBe(false);
    expect(isCrisisLineCheckDue(now, '2026-10-01')).toBe(true);
    expect(isCrisisLineCheckDue(now, 'not a date')).toBe(true);
  });

  it('names a site without scheme or www', () => {
    expect(displayHost('https://www.113.nl')).toBe('113.nl');
    expect(displayHost('https://veiligthuis.nl')).toBe('veiligthuis.nl');
  });
});
