/**
 * The resident wants a person: someone of the wijkteam or the gemeente, or a real human rather
 * than this bot (ADR 0013, sessions 20 and 21). One vocabulary, read three ways, each reading
 * holding the one before it, so the same words never start the warm handover at one prompt and a
 * search or "Dat begreep ik niet" at another:
 *
 * - `asksOnlyForPerson`: the whole message is the wish ("ik wil een mens spreken", "ik wil graag
 *   met het wijkteam praten", "I want a human"). It is the "human" command, read at the first
 *   message and at every question.
 * - `mentionsPersonWish`: the wish inside a longer message ("ik wil graag iemand van het wijkteam
 *   spreken over mijn schulden"): the first message's `wantsPerson`, a person now, not a search.
 * - `repliesWithPersonWish`: the reply to "Helpt dit u verder?", where a list was just shown and
 *   fewer words say the same ("kan iemand mij bellen", "persoonlijk", "liever een mens").
 *
 * All read the folded text (foldReply); the command's polite words and greetings are taken off by
 * its caller. A wish to reach the wijkteam by phone or to know how ("hoe kan ik contact opnemen met
 * het wijkteam") is a question about the wijkteam (aboutWijkteam), so "contact" is not read here;
 * nor is "de gemeente" alone ("ik wil de gemeente bellen" may be about a passport), only someone
 * who works there; nor "met iemand praten" inside a story, which is a wish for company. SDK-free.
 */

/** "ik wil (graag)", "ik zou (graag)", "kan ik", "mag ik", "liever": the wish's own words, said. */
const WISH_SAID_NL =
  '(?:(?:ik (?:wil|wou|zou)|(?:we|wij) (?:willen|zouden)|kan ik|mag ik|kunnen we|kunnen wij)(?: (?:graag|liever|gewoon|even|ff|toch|nu|misschien|ook|eigenlijk|echt))* |(?:liever|graag|gewoon) )';

/** The wish's own words or none: most forms below are a wish without them. */
const WANT_NL = `${WISH_SAID_NL}?`;

/** Who: someone of the wijkteam or the gemeente, the wijkteam itself, or one who works there. */
const WHO_NL =
  '(?:iemand|een (?:echte? )?(?:mens|persoon)|(?:een |de )?(?:medewerker|hulpverlener|wijkcoach|consulent|maatschappelijk werker|wijkteamlid)|(?:het )?wijkteam)';

/** Where that person works: "van het wijkteam", "bij de gemeente", "op het stadhuis". */
const OF_NL =
  '(?: (?:van|bij|op|uit) (?:het |de )?(?:wijkteam|gemeente|gemeentehuis|stadhuis|sociaal plein|wijkwijzer|jullie))?';

/** Never "zien" or "ontmoeten": "ik wil iemand ontmoeten" is a wish for company, not a person. */
const VERB_NL = '(?:spreken|praten|bellen|aan de (?:lijn|telefoon))';

/** Words between the person and the verb that change nothing ("graag", "even", "willen"). */
const BETWEEN_NL = '(?: (?:graag|even|ff|liever|gewoon|persoonlijk|zelf|eens|nu|willen|kunnen))*';

/**
 * A person who works there, as Dutch as a second language says it: no article, the verb's stem
 * ("ik wil praat met wijkteam", "ik wil spreken wijkteam", "ik wil persoon van wijkteam").
 */
const WORKER_NL =
  '(?:(?:een |de |het )?(?:mens|persoon|medewerker|hulpverlener|wijkcoach|wijkteam|wijkteamlid)|iemand (?:van|bij) (?:het |de )?(?:wijkteam|gemeente))';

