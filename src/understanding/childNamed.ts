import { withAgesInDigits } from '../conversation/ageWords.js';
import { foldText } from '../text/normalise.js';

/**
 * The children a message names with an age its words give (ADR 0013, amendment session 24, "whose
 * age counts when a child is named"). The intake settles one age, that of the person it asked
 * about: a young parent who answers "Voor mezelf" gives her own. When the message names a baby or
 * a child with an age ("mijn dochter van 2", "kinderen van 4, 9 en 12", "een baby van vier
 * maanden", "ik ben zwanger"), the help may be for that child, so an entry for the child's age is
 * not left out for the parent's. A child named without an age ("mijn kinderen zijn het huis uit",
 * "mijn zoon") gives none: an adult's children are no sign that the help is for a child.
 * Read from Dutch and English words for a child and for an age, never from question sets.
 */

/** An age span in whole years, both ends included. */
export interface AgeSpan {
  readonly min: number;
  readonly max: number;
}

/** Words for a child that an age may follow ("mijn dochter van 2", "de jongste is 4"). */
const CHILD_WORDS = [
  'zoon',
  'zoontje',
  'zonen',
  'dochter',
  'dochtertje',
  'dochters',
  'kind',
  'kindje',
  'kinderen',
  'kinderen',
  'kleinkind',
  'kleinkinderen',
  'kleinzoon',
  'kleindochter',
  'jongen',
  'jongens',
  'jongetje',
  'meisje',
  'meisjes',
  'meid',
  'meiden',
  'jongste',
  'oudste',
  'kleine',
  'kleintje',
  'baby',
  'babys',
  'peuter',
  'kleuter',
  'puber',
  'tiener',
  'son',
  'sons',
  'daughter',
  'daughters',
  'child',
  'children',
  'kid',
  'kids',
  'boy',
  'girl',
  'grandchild',
  'grandson',
  'granddaughter',
  'baby',
  'toddler',
  'teenager',
];
const CHILD = [...new Set(CHILD_WORDS)].join('|');

/** Not an age: money, a count, a distance, a floor ("van 3 hoog"), a time ("zijn 2 weken weg"). */
const NOT_AGE =
  '(?! euro| eur| procent| keer| kilo| km| hoog| deuren| huizen| uur| kinderen| broers| zussen| times| hours| percent| children| maanden| maand| weken| week| dagen| dag| months| month| weeks| days| day)';
/** A list of ages: "4", "4 en 7", "4 9 en 12" (the commas gone). */
const AGES = '((?:\\d{1,2}(?: (?:en|and|of|or))? )*\\d{1,2})';

/** "mijn dochter van 2", "kinderen van 4, 9 en 12", "my son is 7", "de kinderen zijn 4 en 7". */
const AGED_CHILD = new RegExp(
  `\\b(?:${CHILD}) (?:van|of|aged|is|wordt|is now|zijn|are) ${AGES}\\b${NOT_AGE}`,
  'g',
);
/** "als een kind van 8", "like a child of 8": the words before a comparison. */
const COMPARISON = /\b(?:als|zoals|like|as) (?:een |a )?$/;

/** "mijn 4 jarige dochter", "a 7 year old boy" (ages in words turned to digits first). */
const AGED_BEFORE = new RegExp(
  `\\b(\\d{1,2}) (?:jarige|year old|years old) (?:\\w+ )?(?:${CHILD})\\b`,
  'g',
);
/** "mijn zoon (12)": the age in brackets right after the child word. */
const AGE_IN_BRACKETS = new RegExp(`\\b(?:${CHILD}) ?\\((\\d{1,2})\\)`, 'g');
/** "een baby van vier maanden", "ons zoontje van 6 weken": an age in months, weeks or days. */
const IN_MONTHS = new RegExp(
  `\\b(?:${CHILD}) (?:van|of|aged) (?:\\w+ ){1,2}?(?:maanden|maand|weken|week|dagen|months|month|weeks|days)\\b`,
);

