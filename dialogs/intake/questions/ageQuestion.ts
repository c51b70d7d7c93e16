import { z } from 'zod';
import { ageBandSchema } from '../../../src/cases/case.js';
import { ageBandOf, ageBands, parseTypedAge } from '../../../src/conversation/ageBands.js';
import {
  isSettled,
  mentionedAgesSchema,
  settle,
  type IntakeFacts,
} from '../../../src/conversation/intakeFacts.js';
import { ageOfSubject } from '../../../src/conversation/messageFacts.js';
import { choice } from '../../prompts/choices.js';
import { textsFor } from '../../texts.js';
import type { Answer, IntakeQuestion } from './intakeQuestion.js';

/**
 * "Hoe oud bent u?" (or "is uw kind"): an exact age when typed (only for the search), else the
 * band. An age said in a message before anyone knew whose it is ("ik ben 70", "mijn zoon van
 * 15") is kept as a mention, and becomes the answer once the question is known to be about them.
 */
const valueSchema = z.union([
  z.object({ band: ageBandSchema, age: z.number().int().min(0).max(120).nullable() }),
  z.object({ mentioned: mentionedAgesSchema }),
]);
type AgeValue = z.infer<typeof valueSchema>;

function byAge(age: number): Answer<AgeValue> {
  return { kind: 'value', value: { band: ageBandOf(age), age } };
}

export const ageQuestion: IntakeQuestion<AgeValue> = {
  id: 'age',
  value: valueSchema,

  isKnown: (facts) => facts.ageBand !== null || isSettled(facts, 'age'),

  derive(facts) {
    // A mentioned age counts once it is clear whose age the question needs.
    const age = facts.forWhom === null ? undefined : mentionedAgeFor(facts);
    return age === undefined ? undefined : byAge(age);
  },

  ask({ language, facts }) {
    const texts = textsFor(language).intake.age;
    // Whose age: the resident's own, unless they said (or would not say) for whom they ask.
    // The person named ("mijn moeder") by name: "Hoe oud is uw moeder?".
    const prompt =
      facts.forWhom === 'zelf' || (facts.forWhom === null && !isSettled(facts, 'forWhom'))
        ? texts.self
        : facts.relation !== undefined
          ? texts.of(textsFor(language).intake.relations[facts.relation])
          : facts.forWhom === 'kind'
            ? texts.child
            : texts.other;
    return {
      prompt,
      choices: [
        ...ageBands.map((band) => choice(band, texts.bands[band])),
        choice('skip', texts.skip, ['zeg ik liever niet', 'liever niet', 'rather not say']),
      ],
      numbers: false,
      allowSkip: true,
      retry: texts.retry,
      maxAttempts: 2,
      language,
    };
  },

  recognise(message, mode) {
    if (mode === 'answer') {
      const typed = parseTypedAge(message.text) ?? ageOfSubject(message, 'zelf');
      return typed === undefined ? undefined : byAge(typed);
    }
    if (
      message.selfAge === undefined &&
      message.subjectAge === undefined &&
      message.unknownAge === undefined
    ) {
      return undefined;
    }
    return {
      kind: 'value',
      value: {
        mentioned: {
          self: message.selfAge ?? null,
          subject: message.subjectAge ?? null,
          unknown: message.unknownAge ?? null,
        },
      },
    };
  },

  fromChoice(picked) {
    if (picked === 'skip') return { kind: 'skip' };
    const band = ageBands.find((candidate) => candidate === picked);
    return band === undefined ? undefined : { kind: 'value', value: { band, age: null } };
  },

  apply(facts, answer) {
    if (answer.kind !== 'value') return settle(facts, 'age');
    const value = answer.value;
    // A mention is kept until it is clear whose age it is (see `derive`).
    if ('mentioned' in value) return { ...facts, mentionedAges: value.mentioned };
    return settle({ ...facts, age: value.age, ageBand: value.band }, 'age');
  },

  confirm: () => undefined,

  changeLabel: (language) => textsFor(language).intake.age.change,
};

/** The mentioned age of the person the question is for, when there is one. */
export function mentionedAgeFor(facts: IntakeFacts): number | undefined {
  const mentioned = facts.mentionedAges;
  if (mentioned === null) return undefined;
  if (facts.forWhom === null || facts.forWhom === 'zelf') {
    return mentioned.self ?? mentioned.unknown ?? undefined;
  }
  return (
    mentioned.subject ?? (mentioned.self === null ? (mentioned.unknown ?? undefined) : undefined)
  );
}
