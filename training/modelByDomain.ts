import type { SearchIndex } from '../src/search/searchIndex.js';

/**
 * The shipped model's reading of a text per levensgebied: the sum of the probabilities of the
 * needs of each levensgebied, in the model's label order (needs of no levensgebied left out). The
 * diagnosis scripts compare it between a message and the message without its person words.
 */
export function modelByDomain(index: SearchIndex, text: string): Map<string, number> {
  const { model, labelDomain } = index.internals.needs;
  const p = model.predict(text);
  const byDomain = new Map<string, number>();
  labelDomain.forEach((domain, label) => {
    if (domain !== undefined)
      byDomain.set(domain, (byDomain.get(domain) ?? 0) + (p[label] as number));
  });
  return byDomain;
}