/** Words that are an age themselves, read on the words (`words`) or with the punctuation kept. */
const WORD_AGES: readonly (readonly [RegExp, AgeSpan, 'words' | 'punctuated'])[] = [
  // A baby, or baby things ("babykleertjes", "babyspullen"); not babysitting.
  [/\bbaby(?!sit|oppas|boom)\w*/, { min: 0, max: 1 }, 'words'],
  [
    /\b(?:pasgeboren\w*|newborn|zuigeling\w*|kraam(?:zorg|tijd|pakket|bed|week|visite)\w*)/,
    { min: 0, max: 1 },
    'words',
  ],
  // A baby on the way ("uitgerekend" alone is "calculated", "of all days").
  [
    /\b(?:zwanger\w*|in verwachting|pregnant|bevalling|uitgerekende datum|(?:ik ben|ben ik|ze is|zij is|is ze|is zij|we zijn|zijn we|wij zijn|zijn wij) (?:\w+ )?uitgerekend)\b/,
    { min: 0, max: 1 },
    'words',
  ],
  [/\bdreumes\w*/, { min: 1, max: 2 }, 'words'],
  [/\b(?:peuter\w*|toddler\w*)/, { min: 1, max: 3 }, 'words'],
  [/\bkleuter\w*/, { min: 4, max: 5 }, 'words'],
  // "voor de kleine", "mijn kleine is ziek", "ons kleintje": a small child; not "de kleine kamer".
  [/\bkleintje\b/, { min: 0, max: 4 }, 'words'],
  [
    /\b(?:mijn|mn|onze|ons|de) kleine(?= *(?:$|[.,!?;:]|(?:is|heeft|wil|kan|moet|gaat|zit|krijgt|slaapt|huilt|eet|drinkt|en|van|nodig)\b))/,
    { min: 0, max: 4 },
    'punctuated',
  ],
];

const CHILD_WORDS_FOR_DIGITS = [...new Set(CHILD_WORDS)].join('|');

/** The age spans of the children `text` names with an age; empty when it names none. */
export function childAgesNamed(text: string): readonly AgeSpan[] {
  const lowered = foldText(text).replace(/['’‘`´]/g, '');
  const punctuated = withAgesInDigits(
    lowered
      .replace(/[^\p{L}\p{N}.,!?;:()]+/gu, ' ')
      .replace(/(\d)[.,](\d)/g, '$1x$2')
      .replace(/\s+/g, ' ')
      .trim(),
    CHILD_WORDS_FOR_DIGITS,
  );
  const words = punctuated.replace(/[.,!?;:()]/g, ' ').replace(/\s+/g, ' ');
  const spans: AgeSpan[] = [];
  const add = (value: number) => spans.push({ min: value, max: value });
  for (const match of words.matchAll(AGED_CHILD)) {
    // "ik lees als een kind van acht": a comparison, no child named.
    if (COMPARISON.test(words.slice(Math.max(0, match.index - 12), match.index))) continue;
    for (const word of (match[1] ?? '').split(' ')) if (/^\d+$/.test(word)) add(Number(word));
  }
  for (const match of words.matchAll(AGED_BEFORE)) add(Number(match[1]));
  for (const match of punctuated.matchAll(AGE_IN_BRACKETS)) add(Number(match[1]));
  if (IN_MONTHS.test(words)) spans.push({ min: 0, max: 1 });
  for (const [pattern, span, reads] of WORD_AGES) {
    if (pattern.test(reads === 'words' ? words : punctuated)) spans.push(span);
  }
  return spans;
}

/** Whether an age range (either end open) meets one of the spans. */
export function rangeMeetsSpans(
  range: { readonly min?: number | undefined; readonly max?: number | undefined },
  spans: readonly AgeSpan[],
): boolean {
  return spans.some(
    (span) =>
      (range.min === undefined || span.max >= range.min) &&
      (range.max === undefined || span.min <= range.max),
  );
}
