import { z } from 'zod';
import { WijkwijzerError } from '../shared/errors.js';
import type { Language } from '../understanding/language.js';

/**
 * A search request from outside the process (a batch file line, a future HTTP route): the text,
 * and optionally a postcode, an age and the text's language ("nl" or "en", as an understanding
 * pass decided it; without it the search detects it); other fields (such as an expected answer in
 * an evaluation file) are ignored. Validated here, at the edge; `search` trusts its input.
 */
export const searchRequestSchema = z.object({
  text: z.string().max(4000),
  postcode: z.union([z.string().max(10), z.int().min(1000).max(9999)]).optional(),
  age: z.int().min(0).max(120).optional(),
  language: z.enum(['nl', 'en'] as const satisfies readonly Language[]).optional(),
});
export type SearchRequest = z.output<typeof searchRequestSchema>;

/** Parses a request from outside; throws WW-5001 (with the number of problems, not the text). */
export function parseSearchRequest(input: unknown): SearchRequest {
  const parsed = searchRequestSchema.safeParse(input);
  if (!parsed.success) {
    throw new WijkwijzerError('WW-5001', { detail: { issues: parsed.error.issues.length } });
  }
  return parsed.data;
}
