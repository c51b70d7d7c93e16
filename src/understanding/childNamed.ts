import { withAgesInDigits } from '../conversation/ageWords.js';
import { withAgeMarksWritten, yearOldAsNoun } from '../conversation/firstMessage.js';
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
  'kleinkind',
  'kleinkinderen',
  'kleinzoon',
  'kleindochter',
  'kleinzonen',
  'kleindochters',
  'achterkleinkind',
  'achterkleinkinderen',
  'achterkleinzoon',
  'achterkleindochter',
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
  'grandchildren',
  'grandson',
  'granddaughter',
  'toddler',
  'teenager',
];
const CHILD = CHILD_WORDS.join('|');

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

/** Words for a grandchild: told of by a grandparent, most often beside the grandparent's own wish. */
const GRANDCHILD =
  /^(?:(?:achter)?klein(?:kind|kinderen|zoon|zonen|dochter|dochters)|grandchild|grandchildren|grandson|granddaughter)$/;

/** A child the words name with an age: where, and whether it is a grandchild. */
interface NamedChild {
  readonly span: AgeSpan;
  /** A stated age of a named child (`aged`), or a word that is an age itself (`word`: a baby). */
  readonly kind: 'aged' | 'word';
  /** The words before and after the child's words (punctuation gone); empty for a `word`. */
  readonly before: string;
  readonly after: string;
  readonly grandchild: boolean;
}

