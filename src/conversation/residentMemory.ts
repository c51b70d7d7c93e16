import { z } from 'zod';
import { ageBandSchema, forWhomSchema, slugSchema, stadsdeelSchema } from '../cases/case.js';
import { handoverReasons } from './wijkwijzerRule.js';

/**
 * What the wijkwijzer remembers about a resident between conversations, keyed by the stable user
 * id the web chat gives each browser. Only what the wijkwijzer rule and the follow-up need: when,
 * which levensgebieden, and how it went. Never the question itself, with one exception: an
 * unfinished handover keeps its (masked) story for a few days, so the resident can continue
 * without telling it again. "Vergeet mij" erases all of it. See docs/adr/0010-conversation-design.md.
 */

export const followUpOutcomes = [
  'got_help',
  'could_not_reach',
  'did_not_qualify',
  'no_place',
] as const;
export const followUpOutcomeSchema = z.enum(followUpOutcomes);
export type FollowUpOutcome = z.infer<typeof followUpOutcomeSchema>;

/** The answer to "Helpt dit u verder?" at the end of a search. */
export const resultAnswers = ['helped', 'search_again', 'wants_person'] as const;
export const resultAnswerSchema = z.enum(resultAnswers);
export type ResultAnswer = z.infer<typeof resultAnswerSchema>;

export const visitSchema = z.object({
  id: z.string().min(1).max(60),
  at: z.iso.datetime(),
  levensgebieden: z.array(slugSchema).max(10),
  /** Null until the resident answered, or when they left before answering. */
  answer: resultAnswerSchema.nullable(),
  handedOver: z.boolean(),
  followUp: followUpOutcomeSchema.nullable(),
  followUpAskedAt: z.iso.datetime().nullable(),
  /** Ids of the voorzieningen shown, so a returning resident does not get the same list again. */
  shown: z.array(z.string().min(1).max(120)).max(20).default([]),
  /** Set when the resident came back saying it did not work ("het is me niet gelukt"). */
  notSolvedAt: z.iso.datetime().nullable().default(null),
});
export type Visit = z.infer<typeof visitSchema>;

/** The story of a handover the resident started but did not send. No contact details. */
export const pendingHandoverSchema = z.object({
  at: z.iso.datetime(),
  reason: z.enum(handoverReasons),
  summary: z.string().max(4000),
  levensgebieden: z.array(slugSchema).max(20),
  forWhom: forWhomSchema,
  caresFor: z.boolean(),
  ageBand: ageBandSchema.nullable(),
  wijk: z.string().max(100).nullable(),
  stadsdeel: stadsdeelSchema.nullable(),
  triedAlready: z.string().max(2000),
  voorzieningenShown: z.array(z.string().min(1).max(120)).max(100),
  conversationCount: z.number().int().min(1).max(1000),
});
export type PendingHandover = z.infer<typeof pendingHandoverSchema>;

export const residentMemorySchema = z.object({
  version: z.literal(1),
  /**
   * The language the resident last chose or wrote in, so the next welcome is in it too. Absent
   * until the resident changed language once: a new conversation then starts in the browser's.
   */
  language: z.enum(['nl', 'en']).optional(),
  visits: z.array(visitSchema).max(20),
  pendingHandover: pendingHandoverSchema.nullable(),
});
export type ResidentMemory = z.infer<typeof residentMemorySchema>;

/** How many visits are kept at most, newest first; older ones add nothing to the rule. */
export const MAX_VISITS = 10;
/** An unsent handover story is kept this long, then forgotten. */
export const PENDING_HANDOVER_DAYS = 7;
/** "Is het gelukt?" is asked from this long after the visit, so a reload does not trigger it. */
export const FOLLOW_UP_AFTER_HOURS = 20;

const DAY_MS = 24 * 60 * 60 * 1000;

export function emptyResidentMemory(): ResidentMemory {
  return { version: 1, visits: [], pendingHandover: null };
}

