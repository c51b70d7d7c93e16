import type { Voorziening } from '../knowledge/catalogue.js';
import type { PhraseMatch } from './phrases.js';
import type { DomainScore } from './searchTypes.js';

/** From this confidence on, a levensgebied counts as clearly present in the question. */
export const STRONG_DOMAIN_CONFIDENCE = 0.6;
/** Levensgebieden below this confidence are not reported at all. */
export const MIN_DOMAIN_CONFIDENCE = 0.2;
/** Evidence from one everyday word of a levensgebied (eenzaam, schulden, ruzie). */
export const WORD_EVIDENCE = 0.8;
/** Evidence from a phrase of two or more words (rood staan, uit elkaar): more specific. */
export const PHRASE_EVIDENCE = 1.2;
/** Evidence the best results add for their own levensgebieden, scaled by their score share. */
export const RESULT_EVIDENCE = 0.6;
/** How many results lend their levensgebieden to the question. */
const RESULT_DEPTH = 3;

/**
 * Which levensgebieden a question touches. Evidence comes from the everyday words of each
 * levensgebied and the synonyms that name one, each word counted once, plus a little from the
 * levensgebieden of the best results. Confidence = 1 − e^(−evidence): one word gives 0.55, a
 * phrase 0.70, two words 0.80, so "strong" (≥ 0.6) needs more than one loose word.
 */
export function detectDomains(
  matches: readonly PhraseMatch[],
  results: readonly { readonly score: number; readonly voorziening: Voorziening }[],
  knownDomains: ReadonlySet<string>,
): DomainScore[] {
  const evidence = new Map<string, number>();
  // One piece of evidence per query position and domain, the strongest: "schulden" that is both a
  // domain word and a synonym must not count twice, and "buurman" counts as the person it names
  // whether it matched whole or through its part "buur".
  const strongest = new Map<string, { slug: string; amount: number }>();
  for (const match of matches) {
    const slug = match.phrase.source.levensgebied;
    if (slug === undefined || !knownDomains.has(slug)) continue;
    const key = `${slug}\u0000${match.positions.join(',')}`;
    const amount =
      (match.positions.length > 1 ? PHRASE_EVIDENCE : WORD_EVIDENCE) * (match.strength ?? 1);
    if ((strongest.get(key)?.amount ?? -1) < amount) strongest.set(key, { slug, amount });
  }
  for (const { slug, amount } of strongest.values()) {
    evidence.set(slug, (evidence.get(slug) ?? 0) + amount);
  }
  const top = results[0]?.score ?? 0;
  if (top > 0) {
    for (const result of results.slice(0, RESULT_DEPTH)) {
      const share = result.score / top;
      const domains = result.voorziening.levensgebieden;
      for (const slug of domains) {
        evidence.set(slug, (evidence.get(slug) ?? 0) + (RESULT_EVIDENCE * share) / domains.length);
      }
    }
  }
  return [...evidence.entries()]
    .map(([slug, amount]) => ({ slug, confidence: round(1 - Math.exp(-amount)) }))
    .filter((domain) => domain.confidence >= MIN_DOMAIN_CONFIDENCE)
    .sort((a, b) => b.confidence - a.confidence || (a.slug < b.slug ? -1 : 1));
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
