import { createHmac } from 'node:crypto';
import { z } from 'zod';

/**
 * E-mail addresses of partner colleagues are personal data: they are compared in a normalised
 * form, shown masked in logs and the change log ("m***@alifa.nl"), and kept in server-side
 * records only as a keyed hash (so a leaked record file does not list who works where).
 */

export const emailAddressSchema = z
  .string()
  .trim()
  .max(254)
  .pipe(z.email())
  .transform((value) => value.toLowerCase());

/** Lower case and trimmed: how addresses are compared (beheerders.yaml may use capitals). */
export function normaliseEmail(value: string): string {
  return value.trim().toLowerCase();
}

/** First letter and the domain: enough for the redactie to recognise a colleague, not to mail them. */
export function maskEmail(value: string): string {
  const address = normaliseEmail(value);
  const at = address.lastIndexOf('@');
  if (at < 1) return '***';
  return `${address.slice(0, 1)}***@${address.slice(at + 1)}`;
}

/** A keyed hash of the normalised address: stable per installation, useless without the key. */
export function emailKey(value: string, secret: Uint8Array): string {
  return createHmac('sha256', secret)
    .update(`wijkwijzer-partner:${normaliseEmail(value)}`)
    .digest('base64url')
    .slice(0, 32);
}
