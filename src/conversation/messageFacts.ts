import type { ForWhom } from '../cases/case.js';
import type { GemeenteDiensten } from '../knowledge/schema.js';
import { ageFor, extractFirstMessageFacts } from './firstMessage.js';
import { foldReply } from './matchText.js';
import { findPlace, type PlaceIndex, type PlaceMention } from './places.js';
import { signalsLossOfControl } from './wijkwijzerRule.js';
import {
  asksOnlyForPerson,
  blankPersonWish,
  mentionsPersonWish,
} from '../understanding/personWish.js';
import { understand, type Understanding } from '../understanding/understand.js';

/**
 * What one resident message says, read once per turn (ADR 0014). Every intake question
 * recognises its answer from these facts instead of from the raw text, and the understanding pass
 * of ADR 0013 (`understand(text, context)`) is part of them: the intake offers its levensgebieden
 * and searches with its probabilities, so the model reads a message once. Nothing here is
 * stored: the facts live for one turn.
 */

export interface MessageContext {
  readonly places: PlaceIndex;
  /** Levensgebied ids of the knowledge being served; others are dropped from the understanding. */
  readonly levensgebieden?: readonly string[];
  /** Wijk and buurt names, so "ik woon in Het Lang" is not read as part of the question. */
  readonly placeNames?: readonly string[];
  /** The gemeente's own services (ADR 0013, gemeente amendment), when the knowledge lists them. */
  readonly gemeenteDiensten?: GemeenteDiensten;
}

/**
 * The understanding pass as the conversation uses it. The crisis check is not part of it here:
 * the conversation guard assesses every message before a dialog sees it (ADR 0012). Nor is the
 * conversation's language: the guard settles it once per turn (WijkwijzerState.language), and this
 * pass does not know the language before the message, so its `language` would say Dutch for a
 * message that shows none ("budgetcoach") in an English conversation. `textLanguage`, the
 * message's own, stays: the search reads the text in it.
 */
export type MessageUnderstanding = Omit<Understanding<undefined>, 'language'>;

/** Hard news the bot acknowledges before anything else (ADR 0014, defect 6). */
export type HardNews = 'loss' | 'illness';

/** What "het is me niet gelukt" says went wrong, when it says it (resident memory outcomes). */
export type NotSolvedReason = 'could_not_reach' | 'did_not_qualify' | 'no_place' | 'other';

export interface MessageFacts {
  /** The message as typed, for the one question that keeps free text; never stored unmasked. */
  readonly text: string;
  readonly folded: string;
  /** Where the resident lives, when the message clearly says so ("ik woon in de Roombeek"). */
  readonly place?: PlaceMention;
  /** The same, read as the answer to "In welke wijk …?": bare names, typos, any postcode. */
  readonly placeAnswer?: PlaceMention;
  readonly forWhom?: ForWhom;
  /** The resident cares for the person `forWhom` names ("ik zorg voor mijn vader"). */
  readonly caresFor?: true;
  readonly selfAge?: number;
  readonly subjectAge?: number;
  readonly subjectAgeOf?: ForWhom;
  readonly unknownAge?: number;
  /** "Ik wil iemand van het wijkteam spreken over …": a person now, not a search first. */
  readonly wantsPerson: boolean;
  /**
   * The wish for a person and nothing beside it but greetings, polite words and where the resident
   * lives ("goedemorgen, ik woon in de Roombeek en wil iemand van het wijkteam spreken"): no need
   * to read a levensgebied from (ADR 0013, session 20). The handover asks what is going on.
   */
  readonly personOnly: boolean;
  /**
   * "Mijn moeder komt nergens meer, kan er iemand bij haar langskomen?": someone to come by, not
   * named as the wijkteam's, beside a story. A home visit is help the sociale kaart gives (a
   * huisbezoek, a maatje), so the intake searches when the story names a need it reads, and takes
   * the wish for a person only when it reads none. The wish alone is `wantsPerson`.
   */
  readonly wantsVisit: boolean;
  /** "Ik weet niet meer wat ik moet doen": distress without crisis. */
  readonly lossOfControl: boolean;
  readonly hardNews?: HardNews;
  /** "Het is me niet gelukt": a returning resident whose earlier search did not help. */
  readonly notSolved?: NotSolvedReason;
  /**
   * The understanding pass of ADR 0013: language, levensgebieden, needs and the search text with
   * the model's probabilities. Computed on first use: the conversation guard reads the message's
   * language from it on every typed message (dialogs/conversationGuard.ts), so in a bot turn it is
   * computed once, there, and the dialogs read the same pass.
   */
  readonly understanding: MessageUnderstanding;
}

