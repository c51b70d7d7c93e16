/**
 * Phone numbers and e-mail addresses as residents type them, normalised for the contact details
 * (`melder`) of a case. The dialog uses these to give a plain Dutch explanation and another try.
 */
import { z } from 'zod';

/**
 * A Dutch number as ten digits starting with 0 (06…, 053…), or another country's number as + and
 * 8 to 15 digits. Spaces, dashes, dots and brackets are dropped; +31 and 0031 become 0.
 */
export function normalisePhoneNumber(input: string): string | undefined {
  const compact = input.trim().replace(/[\s.\-()]/g, '');
  const dutch = compact.replace(/^(?:\+|00)31(?:0)?/, '0');
  if (/^0[1-9]\d{8}$/.test(dutch)) return dutch;
  const international = compact.replace(/^00/, '+');
  if (/^\+[1-9]\d{7,14}$/.test(international) && !international.startsWith('+31')) {
    return international;
  }
  return undefined;
}

/** Dutch mobile numbers can receive a text message; the only way to reach someone who asks "niet bellen". */
export function isDutchMobileNumber(normalised: string): boolean {
  return /^06\d{8}$/.test(normalised);
}

/** A normalised phone number (see `normalisePhoneNumber`). */
export const phoneNumberSchema = z.string().transform((value, context) => {
  const normalised = normalisePhoneNumber(value);
  if (normalised === undefined) {
    context.issues.push({ code: 'custom', message: 'not a phone number', input: value });
    return z.NEVER;
  }
  return normalised;
});

export const emailAddressSchema = z
  .string()
  .trim()
  .max(254)
  .pipe(z.email({ error: 'not an e-mail address' }))
  .transform((value) => value.toLowerCase());

export function normaliseEmailAddress(input: string): string | undefined {
  const parsed = emailAddressSchema.safeParse(input);
  return parsed.success ? parsed.data : undefined;
}
