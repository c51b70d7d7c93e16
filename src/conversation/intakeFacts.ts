import { z } from 'zod';
import { ageBandSchema, forWhomSchema, slugSchema, stadsdeelSchema } from '../cases/case.js';

/**
 * What the intake has learned in this conversation. It lives in the conversation state (so every
 * dialog, "wat weet je van mij" and the handover read the same facts) and is validated when read.
 * The exact age is only used to search and never leaves the conversation; the case gets the band.
 */

export const triedKinds = ['self', 'network', 'already_help', 'nothing'] as const;
export const triedKindSchema = z.enum(triedKinds);
export type TriedKind = z.infer<typeof triedKindSchema>;

export const intakeFactsSchema = z.object({
  /** The resident's own words, one entry per question asked in this conversation. */
  questions: z.array(z.string().max(4000)).max(10),
  /** The resident's own correction of the summary, which replaces the questions when set. */
  summaryOverride: z.string().max(4000).nullable(),
  levensgebieden: z.array(slugSchema).max(20),
  forWhom: forWhomSchema.nullable(),
  /** "Voor iemand voor wie ik zorg": the resident is a mantelzorger. */
  caresFor: z.boolean(),
  age: z.number().int().min(0).max(120).nullable(),
  ageBand: ageBandSchema.nullable(),
  ageAsked: z.boolean(),
  wijk: z.string().max(100).nullable(),
  stadsdeel: stadsdeelSchema.nullable(),
  whereAsked: z.boolean(),
  tried: triedKindSchema.nullable(),
  /** What the resident typed about what they tried, when it was not one of the buttons. */
  triedText: z.string().max(2000),
  triedAsked: z.boolean(),
  /** Ids of the voorzieningen shown, so the wijkteam does not offer them again. */
  shown: z.array(z.string().min(1).max(120)).max(100),
  /** Visits recorded in this conversation (resident memory ids). */
  visitIds: z.array(z.string().min(1).max(60)).max(10),
});
export type IntakeFacts = z.infer<typeof intakeFactsSchema>;

export function emptyIntakeFacts(): IntakeFacts {
  return {
    questions: [],
    summaryOverride: null,
    levensgebieden: [],
    forWhom: null,
    caresFor: false,
    age: null,
    ageBand: null,
    ageAsked: false,
    wijk: null,
    stadsdeel: null,
    whereAsked: false,
    tried: null,
    triedText: '',
    triedAsked: false,
    shown: [],
    visitIds: [],
  };
}

export function parseIntakeFacts(stored: unknown): IntakeFacts {
  const parsed = intakeFactsSchema.safeParse(stored);
  return parsed.success ? parsed.data : emptyIntakeFacts();
}

/**
 * A new question in the same conversation: the topic and what was tried start again; who it is
 * for, the age and the wijk stay (the resident said those already).
 */
export function factsForNextQuestion(facts: IntakeFacts): IntakeFacts {
  return {
    ...facts,
    summaryOverride: null,
    levensgebieden: [],
    tried: null,
    triedText: '',
    triedAsked: false,
  };
}