const DUTCH = [
  // "ik wil graag met het wijkteam praten", "ik wil iemand spreken bij de gemeente"
  `${WANT_NL}(?:met )?${WHO_NL}${OF_NL}${BETWEEN_NL} ${VERB_NL}${OF_NL}`,
  // "ik wil praten met iemand van de gemeente", "spreken met het wijkteam"
  `${WANT_NL}(?:(?:even|graag|ff) )?(?:spreken|praten) met ${WHO_NL}${OF_NL}`,
  // "liever praat ik met iemand van het wijkteam"
  `(?:liever|graag) (?:praat|spreek) ik (?:even )?met ${WHO_NL}${OF_NL}`,
  // The "human" command's own words: "een echt mens", "man of vrouw", "bellen met een medewerker".
  '(?:(?:ik wil|ik wil graag|ik zou graag|ik zou willen|kan ik|mag ik|kunnen we|liever) )?(?:(?:met )?(?:een )?(?:echte? )?(?:mens|persoon|medewerker|hulpverlener|wijkcoach|wijkteam|iemand(?: van het wijkteam| van de gemeente)?|man of vrouw) (?:spreken|praten|bellen|aan de lijn|aan de telefoon)|(?:spreken|praten|bellen) met (?:een )?(?:echte? )?(?:mens|persoon|medewerker|hulpverlener|iemand|het wijkteam))',
  // A person alone ("een echt mens", the command's own), or after "liever" or "gewoon".
  '(?:een )?(?:echte? )?(?:mens|medewerker|persoon|echt persoon|human|agent|real person|operator)',
  '(?:liever|gewoon|graag)(?: (?:liever|gewoon|graag))* (?:een )?(?:echte? )?(?:mens|medewerker|persoon|echt persoon)',
  // "geef mij maar gewoon een mens", "doe mij maar iemand van het wijkteam"
  `(?:geef|doe) (?:mij|me) (?:maar )?(?:gewoon |liever |even )?(?:${WORKER_NL}|een echte? (?:mens|persoon))`,
  // "ik wil graag een gesprek met iemand van het wijkteam", "een afspraak bij het wijkteam"
  `${WANT_NL}(?:een )?(?:gesprek|afspraak) (?:met|bij) ${WORKER_NL}`,
  // "kan het wijkteam mij bellen", "kan er iemand van het wijkteam mij terugbellen"
  `(?:kan|kunt|wil|wilt|zou|mag) (?:er )?(?:${WORKER_NL}|iemand) (?:mij|me) (?:even |ff )?(?:(?:terug )?bellen|terugbellen)`,
  // "verbind mij door met een medewerker"
  `(?:verbind|zet) (?:mij|me) (?:even |ff )?door (?:met|naar) ${WORKER_NL}`,
  // Second-language forms: "ik wil praat met wijkteam", "ik wil spreken wijkteam"
  `${WISH_SAID_NL}(?:praat|spreek|praten|spreken|bel|bellen) (?:met )?${WORKER_NL}`,
  // "ik wil persoon van wijkteam", "ik wil een medewerker van de gemeente"
  `${WISH_SAID_NL}(?:een )?(?:persoon|mens|medewerker|iemand) (?:van|bij) (?:het |de )?(?:wijkteam|gemeente)`,
];

const WANT_EN =
  '(?:(?:i (?:want|would like|wish|need|would love)|id like|i wanna|please let me|let me|can i|could i|may i)(?: to)? )?';

const WHO_EN =
  '(?:someone|somebody|a (?:real )?(?:person|human)|a social worker|an advisor|a worker|a staff member|an employee|the (?:wijkteam|neighbou?rhood team|neighbou?rhood social team))';

const OF_EN =
  '(?: (?:from|at|of|in) (?:the |my |our )?(?:wijkteam|neighbou?rhood team|municipality|council|gemeente|town hall|city hall))?';

/** A person as English said without an article, by a learner: "speak with person". */
const BARE_EN = '(?:(?:a |an |some )?(?:real )?(?:human|person|someone|somebody|human being))';

/** A person wanted, not someone: "I need someone" alone may be loneliness. */
const HUMAN_EN = '(?:(?:a |an )?(?:real )?(?:human|human being|person))';

