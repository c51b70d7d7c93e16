/**
 * The gemeente's clock face: every date and time a person reads, every "which day is it", is
 * Europe/Amsterdam, whatever the server's own time zone. A case made at 00:30 on 1 January belongs
 * to the new year; a question that came in at 10:15 in Enschede says 10:15 on a server in UTC.
 */
import { residentLocales, type ResidentLanguage } from './residentLocales.js';

export const GEMEENTE_TIME_ZONE = 'Europe/Amsterdam';

// Read by code, never shown: a locale with plain two-digit parts, not a resident's locale.
const numericParts = new Intl.DateTimeFormat('en-GB', {
  timeZone: GEMEENTE_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

const longDate = new Intl.DateTimeFormat(residentLocales.nl, {
  timeZone: GEMEENTE_TIME_ZONE,
  day: 'numeric',
  month: 'long',
});

const longDateWithYear = new Intl.DateTimeFormat(residentLocales.nl, {
  timeZone: GEMEENTE_TIME_ZONE,
  day: 'numeric',
  month: 'long',
  year: 'numeric',
});

const englishLongDate = new Intl.DateTimeFormat(residentLocales.en, {
  timeZone: GEMEENTE_TIME_ZONE,
  day: 'numeric',
  month: 'long',
});

const englishLongDateWithYear = new Intl.DateTimeFormat(residentLocales.en, {
  timeZone: GEMEENTE_TIME_ZONE,
  day: 'numeric',
  month: 'long',
  year: 'numeric',
});

const shortDateTime = new Intl.DateTimeFormat('nl-NL', {
  timeZone: GEMEENTE_TIME_ZONE,
  day: 'numeric',
  month: 'short',
  hour: '2-digit',
  minute: '2-digit',
});

/** A moment as the wall clock in Enschede shows it (month 1-12). */
export interface WallClock {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
}

export function wallClock(moment: Date): WallClock {
  const parts = new Map(numericParts.formatToParts(moment).map((part) => [part.type, part.value]));
  const number = (type: Intl.DateTimeFormatPartTypes) => Number(parts.get(type) ?? 0);
  return {
    year: number('year'),
    month: number('month'),
    day: number('day'),
    hour: number('hour'),
    minute: number('minute'),
  };
}

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

/** The calendar day in Enschede as jjjj-mm-dd (the format of `gecontroleerd` and `geldig_tot`). */
export function localDate(moment: Date): string {
  const clock = wallClock(moment);
  return `${pad(clock.year, 4)}-${pad(clock.month)}-${pad(clock.day)}`;
}

/** "2026-03-02 10:00": sortable and unambiguous, for operators. */
export function localDateTime(moment: Date): string {
  const clock = wallClock(moment);
  return `${localDate(moment)} ${pad(clock.hour)}:${pad(clock.minute)}`;
}

/** "3 december", or "3 december 2026" with the year: how residents and staff read dates. */
export function dutchDate(moment: Date | string, options: { year?: boolean } = {}): string {
  const date = typeof moment === 'string' ? new Date(moment) : moment;
  return (options.year === true ? longDateWithYear : longDate).format(date);
}

/** "3 December", or "3 December 2026" with the year: for residents who write English. */
export function englishDate(moment: Date | string, options: { year?: boolean } = {}): string {
  const date = typeof moment === 'string' ? new Date(moment) : moment;
  return (options.year === true ? englishLongDateWithYear : englishLongDate).format(date);
}

/** The date as a resident reads it, in the language of their conversation. */
export function residentDate(language: ResidentLanguage): typeof dutchDate {
  return language === 'en' ? englishDate : dutchDate;
}

/** "3 dec 10:15": a moment on a card or the Casusbord. */
export function dutchDateTime(moment: Date): string {
  return shortDateTime.format(moment).replace(',', '');
}

/** A calendar date (jjjj-mm-dd, no time) as "3 december 2026". */
export function dutchCalendarDate(isoDate: string): string {
  // Noon UTC is the same calendar day in Enschede all year round.
  return dutchDate(new Date(`${isoDate}T12:00:00Z`), { year: true });
}
