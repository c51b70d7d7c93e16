import { collapseRegexSource } from './crisisRule.js';
import { normalise } from './normalise.js';

/**
 * How a resident answered the check question ("Bent u nu in gevaar?"). Only a clear yes or a
 * clear no counts; anything else is read as a new message, so a resident who simply goes on with
 * their question is never stuck. A "no" that still speaks of danger ("nee, ik ben niet veilig")
 * is a yes: when in doubt, the lines.
 */
export type CheckAnswer = 'yes' | 'no' | 'unclear';

/** Patterns in ordinary spelling, squeezed like the normalised text ("nee" → "ne"). */
const squeeze = (pattern: RegExp) => new RegExp(collapseRegexSource(pattern.source));

const stillInDanger = squeeze(
  /\b(?:niet veilig|onveilig|(?<!geen |niet in )gevaar|help|hulp nodig|bang|not safe|unsafe|(?<!not in |no )danger|scared|afraid)\b/,
);
const yes = squeeze(/^(?:ja|jawel|jazeker|klopt|dat klopt|yes|yeah|yep|yes please)\b/);
const no = squeeze(
  /^(?:nee|neen|nope|no|niet echt|gaat wel|het gaat wel|het gaat goed|ik ben veilig|im okay|i am okay|im fine|i am fine|im ok)\b/,
);

/** An answer is short; a long message is something new. */
const maxAnswerWords = 10;

/** A reply to a soft check that speaks of danger without a yes: only this short right after it. */
const maxDangerOnlyWords = 4;

/**
 * How a message reads after a soft check (docs/adr/0012-safety-net.md, fourth round), which leaves
 * the intake running and its button in the chat. The button ("Ja, ik heb nu hulp nodig"), or any
 * yes that speaks of danger or needing help, is a yes at any later message. On the very next
 * message (`fresh`) a plain "ja" or "nee" answers it too, and so does a few words of danger alone
 * ("help", "ik ben bang"). Later, a message such as "ik heb hulp nodig met de huur" is a new
 * question for the intake (and the safety check reads it like any other), not a yes.
 */
export function readSoftCheckAnswer(text: string, fresh: boolean): CheckAnswer {
  const answer = readCheckAnswer(text);
  if (answer === 'no') return fresh ? 'no' : 'unclear';
  if (answer !== 'yes') return 'unclear';
  const words = answerWords(text);
  const danger = stillInDanger.test(words);
  if (yes.test(words) && danger) return 'yes';
  if (!fresh) return 'unclear';
  if (!danger) return 'yes';
  return words.split(' ').length <= maxDangerOnlyWords ? 'yes' : 'unclear';
}

/** The message as the answer patterns read it: normalised, without full stops. */
function answerWords(text: string): string {
  return normalise(text)
    .replace(/ ?\. ?/g, ' ')
    .trim();
}

export function readCheckAnswer(text: string): CheckAnswer {
  const answer = answerWords(text);
  const words = answer === '' ? 0 : answer.split(' ').length;
  if (words === 0 || words > maxAnswerWords) return 'unclear';
  if (stillInDanger.test(answer) || yes.test(answer)) return 'yes';
  if (no.test(answer)) return 'no';
  return 'unclear';
}