/**
 * Someone to come by, the person not named as the wijkteam's or the gemeente's: "kan er iemand bij
 * mijn moeder langskomen", "ik zou graag willen dat er iemand bij hem op bezoek komt".
 */
const VISIT_WISH = new RegExp(
  [
    `\\b(?:kan|kunt|wil|wilt|zou) (?:er )?(?:eens |even )?iemand (?:eens |even )?(?:bij (?:mij|me|ons|haar|hem|(?:mijn|mn|m'n) \\w+) )?(?:eens |even )?(?:langs ?(?:komen|gaan)?|op bezoek komen|komen kijken)\\b`,
    `\\b(?:ik wil|ik zou|wil graag|graag|ik zoek)\\b(?: \\w+){0,3}? iemand (?!van )(?:\\w+ ){0,6}?(?:langs ?(?:komen|komt|gaat|gaan)?|op bezoek)\\b`,
  ].join('|'),
  'g',
);

/** Words a message must hold beside a visit wish to tell more than the wish. */
const STORY_WORDS = 3;

/**
 * A wish for a person, or for someone to come by beside a story: "kan er iemand bij mij langs
 * komen?" alone is a wish for a person, as it always was; with a story beside it ("mijn opa komt de
 * deur niet meer uit, kan er iemand bij hem langskomen?") it is a visit the intake may search for.
 * A person named beside a visit still is one ("… of mag ik een wijkteamlid aan de lijn").
 */
function personOrVisit(folded: string): Pick<MessageFacts, 'wantsPerson' | 'wantsVisit'> {
  const rest = folded.replace(VISIT_WISH, ' ');
  const named = mentionsPersonWish(rest);
  if (rest === folded) return { wantsPerson: named, wantsVisit: false };
  const story = (rest.match(/\p{L}{2,}/gu) ?? []).length >= STORY_WORDS;
  return { wantsPerson: named || !story, wantsVisit: story };
}

/**
 * Someone to meet or to come by ("ik wil graag iemand ontmoeten"): a wish for a person, as before,
 * but one that names a need of its own (company, a visit), so its levensgebied is still read.
 */
const COMPANY = /\b(?:ontmoeten|zien|op bezoek|langs ?(?:komen|komt|gaan)|bezoek|meet|visit)\b/;

/** Words beside a wish for a person that tell no need: greetings, polite words, where one lives. */
const AROUND_WISH = new Set(
  (
    'ik wij we u woon woont wonen in op te en de het een van bij uit graag alstublieft aub hallo ' +
    'wil wilt willen wou zou zouden kan kunnen mag liever ' +
    'hoi goedemorgen goedemiddag goedenavond dag beste even gewoon eigenlijk mijn onze wijk buurt ' +
    'postcode gemeente wijkteam dank bedankt alvast please hello hi i live the a an and from at my ' +
    'our neighbourhood neighborhood team thanks thank you'
  ).split(' '),
);

/**
 * The message without its wish for a person, folded: what it says beside the wish, read for its
 * levensgebied ("ik wil met het wijkteam praten over mijn schulden" is about money, not company).
 */
export function withoutPersonWish(text: string): string {
  const folded = foldReply(text);
  // Company or a visit is a need of its own ("ik wil graag iemand ontmoeten"): read as it is.
  if (COMPANY.test(folded)) return text;
  return blankPersonWish(folded).replace(/ {2,}/g, ' ').trim();
}

/** The wish for a person is all the message says, place names and postcodes left aside. */
function wishAlone(folded: string, placeNames: readonly string[]): boolean {
  let rest = ` ${blankPersonWish(folded)} `;
  for (const name of placeNames) {
    const place = foldReply(name);
    if (place !== '') rest = rest.split(` ${place} `).join('  ');
  }
  return rest
    .replace(/ [1-9]\d{3}(?: [a-z]{2})?(?= )/g, ' ')
    .split(' ')
    .every((word) => word === '' || AROUND_WISH.has(word));
}

const LOSS =
  /\b(?:overleden|gestorven|dood ?gegaan|is dood|(?:mijn|mn) \w+ (?:verloren|kwijtgeraakt)|rouw|rouwen|begrafenis|crematie|weduwe|weduwnaar|passed away|died|lost my (?:husband|wife|mother|father|son|daughter|partner)|bereavement|grief)\b/;
