import type { ForWhom } from '../cases/case.js';
import { isPlausibleAge } from './ageBands.js';
import { foldReply } from './matchText.js';

/**
 * What a resident's own words already tell, so the intake does not ask it again (docs/adr/0010-conversation-design.md, "The flow"):
 * a postcode or wijk, an age, and for whom they ask ("voor mijn moeder"). Deliberately cautious:
 * a wrong guess would skip a question the resident must answer, a missed one only asks it.
 */
export interface FirstMessageFacts {
  /** The four digits of a postcode; letters and house numbers are never kept. */
  readonly postcode?: string;
  /** A wijk name from the list the caller gave, as written in that list. */
  readonly wijk?: string;
  readonly forWhom?: ForWhom;
  /** "ik ben 67": the resident's own age. */
  readonly selfAge?: number;
  /** "mijn zoon van 15", "mijn 15-jarige dochter": the age of the person the question is about. */
  readonly subjectAge?: number;
  /** "80 jaar" without saying whose. */
  readonly unknownAge?: number;
}

const RELATIONS: ReadonlyArray<readonly [ForWhom, readonly string[]]> = [
  [
    'kind',
    [
      'zoon',
      'zoontje',
      'dochter',
      'dochtertje',
      'kind',
      'kindje',
      'kinderen',
      'baby',
      'peuter',
      'kleuter',
      'puber',
      'tiener',
      'son',
      'daughter',
      'child',
      'children',
      'kids',
      'kid',
    ],
  ],
  [
    'ouder',
    [
      'moeder',
      'vader',
      'ouders',
      'moeder',
      'pa',
      'ma',
      'mama',
      'papa',
      'mother',
      'father',
      'mum',
      'mom',
      'dad',
      'parents',
    ],
  ],
  ['partner', ['man', 'vrouw', 'partner', 'echtgenoot', 'echtgenote', 'husband', 'wife']],
  [
    'familielid',
    [
      'broer',
      'zus',
      'zuster',
      'oma',
      'opa',
      'tante',
      'oom',
      'neef',
      'nicht',
      'kleinkind',
      'kleinzoon',
      'kleindochter',
      'schoonmoeder',
      'schoonvader',
      'brother',
      'sister',
      'grandmother',
      'grandfather',
      'grandma',
      'grandpa',
      'aunt',
      'uncle',
    ],
  ],
  [
    'buur',
    [
      'buurman',
      'buurvrouw',
      'buren',
      'buurjongen',
      'buurmeisje',
      'neighbour',
      'neighbor',
      'neighbours',
      'neighbors',
    ],
  ],
];

const RELATION_WORDS = RELATIONS.flatMap(([forWhom, words]) =>
  words.map((word) => [word, forWhom] as const),
);
const relationAlternation = RELATION_WORDS.map(([word]) => word).join('|');

/** Verbs that make the relation the subject of the question: "mijn moeder is eenzaam". */
const SUBJECT_VERBS =
  'is|heeft|kan|wil|wordt|zit|komt|moet|gaat|krijgt|woont|voelt|doet|durft|mag|has|is|cant|can|needs|wants|lives|feels|gets|was|had';

function relationOf(word: string): ForWhom | undefined {
  return RELATION_WORDS.find(([candidate]) => candidate === word)?.[1];
}

function findForWhom(folded: string): ForWhom | undefined {
  if (/\b(?:voor (?:mezelf|mijzelf|mij zelf|mij)|for (?:myself|me))\b/.test(folded)) return 'zelf';
  const forRelation = new RegExp(
    `\\b(?:voor|for) (?:mijn|m n|mn|my|onze|our) (?:\\w+ )?(${relationAlternation})\\b`,
  ).exec(folded);
  if (forRelation?.[1] !== undefined) return relationOf(forRelation[1]);
  const subject = new RegExp(
    `(?:^|\\b)(?:mijn|mn|my|onze|our) (?:\\d{1,3} jarige |\\w+ )?(${relationAlternation}) (?:van \\d{1,3} (?:jaar )?)?(?:${SUBJECT_VERBS})\\b`,
  ).exec(folded);
  if (subject?.[1] !== undefined) return relationOf(subject[1]);
  // "mijn zoon van 15 ..." or "mijn 15-jarige dochter": an age with a child is about the child.
  const aged = new RegExp(
    `\\b(?:mijn|mn|my) (?:(?:\\d{1,3}) jarige )?(${relationAlternation}) (?:van|of|aged) \\d{1,3}\\b|\\b(?:mijn|mn|my) \\d{1,3} (?:jarige|year old) (${relationAlternation})\\b`,
  ).exec(folded);
  const word = aged?.[1] ?? aged?.[2];
  return word === undefined ? undefined : relationOf(word);
}

function age(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const number = Number(value);
  return isPlausibleAge(number) ? number : undefined;
}

const AFTER_SELF_AGE = new Set([
  'jaar',
  'jr',
  'years',
  'year',
  'yrs',
  'oud',
  'old',
  'en',
  'and',
  'maar',
  'but',
  'nu',
  'now',
]);

