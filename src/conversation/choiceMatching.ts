import { NO_WORDS, YES_WORDS } from '../text/answerWords.js';
import { foldReply, replyWords, withinEditDistance } from './matchText.js';

/**
 * Recognises a typed answer to a choice, so every button also works by typing: the number, the
 * word on the button, a synonym, or a word with a small typo. botbuilder's ChoicePrompt matches
 * whole tokens only ("eenzaam" does not find "Eenzaamheid"), which is why the dialogs use this.
 */

export interface ChoiceOption {
  /** What the dialog gets back: a slug, never shown. */
  readonly value: string;
  /** The text on the button. */
  readonly label: string;
  /** Other ways residents say the same, in any language the bot speaks. */
  readonly synonyms?: readonly string[];
}

export interface MatchOptions {
  /** Accept "2", "nummer 2", "de tweede". Off where a bare number means something else (an age). */
  readonly numbers?: boolean;
}

const ORDINALS: Readonly<Record<string, number>> = {
  een: 1,
  eerste: 1,
  '1e': 1,
  one: 1,
  first: 1,
  twee: 2,
  tweede: 2,
  '2e': 2,
  two: 2,
  second: 2,
  drie: 3,
  derde: 3,
  '3e': 3,
  three: 3,
  third: 3,
  vier: 4,
  vierde: 4,
  '4e': 4,
  four: 4,
  fourth: 4,
  vijf: 5,
  vijfde: 5,
  '5e': 5,
  five: 5,
  fifth: 5,
  zes: 6,
  zesde: 6,
  '6e': 6,
  six: 6,
  sixth: 6,
  zeven: 7,
  zevende: 7,
  '7e': 7,
  seven: 7,
  seventh: 7,
  acht: 8,
  achtste: 8,
  '8e': 8,
  eight: 8,
  eighth: 8,
  negen: 9,
  negende: 9,
  '9e': 9,
  nine: 9,
  ninth: 9,
  tien: 10,
  tiende: 10,
  '10e': 10,
  ten: 10,
  tenth: 10,
};

/** Words around a number that do not change it: "nummer 2", "optie 3", "de eerste", "number 1". */
const NUMBER_FILLERS = new Set([
  'nummer',
  'nr',
  'no',
  'optie',
  'keuze',
  'knop',
  'de',
  'het',
  'die',
  'number',
  'option',
  'choice',
  'the',
  'ik',
  'kies',
  'neem',
  'i',
  'choose',
  'take',
  'graag',
  'please',
]);

/** Words too common to identify a choice on their own when matching loosely. */
const LOOSE_STOP_WORDS = new Set([
  'voor',
  'mijn',
  'iets',
  'naar',
  'niet',
  'wil',
  'met',
  'van',
  'een',
  'het',
  'ik',
  'ben',
  'heb',
  'want',
  'maar',
  'ook',
  'nog',
  'wel',
  'dat',
  'die',
  'dit',
  'over',
  'with',
  'for',
  'the',
  'and',
  'someone',
  'something',
  'iemand',
  'mensen',
  'jaar',
  'years',
  'else',
  'other',
  'anders',
  // "Gezondheid en hoe u zich voelt": "hoe" in "ik weet niet hoe ik verder moet" is no topic.
  'hoe',
  'zich',
]);

/** The option a number points at (1-based), when the whole reply is a number or an ordinal. */
function byNumber(words: readonly string[], count: number): number | undefined {
  const meaningful = words.filter((word) => !NUMBER_FILLERS.has(word));
  if (meaningful.length !== 1) return undefined;
  const word = meaningful[0] ?? '';
  const number = /^\d{1,2}$/.test(word) ? Number(word) : ORDINALS[word];
  if (number === undefined || number < 1 || number > count) return undefined;
  return number - 1;
}

interface Occurrence {
  readonly option: number;
  readonly start: number;
  readonly end: number;
}

/** Where a folded phrase occurs in the folded reply as whole words. */
function occurrences(reply: string, phrase: string, option: number): Occurrence[] {
  if (phrase === '') return [];
  const found: Occurrence[] = [];
  let from = 0;
  for (;;) {
    const at = reply.indexOf(phrase, from);
    if (at < 0) return found;
    const end = at + phrase.length;
    const before = at === 0 || reply[at - 1] === ' ';
    const after = end === reply.length || reply[end] === ' ';
    if (before && after) found.push({ option, start: at, end });
    from = at + 1;
  }
}

/**
 * True when the reply is, word for word, an option's label or one of its listed synonyms: the same
 * answer as tapping that option's button ("staat er niet bij" for "Iets anders of weet ik niet").
 */
