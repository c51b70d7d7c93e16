import { z } from 'zod';
import type { ForWhom } from '../cases/case.js';
import { relationOf } from './firstMessage.js';
import { foldReply } from './matchText.js';

/**
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

/** Other words (English, informal) for the same person. */
const SYNONYMS: Readonly<Record<string, RelationName>> = {
  mama: 'moeder',
  ma: 'moeder',
  mother: 'moeder',
  mum: 'moeder',
  mom: 'moeder',
  papa: 'vader',
  pa: 'vader',
  father: 'vader',
  dad: 'vader',
  son: 'zoon',
  daughter: 'dochter',
  child: 'kind',
  echtgenoot: 'man',
  husband: 'man',
  echtgenote: 'vrouw',
  wife: 'vrouw',
  grandfather: 'opa',
  grandpa: 'opa',
  grandmother: 'oma',
  grandma: 'oma',
  brother: 'broer',
  sister: 'zus',
  zuster: 'zus',
  uncle: 'oom',
  aunt: 'tante',
  kleinzoon: 'kleinkind',
  kleindochter: 'kleinkind',
  friend: 'vriend',
};

const NAMES: ReadonlySet<string> = new Set(relationNames);

function nameOf(word: string): RelationName | undefined {
  return NAMES.has(word) ? (word as RelationName) : SYNONYMS[word];
}

/**
 * The first person named in the text who fits `forWhom` (when given): "voor mijn moeder" → moeder.
 * Undefined when the text names nobody one can ask an age of.
 */
export function relationNameIn(text: string, forWhom?: ForWhom): RelationName | undefined {
  for (const word of foldReply(text).split(' ')) {
    const name = nameOf(word);
    if (name === undefined) continue;
    const category = relationOf(word) ?? 'ander';
    if (forWhom === undefined || forWhom === category) return name;
  }
  return undefined;
}
