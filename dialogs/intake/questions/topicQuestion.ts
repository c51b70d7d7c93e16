import { z } from 'zod';
import { slugSchema } from '../../../src/cases/case.js';
import {
  matchChoiceWithStrength,
  type ChoiceOption,
} from '../../../src/conversation/choiceMatching.js';
import { isSettled, settle, type IntakeFacts } from '../../../src/conversation/intakeFacts.js';
import type { Language } from '../../../src/understanding/language.js';
import type { MessageFacts } from '../../../src/conversation/messageFacts.js';
import { OFFER_CONFIDENCE } from '../../../src/understanding/domainOffer.js';
import type { KnowledgePort } from '../../ports.js';
import { choice, yesNoChoices } from '../../prompts/choices.js';
import { domainLabel, domainLabels, textsFor } from '../../texts.js';
import type { IntakeQuestion, QuestionContext, Recognition } from './intakeQuestion.js';

/**
 * "Waar gaat uw vraag over?": the levensgebied(en). The search's guess (`topicGuess`, most likely
 * first) decides how it is asked: one guess to confirm, two to choose from, three or more (a
 * question about many things, searched on) to choose one to start with, or the whole list (as one
 * compact drop-down on a phone). "Iets anders" clears the guess, so the list comes next.
 */
const valueSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('domains'), slugs: z.array(slugSchema).min(1).max(20) }),
  z.object({ kind: z.literal('other') }),
]);
type TopicValue = z.infer<typeof valueSchema>;

/** The list's last choice: none of the levensgebieden fits, or the resident does not know. */
const NONE = 'none';
const NONE_WORDS = [
  'iets anders',
  'anders',
  'staat er niet bij',
  'het staat er niet bij',
  'geen van deze',
  'geen van allen',
  'geen van allemaal',
  'weet ik niet',
  'weet niet',
  'ik weet het niet',
  'geen idee',
  'ik heb geen idee',
  'something else',
  'other',
  'none',
  'none of these',
  'not in the list',
  'i dont know',
  'dont know',
  'no idea',
];

function domainChoices(knowledge: KnowledgePort, language: Language): ChoiceOption[] {
  return knowledge.levensgebieden().map((domain) => ({
    value: domain.id,
    label: domainLabel(knowledge, domain.id, language),
    // Typing the Dutch name works in English too, and the other way round.
    synonyms: [domain.label, domainLabel(knowledge, domain.id, 'en')],
  }));
}

function known(knowledge: KnowledgePort, slug: string): boolean {
  return knowledge.levensgebieden().some((domain) => domain.id === slug);
}

function domains(slugs: readonly string[]): { kind: 'value'; value: TopicValue } {
  return { kind: 'value', value: { kind: 'domains', slugs: [...slugs] } };
}

/** The model alone decides an answer at the list only from this confidence (see below). */
export const CLEAR_AT_THE_LIST = 0.8;

/** The levensgebied an own-words answer at the list points to, or undefined when unclear. */
function ownWordsAtTheList(understanding: MessageFacts['understanding']): string | undefined {
  const [named, another] = understanding.named;
  const top = understanding.levensgebieden[0];
  if (named !== undefined && another === undefined) {
    const modelElsewhere =
      top !== undefined && top.slug !== named && top.confidence >= OFFER_CONFIDENCE;
    return modelElsewhere ? undefined : named;
  }
  if (named === undefined && top !== undefined && top.confidence >= CLEAR_AT_THE_LIST)
    return top.slug;
  return undefined;
}

/**
 * What the one understanding pass makes of a reply in own words (not a button), or undefined.
 *
 * "Klopt dat?" answered with more of the story ("rekning niet betal"): when the understanding
 * pass ranks the very levensgebied that was asked about first, that is a yes; another one first
 * is "iets anders" (the list comes next). Its rank, not the offer's threshold: the resident is
 * answering a guess, not starting a new question.
 */
function understood(
  message: MessageFacts,
  knowledge: KnowledgePort,
  facts: IntakeFacts,
): Recognition<TopicValue> {
  const [first, second] = facts.topicGuess;
  const { intent, levensgebieden } = message.understanding;
  if (first === undefined) {
    // The list answered in own words ("het zit 'm in mijn woning"). Short off-topic replies
    // ("het is ingewikkeld") can still get a confident model reading, so it takes agreement:
    // the one levensgebied the words name ("huis" → Wonen) when the model does not clearly read
    // another, or the model's reading alone only when it is very clear and no word contradicts
    // it. Anything else gets the list again with the retry, so the resident is never stuck.
    if (intent.kind !== 'question') return undefined;
    const slug = ownWordsAtTheList(message.understanding);
    return slug !== undefined && known(knowledge, slug) ? domains([slug]) : undefined;
  }
  if (second !== undefined) return undefined;
  const top = levensgebieden[0]?.slug;
  if (intent.kind !== 'question' || top === undefined || !known(knowledge, top)) return undefined;
  return top === first ? domains([first]) : { kind: 'value', value: { kind: 'other' } };
}

