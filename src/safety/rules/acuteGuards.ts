import { informationalContext, toldFromMedia } from './lexicon.js';

/**
 * Guards shared by the rules for acute moments (acuteBody.ts, acuteEdge.ts, acuteOthers.ts; ADR
 * 0012, session 22, "crises in acute moments"). Those rules read a danger now in everyday words; these
 * let a past, a what-if or a question about what to do go by, as the older rules' guards do.
 */

/**
 * The moment is over: a time back, a habit of old. "ooit" after a superlative is "ever", not a past
 * ("de ergste hoofdpijn ooit"); minutes or an hour ago is now ("ten minutes ago": a battery is burning
 * inside already).
 */
export const acutePast =
  /\b(?:vorig|vorige|(?<!(?:minuten|minuut|kwartier|uur|uurtje) )geleden|vroeger|(?<![a-z]ste (?:[a-z]+ )?)ooit|destijds|last (?:year|month|week)|(?<!(?:minutes|minute|hour|hours) )ago|used to|back then)\b/;

/**
 * A question how to act or how long a thing may last, or a what-if: a help question, not a report
 * ("hoe lang mag een koortsstuip duren", "what should I do if", "in case my toddler swallows").
 */
export const acuteAskedOrWhatIf =
  /\b(?:hoe (?:herken|lang|vaak|voorkom)|wat (?:moet|moeten|doe|kan) (?:ik|je|we|u) (?:doen )?(?:als|bij|wanneer)|wanneer (?:moet|bel)|stel dat|wat als|voor het geval|how (?:long|do|can|should|to)|what (?:to|should i|do i|do you) do (?:if|when)|when should|in case|what if)\b/;

/** Conditional telling of a known condition: "als hij er een eet", "when she has one". */
export const acuteWhenever =
  /\b(?:als|wanneer|telkens als|elke keer als|if|when|whenever|every time) (?:hij|ze|zij|ik|he|she|i|they)\b/;

/**
 * What every acute-moment rule lets go by: a past, a question or a what-if, a question asked to
 * learn, a telling from the news or a film. Rules add their own everyday readings beside it.
 */
export const acuteMomentGuards: readonly RegExp[] = [
  acutePast,
  acuteAskedOrWhatIf,
  informationalContext,
  toldFromMedia,
];
