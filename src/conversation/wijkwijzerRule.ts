import { foldReply } from './matchText.js';

/**
 * The wijkwijzer rule (docs/adr/0010-conversation-design.md, "The wijkwijzer rule"): the wijkwijzer helps with single
 * questions that one or two conversations solve; beyond that, a person from the wijkteam should
 * take over. The bot only *proposes* the handover, with the reason in plain words; the resident
 * decides, and nobody but the gemeente decides about an indicatie.
 */
export const handoverReasons = [
  /** The resident asked for a person ("ik wil een mens spreken"). */
  'asked_for_person',
  /** Nothing in the sociale kaart fits the question well enough. */
  'no_good_match',
  /** Three or more levensgebieden at once: "multiproblematiek op drie of meer leefgebieden". */
  'many_domains',
  /** "Ik weet niet meer waar ik moet beginnen": a lack of regie, not a lack of information. */
  'loss_of_control',
  /** Back within the memory period about the same levensgebied, and it was not solved. */
  'returning_unsolved',
] as const;
export type HandoverReason = (typeof handoverReasons)[number];

/** From this many levensgebieden on, the question is not enkelvoudig (003_…:382). */
export const MANY_DOMAINS = 3;

const LOSS_OF_CONTROL: readonly RegExp[] = [
  /\bweet (?:het |echt |gewoon )?niet meer (?:waar|hoe|wat)\b/,
  /\bweet niet (?:waar|hoe) ik (?:moet )?(?:beginnen|starten)\b/,
  /\bweet niet (?:meer )?wat ik moet doen\b/,
  /\bik weet het (?:allemaal )?niet meer\b/,
  /\bkom er (?:zelf |echt |gewoon |alleen )?niet (?:meer )?uit\b/,
  /\b(?:groeit|wordt) (?:me|mij) (?:allemaal )?(?:boven het hoofd|te veel|teveel)\b/,
  /\b(?:het is|alles is|dit is) (?:me |mij )?(?:allemaal )?(?:te veel|teveel)\b/,
  /\b(?:te veel|teveel) (?:tegelijk|ineens|op mijn bord)\b/,
  /\balles (?:tegelijk|loopt door elkaar|loopt mis|gaat mis|komt tegelijk)\b/,
  /\b(?:ik ben|ben) (?:de weg|het overzicht|het spoor) (?:helemaal )?kwijt\b/,
  /\bgeen overzicht meer\b/,
  /\bik kan (?:het|dit) (?:allemaal )?niet (?:meer )?aan\b/,
  /\bik red het niet (?:meer|alleen|zelf)\b/,
  /\bik (?:loop|zit) (?:helemaal |echt )?vast\b/,
  /\bik verzuip\b|\bik verdrink\b/,
  /\bdoor de bomen het bos niet meer\b/,
  /\bhet water (?:staat|komt|tot) (?:me|mij) (?:tot )?aan de lippen\b/,
  /\b(?:ik kan het|kan het) niet meer overzien\b/,
  /\bmet (?:mijn|de) handen in het haar\b/,
  /\b(?:dont|do not) know where to (?:start|begin)\b/,
  /\b(?:cant|cannot|can not) cope\b/,
  /\boverwhelmed\b/,
  /\b(?:its|it is) (?:all )?too much\b/,
  /\bi(?: am|m) (?:completely |totally )?(?:stuck|lost)\b/,
  /\b(?:dont|do not) know what to do(?: anymore)?\b/,
];

/** True when the message says the resident has lost the overview, not just that they have a question. */
export function signalsLossOfControl(text: string): boolean {
  const folded = foldReply(text);
  return LOSS_OF_CONTROL.some((pattern) => pattern.test(folded));
}

/** True when the question touches too many levensgebieden for the wijkwijzer alone. */
export function touchesManyDomains(levensgebieden: readonly string[]): boolean {
  return new Set(levensgebieden).size >= MANY_DOMAINS;
}
