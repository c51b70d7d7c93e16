import { runToEnd } from '../shared/timeSlicer.js';
import { createLevenshtein, osaDistance } from '../text/editDistance.js';

export interface FuzzyMatch {
  readonly word: string;
  readonly distance: number;
}

/**
 * A BK-tree over the vocabulary: finds every word within an edit distance without comparing the
 * query with every word. Built once per index and never changed afterwards.
 */
export interface BkTree {
  readonly size: number;
  /**
   * Words within `maxDistance` typos (optimal string alignment, so a swap of two letters is one
   * typo), closest first. With two typos allowed, a swap plus another edit is not found.
   */
  search(word: string, maxDistance: number): FuzzyMatch[];
}

export function buildBkTree(words: Iterable<string>): BkTree {
  return runToEnd(bkTreeSteps(words));
}

/** Words inserted between two yields of the build; one insert is a few edit distances. */
const INSERTS_PER_STEP = 64;

/** The build as a generator that yields every INSERTS_PER_STEP words, for a sliced index build. */
export function* bkTreeSteps(words: Iterable<string>): Generator<void, BkTree, void> {
  const levenshtein = createLevenshtein();
  const nodeWords: string[] = [];
  const children: Map<number, number>[] = [];
  let inserted = 0;
  for (const word of words) {
    inserted += 1;
    if (inserted % INSERTS_PER_STEP === 0) yield;
    if (nodeWords.length === 0) {
      nodeWords.push(word);
      children.push(new Map());
      continue;
    }
    let node = 0;
    for (;;) {
      const distance = levenshtein(word, nodeWords[node] as string);
      if (distance === 0) break;
      const nodeChildren = children[node] as Map<number, number>;
      const child = nodeChildren.get(distance);
      if (child === undefined) {
        nodeChildren.set(distance, nodeWords.length);
        nodeWords.push(word);
        children.push(new Map());
        break;
      }
      node = child;
    }
  }

  return {
    size: nodeWords.length,
    search(word, maxDistance) {
      if (nodeWords.length === 0 || maxDistance <= 0) return [];
      // A swap of two letters is one typo but two Levenshtein edits. For one allowed typo, search
      // one step wider and keep the words within reach by optimal string alignment; for two, a
      // swap already fits, and widening to three would visit most of the tree.
      const radius = maxDistance === 1 ? 2 : maxDistance;
      const found: FuzzyMatch[] = [];
      const stack = [0];
      while (stack.length > 0) {
        const node = stack.pop() as number;
        const candidate = nodeWords[node] as string;
        const distance = levenshtein(word, candidate);
        if (distance <= radius && Math.abs(candidate.length - word.length) <= maxDistance) {
          const typos = distance <= 1 ? distance : osaDistance(word, candidate);
          if (typos <= maxDistance) found.push({ word: candidate, distance: typos });
        }
        for (const [edge, child] of children[node] as Map<number, number>) {
          if (edge >= distance - radius && edge <= distance + radius) stack.push(child);
        }
      }
      return found.sort((a, b) => a.distance - b.distance || (a.word < b.word ? -1 : 1));
    },
  };
}

/**
 * The typo vocabulary as one BK-tree per first letter. People rarely miss the first letter of a
 * word, and searching only the words that share it keeps a lookup well under a millisecond at
 * 100,000 entries; a typo in the first letter is not corrected.
 */
export interface TypoIndex {
  readonly size: number;
  search(word: string, maxDistance: number): FuzzyMatch[];
}

export function buildTypoIndex(words: Iterable<string>): TypoIndex {
  return runToEnd(typoIndexSteps(words));
}

/** The build as a generator, for a sliced index build (see bkTreeSteps). */
export function* typoIndexSteps(words: Iterable<string>): Generator<void, TypoIndex, void> {
  const byFirst = new Map<string, string[]>();
  let size = 0;
  for (const word of words) {
    const first = word[0];
    if (first === undefined) continue;
    const list = byFirst.get(first);
    if (list === undefined) byFirst.set(first, [word]);
    else list.push(word);
    size += 1;
  }
  const trees = new Map<string, BkTree>();
  for (const [first, list] of byFirst) trees.set(first, yield* bkTreeSteps(list));
  return {
    size,
    search(word, maxDistance) {
      const tree = word[0] === undefined ? undefined : trees.get(word[0]);
      return tree === undefined ? [] : tree.search(word, maxDistance);
    },
  };
}
