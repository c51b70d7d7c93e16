import { z } from 'zod';
import { crisisKindsByUrgency } from '../safety/crisisKind.js';
import { followUpOutcomes, resultAnswers } from '../conversation/residentMemory.js';
import { handoverReasons } from '../conversation/wijkwijzerRule.js';

/**
 * The event catalogue: every fact the wijkwijzer counts for the gemeente, defined once
 * (docs/adr/0017-insights-events-aggregates-and-anonymity.md). Each
 * event is counted per day, aggregated, with slugs and short area names only. The schemas cannot
 * carry a sentence, a user id or a conversation id, so no caller can leak a resident's words into
 * the counts. Where an event has a category (a levensgebied, an outcome), it has exactly one, so
 * the counts of a table add up to its total: the anonymity rules rely on that (ADR 0017).
 */

const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:[-_][a-z0-9]+)*$/)
  .max(40);
/** Wijk names come from knowledge/gebieden.yaml: letters, digits, spaces, hyphens, apostrophes. */
const wijkName = z
  .string()
  .min(1)
  .max(60)
  .regex(/^[\p{L}0-9' ./-]+$/u);
/** The stadsdeel slug of the loaded gebieden.yaml (any gemeente's, not a fixed list). */
const stadsdeel = slug;

/** Where the resident lives, as far as the conversation or the case knows; both optional. */
const area = { wijk: wijkName.optional(), stadsdeel: stadsdeel.optional() };

/** The levensgebied a question is counted under when it touched none we know. */
export const UNKNOWN_LEVENSGEBIED = 'onbekend';

export const handoverSteps = [
  /** The bot proposed the handover (one of the wijkwijzer-rule reasons). */
  'proposed',
  /** The resident said yes to the proposal, or asked for a person themselves. */
  'accepted',
  /** The resident said no to the proposal. */
  'declined',
  /** The resident said no at the consent question. */
  'consent_refused',
  /** The resident stopped at the summary ("Niet versturen"). */
  'cancelled',
  /** A case was created and the resident got a reference. */
  'sent',
] as const;

/** Where the resident talks to the wijkwijzer: the widget (Web Chat), Teams, anything else. */
export const channels = ['webchat', 'teams', 'overig'] as const;
export type InsightChannel = (typeof channels)[number];

/** Maps a Bot Framework channel id to the three channels the monitor tells apart. */
export function channelOf(channelId: string | undefined): InsightChannel {
  if (channelId === 'webchat' || channelId === 'directline') return 'webchat';
  if (channelId === 'msteams') return 'teams';
  return 'overig';
}

/** What became of a search: cards shown, or nothing that fits well enough. */
export const searchResults = ['shown', 'no_match'] as const;

/**
 * How a case ended in the pilot's terms (000_b8d3056d4c63618c.txt:421-422, ADR 0017), plus the
 * old "doorverwezen" that cannot be placed in one of them (ADR 0017 §4).
 */
export const pilotOutcomes = [
  'voorliggend_opgelost',
  'wijkteam_zelf_geholpen',
  'maatwerk_indicatie_nodig',
  'geen_contact',
  'ingetrokken',
  'doorverwezen_oud',
] as const;
export type PilotOutcome = (typeof pilotOutcomes)[number];

/**
 * Working days, in buckets that keep the counts small in number: 0 to 10 each, then "11+". The
 * median and "within the promise" are read from these buckets.
 */
export const workingDayBuckets = [
  '0',
  '1',
  '2',
  '3',
  '4',
  '5',
  '6',
  '7',
  '8',
  '9',
  '10',
  '11+',
] as const;
export type WorkingDayBucket = (typeof workingDayBuckets)[number];

export function workingDayBucket(days: number): WorkingDayBucket {
  const whole = Math.max(0, Math.floor(days));
  return whole > 10 ? '11+' : (String(whole) as WorkingDayBucket);
}

export const insightEventSchema = z.discriminatedUnion('kind', [
  /** A question searched in the intake, with what came of it. */
  z.strictObject({
    kind: z.literal('question'),
    /** The first levensgebied the resident confirmed, or `onbekend`. */
    levensgebied: slug,
    channel: z.enum(channels),
    language: z.enum(['nl', 'en']),
    result: z.enum(searchResults),
    ...area,
  }),
  /**
   * A crisis reply with the lines was shown; one event per kind of crisis. For the whole city only
   * (ADR 0017 §7): a crisis usually comes before the wijk is known.
   */
  z.strictObject({ kind: z.literal('crisis'), crisisKind: z.enum(crisisKindsByUrgency) }),
  /**
   * A question for the gemeente itself (ADR 0013, gemeente amendment): the wijkwijzer named the
   * gemeente's contact instead of the sociale basis. `dienst` is the id of the service in
   * knowledge/gemeentediensten.yaml, never the resident's words. For the whole city only, like a
   * crisis (ADR 0017 §7): it is answered on the first message, before the wijk is asked.
   */
  z.strictObject({ kind: z.literal('gemeente_question'), dienst: slug }),
  /**
   * A question for a care provider (ADR 0013, session 14; `soort: zorg` in
   * knowledge/gemeentediensten.yaml): the wijkwijzer gave the care reply (huisarts, tandarts,
   * fysiotherapeut) instead of the sociale basis. `dienst` is the id of that `zorg` entry in the
   * file, never the resident's words nor a kind of care read from them. City only, like a question
   * for the gemeente: it is answered on the first message, before the wijk is asked.
   */
  z.strictObject({ kind: z.literal('care_question'), dienst: slug }),
  /** A question nothing answered: the need the sociale basis may not meet (domain.md §9). */
  z.strictObject({ kind: z.literal('unmet_need'), levensgebied: slug, ...area }),
  /**
   * One word the search understood in such a question, generalised to the sociale kaart's own
   * vocabulary (a synonym's term or a levensgebied word), never the resident's own text.
   */
  z.strictObject({ kind: z.literal('unmet_term'), term: slug, ...area }),
  z.strictObject({ kind: z.literal('follow_up'), outcome: z.enum(followUpOutcomes) }),
  /** The answer to "Helpt dit u verder?", where the search was (the same area as its question). */
  z.strictObject({ kind: z.literal('helped'), answer: z.enum(resultAnswers), ...area }),
  /** The optional score after a helpful conversation. */
  z.strictObject({ kind: z.literal('score'), score: z.int().min(1).max(5) }),
  /** A step of the handover, in the area the conversation knew at that step (ADR 0017 §7). */
  z.strictObject({
    kind: z.literal('handover'),
    step: z.enum(handoverSteps),
    reason: z.enum(handoverReasons),
    ...area,
  }),
  /**
   * A voorziening was shown as a card, or was in a result the resident said helped ("chosen": the
   * card links go straight to a phone or website, so this is the nearest the bot can see).
   */
  z.strictObject({
    kind: z.literal('voorziening'),
    /** The voorziening's id in the sociale kaart (at most 60 characters there). */
    id: z
      .string()
      .regex(/^[a-z0-9]+(?:[-_][a-z0-9]+)*$/)
      .max(60),
    action: z.enum(['shown', 'chosen']),
  }),
  /** A case reached the wijkteam's list (recorded by the case repository, not the dialogs). */
  z.strictObject({
    kind: z.literal('case_created'),
    wijkteam: slug,
    levensgebied: slug,
    ...area,
  }),
  /** First claim of a case, with the working days since it arrived. */
  z.strictObject({
    kind: z.literal('case_picked_up'),
    wijkteam: slug,
    days: z.enum(workingDayBuckets),
    ...area,
  }),
  /** A case closed or withdrawn, with the pilot's outcome and working days since it arrived. */
  z.strictObject({
    kind: z.literal('case_closed'),
    wijkteam: slug,
    outcome: z.enum(pilotOutcomes),
    days: z.enum(workingDayBuckets),
    ...area,
  }),
]);
export type InsightEvent = z.infer<typeof insightEventSchema>;
export type InsightKind = InsightEvent['kind'];
export const insightKinds: readonly InsightKind[] = insightEventSchema.options.map(
  (option) => option.shape.kind.value,
);

/** Kinds the dialogs count with the area the conversation knows at that moment (ADR 0017 §7). */
export const areaKinds: ReadonlySet<InsightKind> = new Set(['helped', 'handover']);

/**
 * The area dimensions of a conversation's facts. A wijk that is not a plain area name (it comes
 * from the sociale kaart, so this should not happen) is left out rather than losing the count.
 */
export function eventArea(facts: {
  readonly wijk: string | null;
  readonly stadsdeel: string | null;
}): { wijk?: string; stadsdeel?: z.infer<typeof stadsdeel> } {
  const wijk = wijkName.safeParse(facts.wijk);
  const part = stadsdeel.safeParse(facts.stadsdeel);
  return {
    ...(wijk.success ? { wijk: wijk.data } : {}),
    ...(part.success ? { stadsdeel: part.data } : {}),
  };
}

/** The event with the conversation's area added, for the kinds that take one. */
export function withArea(event: InsightEvent, area: ReturnType<typeof eventArea>): InsightEvent {
  return areaKinds.has(event.kind) ? ({ ...event, ...area } as InsightEvent) : event;
}

/** The dimensions of an event as a flat record of strings (everything but `kind`). */
export function eventDimensions(event: InsightEvent): Record<string, string> {
  const dimensions: Record<string, string> = {};
  for (const [key, value] of Object.entries(event)) {
    if (key === 'kind' || value === undefined) continue;
    dimensions[key] = String(value);
  }
  return dimensions;
}
