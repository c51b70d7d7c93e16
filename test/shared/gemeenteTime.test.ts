import { describe, expect, it } from 'vitest';
import {
  dutchCalendarDate,
  dutchDate,
  dutchDateTime,
  englishDate,
  localDate,
  localDateTime,
  wallClock,
} from '../../src/shared/gemeenteTime.js';

describe("the gemeente's clock face", () => {
  it('reads the wall clock in Enschede, in winter and in summer time', () => {
    expect(wallClock(new Date('2026-01-15T09:30:00Z'))).toEqual({
      year: 2026,
      month: 1,
      day: 15,
      hour: 10,
      minute: 30,
    });
    expect(wallClock(new Date('2026-07-15T09:30:00Z')).hour).toBe(11);
  });

  it('puts a moment just after midnight in Enschede on the new day, and in the new year', () => {
    const newYear = new Date('2026-12-31T23:30:00Z');
    expect(localDate(newYear)).toBe('2027-01-01');
    expect(localDateTime(newYear)).toBe('2027-01-01 00:30');
    expect(dutchDate(newYear)).toBe('1 januari');
    expect(dutchDate(newYear, { year: true })).toBe('1 januari 2027');
  });

  it('writes moments for cards and calendar dates for reports', () => {
    expect(dutchDateTime(new Date('2026-07-01T08:05:00Z'))).toBe('1 jul 10:05');
    expect(dutchDate('2026-12-03T09:00:00Z')).toBe('3 december');
    expect(dutchCalendarDate('2026-03-01')).toBe('1 maart 2026');
    expect(dutchCalendarDate('2026-10-25')).toBe('25 oktober 2026');
    expect(englishDate('2026-12-03T09:00:00Z')).toBe('3 December');
  });
});
