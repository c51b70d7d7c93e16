import { createRequire } from 'node:module';

/**
 * Dutch present-tense verb forms in -t ("haalt", "spreekt", "verstaat", "leest") brought to their
 * infinitive ("halen", "spreken", "verstaan", "lezen"), so the stemmer gives both one stem (ADR
 * 0013, session 23, candidate A). The Porter stemmer strips -en but never the -t of a verb, and a
 * plain strip would break nouns ("buurt" is not "buren", "kast" is not "kassen").
 *
 * Which word is a verb comes from natural's Dutch part-of-speech lexicon (the Brill tagger's
 * lexicon, shipped with the natural package the stemmer comes from, about 11,700 words): a -t word
 * counts as a verb form when that lexicon reads it first as a present-tense verb, or does not know
 * it; and it is brought to an infinitive only when one formed from it is in the lexicon as an
 * infinitive. A noun the lexicon knows ("buurt", "kast", "maat": N) stays as it is.
 */
const LEXICON_PATH = 'natural/lib/natural/brill_pos_tagger/data/Dutch/brill_Lexicon.json';

interface VerbLexicon {
  /** Folded infinitives (a tag V(...,inf,...)). */
  readonly infinitives: ReadonlySet<string>;
  /** Words in -t whose first tag is not a present-tense verb form: nouns, adjectives, others. */
  readonly notVerbForms: ReadonlySet<string>;
}

let lexicon: VerbLexicon | undefined;

function loadLexicon(): VerbLexicon {
  const require = createRequire(import.meta.url);
  const tags = require(LEXICON_PATH) as Record<string, readonly string[]>;
  const infinitives = new Set<string>();
  const notVerbForms = new Set<string>();
  for (const [word, wordTags] of Object.entries(tags)) {
    if (!/^[a-z]+$/.test(word)) continue;
    if (wordTags.some((tag) => /^V\([^)]*\binf\b/.test(tag))) infinitives.add(word);
    if (word.endsWith('t') && !/^V\([^)]*\bott\b/.test(wordTags[0] ?? '')) notVerbForms.add(word);
  }
  return { infinitives, notVerbForms };
}

function verbLexicon(): VerbLexicon {
  lexicon ??= loadLexicon();
  return lexicon;
}

const LONG_VOWEL = /(aa|ee|oo|uu)([bcdfghjklmnpqrstvwxz])$/;

/** Infinitives a present-tense stem can have, most regular first. */
function infinitiveCandidates(base: string): string[] {
  const candidates = [`${base}en`];
  const long = LONG_VOWEL.exec(base);
  if (long?.[1] !== undefined && long[2] !== undefined) {
    // haal → halen, spreek → spreken; lees → lezen, leef → leven.
    const open = base.slice(0, long.index) + (long[1][0] as string);
    candidates.push(`${open}${long[2]}en`);
    if (long[2] === 's') candidates.push(`${open}zen`);
    if (long[2] === 'f') candidates.push(`${open}ven`);
  }
  // reis → reizen, schrijf → schrijven (a diphthong before the consonant).
  if (base.endsWith('s')) candidates.push(`${base.slice(0, -1)}zen`);
  if (base.endsWith('f')) candidates.push(`${base.slice(0, -1)}ven`);
  // pak → pakken, bel → bellen (a short vowel).
  const last = base.at(-1) as string;
  if (/[bcdfgklmnprstz]/.test(last) && !/[aeiou]{2}/.test(base.slice(-3, -1)))
    candidates.push(`${base}${last}en`);
  // versta → verstaan, doe → doen, zie → zien.
  if (/[aeiou]$/.test(base)) candidates.push(`${base}n`);
  return candidates;
}

/**
 * The infinitive of a folded present-tense verb form in -t, or undefined when the word is not one
 * (by the lexicon) or no infinitive of it is known. Words of three letters are left alone.
 */
export function infinitiveOf(folded: string): string | undefined {
  if (folded.length < 4 || !folded.endsWith('t') || !/^[a-z]+$/.test(folded)) return undefined;
  const { infinitives, notVerbForms } = verbLexicon();
  if (notVerbForms.has(folded)) return undefined;
  const base = folded.slice(0, -1);
  return infinitiveCandidates(base).find((candidate) => infinitives.has(candidate));
}
