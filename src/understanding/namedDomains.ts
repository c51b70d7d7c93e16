import { tokenize } from '../text/normalise.js';
import type { LinearModel } from './linearModel.js';
import { levensgebiedOfNeed } from './needs.js';

/**
 * The levensgebieden whose own words (the need words of training/behoeften.yaml the model was
 * trained with) a message contains word for word: "probleem met mijn huis" names Wonen through
 * "huis", where the model's reading of the whole sentence is spread over several. A second, plain
 * reading for a short answer that is meant to name a topic (the list of levensgebieden); never a
 * guess about a story.
 */
interface Vocabulary {
  /** One-word need words → their levensgebieden. */
  readonly words: ReadonlyMap<string, ReadonlySet<string>>;
  /** Need words of several words, as their tokens joined by one space, with their levensgebied. */
  readonly phrases: readonly { readonly tokens: string; readonly domain: string }[];
}

const vocabularies = new WeakMap<LinearModel, Vocabulary>();

function vocabularyOf(model: LinearModel): Vocabulary {
  const cached = vocabularies.get(model);
  if (cached !== undefined) return cached;
  const words = new Map<string, Set<string>>();
  const phrases: { tokens: string; domain: string }[] = [];
  for (const [need, needWords] of Object.entries(model.vocabulary)) {
    const domain = levensgebiedOfNeed(need);
    if (domain === undefined) continue;
    for (const word of needWords) {
      const tokens = tokenize(word);
      const [only] = tokens;
      if (tokens.length === 1 && only !== undefined) {
        const domains = words.get(only) ?? new Set<string>();
        domains.add(domain);
        words.set(only, domains);
      } else if (tokens.length > 1) {
        phrases.push({ tokens: tokens.join(' '), domain });
      }
    }
  }
  const vocabulary = { words, phrases };
  vocabularies.set(model, vocabulary);
  return vocabulary;
}

/** The levensgebieden the text names by their own words, sorted; `known` filters them. */
export function namedDomains(
  text: string,
  model: LinearModel,
  known?: ReadonlySet<string>,
): readonly string[] {
  const { words, phrases } = vocabularyOf(model);
  const tokens = tokenize(text);
  const found = new Set<string>();
  for (const token of tokens) for (const domain of words.get(token) ?? []) found.add(domain);
  const spaced = ` ${tokens.join(' ')} `;
  for (const phrase of phrases) if (spaced.includes(` ${phrase.tokens} `)) found.add(phrase.domain);
  return [...found].filter((domain) => known === undefined || known.has(domain)).sort();
}