/** Reads stored memory; anything that does not parse (an older shape, tampering) starts afresh. */
export function parseResidentMemory(stored: unknown): ResidentMemory {
  const parsed = residentMemorySchema.safeParse(stored);
  return parsed.success ? parsed.data : emptyResidentMemory();
}

/** Drops what is older than the memory period (visits) or the pending period (handover story). */
export function pruneResidentMemory(
  memory: ResidentMemory,
  now: Date,
  memoryDays: number,
): ResidentMemory {
  const visitLimit = now.getTime() - memoryDays * DAY_MS;
  const pendingLimit = now.getTime() - PENDING_HANDOVER_DAYS * DAY_MS;
  const pending = memory.pendingHandover;
  return {
    version: 1,
    ...(memory.language === undefined ? {} : { language: memory.language }),
    visits: memory.visits
      .filter((visit) => Date.parse(visit.at) >= visitLimit)
      .slice(0, MAX_VISITS),
    pendingHandover: pending !== null && Date.parse(pending.at) >= pendingLimit ? pending : null,
  };
}

/** Adds a visit at the front (newest first). */
export function addVisit(memory: ResidentMemory, visit: Visit): ResidentMemory {
  return {
    ...memory,
    visits: [visit, ...memory.visits.filter((v) => v.id !== visit.id)].slice(0, MAX_VISITS),
  };
}

export function updateVisit(
  memory: ResidentMemory,
  id: string,
  change: (visit: Visit) => Visit,
): ResidentMemory {
  return {
    ...memory,
    visits: memory.visits.map((visit) => (visit.id === id ? change(visit) : visit)),
  };
}

/** Solved: the follow-up said so, or the resident said it helped and never said otherwise. */
export function isSolved(visit: Visit): boolean {
  if (visit.notSolvedAt !== null) return false;
  if (visit.followUp !== null) return visit.followUp === 'got_help';
  return visit.answer === 'helped';
}

function overlaps(a: readonly string[], b: readonly string[]): boolean {
  return a.some((slug) => b.includes(slug));
}

/**
 * The earlier visit (not this conversation's) about one of these levensgebieden that did not
 * solve the question, if any: the "returning unsolved" trigger of the wijkwijzer rule.
 */
export function unsolvedEarlierVisit(
  memory: ResidentMemory,
  levensgebieden: readonly string[],
  excludeIds: readonly string[] = [],
): Visit | undefined {
  return memory.visits.find(
    (visit) =>
      !excludeIds.includes(visit.id) &&
      !visit.handedOver &&
      overlaps(visit.levensgebieden, levensgebieden) &&
      !isSolved(visit),
  );
}

/** How many earlier visits were about one of these levensgebieden (for "1 of 2 gesprekken"). */
export function earlierConversationsAbout(
  memory: ResidentMemory,
  levensgebieden: readonly string[],
  excludeIds: readonly string[] = [],
): number {
  return memory.visits.filter(
    (visit) => !excludeIds.includes(visit.id) && overlaps(visit.levensgebieden, levensgebieden),
  ).length;
}

/**
 * The visit a resident means with "het is me niet gelukt": the newest one with a levensgebied,
 * not handed over. Undefined when they never searched here (then it is just a question).
 */
export function visitNotSolved(memory: ResidentMemory): Visit | undefined {
  return memory.visits.find((visit) => visit.levensgebieden.length > 0 && !visit.handedOver);
}

/** The newest visit to ask "Is het gelukt?" about: old enough, not asked yet, not handed over. */
export function visitForFollowUp(memory: ResidentMemory, now: Date): Visit | undefined {
  const newest = memory.visits[0];
  if (newest === undefined) return undefined;
  const old = now.getTime() - Date.parse(newest.at) >= FOLLOW_UP_AFTER_HOURS * 60 * 60 * 1000;
  const askable =
    newest.levensgebieden.length > 0 &&
    !newest.handedOver &&
    newest.followUp === null &&
    newest.followUpAskedAt === null &&
    newest.answer !== 'wants_person';
  return old && askable ? newest : undefined;
}
