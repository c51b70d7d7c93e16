import { randomBytes, randomUUID } from 'node:crypto';

/** Crockford base32 without I, L, O and U: easy to read aloud over the phone. */
const READABLE_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** A random identifier for records that nobody has to read aloud. */
export function newId(): string {
  return randomUUID();
}

/**
 * A short code a resident can read to a colleague on the phone, such as `7KQ2-M9XD`.
 * Used as the reference of an apology after a failed turn, so the log line can be found.
 */
export function newReadableCode(length = 8): string {
  const bytes = randomBytes(length);
  let code = '';
  for (let index = 0; index < length; index += 1) {
    code += READABLE_ALPHABET[(bytes[index] ?? 0) % READABLE_ALPHABET.length];
    if (index === 3 && length > 4) code += '-';
  }
  return code;
}