function findSelfAge(folded: string): number | undefined {
  const match = /\b(?:ik ben|ik word|i am|im|i m)\s+(\d{1,3})(?:\s+(\w+))?/.exec(folded);
  if (match === null) return undefined;
  const next = match[2];
  if (next !== undefined && !AFTER_SELF_AGE.has(next)) return undefined;
  return age(match[1]);
}

function findSubjectAge(folded: string): number | undefined {
  const patterns = [
    new RegExp(
      `\\b(?:${relationAlternation}) (?:van|of|aged) (\\d{1,3})\\b(?! euro| eur| procent| keer| kilo| km)`,
    ),
    /\b(\d{1,3}) jarige\b/,
    /\b(\d{1,3}) year old\b/,
    new RegExp(`\\b(?:${relationAlternation}) (?:is|wordt|is now) (\\d{1,3}) (?:jaar|years)\\b`),
  ];
  for (const pattern of patterns) {
    const found = age(pattern.exec(folded)?.[1]);
    if (found !== undefined) return found;
  }
  return undefined;
}

function findUnknownAge(folded: string): number | undefined {
  return age(/\b(\d{1,3}) (?:jaar oud|jaar|years old|years)\b/.exec(folded)?.[1]);
}

/** Four digits that are a postcode: with letters, after "postcode", or in the Twente range 75xx. */
function findPostcode(text: string): string | undefined {
  const withLetters = /(?<![0-9])([1-9][0-9]{3})\s?[A-Za-z]{2}(?![A-Za-z])/.exec(text);
  if (withLetters?.[1] !== undefined) return withLetters[1];
  const afterWord = /\b(?:postcode|postal code|zip)\s*:?\s*([1-9][0-9]{3})(?![0-9])/i.exec(text);
  if (afterWord?.[1] !== undefined) return afterWord[1];
  const twente = /(?<![0-9,.€])(75[0-9]{2})(?![0-9,.])/.exec(text);
  return twente?.[1];
}

function findWijk(folded: string, wijken: readonly string[]): string | undefined {
  // Longest names first, so "Twekkelerveld Park" wins over "Twekkelerveld".
  const sorted = [...wijken].sort((a, b) => b.length - a.length);
  for (const wijk of sorted) {
    const name = foldReply(wijk);
    if (name.length < 3) continue;
    if (new RegExp(`(?:^|\\s)${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?:\\s|$)`).test(folded))
      return wijk;
  }
  return undefined;
}

export function extractFirstMessageFacts(
  text: string,
  wijken: readonly string[] = [],
): FirstMessageFacts {
  const folded = foldReply(text);
  const postcode = findPostcode(text);
  const wijk = findWijk(folded, wijken);
  const forWhom = findForWhom(folded);
  const selfAge = findSelfAge(folded);
  const subjectAge = findSubjectAge(folded);
  const unknownAge =
    selfAge === undefined && subjectAge === undefined ? findUnknownAge(folded) : undefined;
  return {
    ...(postcode === undefined ? {} : { postcode }),
    ...(wijk === undefined ? {} : { wijk }),
    ...(forWhom === undefined ? {} : { forWhom }),
    ...(selfAge === undefined ? {} : { selfAge }),
    ...(subjectAge === undefined ? {} : { subjectAge }),
    ...(unknownAge === undefined ? {} : { unknownAge }),
  };
}

/** The age that belongs to the person the question is for, if the message said it. */
export function ageFor(facts: FirstMessageFacts, forWhom: ForWhom): number | undefined {
  if (forWhom === 'zelf') return facts.selfAge ?? facts.unknownAge;
  return facts.subjectAge ?? (facts.selfAge === undefined ? facts.unknownAge : undefined);
}

/**
 * The question without the words that only say where the resident lives: "ik woon in 7544" or
 * "wij wonen in Deppenbroek" must not make the search think the question is about housing
 * ("woon" is an everyday word for the levensgebied Wonen). Only a residence phrase followed by a
 * postcode, a known wijk, "Enschede" or "de wijk" is removed, so "ik woon in een te klein huis"
 * stays a housing question.
 */
export function withoutResidence(text: string, wijken: readonly string[] = []): string {
  const names = [...wijken]
    .sort((a, b) => b.length - a.length)
    .map((name) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const place = [
    '[1-9][0-9]{3}(?:\\s?[a-z]{2})?(?![0-9a-z])',
    'enschede\\b',
    'de\\s+wijk\\b',
    ...names.map((name) => `${name}(?![\\p{L}])`),
  ].join('|');
  const residence = new RegExp(
    `\\b(?:(?:ik|wij|we|hij|zij|ze|u)\\s+(?:woon|woont|wonen)|woonachtig|i\\s+live|we\\s+live)\\s+(?:in|op|te|at)\\s+(?=${place})`,
    'giu',
  );
  return text
    .replace(residence, ' ')
    .replace(/\s{2,}/g, ' ')
    .trim();
}
