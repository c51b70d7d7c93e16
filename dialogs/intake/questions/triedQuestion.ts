import { z } from 'zod';
import { isSettled, settle, triedKindSchema } from '../../../src/conversation/intakeFacts.js';
import { withTriedText } from '../../../src/conversation/residentWords.js';
import { choice } from '../../prompts/choices.js';
import { textsFor } from '../../texts.js';
import type { IntakeQuestion } from './intakeQuestion.js';

/**
 * "Heeft u al iets geprobeerd?": one neutral question with a "Nog niets" button; what the resident
 * types instead is kept in their words (masked). Asked once per conversation. The bot never
 * comments on the answer beyond a thank-you (no eigen-kracht lecture, domain.md §4).
 */
const valueSchema = z.object({
  tried: triedKindSchema.nullable(),
  text: z.string().max(2000),
});
type TriedValue = z.infer<typeof valueSchema>;

/** What a message says was tried, when it says so plainly. */
const ALREADY_HELP =
  /\b(?:ik (?:krijg|heb) al hulp|ik heb al een (?:hulpverlener|begeleider|casemanager)|i already (?:get|have) help)\b/;
const TRIED_SELF =
  /\b(?:ik heb (?:al )?(?:van alles|alles|veel|zelf al van alles) geprobeerd|i (?:have )?tried everything)\b/;

export const triedQuestion: IntakeQuestion<TriedValue> = {
  id: 'tried',
  value: valueSchema,

  isKnown: (facts) => facts.tried !== null || facts.triedText !== '' || isSettled(facts, 'tried'),

  ask({ language }) {
    const texts = textsFor(language).intake.tried;
    return {
      prompt: texts.question,
      choices: [
        choice('self', texts.self, ['zelf', 'ja zelf', 'myself']),
        choice('network', texts.network, [
          'familie',
          'vrienden',
          'buren',
          'mensen om mij heen',
          'family',
          'friends',
        ]),
        choice('already_help', texts.alreadyHelp, ['al hulp', 'ik heb al hulp', 'already help']),
        choice('nothing', texts.nothing, ['niets', 'nee', 'nog niet', 'nothing', 'no']),
        choice('skip', texts.skip, ['overslaan', 'skip']),
      ],
      numbered: true,
      allowSkip: true,
      retry: textsFor(language).intake.choices.retry,
      language,
    };
  },

  recognise(message, mode) {
    if (ALREADY_HELP.test(message.folded)) {
      return { kind: 'value', value: { tried: 'already_help', text: '' } };
    }
    if (TRIED_SELF.test(message.folded))
      return { kind: 'value', value: { tried: 'self', text: '' } };
    if (mode === 'mention' || message.folded === '') return undefined;
    // Any other reply is what they tried, in their own words; masked when applied.
    return { kind: 'value', value: { tried: null, text: message.text.trim().slice(0, 2000) } };
  },

  fromChoice(picked) {
    if (picked === 'skip') return { kind: 'skip' };
    const tried = triedKindSchema.safeParse(picked);
    return tried.success ? { kind: 'value', value: { tried: tried.data, text: '' } } : undefined;
  },

  apply(facts, answer) {
    const settled = settle(facts, 'tried');
    if (answer.kind !== 'value') return settled;
    return withTriedText({ ...settled, tried: answer.value.tried }, answer.value.text);
  },

  confirm: (answer, { language }) =>
    answer.kind === 'value' ? textsFor(language).intake.tried.thanks : undefined,

  changeLabel: (language) => textsFor(language).intake.tried.change,
};
