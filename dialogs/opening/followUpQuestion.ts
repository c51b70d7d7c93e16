import { z } from 'zod';
import type { Language } from '../../src/understanding/language.js';
import type { KnowledgePort } from '../ports.js';
import { choice } from '../prompts/choices.js';
import type { AnswerValue, QuestionOptions } from '../prompts/questionOptions.js';
import { domainLabels, textsFor } from '../texts.js';

/**
 * "Vorige keer zochten we naar hulp bij: Geld. Is het gelukt?" (docs/adr/0010-conversation-design.md,
 * "The flow"): built from the levensgebieden of the visit it asks about. One builder for the
 * opening and for asking it again after a language switch, so both say the same; the slugs are
 * kept as `reaskWith` (a template has no fixed place among the texts).
 */
export function followUpQuestion(
  knowledge: KnowledgePort,
  levensgebieden: readonly string[],
  language: Language,
): QuestionOptions {
  const texts = textsFor(language).intake;
  const follow = texts.followUp;
  return {
    prompt: follow.question(domainLabels(knowledge, levensgebieden, language)),
    choices: [
      choice('got_help', follow.gotHelp, ['ja', 'gelukt', 'yes', 'got help']),
      choice('could_not_reach', follow.couldNotReach, [
        'niemand bereikt',
        'geen contact',
        'could not reach',
        'no answer',
      ]),
      choice('did_not_qualify', follow.didNotQualify, [
        'mocht niet',
        'niet toegelaten',
        'kwam er niet voor in aanmerking',
        'not allowed',
        'did not qualify',
      ]),
      choice('no_place', follow.noPlace, [
        'geen plek',
        'wachtlijst',
        'vol',
        'no place',
        'waiting list',
        'full',
      ]),
      choice('skip', follow.skip, ['overslaan', 'skip']),
    ],
    numbered: true,
    allowSkip: true,
    retry: texts.choices.retry,
    maxAttempts: 2,
    language,
    reaskWith: [...levensgebieden],
  };
}

/** The stored `reaskWith` of a follow-up question, checked: it came back through the dialog stack. */
export function followUpLevensgebieden(input: AnswerValue | undefined): string[] {
  const parsed = z.array(z.string().max(120)).max(20).safeParse(input);
  return parsed.success ? parsed.data : [];
}
