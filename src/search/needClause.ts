import { foldText } from '../text/normalise.js';

/**
 * The clause of a message that holds the resident's wish ("waar kan ik …", "ik zoek …", "wie helpt
 * …"), told apart from clauses that give the background ("ik heb een uitkering", "sinds mijn
 * ontslag", "ik zit in een rolstoel"). A circumstance told in passing says who the resident is,
 * not what they ask for, yet its words pull the levensgebied toward it; the wish clause says
 * what they ask for.
 */

/** Where one clause ends and the next begins: punctuation, or a word that opens a new clause. */
const CLAUSE_BREAK =
  /[.!?;:,]+\s*|\s+(?=(?:maar|want|omdat|sinds|sindsdien|doordat|but|because|since)\s)|\s+(?=(?:en|and)\s+(?:ik|nu|wij|we|waar|hoe|wie|is er|zijn er|i|i'm|im|where|how|who|is there|are there)\s)/u;

/** The words that say a wish or a question for help, in Dutch and English. */
const WISH =
  /(?:^|\s)(?:ik zoek|zoek ik|zoeken wij|zoeken we|op zoek|waar kan|waar vind|waar moet|waar kun|hoe kom ik|hoe kan ik|hoe vind ik|hoe regel ik|wie helpt|wie kan|kan iemand|kunnen jullie|kan ik ergens|is er|zijn er|heeft iemand|weet iemand|ik wil graag|ik wil|ik zou graag|ik zou willen|graag hulp|hulp nodig|ik heb hulp|mijn vraag|ik vraag|i am looking|i'm looking|im looking|looking for|where can|where do i|how do i|how can i|who can|who helps|can someone|can anyone|can you|is there|are there|i need|i would like|i'd like|id like|i want|my question)(?=\s|$)/u;

/** A clause needs at least this many words of its own to be counted as a clause. */
const MIN_CLAUSE_WORDS = 2;

function clausesOf(text: string): string[] {
  return foldText(text)
    .replace(/[’‘`´]/gu, "'")
    .split(CLAUSE_BREAK)
    .map((clause) => clause.replace(/\s+/gu, ' ').trim())
    .filter((clause) => clause.split(' ').length >= MIN_CLAUSE_WORDS);
}

/**
 * The clauses that hold the wish, joined, when the message also has a clause without one (the
 * background); undefined when there is no wish clause or nothing else beside it, so a message that
 * is all wish or all story is read as it is.
 */
export function needClause(text: string): string | undefined {
  const clauses = clausesOf(text);
  const wishes = clauses.filter((clause) => WISH.test(clause));
  if (wishes.length === 0 || wishes.length === clauses.length) return undefined;
  return wishes.join(' ');
}

/**
 * How much the whole message still counts in the levensgebied reading when it has a wish clause:
 * half, the wish clause's own reading the other half. Not fitted; the background keeps a say, as
 * it is sometimes the very subject of the wish ("ik heb schulden, wie helpt mij").
 */
export const WHOLE_MESSAGE_SHARE = 0.5;

/**
 * The levensgebied reading with the background weighing less: each levensgebied's share of the
 * whole message and of its wish clause, mixed by WHOLE_MESSAGE_SHARE.
 */
export function weighNeedClause(
  whole: ReadonlyMap<string, number>,
  wish: ReadonlyMap<string, number>,
): Map<string, number> {
  const mixed = new Map<string, number>();
  for (const slug of new Set([...whole.keys(), ...wish.keys()])) {
    mixed.set(
      slug,
      WHOLE_MESSAGE_SHARE * (whole.get(slug) ?? 0) +
        (1 - WHOLE_MESSAGE_SHARE) * (wish.get(slug) ?? 0),
    );
  }
  return mixed;
}
