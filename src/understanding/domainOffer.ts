/**
 * Which levensgebieden the intake offers to confirm (ADR 0013, class 5). One clear levensgebied
 * is offered alone, two close ones together; a vague question ("ik zit met iets", "kunt u mij
 * helpen") or one the model cannot place gets the whole list instead of a wrong guess.
 */
export type DomainOffer =
  | { readonly kind: 'one'; readonly slug: string }
  | { readonly kind: 'two'; readonly slugs: readonly [string, string] }
  | { readonly kind: 'list' };

/** From this confidence a levensgebied is offered at all. */
export const OFFER_CONFIDENCE = 0.4;
/** A second levensgebied is offered beside the first when it is at least this close to it. */
export const SECOND_SHARE = 0.5;
/** Above this probability of "vague" no levensgebied is guessed. */
export const VAGUE_LIMIT = 0.5;

export function domainOffer(
  levensgebieden: readonly { readonly slug: string; readonly confidence: number }[],
  vague: number,
): DomainOffer {
  if (vague >= VAGUE_LIMIT) return { kind: 'list' };
  const [first, second] = levensgebieden;
  if (first === undefined || first.confidence < OFFER_CONFIDENCE) return { kind: 'list' };
  if (
    second !== undefined &&
    second.confidence >= OFFER_CONFIDENCE &&
    second.confidence >= SECOND_SHARE * first.confidence
  ) {
    return { kind: 'two', slugs: [first.slug, second.slug] };
  }
  return { kind: 'one', slug: first.slug };
}
