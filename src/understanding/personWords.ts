import { z } from 'zod';
import type { ForWhom } from '../cases/case.js';

/**
 * The words residents use for a person (ADR 0020: one table that the conversation and the search
 * both read, so the search does not depend on the conversation layer).
 *
 * The person a question is for, by the word the resident used ("mijn moeder", "my dad"), so the
 * intake can ask "Hoe oud is uw moeder?" instead of "Hoe oud is degene voor wie u zoekt?"
 * (docs/adr/0014, amendment 2026-12-02). Only people one can ask a single age of: "ouders",
 * "kinderen" and "buren" keep the neutral question. The texts live in src/i18n (intake.relations).
 */
export const relationNames = [
  'moeder',
  'vader',
  'zoon',
  'dochter',
  'kind',
  'partner',
  'man',
  'vrouw',
  'opa',
  'oma',
  'broer',
  'zus',
  'oom',
  'tante',
  'kleinkind',
  'buurman',
  'buurvrouw',
  'schoonmoeder',
  'schoonvader',
  'vriend',
  'vriendin',
] as const;
export const relationNameSchema = z.enum(relationNames);
export type RelationName = z.infer<typeof relationNameSchema>;

/**
 * Every word for a person a resident may name, in one table: whom it makes the question for
 * (`forWhom`, "mijn oma" → familielid) and, for one person one can ask a single age of, the name
 * the age question uses ("mama" → moeder); null for a group ("ouders") or a word the age question
 * does not name ("baby"). The `ander` words (friends, colleagues) answer "Voor wie?" but are not a
 * relation the first message's patterns look for (src/conversation/firstMessage.ts).
 */
const RELATION_WORDS: ReadonlyArray<
  readonly [Exclude<ForWhom, 'zelf'>, Readonly<Record<string, RelationName | null>>]
> = [
  [
    'kind',
    {
      zoon: 'zoon',
      zoontje: null,
      dochter: 'dochter',
      dochtertje: null,
      kind: 'kind',
      kindje: null,
      kinderen: null,
      baby: null,
      peuter: null,
      kleuter: null,
      puber: null,
      tiener: null,
      son: 'zoon',
      daughter: 'dochter',
      child: 'kind',
      children: null,
      kids: null,
      kid: null,
      zonen: null,
      dochters: null,
      sons: null,
      daughters: null,
      toddler: null,
      teenager: null,
    },
  ],
  [
    'ouder',
    {
      moeder: 'moeder',
      vader: 'vader',
      ouders: null,
      pa: 'vader',
      ma: 'moeder',
      mama: 'moeder',
      papa: 'vader',
      mother: 'moeder',
      father: 'vader',
      mum: 'moeder',
      mom: 'moeder',
      dad: 'vader',
      parents: null,
    },
  ],
  [
    'partner',
    {
      man: 'man',
      vrouw: 'vrouw',
      partner: 'partner',
      echtgenoot: 'man',
      echtgenote: 'vrouw',
      husband: 'man',
      wife: 'vrouw',
      boyfriend: 'vriend',
      girlfriend: 'vriendin',
    },
  ],
  [
    'familielid',
    {
      broer: 'broer',
      zus: 'zus',
      zuster: 'zus',
      oma: 'oma',
      opa: 'opa',
      tante: 'tante',
      oom: 'oom',
      neef: null,
      nicht: null,
      kleinkind: 'kleinkind',
      kleinzoon: 'kleinkind',
      kleindochter: 'kleinkind',
      kleinkinderen: null,
      kleinzonen: null,
      kleindochters: null,
      achterkleinkind: 'kleinkind',
      achterkleinzoon: 'kleinkind',
      achterkleindochter: 'kleinkind',
      achterkleinkinderen: null,
      schoonmoeder: 'schoonmoeder',
      schoonvader: 'schoonvader',
      brother: 'broer',
      sister: 'zus',
      grandmother: 'oma',
      grandfather: 'opa',
      grandma: 'oma',
      grandpa: 'opa',
      nan: 'oma',
      nana: 'oma',
      gran: 'oma',
      granny: 'oma',
      grandad: 'opa',
      granddad: 'opa',
      grandchild: 'kleinkind',
      grandson: 'kleinkind',
      granddaughter: 'kleinkind',
      grandchildren: null,
      aunt: 'tante',
      uncle: 'oom',
    },
  ],
  [
    'buur',
    {
      buurman: 'buurman',
      buurvrouw: 'buurvrouw',
      buren: null,
      buurjongen: null,
      buurmeisje: null,
      neighbour: null,
      neighbor: null,
      neighbours: null,
      neighbors: null,
    },
  ],
  [
    'ander',
    {
      vriend: 'vriend',
      vriendin: 'vriendin',
      friend: 'vriend',
      kennis: null,
      collega: null,
      colleague: null,
    },
  ],
];

/**
 * The words the table gained in session 25 (ADR 0013, facts25). The understanding model's
 * features read the first message's facts without them (`extractFirstMessageFacts(text, 'model')`),
 * as the shipped model was trained; the conversation and the search read them.
 */
export const wordsAddedInSession25: readonly string[] = [
  'zonen',
  'dochters',
  'sons',
  'daughters',
  'boyfriend',
  'girlfriend',
  'kleinkinderen',
  'kleinzonen',
  'kleindochters',
  'achterkleinkind',
  'achterkleinzoon',
  'achterkleindochter',
  'achterkleinkinderen',
  'nan',
  'nana',
  'gran',
  'granny',
  'grandad',
  'granddad',
  'grandchild',
  'grandson',
  'granddaughter',
  'grandchildren',
];

interface RelationWord {
  readonly forWhom: Exclude<ForWhom, 'zelf'>;
  readonly name: RelationName | null;
}

const BY_WORD: ReadonlyMap<string, RelationWord> = new Map(
  RELATION_WORDS.flatMap(([forWhom, words]) =>
    Object.entries(words).map(([word, name]) => [word, { forWhom, name }] as const),
  ),
);

/** What a folded word says about the person a question is for, or undefined for any other word. */
export function relationWord(word: string): RelationWord | undefined {
  return BY_WORD.get(word);
}

/** The words for family and neighbours (not `ander`): the first message's patterns look for them. */
export const familyWords: readonly string[] = [...BY_WORD]
  .filter(([, entry]) => entry.forWhom !== 'ander')
  .map(([word]) => word);

/** The relation a family or neighbour word makes the question for ("oma" → familielid). */
export function relationOf(word: string): ForWhom | undefined {
  const forWhom = relationWord(word)?.forWhom;
  return forWhom === 'ander' ? undefined : forWhom;
}