export function isPhraseOfChoice(text: string, choices: readonly ChoiceOption[]): boolean {
  const reply = foldReply(text);
  return reply !== '' && choices.some((option) => phrasesOf(option).includes(reply));
}

function phrasesOf(option: ChoiceOption): string[] {
  return [option.label, ...(option.synonyms ?? [])]
    .map(foldReply)
    .filter((phrase) => phrase !== '');
}

/**
 * The options whose phrases occur in the reply, preferring the longest overlapping phrase. More
 * than one means the reply is ambiguous ("ja nee").
 */
function byContainedPhrase(reply: string, options: readonly ChoiceOption[]): Set<number> {
  const all = options.flatMap((option, index) =>
    phrasesOf(option).flatMap((phrase) => occurrences(reply, phrase, index)),
  );
  // "klopt niet" wins over the "klopt" inside it.
  const kept = all.filter(
    (inner) =>
      !all.some(
        (outer) =>
          outer !== inner &&
          outer.start <= inner.start &&
          outer.end >= inner.end &&
          outer.end - outer.start > inner.end - inner.start,
      ),
  );
  return new Set(kept.map((occurrence) => occurrence.option));
}

function looselyEqual(typed: string, known: string): boolean {
  if (typed === known) return true;
  // eenzaam ~ eenzaamheid, schuld ~ schulden: a shared start of at least five letters.
  const shorter = typed.length <= known.length ? typed : known;
  const longer = typed.length <= known.length ? known : typed;
  if (shorter.length >= 5 && longer.startsWith(shorter)) return true;
  // One typo in a longer word: "mantelzrog", "eenzam".
  return shorter.length >= 5 && withinEditDistance(typed, known, 1);
}

/** Word-level match with stems and typos; only a clear winner counts. */
function byLooseWords(
  words: readonly string[],
  options: readonly ChoiceOption[],
): number | undefined {
  const typed = words.filter((word) => word.length >= 3 && !LOOSE_STOP_WORDS.has(word));
  if (typed.length === 0) return undefined;
  const scores = options.map((option) => {
    const known = phrasesOf(option)
      .flatMap((phrase) => phrase.split(' '))
      .filter((word) => word.length >= 3 && !LOOSE_STOP_WORDS.has(word));
    return typed.filter((word) => known.some((candidate) => looselyEqual(word, candidate))).length;
  });
  const best = Math.max(...scores);
  if (best === 0) return undefined;
  const winners = scores.filter((score) => score === best).length;
  return winners === 1 ? scores.indexOf(best) : undefined;
}

/**
 * Small words that are a whole answer on their own ("niet", "graag") but part of a sentence in a
 * longer reply: "ik kan mijn rekeningen niet betalen" answers "Klopt dat?" with more of the story,
 * not with no. As a synonym they count only in a reply of at most two words.
 */
const SENTENCE_WORDS = new Set([
  'niet',
  'not',
  'graag',
  'goed',
  'mag',
  'prima',
  'zeker',
  'please',
  'sure',
  'right',
  'correct',
  'ok',
  'oke',
  'okay',
  'fine',
]);
const SHORT_REPLY_WORDS = 2;

/**
 * "ik", "mij", "me": a whole answer on their own ("Voor mezelf", also "ik zelf", "voor mij"), but
 * nearly every sentence has one, and "me" is a possessive too ("me moeder"). Beside any other word
 * such a synonym is the last reading: "ik woon in de Roombeek" at "Voor
 * wie?" says where the resident lives, "ik zoek iets voor de buurvrouw" who it is for, and the
 * question's own reading of the sentence (its retry included) comes first.
 */
const PRONOUNS = new Set(['ik', 'mij', 'me', 'i']);

/**
 * Words that may stand beside a pronoun in a short reply that is still only the pronoun: "ik
 * zelf", "voor mij", "for me". Any other word makes the pronoun a possible possessive: "me
 * moeder" at "Voor wie?" is the resident's mother, not "Voor mezelf" (ADR 0013, session 14).
 */
const BESIDE_A_PRONOUN = new Set(['voor', 'for', 'zelf', 'alleen', 'gewoon', 'just', 'only']);

function isOnlyAPronoun(words: readonly string[]): boolean {
  return (
    words.some((word) => PRONOUNS.has(word)) &&
    words.every((word) => PRONOUNS.has(word) || BESIDE_A_PRONOUN.has(word))
  );
}

function withoutSynonyms(
  options: readonly ChoiceOption[],
  dropped: (folded: string) => boolean,
): ChoiceOption[] {
  return options.map((option) => ({
    ...option,
    synonyms: (option.synonyms ?? []).filter((phrase) => !dropped(foldReply(phrase))),
  }));
}

