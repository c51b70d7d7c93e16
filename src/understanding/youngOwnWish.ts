import { foldText } from '../text/normalise.js';
import { relationWord } from './personWords.js';

/**
 * The young person's own wish (ADR 0013, amendment session 23, "the young person's own wish
 * releases the seat of upbringing"). A parent who names a child, or a teenager who gives their
 * age, pulls Opvoeden (upbringing) into the offer, while what the message asks to get done is
 * often the young person's own wish: somewhere to go, a team, a job, someone to talk to. Then the
 * wish says the levensgebied, not the child. Read by who the wish is of, never by its topic:
 *
 * - a child of the resident (the child words of personWords.ts, "hij/zij/ze/he/she/they" after
 *   one) who wants, may or can do something: "mijn dochter van 9 wil …", "mag hij naar …", "waar
 *   kan zij …", "can my son join …";
 * - the resident's wish that the child does something: "ik zou willen dat ze buiten spelen";
 * - a resident who says they are 12 to 23 and asks for something for themselves ("ik ben 16 en
 *   wil …", "ik ben 15, kan ik …", "I'm 17, is there …").
 *
 * A wish turned down or narrowed ("wil niet naar school", "wil alleen maar gamen", "won't go") is
 * a parent's worry about behaviour, which is upbringing itself, and does not count.
 */

/**
 * Folded as everywhere else (`foldText`), then only letters and digits between single spaces, with
 * a space at each end so the patterns can ask for whole words. "I'm" becomes "i m".
 */
function fold(text: string): string {
  return ` ${foldText(text)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()} `;
}

/** Pronouns that stand for a child named before them. */
const PRONOUNS = '(?:hij|zij|ze|he|she|they)';
/** A wish or a request: wanting, liking to, being allowed or able to. */
const WANTS = '(?:wil|wilt|willen|zou graag|zou willen|zouden graag|zouden willen|wants|want|would like|d like)';
/** A wish turned down or narrowed to one thing: upbringing's own worry, not a wish to meet. */
const TURNED_DOWN = '(?:niet|nooit|nergens|niks|niets|alleen|not|never|nothing|only)';
/** Words that say the resident, not the child, is the one who wishes. */
const RESIDENT = new Set(['ik', 'i', 'we', 'wij', 'me', 'mij']);

/** Whether a word names a child of the resident (a son, a daughter, the children, a teenager). */
function childWord(word: string): boolean {
  return relationWord(word)?.forWhom === 'kind';
}

/** A resident who gives an age of 12 to 23 in their own words ("ik ben 16", "i m 17"). */
const YOUNG_SELF = / (?:ik ben|i m|i am|im) (?:1[2-9]|2[0-3])(?: jaar| years?)?(?: old)? /;
/** The young resident's own wish or question for themselves. */
const OWN_WISH = new RegExp(
  ` (?:${WANTS}(?! ${TURNED_DOWN} )|kan ik|mag ik|is er|zijn er|can i|is there|are there|who can) `,
);

/** After a child named: the child wishes, may or can do something. */
function childWishes(words: readonly string[], from: number): boolean {
  // The words after the child up to the next clause opened by the resident ("… en ik wil …").
  const after: string[] = [];
  for (const word of words.slice(from + 1, from + 9)) {
    if (RESIDENT.has(word)) break;
    after.push(word);
  }
  const rest = ` ${after.join(' ')} `;
  return new RegExp(` ${WANTS} (?!${TURNED_DOWN} )`).test(rest);
}

/** The determiners before a child word in "mag mijn dochter …", "can my son …". */
const DETERMINERS = new Set(['mijn', 'mn', 'onze', 'ons', 'de', 'het', 'my', 'our', 'the']);
const PRONOUN_WORDS = new Set(['hij', 'zij', 'ze', 'he', 'she', 'they']);
const MAY_OR_CAN = new Set(['mag', 'mogen', 'kan', 'kunnen', 'can', 'may', 'could']);
const TURNED_DOWN_WORD = new RegExp(`^${TURNED_DOWN}$`);

/**
 * "mag hij naar …", "waar kan mijn dochter van 9 …", "can my son join …": a verb of may or can
 * right before the child (a pronoun, or a determiner and a child word), not turned down after it.
 */
function childMayOrCan(words: readonly string[]): boolean {
  return words.some((word, at) => {
    if (!MAY_OR_CAN.has(word)) return false;
    let next = at + 1;
    const first = words[next] ?? '';
    if (PRONOUN_WORDS.has(first)) next += 1;
    else if (DETERMINERS.has(first) && childWord(words[next + 1] ?? '')) next += 2;
    else return false;
    // "van 9" after the child word belongs to the child.
    if (/^(?:van|of)$/.test(words[next] ?? '') && /^\d+$/.test(words[next + 1] ?? '')) next += 2;
    return !TURNED_DOWN_WORD.test(words[next] ?? '');
  });
}

/** "ik zou willen dat mijn kinderen …", "I want them to …": the resident wishes the child's doing. */
function wishForChild(folded: string): boolean {
  if (new RegExp(` ${WANTS} (?:him|her|them) to (?!${TURNED_DOWN} )`).test(folded)) return true;
  const words = folded.trim().split(' ');
  return words.some((word, at) => {
    if (word !== 'dat' || !new RegExp(` ${WANTS} $`).test(` ${words.slice(0, at).join(' ')} `))
      return false;
    const first = words[at + 1] ?? '';
    // "dat ze …" or "dat mijn kinderen …", and what follows not turned down.
    let next = at + 2;
    if (!PRONOUN_WORDS.has(first)) {
      if (!DETERMINERS.has(first) || !childWord(words[at + 2] ?? '')) return false;
      next = at + 3;
    }
    return !TURNED_DOWN_WORD.test(words[next] ?? '');
  });
}

/** Whether the message holds a wish that is a young person's own. */
export function readsYoungOwnWish(text: string): boolean {
  const folded = fold(text);
  const words = folded.trim().split(' ');
  const childAt = words.findIndex(childWord);
  if (childAt >= 0) {
    // "mijn dochter van 9 wil …", "my son wants …": the child named is the one who wishes.
    for (let at = childAt; at < words.length; at += 1) {
      if (childWord(words[at] as string) && childWishes(words, at)) return true;
    }
    if (childMayOrCan(words) || wishForChild(folded)) return true;
    // "… en hij wil zo graag …": a pronoun that wishes, after the child was named.
    const laterText = ` ${words.slice(childAt).join(' ')} `;
    const pronounWishes = new RegExp(` ${PRONOUNS} (?:\\w+ ){0,2}?${WANTS} (?!${TURNED_DOWN} )`);
    if (pronounWishes.test(laterText)) return true;
  }
  return YOUNG_SELF.test(folded) && OWN_WISH.test(folded);
}
