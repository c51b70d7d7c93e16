import { describe, expect, it } from 'vitest';
import { dutchDate } from '../../src/shared/gemeenteTime.js';
import {
  addWorkingDays,
  calendarDayAsDate,
  isDutchPublicHoliday,
  isWorkingDay,
} from '../../src/cases/workingDays.js';

describe('working days', () => {
  it.each([
    // Monday + 3 = Thursday.
    ['2026-03-02T09:00:00Z', 3, { year: 2026, month: 3, day: 5 }],
    // Friday + 3 = Wednesday.
    ['2026-03-06T15:00:00Z', 3, { year: 2026, month: 3, day: 11 }],
    // Saturday counts from the next Monday.
    ['2026-03-07T10:00:00Z', 1, { year: 2026, month: 3, day: 9 }],
    // Friday 23:30 UTC is already Saturday in Amsterdam.
    ['2026-03-06T23:30:00Z', 1, { year: 2026, month: 3, day: 9 }],
    // Christmas 2026: Thu 24 Dec + 1 skips 25 (Fri), weekend, 28 is Monday.
    ['2026-12-24T09:00:00Z', 1, { year: 2026, month: 12, day: 28 }],
    // Easter 2026 is 5 April: Tweede Paasdag 6 April is skipped.
    ['2026-04-03T09:00:00Z', 1, { year: 2026, month: 4, day: 7 }],
  ])('%s + %i working days = %j', (from, days, expected) => {
    expect(addWorkingDays(new Date(from), days)).toEqual(expected);
  });

  it('knows the holidays on which offices close, and not the ones on which they open', () => {
    // 2026: Hemelvaart 14 May, Tweede Pinksterdag 25 May, Koningsdag Monday 27 April.
    for (const [month, day] of [
      [1, 1],
      [4, 6],
      [4, 27],
      [5, 14],
      [5, 25],
      [12, 25],
      [12, 26],
    ] as const) {
      expect(isDutchPublicHoliday({ year: 2026, month, day }), `${day}-${month}`).toBe(true);
    }
    // Goede Vrijdag and Bevrijdingsdag are working days for the gemeente.
    expect(isWorkingDay({ year: 2026, month: 4, day: 3 })).toBe(true);
    expect(isWorkingDay({ year: 2026, month: 5, day: 5 })).toBe(true);
    // Koningsdag on a Sunday moves to Saturday the 26th (2025).
    expect(isDutchPublicHoliday({ year: 2025, month: 4, day: 26 })).toBe(true);
    expect(isDutchPublicHoliday({ year: 2025, month: 4, day: 27 })).toBe(false);
  });

  it('formats as the Dutch day it is', () => {
    expect(dutchDate(calendarDayAsDate({ year: 2026, month: 3, day: 5 }))).toBe('5 maart');
  });
});