function withoutSentenceWords(options: readonly ChoiceOption[]): ChoiceOption[] {
  return withoutSynonyms(options, (folded) => SENTENCE_WORDS.has(folded) || PRONOUNS.has(folded));
}

/** The one option a pronoun synonym of the reply points at ("ik" → "Voor mezelf"), if one. */
function byPronoun(reply: string, options: readonly ChoiceOption[]): string | undefined {
  const pronounsOnly = options.map((option) => ({
    ...option,
    label: '',
    synonyms: (option.synonyms ?? []).filter((phrase) => PRONOUNS.has(foldReply(phrase))),
  }));
  const found = [...byContainedPhrase(reply, pronounsOnly)];
  return found.length === 1 ? options[found[0] ?? -1]?.value : undefined;
}

/** The option a typed reply picks, and how sure that reading is. */
export interface ChoiceMatch {
  readonly value: string;
  /**
   * True when only a loose word match found it in a reply longer than a short answer: a word of
   * the sentence within a typo or a stem of a word on a button ("er is van alles mis in ons huis":
   * "alles" and "geen van allen" of "Iets anders of weet ik niet"). Such a sentence is the
   * resident's own words, which the understanding pass reads first; the match is the fallback.
   */
  readonly weak: boolean;
  /**
   * True when only a pronoun synonym of a longer reply found it (`PRONOUNS`): weaker still, it
   * comes after the question's own reading, a reason to ask again included.
   */
  readonly lastResort?: boolean;
}

/** Which option a typed reply picks, or undefined when it is not clear. */
export function matchChoice(
  text: string,
  choices: readonly ChoiceOption[],
  settings: MatchOptions = {},
): string | undefined {
  return matchChoiceWithStrength(text, choices, settings)?.value;
}

/** As `matchChoice`, saying also whether the match is a weak one (see `ChoiceMatch.weak`). */
export function matchChoiceWithStrength(
  text: string,
  choices: readonly ChoiceOption[],
  settings: MatchOptions = {},
): ChoiceMatch | undefined {
  const reply = foldReply(text);
  if (reply === '' || choices.length === 0) return undefined;
  const words = reply.split(' ');
  const short = words.length <= SHORT_REPLY_WORDS;
  const pronounAlone = short && isOnlyAPronoun(words);
  // A pronoun beside another word of a short reply ("me moeder") is the last reading, as in a
  // sentence.
  const options = !short
    ? withoutSentenceWords(choices)
    : pronounAlone
      ? choices
      : withoutSynonyms(choices, (folded) => PRONOUNS.has(folded));
  const strong = (index: number | undefined): ChoiceMatch | undefined => {
    const value = index === undefined ? undefined : options[index]?.value;
    return value === undefined ? undefined : { value, weak: false };
  };
  if (settings.numbers !== false) {
    const index = byNumber(words, options.length);
    if (index !== undefined) return strong(index);
  }
  const exact = options.findIndex((option) => phrasesOf(option).includes(reply));
  if (exact >= 0) return strong(exact);
  const contained = [...byContainedPhrase(reply, options)];
  if (contained.length === 1) return strong(contained[0]);
  if (contained.length > 1) return undefined;
  const typed = replyWords(text).filter((word) => short || !SENTENCE_WORDS.has(word));
  const loose = byLooseWords(typed, options);
  const value = loose === undefined ? undefined : options[loose]?.value;
  if (value !== undefined) return { value, weak: !short };
  const pronoun = pronounAlone ? undefined : byPronoun(reply, choices);
  return pronoun === undefined ? undefined : { value: pronoun, weak: true, lastResort: true };
}

/**
 * Ways to say yes and no, in Dutch and English; dialogs add these to their yes/no buttons. The
 * one-word ones are src/text/answerWords.ts, shared with the language's short answers; beside them
 * here the phrases, the single letters, and the words that answer yes or no but do show a language
 * ("zeker", "akkoord", "agreed", "niet", "not"), so the language does not keep them.
 */
export const YES_SYNONYMS: readonly string[] = [
  ...YES_WORDS,
  'ja hoor',
  'ja graag',
  'is goed',
  'dat klopt',
  'zeker',
  'akkoord',
  'dat mag',
  'doe maar',
  'yes please',
  'agreed',
  'j',
  'y',
];

export const NO_SYNONYMS: readonly string[] = [
  ...NO_WORDS,
  'nee dank u',
  'nee dank je',
  'nee bedankt',
  'liever niet',
  'klopt niet',
  'dat klopt niet',
  'niet',
  'mag niet',
  'dat mag niet',
  'no thanks',
  'no thank you',
  'not',
  'n',
];