export const topicQuestion: IntakeQuestion<TopicValue> = {
  id: 'topic',
  value: valueSchema,

  isKnown: (facts) => facts.levensgebieden.length > 0 || isSettled(facts, 'topic'),

  ask({ language, knowledge, facts }: QuestionContext) {
    const texts = textsFor(language).intake;
    const [first, second, third] = facts.topicGuess;
    if (third !== undefined) {
      // A question about three things or more, searched on after the resident declined a person
      // (the wijkwijzer rule): one to start with, so the chosen one counts in the ranking.
      return {
        prompt: texts.domains.chooseFirst,
        choices: [
          ...facts.topicGuess.map((slug) => choice(slug, domainLabel(knowledge, slug, language))),
          somethingElseChoice(texts.domains.somethingElse),
        ],
        numbered: true,
        retry: texts.choices.retry,
        maxAttempts: 2,
        language,
      };
    }
    if (first !== undefined && second === undefined) {
      return {
        prompt: texts.domains.confirmOne(domainLabel(knowledge, first, language)),
        choices: yesNoChoices(texts.choices.yes, texts.domains.somethingElse),
        retry: texts.choices.retry,
        maxAttempts: 2,
        language,
      };
    }
    if (first !== undefined && second !== undefined) {
      return {
        prompt: texts.domains.chooseOfFew,
        choices: [
          choice(first, domainLabel(knowledge, first, language)),
          choice(second, domainLabel(knowledge, second, language)),
          choice('both', texts.domains.both, ['allebei', 'beide', 'both', 'alle twee', 'twee']),
          somethingElseChoice(texts.domains.somethingElse),
        ],
        numbered: true,
        retry: texts.choices.retry,
        maxAttempts: 2,
        language,
      };
    }
    return {
      prompt: texts.domains.chooseFromList,
      // The way out comes last: a question that fits no levensgebied is searched by its words.
      choices: [
        ...domainChoices(knowledge, language),
        choice(NONE, texts.domains.none, NONE_WORDS),
      ],
      numbered: true,
      retry: texts.domains.retry,
      maxAttempts: 3,
      language,
    };
  },

  recognise(message, mode, { knowledge, language, facts }) {
    // Only as an answer: in a story, a levensgebied is the search's guess, confirmed by the resident.
    if (mode === 'mention') return undefined;
    const match = matchChoiceWithStrength(message.text, domainChoices(knowledge, language), {
      numbers: false,
    });
    if (match !== undefined && !match.weak) return domains([match.value]);
    // A loose word of a sentence comes after what the sentence says (ChoiceMatch.weak).
    const read = understood(message, knowledge, facts);
    if (read !== undefined) return read;
    return match === undefined ? undefined : domains([match.value]);
  },

  fromChoice(picked, { knowledge, facts }) {
    const [first, second] = facts.topicGuess;
    if (picked === 'yes' && first !== undefined) return domains([first]);
    if (picked === 'both' && first !== undefined && second !== undefined) {
      return domains([first, second]);
    }
    if (picked === 'no' || picked === 'other') return { kind: 'value', value: { kind: 'other' } };
    if (picked === NONE) return { kind: 'skip' };
    return known(knowledge, picked) ? domains([picked]) : undefined;
  },

  apply(facts, answer) {
    if (answer.kind !== 'value') return settle(facts, 'topic');
    if (answer.value.kind === 'other') return { ...facts, topicGuess: [] };
    return settle({ ...facts, levensgebieden: answer.value.slugs }, 'topic');
  },

  confirm(answer, { knowledge, language }) {
    if (answer.kind === 'skip') return textsFor(language).intake.domains.noneChosen;
    if (answer.kind !== 'value' || answer.value.kind !== 'domains') return undefined;
    return textsFor(language).intake.domains.chosen(
      domainLabels(knowledge, answer.value.slugs, language),
    );
  },

  changeLabel: (language) => textsFor(language).intake.domains.change,

  reopen: (facts) => ({ ...facts, topicGuess: [] }),
};

/** "Iets anders": the way to the whole list, with the words a resident types for it. */
function somethingElseChoice(label: string) {
  return choice('other', label, ['anders', 'iets anders', 'something else', 'other']);
}
