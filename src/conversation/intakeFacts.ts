import { z } from 'zod';
import { ageBandSchema, forWhomSchema, slugSchema, stadsdeelSchema } from '../cases/case.js';
import { relationNameSchema } from '../understanding/personWords.js';

/**
 * What the intake has learned in this conversation. It lives in the conversation state (so every
 * dialog, "wat weet je van mij" and the handover read the same facts) and is validated when read.
 * The exact age is only used to search and never leaves the conversation; the case gets the band.
 */

export const triedKinds = ['self', 'network', 'already_help', 'nothing'] as const;
export const triedKindSchema = z.enum(triedKinds);
export type TriedKind = z.infer<typeof triedKindSchema>;

/**
 * The questions of the intake, in the order the bot asks what it does not know yet
 * (dialogs/intake/questions/, ADR 0014). `settled` lists those answered or skipped, so none is
 * asked twice; a known value settles a question too.
 */
export const questionIds = ['topic', 'forWhom', 'age', 'where', 'tried'] as const;
export const questionIdSchema = z.enum(questionIds);
export type QuestionId = z.infer<typeof questionIdSchema>;

const ageSchema = z.number().int().min(0).max(120);

/** Ages a message named before it was clear whose age the intake needs ("ik ben 70", "mijn zoon van 15"). */
export const mentionedAgesSchema = z.object({
  self: ageSchema.nullable(),
  subject: ageSchema.nullable(),
  unknown: ageSchema.nullable(),
});
export type MentionedAges = z.infer<typeof mentionedAgesSchema>;

export const intakeFactsSchema = z.object({
  /**
   * The resident's own words, one entry per question asked in this conversation. Identifiers
   * (BSN, IBAN, phone numbers, e-mail addresses) are masked before they are stored here.
   */
  questions: z.array(z.string().max(4000)).max(10),
  /** The resident's own correction of the summary (masked), which replaces the questions when set. */
  summaryOverride: z.string().max(4000).nullable(),
  /** True when masking took something out of the resident's words: the summary says so. */
  masked: z.boolean(),
  levensgebieden: z.array(slugSchema).max(20),
  /** Levensgebieden the search saw in the question, most likely first: what the bot offers. */
  topicGuess: z.array(slugSchema).max(20),
  forWhom: forWhomSchema.nullable(),
  /** "Voor iemand voor wie ik zorg": the resident is a mantelzorger. */
  caresFor: z.boolean(),
  /** The person `forWhom` names ("moeder"), for "Hoe oud is uw moeder?"; absent when unnamed. */
  relation: relationNameSchema.optional(),
  age: ageSchema.nullable(),
  ageBand: ageBandSchema.nullable(),
  mentionedAges: mentionedAgesSchema.nullable(),
  wijk: z.string().max(100).nullable(),
  stadsdeel: stadsdeelSchema.nullable(),
  /** A town or postcode of another gemeente the resident named ("Hengelo", "7550"). */
  outside: z.string().max(60).nullable(),
  tried: triedKindSchema.nullable(),
  /** What the resident typed about what they tried (masked), when it was not one of the buttons. */
  triedText: z.string().max(2000),
  settled: z.array(questionIdSchema).max(questionIds.length),
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
    masked: false,
    levensgebieden: [],
    topicGuess: [],
    forWhom: null,
    caresFor: false,
    age: null,
    ageBand: null,
    mentionedAges: null,
    wijk: null,
    stadsdeel: null,
    outside: null,
    tried: null,
    triedText: '',
    settled: [],
    shown: [],
    visitIds: [],
  };
}

export function isSettled(facts: IntakeFacts, id: QuestionId): boolean {
  return facts.settled.includes(id);
}

export function settle(facts: IntakeFacts, id: QuestionId): IntakeFacts {
  return isSettled(facts, id) ? facts : { ...facts, settled: [...facts.settled, id] };
}

/** Opens a question again, for "Aanpassen" or a new question in the same conversation. */
export function unsettle(facts: IntakeFacts, id: QuestionId): IntakeFacts {
  return { ...facts, settled: facts.settled.filter((settled) => settled !== id) };
}

/**
 * A new question in the same conversation: the topic starts again; who it is for, the age, the
 * wijk and what was tried stay (the resident said those already, and hearing "Heeft u al iets
 * geprobeerd?" twice in one conversation is one question too many).
 */
export function factsForNextQuestion(facts: IntakeFacts): IntakeFacts {
  return {
    ...unsettle(facts, 'topic'),
    summaryOverride: null,
    levensgebieden: [],
    topicGuess: [],
  };
}

/**
 * A next question about someone else than the last one ("en voor mijn buurvrouw van 80?"): who
 * it is for and the age open again, so the message fills them in (or they are asked) and the
 * search uses that person's age, not the age the first question gave.
 */
export function factsForAnotherPerson(facts: IntakeFacts): IntakeFacts {
  const { relation: _relation, ...rest } = facts;
  return {
    ...rest,
    forWhom: null,
    caresFor: false,
    age: null,
    ageBand: null,
    mentionedAges: null,
    settled: facts.settled.filter((id) => id !== 'forWhom' && id !== 'age'),
  };
}
