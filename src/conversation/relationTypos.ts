import { createBoundedOsa, maxTypos } from '../text/editDistance.js';
import { familyWords, relationWord } from '../understanding/personWords.js';
import { isEverydayWord } from './everydayWords.js';

/**
 * A relation word with a common typo, right after "mijn"/"my": "mijn dogter", "mijn moedr", "mijn
 * kleinzon" (docs/adr/0014, amendment 2026-12-03). Cautious, since a wrong guess skips a question:
 * - only the word after a possessive, where a person is the likely word;
 * - only relation words of five letters or more ("zoon" typed "zon" stays the sun), with the
 *   project's one edit distance and its limit by length (one typo up to six letters, two from
 *   seven: "dogter" is two edits from "dochter");
 * - the typo keeps the first letter ("zicht" is no "nicht", "other" no "mother");
 * - below seven letters only a missed, doubled or swapped letter: one letter for another there
 *   too often makes another real word ("broek" is no "broer", "vaker" no "vader");
 * - never a word the project knows as an everyday word ("dokter", "nacht") nor a relation word;
 * - only when one relation word is nearest (two at the same distance: no guess).
 */
const POSSESSIVE = /\b(mijn|mn|my|onze|our) (\w+)\b/g;

const TARGETS: readonly string[] = familyWords.filter((word) => word.length >= 5);

const osa = createBoundedOsa();

function relationForTypo(word: string): string | undefined {
  if (word.length < 4 || /\d/.test(word)) return undefined;
  if (relationWord(word) !== undefined || isEverydayWord(word)) return undefined;
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  let tie = false;
  for (const target of TARGETS) {
    if (target[0] !== word[0]) continue;
    const limit = maxTypos(target.length);
    const distance = osa(word, target, limit);
    if (distance > limit || distance > bestDistance) continue;
    if (target.length < 7 && word.length === target.length && !sameLetters(word, target)) continue;
    tie = distance === bestDistance;
    best = target;
    bestDistance = distance;
  }
  return tie ? undefined : best;
}

function sameLetters(a: string, b: string): boolean {
  return [...a].sort().join('') === [...b].sort().join('');
}

/**
 * Where a relation word is looked for. In a message (`afterPossessive`) only right after "mijn",
 * "my" …: any word of a story may be a typo of something. In the reply to "Voor wie zoekt u
 * hulp?" (`anyWord`) naming the person is the whole answer, so every word is read: "dogter", "me
 * schoonmoedr", "my granma" (ADR 0013, session 14). The same guard holds in both: first letter,
 * length, edit kind, everyday words, no tie.
 */
export type RelationTypoScope = 'afterPossessive' | 'anyWord';

/** The folded text with a relation word's typo written as the relation word. */
export function withRelationTypos(
  folded: string,
  scope: RelationTypoScope = 'afterPossessive',
): string {
  if (scope === 'anyWord') {
    return folded
      .split(' ')
      .map((word) => relationForTypo(word) ?? word)
      .join(' ');
  }
  return folded.replace(POSSESSIVE, (whole, possessive: string, word: string) => {
    const relation = relationForTypo(word);
    return relation === undefined ? whole : `${possessive} ${relation}`;
  });
}