const ENGLISH = [
  // "I want to talk to someone from the neighbourhood team", "speak with the wijkteam please"
  `${WANT_EN}(?:talk|speak|chat) (?:to|with) ${WHO_EN}${OF_EN}`,
  // The "human" command's own English: "talk to a human", "chat with an agent".
  '(?:i want to |i would like to |can i |could i |let me )?(?:talk|speak|chat) (?:to|with) (?:a |an |some )?(?:real )?(?:human|person|someone|somebody|agent|employee|staff member)',
  // "i want speak with person", "I want a human", "put me through to a person"
  `i (?:want|need|would like)(?: to)? (?:speak|talk) (?:to|with) ${BARE_EN}`,
  `i (?:want|need|would like) ${HUMAN_EN}`,
  `(?:put|get) me through to ${BARE_EN}${OF_EN}`,
  `(?:connect|transfer) me (?:to|with) ${BARE_EN}${OF_EN}`,
  // "could someone from the wijkteam call me (back)"
  `(?:can|could|would|will) (?:someone|somebody|a person|the (?:wijkteam|neighbou?rhood team))${OF_EN} (?:call|ring|phone) me(?: back)?`,
];

/** Polite words around the wish that change nothing: "hallo, …", "… graag", "… please". */
const BEFORE = '(?:(?:hallo|hoi|hi|hello|ok|oke|graag|please|alstublieft|aub|even|nu) )*';
const AFTER = '(?: (?:graag|please|alstublieft|aub|even|nu|dan|maar|nou|pls|plz|thanks|bedankt))*';

const ONLY_PERSON_WISH = new RegExp(`^${BEFORE}(?:${[...DUTCH, ...ENGLISH].join('|')})${AFTER}$`);

/** Whether the whole folded message only asks to speak to the wijkteam or a person there. */
export function asksOnlyForPerson(folded: string): boolean {
  return ONLY_PERSON_WISH.test(folded);
}

const PERSON_NOUN =
  '(?:een (?:echte? )?(?:mens|persoon)|echt iemand|iemand (?:van (?:het wijkteam|de gemeente|jullie))|(?:een |de )?(?:medewerker|hulpverlener|wijkcoach|maatschappelijk werker|consulent)|het wijkteam|iemand)';
const PERSON_VERB = '(?:spreken|zien|bellen|ontmoeten|langs(?: ?komen)?|aan de lijn|op bezoek)';

/** The wish inside a longer message; each may stand beside a story. */
const IN_MESSAGE: readonly RegExp[] = [
  // "ik wil graag iemand van het wijkteam spreken over mijn schulden", "kan ik een medewerker bellen"
  new RegExp(
    `\\b(?:ik wil|ik zou|wil graag|graag|kan ik|mag ik|liever|ik zoek|willen)\\b(?: \\w+){0,3}? (?:met )?${PERSON_NOUN} (?:\\w+ ){0,6}?${PERSON_VERB}\\b`,
  ),
  // "praten met iemand van het wijkteam": "praten" only with a person who works there.
  /\b(?:praten|spreken) met (?:iemand van (?:het wijkteam|de gemeente)|een (?:medewerker|hulpverlener|wijkcoach|maatschappelijk werker)|het wijkteam|een (?:echte? )?mens)\b/,
  /\b(?:afspraak|gesprek) (?:maken |hebben |plannen )?(?:met|bij) (?:iemand van |een )?(?:het wijkteam|wijkteam|medewerker|hulpverlener|wijkcoach|maatschappelijk werker)\b/,
  /\b(?:kan|kunt|wil|wilt) (?:er )?iemand (?:van het wijkteam )?(?:bij mij |bij me )?(?:langs ?komen|mij bellen|me bellen|komen)\b/,
  /\b(?:talk|speak) (?:to|with) (?:a (?:real )?(?:person|human)|someone (?:from|at) the (?:wijkteam|neighbou?rhood team|municipality|council)|someone from|the (?:wijkteam|neighbou?rhood team)|a social worker|an advisor)\b/,
  // "ik wil graag met het wijkteam praten over …": the person before the verb (ADR 0013, session
  // 20); with someone who works there only, since "met iemand praten" is a wish for company.
  /\bmet (?:iemand (?:van|bij) (?:het wijkteam|de gemeente)|het wijkteam|een (?:medewerker|hulpverlener|wijkcoach|maatschappelijk werker)(?: van (?:het wijkteam|de gemeente))?) (?:\w+ ){0,6}?(?:praten|spreken)\b/,
];

/** Whether the folded message holds a wish for a person, alone or beside a story. */
export function mentionsPersonWish(folded: string): boolean {
  return asksOnlyForPerson(folded) || IN_MESSAGE.some((pattern) => pattern.test(folded));
}