const ILLNESS =
  /\b(?:kanker|ongeneeslijk|terminaal|chemo|chemokuur|diagnose|hersenbloeding|beroerte|hartaanval|ernstig ziek|heel erg ziek|dementie|alzheimer|parkinson|als gekregen|cancer|terminal|diagnosed|stroke|dementia)\b/;

const NOT_SOLVED: ReadonlyArray<readonly [NotSolvedReason, RegExp]> = [
  [
    'could_not_reach',
    /\b(?:niemand (?:bereikt|bereiken|nam op|neemt op)|kon niemand bereiken|geen contact (?:gekregen|kunnen krijgen)|(?:nam|neemt) niet op|geen antwoord|could not reach|no one answered|nobody answered)\b/,
  ],
  [
    'did_not_qualify',
    /\b(?:mocht (?:er )?niet|kwam (?:er )?niet voor in aanmerking|niet toegelaten|afgewezen|did not qualify|was refused)\b/,
  ],
  ['no_place', /\b(?:geen plek|wachtlijst|(?:was|is|zat) vol|no place|waiting list)\b/],
  [
    'other',
    /\b(?:(?:het )?is (?:me |mij )?niet gelukt|het lukte (?:me |mij )?niet|het werkte niet|heeft niet geholpen|hielp niet|niet gelukt|(?:it )?(?:did not|didnt) work|did not help|didnt help)\b/,
  ],
];

function notSolvedReason(folded: string): NotSolvedReason | undefined {
  const general = NOT_SOLVED.find(([reason]) => reason === 'other')?.[1];
  const saysNotSolved = general?.test(folded) === true;
  for (const [reason, pattern] of NOT_SOLVED) {
    if (reason !== 'other' && pattern.test(folded)) return reason;
  }
  return saysNotSolved ? 'other' : undefined;
}

/** Reads one message. Deliberately cautious: a missed fact costs a question, a wrong one a wrong answer. */
export function readMessage(text: string, context: MessageContext): MessageFacts {
  const folded = foldReply(text);
  const first = extractFirstMessageFacts(text);
  const place = findPlace(text, context.places, 'mention');
  const hardNews: HardNews | undefined = LOSS.test(folded)
    ? 'loss'
    : ILLNESS.test(folded)
      ? 'illness'
      : undefined;
  const notSolved = notSolvedReason(folded);
  const person = personOrVisit(folded);
  const facts: Omit<MessageFacts, 'understanding'> = {
    text,
    folded,
    ...(place === undefined ? {} : { place }),
    ...(first.forWhom === undefined ? {} : { forWhom: first.forWhom }),
    ...(first.caresFor === undefined ? {} : { caresFor: first.caresFor }),
    ...(first.selfAge === undefined ? {} : { selfAge: first.selfAge }),
    ...(first.subjectAge === undefined ? {} : { subjectAge: first.subjectAge }),
    ...(first.subjectAgeOf === undefined ? {} : { subjectAgeOf: first.subjectAgeOf }),
    ...(first.unknownAge === undefined ? {} : { unknownAge: first.unknownAge }),
    ...person,
    personOnly:
      person.wantsPerson &&
      !COMPANY.test(folded) &&
      (asksOnlyForPerson(folded) || wishAlone(folded, context.placeNames ?? [])),
    lossOfControl: signalsLossOfControl(text),
    ...(hardNews === undefined ? {} : { hardNews }),
    ...(notSolved === undefined ? {} : { notSolved }),
  };
  // Read as the answer to "In welke wijk …?" only when a question asks for it: the generous
  // reading (typos, bare names) costs more than the rest of the message together.
  let answer: { readonly value: PlaceMention | undefined } | undefined;
  let understanding: MessageUnderstanding | undefined;
  return Object.defineProperties(facts, {
    placeAnswer: {
      enumerable: true,
      get: () => (answer ??= { value: findPlace(text, context.places, 'answer') }).value,
    },
    understanding: {
      enumerable: true,
      get: () =>
        (understanding ??= understand(text, {
          assessSafety: () => undefined,
          wijken: context.placeNames ?? [],
          places: context.places,
          ...(context.levensgebieden === undefined
            ? {}
            : { levensgebieden: context.levensgebieden }),
          ...(context.gemeenteDiensten === undefined
            ? {}
            : { gemeenteDiensten: context.gemeenteDiensten }),
        })),
    },
  }) as MessageFacts;
}

/** The age that belongs to the person the question is for, if the message said it. */
export function ageOfSubject(message: MessageFacts, forWhom: ForWhom | null): number | undefined {
  return ageFor(message, forWhom ?? 'zelf');
}
