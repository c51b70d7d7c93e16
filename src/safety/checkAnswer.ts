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
