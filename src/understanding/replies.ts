import { foldReply } from '../text/normalise.js';
import { repliesWithPersonWish } from './personWish.js';

/**
 * Free text at a prompt that is not one of its buttons (ADR 0013, class 7). At "Helpt dit u
 * verder?" residents write "nee, ik heb er niks aan", "kan ik niet gewoon iemand bellen" or "ja top",
 * and a new question of their own. SDK-free: the intake maps the result onto its steps.
 */
export type HelpfulReply =
  | 'helped'
  | 'not_helped'
  | 'wants_person'
  | 'search_again'
  /** A question of its own: search again with this text. */
  | 'new_question';

const NOT_HELPED = [
  /^(?:nee|neen|nope|no|niet|nah|helaas|jammer)\b/,
  // A no after a word that fills the pause: "nou nee", "hmm nee", "tja, niet echt".
  /^(?:nou|hmm+|ehm*|tja|sorry|eerlijk gezegd|eigenlijk)(?: \w+){0,2} (?:nee|neen|niet echt|no)\b/,
  // "Weinig" and "niet veel" are a no too: "hier schiet ik weinig mee op", "daar heb ik niet veel aan".
  /\b(?:schiet|heb|hebben|kan|kom) (?:ik|we|wij) (?:er |hier |daar )?(?:eigenlijk |echt |helaas |zo )?(?:niks|niets|weinig|niet veel) (?:mee|aan|verder)\b/,
  /\b(?:niks|niets) mee op\b/,
  /\b(?:helpt|hielp|helpen|help|werkt|heb|heeft|hebben|schiet) (?:mij |me |ons )?(?:niet|niks|niets|geen)\b/,
  /\b(?:niet|niks|niets|geen)(?: echt| zo)? (?:geholpen|gevonden|wat ik (?:zoek|bedoel|nodig heb)|aan|bruikbaar|handig|nuttig|van toepassing)\b/,
  /\b(?:klopt niet|past niet|dat is het niet|dat zoek ik niet|daar heb ik niks aan|daar heb ik niets aan|heb ik al geprobeerd|al geprobeerd|ken ik al|al gebeld|werkt niet)\b/,
  /\b(?:not (?:helpful|useful|what i (?:need|want|mean|am looking for))|does ?n ?t help|did ?n ?t help|no use|not really|already tried)\b/,
];

const HELPED = [
  /^(?:ja|jawel|yes|top|super|prima|perfect|great)\b/,
  /^(?:ja|jawel|jazeker|ja hoor|zeker|top|super|prima|mooi|fijn|goed|heel goed|dank|dank u|dank je|bedankt|thanks|thank you|yes|yes thanks|great|perfect|nice)(?: (?:dank|dank u|dank je|bedankt|thanks|wel|hoor|zeker))*$/,
  /\b(?:helpt (?:wel|zeker|me|mij)|heb ik (?:wat|iets) aan|daar kan ik mee verder|ik ga (?:bellen|kijken|erheen|mailen)|dat ga ik doen|that helps|this helps|very helpful|i will (?:call|try|go))\b/,
];

const SEARCH_AGAIN = [
  /^(?:iets anders|anders|opnieuw|opnieuw zoeken|nog een keer|andere vraag|nieuwe vraag|verder zoeken|meer|andere|something else|search again|other|more)$/,
  /\b(?:iets anders zoeken|nog (?:iets|wat) anders|andere (?:hulp|mogelijkheden|opties)|zijn er (?:nog )?(?:meer|andere)|other options|anything else)\b/,
];

/** What a typed reply at "Helpt dit u verder?" means, or undefined when it is not clear. */
export function recogniseHelpfulReply(text: string): HelpfulReply | undefined {
  const folded = foldReply(text);
  if (folded === '') return undefined;
  // The wish for a person first: "nee, ik wil iemand spreken" is a wish, not only a no.
  if (repliesWithPersonWish(folded)) return 'wants_person';
  if (NOT_HELPED.some((pattern) => pattern.test(folded))) return 'not_helped';
  if (SEARCH_AGAIN.some((pattern) => pattern.test(folded))) return 'search_again';
  if (HELPED.some((pattern) => pattern.test(folded))) return 'helped';
  // A sentence of its own with a subject is a new question ("en voor mijn moeder is er iets
  // tegen eenzaamheid?"); one or two loose words are not.
  return folded.split(' ').length >= 3 ? 'new_question' : undefined;
}
