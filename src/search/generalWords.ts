import dutchCommon from '@zxcvbn-ts/language-nl-be/dist/commonWords.json.js';
import { foldText } from '../text/normalise.js';

/**
 * How common a Dutch word is in everyday speech: its place in the general frequency list of the
 * zxcvbn-ts Dutch package (film subtitles, most frequent first; the list realWords.ts reads too).
 *
 * A kaart has some sixty entries, so its own idf says little about a word like "zit", "hele",
 * "staan" or "laat": a word that stands in two descriptions looks as rare as "deurwaarder". The
 * general list tells which words people say all the time, about anything (ADR 0013, session 20).
 */
let ranks: ReadonlyMap<string, number> | undefined;

function buildRanks(): ReadonlyMap<string, number> {
  const map = new Map<string, number>();
  dutchCommon.forEach((entry, rank) => {
    const folded = foldText(entry);
    if (!map.has(folded)) map.set(folded, rank);
  });
  return map;
}

/**
 * The list's places, built once: the first index build pays for it (as for realWords.ts), so no
 * resident's first question does.
 */
export function generalWordRanks(): ReadonlyMap<string, number> {
  ranks ??= buildRanks();
  return ranks;
}

/** The word's place in the everyday Dutch frequency list (0 = most frequent), or undefined. */
export function generalWordRank(folded: string): number | undefined {
  return generalWordRanks().get(folded);
}
