import type { AgeBand } from '../cases/case.js';

/**
 * Age bands instead of ages: the wijkteam needs to know whether someone is a child, young, adult
 * or older, not a date of birth (privacy by design; the bands follow the case model).
 */
export const ageBands: readonly AgeBand[] = ['0-11', '12-17', '18-26', '27-66', '67+'];

export function ageBandOf(age: number): AgeBand {
  if (age < 12) return '0-11';
  if (age < 18) return '12-17';
  if (age < 27) return '18-26';
  if (age < 67) return '27-66';
  return '67+';
}

/** An age inside the band, for search filters that take a number ("from 65" fits 67+). */
export function representativeAge(band: AgeBand): number {
  switch (band) {
    case '0-11':
      return 8;
    case '12-17':
      return 15;
    case '18-26':
      return 22;
    case '27-66':
      return 45;
    case '67+':
      return 75;
  }
}

/** Ages people type: 0 to 120. */
export function isPlausibleAge(age: number): boolean {
  return Number.isInteger(age) && age >= 0 && age <= 120;
}

/** An age as typed in answer to "Hoe oud bent u?": "45", "45 jaar", "ik ben 45", "45 years old". */
export function parseTypedAge(text: string): number | undefined {
  const match = /^\D{0,20}?(\d{1,3})\s*(?:jaar|jr|years?|yrs?)?(?:\s*oud|\s*old)?\s*\.?$/i.exec(
    text.trim(),
  );
  const age = match?.[1] === undefined ? undefined : Number(match[1]);
  return age !== undefined && isPlausibleAge(age) ? age : undefined;
}
