import { re } from '../crisisRule.js';

/**
 * The words around a very short alarm (docs/adr/0012-safety-net.md, twenty-fifth round): "help",
 * "snel", "nu", "please", "alsjeblieft". A danger word said alone with them, with nothing else to
 * read, answers; the same words in a longer sentence ("mijn neus bloedt vaak", "de kaars brandt")
 * are left to the other alternatives. Shared by danger.ts and by edgeNow (lexicon.ts), so a rule
 * that reads a message "said alone" reads the same call words as every other.
 */
export const callWord =
  /(?:help|hulp|snel|nu|nou|please|alsjeblieft|alstublieft|now|quick|asap|dringend|urgent)/;

/** `core` as the whole message, with only call words (and a full stop) before or after it. */
export function shortAlarm(core: RegExp): RegExp {
  return re`^(?:${callWord}(?: \.)? )*(?:${core})(?:(?: \.)? ${callWord})*$`;
}
