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

/** A short answer that speaks of danger or of needing help now ("ja, ik heb nu hulp nodig"). */
export function speaksOfDanger(text: string): boolean {
  return stillInDanger.test(normalise(text));
}

/**
 * How a message reads after a soft check (docs/adr/0012-safety-net.md, fourth round), which leaves
 * the intake running and its button in the chat. Its button, or a short answer that speaks of
 * danger or needing help, is a yes at any later message. A plain "ja" or "nee" only answers it on
 * the very next message (`fresh`): later it answers the intake's own questions.
 */
export function readSoftCheckAnswer(text: string, fresh: boolean): CheckAnswer {
  const answer = readCheckAnswer(text);
  if (answer === 'yes') return fresh || speaksOfDanger(text) ? 'yes' : 'unclear';
  if (answer === 'no') return fresh ? 'no' : 'unclear';
  return 'unclear';
}

export function readCheckAnswer(text: string): CheckAnswer {
  const answer = normalise(text)
    .replace(/ ?\. ?/g, ' ')
    .trim();
  const words = answer === '' ? 0 : answer.split(' ').length;
  if (words === 0 || words > maxAnswerWords) return 'unclear';
  if (stillInDanger.test(answer) || yes.test(answer)) return 'yes';
  if (no.test(answer)) return 'no';
  return 'unclear';
}
