/**
 * Whether a message asks for a care provider (ADR 0013, session 14 and 15): a word of seeking
 * before the provider's word ("welke fysiotherapeut", "ik zoek voor mijn moeder een nieuwe
 * huisarts", "I am looking for a dentist"), or a word of needing after it ("ik heb een tandarts
 * nodig", "waar kan ik een huisarts vinden", "ik moet een nieuwe tandarts hebben"). Only small
 * words may stand between the two (articles, "nieuwe", "voor mijn zoon"): a noun between them is
 * what is sought instead, so "ik zoek een lift naar de tandarts" and "ik zoek iemand die met mij
 * naar het ziekenhuis gaat" ask for a lift and company, not for a provider. Language, not the
 * gemeente's data, so here and not in the yaml.
 */

/** Before the provider: "welke tandarts", "ik zoek een huisarts", "I need a GP". */
const SEEKING_BEFORE: ReadonlySet<string> = new Set([
  'welke',
  'welk',
  'zoek',
  'zoeken',
  'zoekt',
  'zocht',
  'vind',
  'vinden',
  'vindt',
  'which',
  'find',
  'looking',
  'search',
  'searching',
  'need',
  'needs',
]);

/** After the provider, on their own: "een tandarts nodig", "een huisarts vinden". */
const NEEDING_AFTER: ReadonlySet<string> = new Set(['nodig', 'vinden', 'zoeken', 'find']);

/** After the provider, with a modal verb before it: "ik moet een nieuwe tandarts hebben". */
const HAVING_AFTER: ReadonlySet<string> = new Set(['hebben', 'krijgen', 'have', 'get']);
const MODALS: ReadonlySet<string> = new Set([
  'moet',
  'moeten',
  'wil',
  'wilt',
  'willen',
  'zou',
  'zouden',
  'must',
  'want',
  'wants',
]);

/** Small words that may stand between the word of seeking and the provider. */
const FILLER: ReadonlySet<string> = new Set([
  'een',
  'de',
  'het',
  't',
  'a',
  'an',
  'the',
  'ik',
  'we',
  'wij',
  'u',
  'je',
  'jij',
  'i',
  'nog',
  'graag',
  'snel',
  'dringend',
  'echt',
  'wel',
  'er',
  'hier',
  'ergens',
  'naar',
  'for',
  'nieuwe',
  'nieuw',
  'andere',
  'ander',
  'goede',
  'goed',
  'vaste',
  'new',
  'another',
  'different',
  'good',
  'other',
]);

const FOR: ReadonlySet<string> = new Set(['voor', 'for']);
const PRONOUNS: ReadonlySet<string> = new Set([
  'mij',
  'me',
  'ons',
  'hem',
  'haar',
  'hen',
  'us',
  'him',
  'her',
  'them',
]);
const POSSESSIVES: ReadonlySet<string> = new Set([
  'mijn',
  'm',
  'mn',
  'onze',
  'ons',
  'zijn',
  'haar',
  'hun',
  'uw',
  'my',
  'our',
  'his',
  'her',
  'their',
]);

/** At most this many words between the word of seeking and the provider. */
const REACH = 6;

/** Whether `words` are small words only, with "voor mijn moeder" / "for us" as one group. */
function fillerOnly(words: readonly string[]): boolean {
  let i = 0;
  while (i < words.length) {
    const word = words[i] as string;
    const next = words[i + 1];
    if (FILLER.has(word)) i += 1;
    else if (FOR.has(word) && next !== undefined && POSSESSIVES.has(next) && i + 2 < words.length)
      i += 3;
    else if (FOR.has(word) && next !== undefined && PRONOUNS.has(next)) i += 2;
    else return false;
  }
  return true;
}

const ARTICLES: ReadonlySet<string> = new Set(['een', 'de', 'het', 'a', 'an', 'the']);

/**
 * Small words only, or small words and then one word right before the provider that an article
 * or the word of seeking itself opens: an adjective ("een goedkope tandarts", "welke goedkope
 * tandarts", "a cheap dentist"). A noun with words after it ("vervoer naar de tandarts") is not.
 */
function between(words: readonly string[]): boolean {
  if (fillerOnly(words)) return true;
  const before = words.at(-2);
  // Not filler only, so at least one word: the last is the adjective.
  return fillerOnly(words.slice(0, -1)) && (before === undefined || ARTICLES.has(before));
}

/** Whether a wanted word comes before `position` with only small words between them. */
function wordBefore(
  tokens: readonly string[],
  position: number,
  wanted: ReadonlySet<string>,
): boolean {
  for (let start = position - 1; start >= 0 && position - start - 1 <= REACH; start -= 1) {
    if (wanted.has(tokens[start] as string) && between(tokens.slice(start + 1, position)))
      return true;
  }
  return false;
}

function wordAfter(
  tokens: readonly string[],
  position: number,
  wanted: ReadonlySet<string>,
): boolean {
  for (let end = position + 1; end < tokens.length && end - position - 1 <= REACH; end += 1) {
    if (wanted.has(tokens[end] as string) && fillerOnly(tokens.slice(position + 1, end)))
      return true;
  }
  return false;
}

/** Whether the provider's word at one of `at` (token positions) is the thing asked for. */
export function providerSought(tokens: readonly string[], at: ReadonlySet<number>): boolean {
  for (const position of at) {
    if (wordBefore(tokens, position, SEEKING_BEFORE)) return true;
    if (wordAfter(tokens, position, NEEDING_AFTER)) return true;
    if (wordAfter(tokens, position, HAVING_AFTER) && wordBefore(tokens, position, MODALS))
      return true;
  }
  return false;
}
