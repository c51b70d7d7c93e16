import { z } from 'zod';
import { wallClock } from '../shared/gemeenteTime.js';
import { WijkwijzerError } from '../shared/errors.js';

/**
 * A case reference such as WW-2026-000123: a configurable prefix, the year in the Netherlands when
 * the case was made, and a sequence number per year. Residents read it to the wijkteam on the phone.
 */
export const caseReferenceSchema = z
  .string()
  .regex(/^[A-Z]{2,6}-\d{4}-\d{6,}$/, { error: 'not a case reference such as WW-2026-000123' });

export type CaseReference = z.infer<typeof caseReferenceSchema>;

/** The calendar year in Amsterdam: a case made at 00:30 on 1 January belongs to the new year. */
export function referenceYear(now: Date): number {
  return wallClock(now).year;
}

/** Six digits at least; the sequence simply grows a digit after 999999 in one year. */
export function formatReference(prefix: string, year: number, sequence: number): string {
  return `${prefix}-${year}-${String(sequence).padStart(6, '0')}`;
}

export interface ParsedReference {
  readonly prefix: string;
  readonly year: number;
  readonly sequence: number;
}

/** Accepts what people type (lower case, spaces around); throws WW-6010 when it is not a reference. */
export function parseReference(input: string): ParsedReference & { readonly reference: string } {
  const reference = input.trim().toUpperCase();
  const parsed = caseReferenceSchema.safeParse(reference);
  if (!parsed.success) throw new WijkwijzerError('WW-6010', { detail: { length: input.length } });
  const [prefix = '', year = '0', sequence = '0'] = reference.split('-');
  return { reference, prefix, year: Number(year), sequence: Number(sequence) };
}
