import { stadsdeelSchema, type Stadsdeel } from '../../src/cases/case.js';
import { extractFirstMessageFacts } from '../../src/conversation/firstMessage.js';
import { foldReply } from '../../src/conversation/matchText.js';
import type { KnowledgePort } from '../ports.js';

/** Where the resident lives, as far as routing and search need it. */
export type AreaAnswer =
  | { readonly kind: 'area'; readonly wijk: string | null; readonly stadsdeel: Stadsdeel | null }
  | { readonly kind: 'outside' }
  | { readonly kind: 'unknown' };

function asStadsdeel(id: string): Stadsdeel | null {
  const parsed = stadsdeelSchema.safeParse(id);
  return parsed.success ? parsed.data : null;
}

/** A postcode (only its four digits are used), a wijk name or a stadsdeel name. */
export function resolveArea(knowledge: KnowledgePort, text: string): AreaAnswer {
  const postcode = /(?<![0-9])([1-9][0-9]{3})(?:\s?[A-Za-z]{2})?(?![0-9])/.exec(text)?.[1];
  if (postcode !== undefined) {
    const found = knowledge.lookupPostcode(postcode);
    if (found === 'outside-enschede') return { kind: 'outside' };
    if (found === 'unknown') return { kind: 'unknown' };
    return { kind: 'area', wijk: found.wijk, stadsdeel: asStadsdeel(found.stadsdeelId) };
  }
  const wijken = knowledge.wijken();
  const named = extractFirstMessageFacts(
    text,
    wijken.map((wijk) => wijk.naam),
  ).wijk;
  const wijk = wijken.find((candidate) => candidate.naam === named);
  if (wijk !== undefined)
    return { kind: 'area', wijk: wijk.naam, stadsdeel: asStadsdeel(wijk.stadsdeelId) };
  const folded = foldReply(text).replace(/^(?:stadsdeel|in|wijk)\s+/, '');
  const stadsdeel = asStadsdeel(folded);
  if (stadsdeel !== null) return { kind: 'area', wijk: null, stadsdeel };
  return { kind: 'unknown' };
}

/** Encodes an area for a question result (question results are strings). */
export function encodeArea(answer: AreaAnswer): string {
  return JSON.stringify(answer);
}

export function decodeArea(value: string): AreaAnswer {
  try {
    const parsed: unknown = JSON.parse(value);
    if (parsed !== null && typeof parsed === 'object' && 'kind' in parsed) {
      const kind = (parsed as { kind: unknown }).kind;
      if (kind === 'outside') return { kind: 'outside' };
      if (kind === 'area') {
        const { wijk, stadsdeel } = parsed as { wijk?: unknown; stadsdeel?: unknown };
        return {
          kind: 'area',
          wijk: typeof wijk === 'string' ? wijk : null,
          stadsdeel: typeof stadsdeel === 'string' ? asStadsdeel(stadsdeel) : null,
        };
      }
    }
  } catch {
    // Not ours: treat as unknown.
  }
  return { kind: 'unknown' };
}