/** The children `text` names with an age, in the order the readers find them. */
function namedChildren(text: string): readonly NamedChild[] {
  // "16yo", "17 y/o": written out as "N year old" first (ADR 0013, session 25, facts25).
  const lowered = foldText(withAgeMarksWritten(text.toLowerCase())).replace(/['’‘`´]/g, '');
  const punctuated = withAgesInDigits(
    lowered
      .replace(/[^\p{L}\p{N}.,!?;:()]+/gu, ' ')
      .replace(/(\d)[.,](\d)/g, '$1x$2')
      .replace(/\s+/g, ' ')
      .trim(),
    CHILD,
  );
  const words = punctuated.replace(/[.,!?;:()]/g, ' ').replace(/\s+/g, ' ');
  const children: NamedChild[] = [];
  const around = (source: string, match: RegExpMatchArray) => {
    const index = match.index ?? 0;
    const plain = (part: string) => part.replace(/[.,!?;:()]/g, ' ').replace(/\s+/g, ' ');
    return {
      before: plain(source.slice(Math.max(0, index - 48), index)),
      after: plain(source.slice(index + match[0].length, index + match[0].length + 48)),
      grandchild: match[0].split(/[^a-z]+/).some((word) => GRANDCHILD.test(word)),
    };
  };
  const add = (value: number, source: string, match: RegExpMatchArray) =>
    children.push({ span: { min: value, max: value }, kind: 'aged', ...around(source, match) });
  for (const match of words.matchAll(AGED_CHILD)) {
    // "ik lees als een kind van acht": a comparison, no child named.
    if (COMPARISON.test(words.slice(Math.max(0, match.index - 12), match.index))) continue;
    for (const word of (match[1] ?? '').split(' ')) {
      if (/^\d+$/.test(word)) add(Number(word), words, match);
    }
  }
  for (const match of words.matchAll(AGED_BEFORE)) add(Number(match[1]), words, match);
  // "my 11 year old keeps skipping school": "N year old" as a noun (session 25, facts25).
  const asNoun = yearOldAsNoun(words);
  if (asNoun !== undefined) add(asNoun.age, words, asNoun.match);
  for (const match of punctuated.matchAll(AGE_IN_BRACKETS))
    add(Number(match[1]), punctuated, match);
  const baby = { kind: 'word', before: '', after: '' } as const;
  const inMonths = IN_MONTHS.exec(words);
  if (inMonths !== null) {
    children.push({ ...baby, ...around(words, inMonths), span: { min: 0, max: 1 }, kind: 'word' });
  }
  for (const [pattern, span, reads] of WORD_AGES) {
    if (pattern.test(reads === 'words' ? words : punctuated)) {
      children.push({ ...baby, span, grandchild: false });
    }
  }
  return children;
}

/** The age spans of the children `text` names with an age; empty when it names none. */
export function childAgesNamed(text: string): readonly AgeSpan[] {
  return namedChildren(text).map((child) => child.span);
}

/**
 * The resident's own wish is the need: "ik wil sporten", "ik ben 72 en zou graag…", "ik zoek iets
 * voor mezelf", "dat lijkt me ook leuk", "zelf te gaan hardlopen", "I would like to…". Not "ik wil
 * dat mijn zoon…", "ik wil mijn dochter…", "ik wil hulp voor…": those ask for someone else.
 */
const OWN_WISH = new RegExp(
  [
    '\\b(?:ik|i)(?: \\w+){0,3}? (?:wil|wilde|zou graag|zou willen|zoek iets voor mij|want|would like|d like|would love)\\b' +
      '(?! (?:graag )?(?:(?:dat|that|mijn|mn|onze|ons|hem|haar|ze|zijn|my|our|him|her|them|hulp voor|help for)\\b|iets voor (?!mezelf|mijzelf|mij\\b)|something for (?!myself)))',
    '\\bvoor (?:mezelf|mijzelf|mij zelf|mijn eigen)\\b',
    '\\b(?:for|by) myself\\b',
    '\\blijkt (?:me|mij)\\b',
    '\\bzelf (?:wil|zou|ga|te|graag)\\b',
    '\\bmyself\\b',
  ].join('|'),
);

/** The words before a child that make it the one the help is for: "voor mijn dochter van 2". */
const FOR_CHILD_BEFORE =
  /\b(?:voor|for|dat|that|help|helpen|leer|leren|meld|melden|aanmelden|inschrijven|schrijf|opgeven|geef|begeleiden|ondersteunen|sign|enrol|enroll)(?: (?:ik|we|wij|je|u|i))?(?: (?:mijn|mn|onze|ons|de|het|een|my|our|the|a))? $/;
/**
 * The words after a child (and its age) that make it the one who needs or wants something: "mijn
 * zoon van 12 wil…", "…heeft geen…", "…kan niet zwemmen", "…wordt gepest", "my son needs…".
 */
const CHILD_NEEDS_AFTER =
  /^ (?:(?:die|en|is|maar|nu|sinds|al|ook|nog|erg|echt|heel|zo) ){0,2}(?:wil|wilt|willen|wou|zou graag|heeft (?:geen|moeite|last|problemen|het (?:moeilijk|zwaar)|\w+ nodig|nodig|hulp|niks|niets)|hebben (?:geen|moeite|last|problemen|\w+ nodig|nodig)|kan (?:niet|geen|nog niet|slecht)|kunnen (?:niet|geen)|moet|moeten|zoekt|zoeken|mist|missen|durft|wordt (?:\w+ )?(?:gepest|buitengesloten|geslagen)|is (?:ziek|bang|gepest|eenzaam|verdrietig|somber|boos|druk|angstig|zwanger)|slaapt|huilt|eet (?:slecht|niet)|plast|gaat niet|zit (?:thuis|niet lekker|niet goed|in de knel)|spijbelt|needs|wants|cannot|cant|can not|has no|has trouble|is being|gets bullied|is bullied|wont)\b/;

/**
 * The age spans of the children the help may be for (ADR 0013, amendment session 24, forwhom24b):
 * of the children `text` names with an age (`childAgesNamed`), those the message says the help is
 * FOR. A child named in passing is not the person the help is for. A stated-age child counts when
 * the words ask for it ("voor mijn dochter van 2", "hoe meld ik mijn zoon van 9 aan") or it is the
 * one who needs or wants something ("mijn zoon van 12 wil…", "…heeft geen…"), or when the message
 * tells no wish of the resident's own; not when the resident's own wish is the need ("ik wil
 * sporten", "voor mezelf", "lijkt me ook leuk") and the child is told of beside it. A grandchild
 * counts only when asked for, or when it needs something and the grandparent tells no own wish. A
 * baby, baby things and a baby on the way count always, unless a grandchild is told of beside the
 * resident's own wish. The search (textReadings.ts) and the bench's age check (`ageFitsCase`)
 * both read this, so they cannot drift.
 */
export function childAgesHelpIsFor(text: string): readonly AgeSpan[] {
  const children = namedChildren(text);
  if (children.length === 0) return [];
  const ownWish = OWN_WISH.test(
    foldText(text)
      .replace(/['’‘`´]/g, '')
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim(),
  );
  const grandchildBesideWish = ownWish && children.some((child) => child.grandchild);
  return children
    .filter((child) => {
      if (child.kind === 'word') return !grandchildBesideWish;
      if (FOR_CHILD_BEFORE.test(child.before)) return true;
      const needs = CHILD_NEEDS_AFTER.test(child.after);
      if (child.grandchild) return needs && !ownWish;
      return needs || !ownWish;
    })
    .map((child) => child.span);
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
