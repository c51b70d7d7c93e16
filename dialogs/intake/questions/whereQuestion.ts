import { z } from 'zod';
import { stadsdeelSchema } from '../../../src/cases/case.js';
import { isSettled, settle } from '../../../src/conversation/intakeFacts.js';
import type { PlaceMention } from '../../../src/conversation/places.js';
import { stadsdeelName } from '../../../src/cases/stadsdeelLabel.js';
import { choice } from '../../prompts/choices.js';
import { textsFor } from '../../texts.js';
import type { IntakeQuestion, Recognition } from './intakeQuestion.js';

/**
 * "In welke wijk zoekt u hulp?": a wijk (with its stadsdeel, a slug of the loaded gebieden.yaml),
 * a stadsdeel, the gemeente without a wijk, or a place outside the gemeente. Recognised by src/conversation/places.ts; an answer it
 * cannot place is said back, never silently replaced by "heel Enschede" (ADR 0014, defect 3).
 */
const valueSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('wijk'),
    wijk: z.string().min(1).max(100),
    stadsdeel: stadsdeelSchema,
  }),
  z.object({ kind: z.literal('stadsdeel'), stadsdeel: stadsdeelSchema }),
  z.object({
    kind: z.literal('gemeente'),
    postcode: z
      .string()
      .regex(/^\d{4}$/)
      .nullable(),
  }),
  z.object({ kind: z.literal('outside'), place: z.string().min(1).max(60) }),
]);
type WhereValue = z.infer<typeof valueSchema>;

/** A place mention as a value; undefined for an ambiguous name or a stadsdeel we do not know. */
function valueOf(place: PlaceMention): WhereValue | undefined {
  switch (place.kind) {
    case 'wijk': {
      const stadsdeel = stadsdeelSchema.safeParse(place.stadsdeel);
      return stadsdeel.success
        ? { kind: 'wijk', wijk: place.wijk, stadsdeel: stadsdeel.data }
        : undefined;
    }
    case 'stadsdeel': {
      const stadsdeel = stadsdeelSchema.safeParse(place.stadsdeel);
      return stadsdeel.success ? { kind: 'stadsdeel', stadsdeel: stadsdeel.data } : undefined;
    }
    case 'gemeente':
      return { kind: 'gemeente', postcode: place.postcode ?? null };
    case 'outside':
      return { kind: 'outside', place: place.place };
    case 'ambiguous':
      return undefined;
  }
}

/** The resident's reply, short enough to say back ("Hengelose" → `"Hengelose" ken ik niet …`). */
function sayBack(text: string): string | undefined {
  const trimmed = text.trim().replace(/\s+/g, ' ');
  return trimmed.length > 0 && trimmed.length <= 40 && !/[0-9]{5,}|@/.test(trimmed)
    ? trimmed
    : undefined;
}

/** A reply that is only a phone number: nine or more digits with spaces, dashes or a plus. */
function looksLikePhoneNumber(text: string): boolean {
  const trimmed = text.trim();
  return /^\+?[\d\s()-]+$/.test(trimmed) && (trimmed.match(/\d/g) ?? []).length >= 9;
}

export const whereQuestion: IntakeQuestion<WhereValue> = {
  id: 'where',
  value: valueSchema,

  isKnown: (facts) =>
    facts.wijk !== null ||
    facts.stadsdeel !== null ||
    facts.outside !== null ||
    isSettled(facts, 'where'),

  ask({ language, purpose, knowledge }) {
    const texts = textsFor(language).intake.where;
    const example = knowledge.examplePostcode?.();
    return {
      // For the handover the wijk chooses the wijkteam, and the question says so.
      prompt:
        purpose === 'handover'
          ? textsFor(language).handover.where.question(example)
          : texts.question(example),
      choices: [choice('skip', texts.skip, ['overslaan', 'skip', 'weet ik niet'])],
      numbers: false,
      allowSkip: true,
      retry: texts.unknown,
      maxAttempts: 3,
      language,
    };
  },

  recognise(message, mode, { language, knowledge }): Recognition<WhereValue> {
    const texts = textsFor(language).intake.where;
    if (mode === 'mention') {
      const found = message.place === undefined ? undefined : valueOf(message.place);
      // The gemeente's own name in a message says nothing about the wijk: still ask.
      return found === undefined || found.kind === 'gemeente'
        ? undefined
        : { kind: 'value', value: found };
    }
    // Before the place: "+31 6 1234 5678" holds "1234", a postcode outside Enschede.
    if (looksLikePhoneNumber(message.text)) {
      return { kind: 'retry', message: texts.phoneNumber(knowledge.examplePostcode?.()) };
    }
    const place = message.placeAnswer;
    if (place?.kind === 'ambiguous') {
      return { kind: 'retry', message: texts.whichOf(place.wijken.join(' of ')) };
    }
    const found = place === undefined ? undefined : valueOf(place);
    if (found !== undefined) return { kind: 'value', value: found };
    const said = sayBack(message.text);
    return {
      kind: 'retry',
      message: said === undefined ? texts.unknown : texts.unknownSaid(said, knowledge.gemeente?.()),
    };
  },

  fromChoice: (picked) => (picked === 'skip' ? { kind: 'skip' } : undefined),

  apply(facts, answer) {
    const settled = settle(facts, 'where');
    if (answer.kind !== 'value') return settled;
    const value = answer.value;
    const cleared = { ...settled, wijk: null, stadsdeel: null, outside: null };
    switch (value.kind) {
      case 'wijk':
        return { ...cleared, wijk: value.wijk, stadsdeel: value.stadsdeel };
      case 'stadsdeel':
        return { ...cleared, stadsdeel: value.stadsdeel };
      case 'gemeente':
        return cleared;
      case 'outside':
        return { ...cleared, outside: value.place };
    }
  },

  confirm(answer, { language, purpose, knowledge }, mode) {
    const texts = textsFor(language).intake.where;
    const gemeente = knowledge.gemeente?.();
    // In the handover, the next message says which wijkteam gets the question, and why.
    if (purpose === 'handover' && (answer.kind !== 'value' || answer.value.kind === 'gemeente')) {
      return undefined;
    }
    if (answer.kind === 'skip') return texts.skipped(gemeente);
    if (answer.kind === 'gaveUp') return texts.gaveUp(gemeente);
    const value = answer.value;
    switch (value.kind) {
      case 'wijk':
        return mode === 'mention' ? texts.foundInMessage(value.wijk) : texts.found(value.wijk);
      case 'stadsdeel':
        return texts.stadsdeel(stadsdeelName(value.stadsdeel, knowledge.wijken()));
      case 'gemeente':
        return value.postcode === null
          ? texts.skipped(gemeente)
          : texts.postcodeWithoutWijk(value.postcode, gemeente);
      case 'outside':
        return texts.outside(value.place, gemeente);
    }
  },

  changeLabel: (language) => textsFor(language).intake.where.change,
};
