/**
 * Durations, phone numbers and links as Dutch readers expect them on cards. Dates and times come
 * from src/shared/gemeenteTime.ts.
 */

export interface Elapsed {
  readonly unit: 'justNow' | 'minutes' | 'hours' | 'days';
  readonly amount: number;
}

/** Time between two moments in the largest whole unit: 59 minutes, 2 hours, 3 days. */
export function elapsed(from: Date, to: Date): Elapsed {
  const minutes = Math.floor((to.getTime() - from.getTime()) / 60_000);
  if (minutes < 1) return { unit: 'justNow', amount: 0 };
  if (minutes < 60) return { unit: 'minutes', amount: minutes };
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return { unit: 'hours', amount: hours };
  return { unit: 'days', amount: Math.floor(hours / 24) };
}

/** A Dutch phone number as people read it: 06 12345678, 053 481 1234; others unchanged. */
export function formatPhoneNumber(phone: string): string {
  if (/^06\d{8}$/.test(phone)) return `06 ${phone.slice(2)}`;
  if (/^0\d{9}$/.test(phone)) return `${phone.slice(0, 3)} ${phone.slice(3, 6)} ${phone.slice(6)}`;
  return phone;
}

/** A `tel:` link in international form, which every phone dials: 053… becomes +3153…. */
export function telUrl(phone: string): string {
  const digits = phone.replace(/[^\d+]/g, '');
  return `tel:${digits.startsWith('0') ? `+31${digits.slice(1)}` : digits}`;
}
