import { z } from 'zod';
import { forWhomSchema, type ForWhom } from '../../../src/cases/case.js';
import { isEverydayWord } from '../../../src/conversation/everydayWords.js';
import { relationIn } from '../../../src/conversation/firstMessage.js';
import { isSettled, settle } from '../../../src/conversation/intakeFacts.js';
import type { MessageFacts } from '../../../src/conversation/messageFacts.js';
import { looksLikeStreet, MAX_PLACE_WORDS } from '../../../src/conversation/places.js';
import { relationNameIn } from '../../../src/conversation/relationNames.js';
import { relationNameSchema } from '../../../src/understanding/personWords.js';
import { choice } from '../../prompts/choices.js';
import { textsFor } from '../../texts.js';
import type { IntakeQuestion, Recognition, RecogniseMode } from './intakeQuestion.js';

/** "Voor wie zoekt u hulp?": the person the question is about, and whether the resident cares for them. */
const valueSchema = z.object({
  forWhom: forWhomSchema,
  caresFor: z.boolean(),
  /** The person named ("mijn moeder"), so the age question can name them too. */
  relation: relationNameSchema.nullable().default(null),
});
type ForWhomValue = z.infer<typeof valueSchema>;

const BY_CHOICE: Readonly<Record<string, ForWhomValue>> = {
  self: { forWhom: 'zelf', caresFor: false, relation: null },
  child: { forWhom: 'kind', caresFor: false, relation: null },
  caredFor: { forWhom: 'naaste', caresFor: true, relation: null },
  someoneElse: { forWhom: 'ander', caresFor: false, relation: null },
};

/**
 * The value for a person the message names. In a first message (`mention`) a relation word's typo
 * is read only after a possessive; in the reply to this question on any word ("me schoonmoedr").
 */
function value(
  forWhom: ForWhom,
  message: MessageFacts,
  mode: RecogniseMode,
): Recognition<ForWhomValue> {
  const relation = relationNameIn(
    message.text,
    forWhom,
    mode === 'answer' ? 'anyWord' : 'afterPossessive',
  );
  return {
    kind: 'value',
    value: { forWhom, caresFor: message.caresFor === true, relation: relation ?? null },
  };
}

/**
 * A reply that looks like a first name ("Sanne", "voor Piet"): one or two capitalised words that
 * say nothing else. The bot asks who that is, instead of guessing (ADR 0014, defect 11). A phone
 * starts every message with a capital, so an everyday word is no name: "Ja" got "Wie is Ja voor
 * u?", and so would "Misschien" or "Schulden"; names that are words too ("Roos", "Kim") are not
 * everyday words (src/conversation/everydayWords.ts).
 */
function nameIn(text: string): string | undefined {
  const match =
    /^\s*(?:voor\s+|for\s+)?(\p{Lu}[\p{L}'-]{1,30}(?:\s\p{Lu}[\p{L}'-]{1,30})?)\s*[.!]?\s*$/u.exec(
      text,
    );
  const name = match?.[1];
  if (name === undefined) return undefined;
  return name.split(/\s+/).some(isEverydayWord) ? undefined : name;
}

/**
 * A reply that is a place, not a person (ADR 0014, amendment 2026-12-03): "Roombeek", "in de
 * roombeek", a buurt, a wijk with a typo, a stadsdeel, a town or a street. The place reading is
 * the "where" question's own (`placeAnswer`), for a short reply without digits (an age or a year
 * is no postcode here) that does not start with "voor": "voor Ria in Roombeek" is about Ria.
 * Returns the wijk to name (none for a place without one), or undefined for no place.
 */
function placeIn(message: MessageFacts): { readonly wijk?: string } | undefined {
  if (looksLikeStreet(message.text, isEverydayWord)) return {};
  const words = message.folded.split(' ').filter((word) => word !== '');
  if (words.length > MAX_PLACE_WORDS || /\d/.test(message.text)) return undefined;
  if (words[0] === 'voor' || words[0] === 'for') return undefined;
  const place = message.placeAnswer;
  if (place === undefined) return undefined;
  return place.kind === 'wijk' ? { wijk: place.wijk } : {};
}

/**
 * A whole reply that says where the resident lives: "ik woon in de Roombeek", "wij wonen op de
 * Lasondersingel 12", "I live in Glanerbrug". A place, no person, whatever the place is; and it
 * is the resident's own, so the "where" question may take it along (`mentions`). A relation said
 * in it ("ik woon in Roombeek bij mijn zoon") is read first, and a reply that also says for whom
 * ("voor mezelf, ik woon in …") does not start with it.
 */
const LIVES_AT = /^(?:ik|wij|we|i) (?:woon|wonen|live) (?:nu |now )?(?:in|op|aan|at|on) (.+)$/;

function livesAt(message: MessageFacts): boolean {
  const place = LIVES_AT.exec(message.folded)?.[1];
  return place !== undefined && place.split(' ').length <= MAX_PLACE_WORDS;
}

export const forWhomQuestion: IntakeQuestion<ForWhomValue> = {
  id: 'forWhom',
  value: valueSchema,

  isKnown: (facts) => facts.forWhom !== null || isSettled(facts, 'forWhom'),

  ask({ language }) {
    const texts = textsFor(language).intake.forWhom;
    return {
      prompt: texts.question,
      choices: [
        choice('self', texts.self, ['mezelf', 'mijzelf', 'ik', 'mij', 'zelf', 'myself', 'me']),
        choice('child', texts.child, ['kind', 'kinderen', 'child', 'children']),
        choice('caredFor', texts.caredFor, [
          'mantelzorg',
          'iemand voor wie ik zorg',
          'naaste',
          'someone i care for',
        ]),
        choice('someoneElse', texts.someoneElse, [
          'iemand anders',
          'een ander',
          'ander',
          'someone else',
        ]),
      ],
      numbered: true,
      retry: texts.retry,
      maxAttempts: 3,
      language,
    };
  },

  recognise(message, mode, { language }) {
    if (mode === 'mention')
      return message.forWhom === undefined ? undefined : value(message.forWhom, message, mode);
    const relation = message.forWhom ?? relationIn(message.text);
    if (relation !== undefined) return value(relation, message, mode);
    if (livesAt(message)) {
      const texts = textsFor(language).intake.forWhom;
      return { kind: 'retry', message: texts.livesAt, mentions: ['where'] };
    }
    const place = placeIn(message);
    if (place !== undefined)
      return { kind: 'retry', message: textsFor(language).intake.forWhom.notAPerson(place.wijk) };
    const name = nameIn(message.text);
    if (name !== undefined)
      return { kind: 'retry', message: textsFor(language).intake.forWhom.whoIs(name) };
    return undefined;
  },

  fromChoice(picked) {
    const chosen = BY_CHOICE[picked];
    return chosen === undefined ? undefined : { kind: 'value', value: chosen };
  },

  apply(facts, answer) {
    const settled = settle(facts, 'forWhom');
    if (answer.kind !== 'value') return settled;
    const { relation: _previous, ...rest } = settled;
    const { relation } = answer.value;
    return {
      ...rest,
      forWhom: answer.value.forWhom,
      caresFor: answer.value.caresFor,
      ...(relation === null ? {} : { relation }),
    };
  },

  confirm: () => undefined,

  changeLabel: (language) => textsFor(language).intake.forWhom.change,
};
