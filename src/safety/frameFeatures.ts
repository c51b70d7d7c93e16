import { clauseMarker } from './normalise.js';
import { cueGroupsOfWord, frameCueGroups, type FrameCueGroup } from './frameCues.js';

/**
 * The features the frame reader reads from a normalised message (docs/adr/0012-safety-net.md,
 * thirteenth round). Binary, named, in a fixed order of families:
 *
 * - `w:` a word, `b:` two words in a row within a clause;
 * - `p:` the first four letters of a word of six letters or more: a diminutive, a compound or an
 *   inflection shares them with the word the corpus held ("filmpje", "filmfragment" → "p:film");
 * - `g:` a cue group present anywhere in the message (src/safety/frameCues.ts), and `gg:` each pair
 *   of groups present together ("gg:over+past": a past told as over; "gg:media+now").
 *
 * The whole message is read, not only the clause of a rule's match: a frame is often told in the
 * next sentence ("... Dat is allemaal achter de rug.").
 */

/** Words read per message: the web chat's 2,000 characters are about 400 words; work stays bounded. */
export const maxFrameWords = 300;

const prefixLength = 4;
const prefixMinWord = 6;

export function frameFeatureNames(normalised: string): string[] {
  const names = new Set<string>();
  const present = new Set<FrameCueGroup>();
  let previous = '';
  let count = 0;
  for (const word of normalised.split(' ')) {
    if (word === '') continue;
    if (word === clauseMarker) {
      previous = '';
      continue;
    }
    count += 1;
    if (count > maxFrameWords) break;
    names.add(`w:${word}`);
    if (previous !== '') names.add(`b:${previous} ${word}`);
    if (word.length >= prefixMinWord) names.add(`p:${word.slice(0, prefixLength)}`);
    for (const group of cueGroupsOfWord(word)) present.add(group);
    previous = word;
  }
  const groups = frameCueGroups.filter((group) => present.has(group));
  for (const [index, group] of groups.entries()) {
    names.add(`g:${group}`);
    for (const other of groups.slice(index + 1)) names.add(`gg:${group}+${other}`);
  }
  return [...names];
}
