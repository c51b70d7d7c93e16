import { readCheckAnswer } from '../safety/checkAnswer.js';
import { collapseRegexSource } from '../safety/crisisRule.js';
import { normalise } from '../safety/normalise.js';

/**
 * Whether a message right after a crisis reply says that there is no emergency now (docs/adr/
 * 0013-understanding-residents-words.md, session 19, "whole conversation losses"). The crisis reply
 * ends with "Daarna kunt u altijd terugkomen in deze chat. Dan zoeken we samen verder." A resident
 * who told of a burglary last week and was told to call 112 answers "het is geen noodgeval" and
 * expects the bot to go on with what they asked, as "nee, het gaat wel" does at the safety check.
 *
 * Only a short, clear answer counts: the check's own "no" ("nee", "het gaat wel", "ik ben veilig"),
 * or a few words saying it is no emergency or already over. Anything that speaks of danger, fear
 * or needing help now (the check's "yes") never counts, nor does a longer message: those are read
 * as a new message, with the safety check first, as before.
 */
export function saysNoEmergency(text: string): boolean {
  const check = readCheckAnswer(text);
  if (check === 'no') return true;
  // 'yes' is a yes word or words of danger; 'unclear' past ten words is a new message.
  if (check === 'yes') return false;
  const words = answerWords(text);
  if (words === '' || words.split(' ').length > maxAnswerWords) return false;
  return noEmergency.test(words);
}

/** As long as the check's own answers may be (src/safety/checkAnswer.ts). */
const maxAnswerWords = 10;

/** Patterns in ordinary spelling, squeezed like the normalised text ("geen" → "gen"). */
const squeeze = (pattern: RegExp) => new RegExp(collapseRegexSource(pattern.source));

/**
 * No emergency, not urgent, or already over, in Dutch and English: the words a resident uses to
 * say that the 112 in the reply was not meant for them now. Not "het is voorbij" or "it's over"
 * alone, which can speak of a life, nor "niet nu", which can speak of not daring to call.
 */
const noEmergency = squeeze(
  new RegExp(
    [
      String.raw`\b(?:geen|niet een) (?:noodgeval|nood|spoed)\b`,
      String.raw`\bniet (?:zo )?(?:dringend|acuut|urgent)\b`,
      String.raw`\bal (?:voorbij|afgelopen|gebeurd|geweest)\b`,
      String.raw`\b(?:not|no) (?:an )?(?:emergency|urgent)\b`,
      String.raw`\balready (?:happened|over)\b`,
    ].join('|'),
  ),
);

/** The message as the patterns read it: normalised, without full stops. */
function answerWords(text: string): string {
  return normalise(text)
    .replace(/ ?\. ?/g, ' ')
    .trim();
}
