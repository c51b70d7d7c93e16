/**
 * Ages written as words ("mijn zoon van vier", "mijn vierjarige dochter", "my toddler is two",
 * "mijn vader is zesentachtig"), turned into digits where the first message's patterns
 * (./firstMessage.ts) look for an age of a named person, so the intake does not ask again what the
 * resident already said (ADR 0013, session 13, "the conversation's gap by cause"). Only 2 to 99:
 * "een" / "one" is an article or a pronoun far more often than an age ("mijn zoon van een
 * vriend"). Only after a relation word and "van" / "is" / "of" / "aged", or before "jarige" /
 * "year old"; never "van drie hoog" (the neighbour on the third floor). Hand-written: a number
 * parser for two languages' words below a hundred is a few tables, and no library the project uses
 * reads Dutch number words.
 */

const DUTCH_UNITS: Readonly<Record<string, number>> = {
  een: 1,
  twee: 2,
  drie: 3,
  vier: 4,
  vijf: 5,
  zes: 6,
  zeven: 7,
  acht: 8,
  negen: 9,
};
const DUTCH_TEENS: Readonly<Record<string, number>> = {
  tien: 10,
  elf: 11,
  twaalf: 12,
  dertien: 13,
  veertien: 14,
  vijftien: 15,
  zestien: 16,
  zeventien: 17,
  achttien: 18,
  negentien: 19,
};
const DUTCH_TENS: Readonly<Record<string, number>> = {
  twintig: 20,
  dertig: 30,
  veertig: 40,
  vijftig: 50,
  zestig: 60,
  zeventig: 70,
  tachtig: 80,
  negentig: 90,
};
const ENGLISH_UNITS: Readonly<Record<string, number>> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
};
const ENGLISH_TEENS: Readonly<Record<string, number>> = {
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
};
const ENGLISH_TENS: Readonly<Record<string, number>> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};

const alternation = (table: Readonly<Record<string, number>>) =>
  Object.keys(table)
    .sort((a, b) => b.length - a.length)
    .join('|');

/** "zesentachtig", "tweeëntwintig" (folded: "tweeentwintig"), "zestien", "vier". */
const DUTCH = `(?:(?:${alternation(DUTCH_UNITS)})(?:en|ën)(?:${alternation(DUTCH_TENS)})|${alternation(DUTCH_TENS)}|${alternation(DUTCH_TEENS)}|${alternation(DUTCH_UNITS)})`;
/** "eighty six", "eighty-six", "sixteen", "two". */
const ENGLISH = `(?:(?:${alternation(ENGLISH_TENS)})(?:[ -](?:${alternation(ENGLISH_UNITS)}))?|${alternation(ENGLISH_TEENS)}|${alternation(ENGLISH_UNITS)})`;
const NUMBER = `(?:${DUTCH}|${ENGLISH})`;

const DUTCH_COMPOUND = new RegExp(
  `^(?:(${alternation(DUTCH_UNITS)})(?:en|ën))?(${alternation(DUTCH_TENS)})$`,
);
const ENGLISH_COMPOUND = new RegExp(
  `^(${alternation(ENGLISH_TENS)})(?:[ -](${alternation(ENGLISH_UNITS)}))?$`,
);

/** The value of a number word of NUMBER, or undefined. */
function numberWordValue(word: string): number | undefined {
  const dutch = DUTCH_COMPOUND.exec(word);
  if (dutch !== null) {
    return (DUTCH_TENS[dutch[2] ?? ''] ?? 0) + (DUTCH_UNITS[dutch[1] ?? ''] ?? 0);
  }
  const english = ENGLISH_COMPOUND.exec(word);
  if (english !== null) {
    return (ENGLISH_TENS[english[1] ?? ''] ?? 0) + (ENGLISH_UNITS[english[2] ?? ''] ?? 0);
  }
  return DUTCH_TEENS[word] ?? DUTCH_UNITS[word] ?? ENGLISH_TEENS[word] ?? ENGLISH_UNITS[word];
}

/**
 * Not an age in years: "de buurman van drie hoog", "van twee deuren verder", "is drie keer
 * gevallen", "een baby van vier maanden".
 */
const NOT_AN_AGE =
  '(?! hoog| deuren| huizen| verder| keer| kinderen| maanden| weken| dagen| children| times| doors| months| weeks| days)';

const BEFORE_JARIGE = new RegExp(`\\b(${DUTCH})[ -]?(jarige)\\b`, 'g');
const BEFORE_YEAR_OLD = new RegExp(`\\b(${ENGLISH})[ -](year[ -]old)\\b`, 'g');

/** Built once per alternation of relation words (one per process in practice), not per message. */
const afterRelationPatterns = new Map<string, RegExp>();
function afterRelationPattern(relations: string): RegExp {
  let pattern = afterRelationPatterns.get(relations);
  if (pattern === undefined) {
    pattern = new RegExp(
      `\\b((?:${relations}) (?:van|of|aged|is|wordt|is now) )(${NUMBER})\\b${NOT_AN_AGE}`,
      'g',
    );
    afterRelationPatterns.set(relations, pattern);
  }
  return pattern;
}

/**
 * The text with an age in words after a relation word turned into digits: `relations` is the
 * alternation of the relation words the caller's patterns read ("zoon|dochter|…").
 */
export function withAgesInDigits(text: string, relations: string): string {
  const digitsOf = (word: string): string => {
    const value = numberWordValue(word);
    return value === undefined || value < 2 ? word : String(value);
  };
  return text
    .replace(afterRelationPattern(relations), (_, before: string, word: string) => {
      return `${before}${digitsOf(word)}`;
    })
    .replace(BEFORE_JARIGE, (whole, word: string, jarige: string) => {
      const digits = digitsOf(word);
      return digits === word ? whole : `${digits} ${jarige}`;
    })
    .replace(BEFORE_YEAR_OLD, (whole, word: string, yearOld: string) => {
      const digits = digitsOf(word);
      return digits === word ? whole : `${digits} ${yearOld}`;
    });
}
