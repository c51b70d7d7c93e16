/**
 * A whole message that only asks to speak to the wijkteam or to a person of the gemeente, in the
 * words residents use beside "ik wil een mens spreken": "ik wil graag met het wijkteam praten", "ik
 * wil iemand spreken bij de gemeente", "I want to talk to someone from the neighbourhood team"
 * (ADR 0013, session 20). It is the "human" command: the warm handover at once, at the first
 * message and at any question. Read on the folded text (foldReply), polite words and greetings
 * already taken off. A wish to reach the wijkteam by phone or to know how ("hoe kan ik contact
 * opnemen met het wijkteam") is a question about the wijkteam, answered with its ways and the offer
 * (aboutWijkteam), so "contact" is not read here; nor is "de gemeente" alone ("ik wil de gemeente
 * bellen" may be about a passport), only someone who works there.
 */

/** "ik wil (graag)", "ik zou (graag)", "kan ik", "mag ik", "liever": the wish's own words. */
const WANT_NL =
  '(?:(?:ik (?:wil|wou|zou)|(?:we|wij) (?:willen|zouden)|kan ik|mag ik|kunnen we|kunnen wij)(?: (?:graag|liever|gewoon|even|toch|nu|misschien|ook|eigenlijk|echt))* |(?:liever|graag|gewoon) )?';

/** Who: someone of the wijkteam or the gemeente, the wijkteam itself, or one who works there. */
const WHO_NL =
  '(?:iemand|een (?:echte? )?(?:mens|persoon)|(?:een |de )?(?:medewerker|hulpverlener|wijkcoach|consulent|maatschappelijk werker|wijkteamlid)|(?:het )?wijkteam)';

/** Where that person works: "van het wijkteam", "bij de gemeente", "op het stadhuis". */
const OF_NL =
  '(?: (?:van|bij|op|uit) (?:het |de )?(?:wijkteam|gemeente|gemeentehuis|stadhuis|sociaal plein|wijkwijzer|jullie))?';

/** Never "zien" or "ontmoeten": "ik wil iemand ontmoeten" is a wish for company, not a person. */
const VERB_NL = '(?:spreken|praten|bellen|aan de (?:lijn|telefoon))';

/** Words between the person and the verb that change nothing ("graag", "even", "willen"). */
const BETWEEN_NL = '(?: (?:graag|even|liever|gewoon|persoonlijk|zelf|eens|nu|willen|kunnen))*';

const DUTCH = [
  // "ik wil graag met het wijkteam praten", "ik wil iemand spreken bij de gemeente"
  `${WANT_NL}(?:met )?${WHO_NL}${OF_NL}${BETWEEN_NL} ${VERB_NL}${OF_NL}`,
  // "ik wil praten met iemand van de gemeente", "spreken met het wijkteam"
  `${WANT_NL}(?:(?:even|graag) )?(?:spreken|praten) met ${WHO_NL}${OF_NL}`,
  // "liever praat ik met iemand van het wijkteam"
  `(?:liever|graag) (?:praat|spreek) ik (?:even )?met ${WHO_NL}${OF_NL}`,
];

const WANT_EN =
  '(?:(?:i (?:want|would like|wish|need|would love)|id like|i wanna|please let me|let me|can i|could i|may i)(?: to)? )?';

const WHO_EN =
  '(?:someone|somebody|a (?:real )?(?:person|human)|a social worker|an advisor|a worker|a staff member|an employee|the (?:wijkteam|neighbou?rhood team|neighbou?rhood social team))';

const OF_EN =
  '(?: (?:from|at|of|in) (?:the |my |our )?(?:wijkteam|neighbou?rhood team|municipality|council|gemeente|town hall|city hall))?';

const ENGLISH = [
  // "I want to talk to someone from the neighbourhood team", "speak with the wijkteam please"
  `${WANT_EN}(?:talk|speak|chat) (?:to|with) ${WHO_EN}${OF_EN}`,
];

const ONLY_PERSON_WISH = new RegExp(`^(?:${[...DUTCH, ...ENGLISH].join('|')})$`);

/** Whether the whole folded message only asks to speak to the wijkteam or a person there. */
export function asksOnlyForPerson(folded: string): boolean {
  return ONLY_PERSON_WISH.test(folded);
}
