import { wallClock } from '../shared/gemeenteTime.js';

/**
 * Working days in the Netherlands, for the promise "het wijkteam neemt binnen 3 werkdagen contact
 * met u op" (HANDOVER_WORKING_DAYS). Weekends and the national holidays on which gemeente offices
 * are closed do not count: Nieuwjaarsdag, Tweede Paasdag, Koningsdag, Hemelvaartsdag, Tweede
 * Pinksterdag and both Kerstdagen. Goede Vrijdag and 5 May are not general days off and do count.
 */

export interface CalendarDay {
  readonly year: number;
  /** 1-12 */
  readonly month: number;
  readonly day: number;
}

/** The calendar day in Amsterdam of a moment. */
export function dutchCalendarDay(moment: Date): CalendarDay {
  const { year, month, day } = wallClock(moment);
  return { year, month, day };
}

/** Easter Sunday (Gregorian calendar, anonymous algorithm). */
function easterSunday(year: number): CalendarDay {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return { year, month, day };
}

function utc(day: CalendarDay): number {
  return Date.UTC(day.year, day.month - 1, day.day);
}

function fromUtc(milliseconds: number): CalendarDay {
  const date = new Date(milliseconds);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

const DAY_MS = 24 * 60 * 60 * 1000;

export function isDutchPublicHoliday(day: CalendarDay): boolean {
  const { year, month } = day;
  const key = `${month}-${day.day}`;
  if (key === '1-1' || key === '12-25' || key === '12-26') return true;
  // Koningsdag is 27 April, or the 26th when the 27th is a Sunday.
  const kingsDay = new Date(Date.UTC(year, 3, 27)).getUTCDay() === 0 ? '4-26' : '4-27';
  if (key === kingsDay) return true;
  const easter = utc(easterSunday(year));
  const moment = utc(day);
  return [1, 39, 50].some((offset) => easter + offset * DAY_MS === moment);
}

export function isWorkingDay(day: CalendarDay): boolean {
  const weekday = new Date(utc(day)).getUTCDay();
  return weekday !== 0 && weekday !== 6 && !isDutchPublicHoliday(day);
}

/**
 * The calendar day that is `days` working days after the Dutch day of `from` (that day itself does
 * not count). A handover on Friday with 3 working days is answered by Wednesday.
 */
export function addWorkingDays(from: Date, days: number): CalendarDay {
  let cursor = utc(dutchCalendarDay(from));
  let remaining = days;
  while (remaining > 0) {
    cursor += DAY_MS;
    if (isWorkingDay(fromUtc(cursor))) remaining -= 1;
  }
  return fromUtc(cursor);
}

/** A calendar day as a Date at noon UTC, which is the same day in Amsterdam, for date formatting. */
export function calendarDayAsDate(day: CalendarDay): Date {
  return new Date(utc(day) + 12 * 60 * 60 * 1000);
}