const IN_MESSAGE_ALL = IN_MESSAGE.map((pattern) => new RegExp(pattern.source, 'g'));

/**
 * The folded message with the wish's words inside it blanked out, spaces kept: what it says beside
 * the wish ("ik wil met het wijkteam praten over mijn schulden" leaves "ik wil … over mijn
 * schulden").
 */
export function blankPersonWish(folded: string): string {
  return IN_MESSAGE_ALL.reduce((rest, pattern) => rest.replace(pattern, ' '), folded);
}

/**
 * Words of one kind and, later on the same line, words of another: what `/first.*then/` tests, in
 * time linear in the message. The plain pattern starts again wherever `first` matches and scans to
 * the end of the line each time, which is quadratic on a long message of those words over and over.
 * Here only the earliest end of `first` on a line is tried (a later one finds no `then` the earliest
 * did not), so the line is scanned once.
 */
interface ThenOnOneLine {
  /** Matches, without taking a character, where a match of `first` ends. */
  readonly endOfFirst: RegExp;
  /** `.*then` from exactly there: `then` later on the same line. */
  readonly thenOnLine: RegExp;
}

function thenOnOneLine(first: string, then: string): ThenOnOneLine {
  return { endOfFirst: new RegExp(`(?<=${first})`, 'g'), thenOnLine: new RegExp(`.*${then}`, 'y') };
}

/** The characters `.` does not match: a line ends at each. */
const LINE_END = /[\n\r\u2028\u2029]/g;

function holdsOnOneLine({ endOfFirst, thenOnLine }: ThenOnOneLine, text: string): boolean {
  let from = 0;
  for (;;) {
    endOfFirst.lastIndex = from;
    const first = endOfFirst.exec(text);
    if (first === null) return false;
    thenOnLine.lastIndex = first.index;
    if (thenOnLine.test(text)) return true;
    LINE_END.lastIndex = first.index;
    if (LINE_END.exec(text) === null) return false;
    from = LINE_END.lastIndex;
  }
}

/**
 * At "Helpt dit u verder?" fewer words say it: someone, a person, a talk, rather than a list.
 * Not help *for* someone ("iets voor iemand die net is komen wonen"): that is a new question.
 */
const AS_REPLY_THEN: readonly ThenOnOneLine[] = [
  thenOnOneLine(
    String.raw`(?<!\bvoor )\b(?:iemand|een mens|een persoon|een medewerker|een hulpverlener|het wijkteam|wijkteam|wijkcoach|iemand van de gemeente)\b`,
    String.raw`\b(?:spreken|praten|bellen|meedenk\w*|mee (?:te |kan |kunnen |wil )?denk\w*|meekijk\w*|mee (?:te |kan |kunnen |wil )?kijk\w*|helpen|komen|langs\w*|nodig|zien)\b`,
  ),
  thenOnOneLine(
    String.raw`\b(?:spreken|praten|bellen|afspraak|gesprek)\b`,
    String.raw`\b(?:met )?(?:iemand|een mens|een persoon|medewerker|hulpverlener|wijkteam)\b`,
  ),
];

const AS_REPLY: readonly RegExp[] = [
  /\b(?:persoonlijk|echt iemand|echte mens|echt persoon|een echt mens|face to face|in het echt)\b/,
  /\b(?:bel (?:mij|me)|kunt u mij bellen|kan iemand mij bellen|terugbellen)\b/,
  /\b(?:talk|speak|chat) (?:to|with) (?:a |an |some )?(?:real )?(?:human|person|someone|somebody)\b/,
  /\b(?:someone|somebody|a person|a human) (?:to|who|that) (?:talk|help|think|call|come)\b/,
  /\b(?:call me|can someone call)\b/,
];

/** Whether a typed reply to the results asks for a person rather than another list. */
export function repliesWithPersonWish(folded: string): boolean {
  return (
    mentionsPersonWish(folded) ||
    AS_REPLY_THEN.some((pair) => holdsOnOneLine(pair, folded)) ||
    AS_REPLY.some((pattern) => pattern.test(folded))
  );
}
