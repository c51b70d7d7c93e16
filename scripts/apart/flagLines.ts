/**
 * Which of a writer's new lines nearly copy a line of a source set, by the project's two existing
 * measures: the safety corpus's (`findNearCopies` of scripts/safety/nearCopies.ts, with its wider
 * reasons) and the understanding corpus's (`findNearCopyPairs` of training/nearCopies.ts: the
 * sequence rules plus shared content words). A line either flags is reworded: the concern model
 * leaves out a training line by the first, the understanding guard by the second. The new lines
 * are the held-out side of both, as they will be once they are measured.
 */
import { findNearCopies } from '../safety/nearCopies.js';
import { findNearCopyPairs, type ComparedLine } from '../../training/nearCopies.js';
import type { SourceSet } from './sourceSet.js';

export interface Match {
  /** exact, contained, shared-run, shared-opening, reworded or shared-words. */
  readonly why: string;
  readonly set: string;
  /** The matched line, only when its set may be shown. */
  readonly other?: ComparedLine;
}

export interface FlaggedLine {
  readonly line: ComparedLine;
  readonly matches: readonly Match[];
}

/** The new lines that nearly copy a line of any set, in the order they were given. */
export function flagLines(
  lines: readonly ComparedLine[],
  sets: readonly SourceSet[],
): FlaggedLine[] {
  const byLine = new Map<number, Match[]>();
  const indexed = lines.map((line, index) => ({ text: line.text, where: String(index) }));
  for (const set of sets) {
    const seen = new Set<string>();
    const add = (lineIndex: string, why: string, other: ComparedLine) => {
      const key = `${lineIndex}\u0000${other.where}\u0000${other.text}`;
      if (seen.has(key)) return;
      seen.add(key);
      const matches = byLine.get(Number(lineIndex)) ?? [];
      matches.push({ why, set: set.name, ...(set.shown ? { other } : {}) });
      byLine.set(Number(lineIndex), matches);
    };
    for (const copy of findNearCopies(set.lines, indexed)) {
      add(copy.heldOut.where, copy.why, copy.line);
    }
    for (const pair of findNearCopyPairs(set.lines, indexed)) {
      add(pair.measured.where, pair.why, pair.line);
    }
  }
  return [...byLine.entries()]
    .sort(([a], [b]) => a - b)
    .flatMap(([index, matches]) => {
      const line = lines[index];
      return line === undefined ? [] : [{ line, matches }];
    });
}

/**
 * The report a writer reads: each flagged line of the writer's own, then per match its kind and set,
 * and the matched line only for a set that may be shown. Nothing of a frozen or apart set but its
 * name is printed.
 */
export function describeFlags(flagged: readonly FlaggedLine[]): string[] {
  const out: string[] = [];
  for (const { line, matches } of flagged) {
    out.push(`${line.where} ${line.text}`);
    for (const match of matches) {
      out.push(
        match.other === undefined
          ? `    [${match.why}] ${match.set}: its line is not shown (frozen or measured apart)`
          : `    [${match.why}] ${match.set}: ${match.other.text} (${match.other.where})`,
      );
    }
  }
  return out;
}

/** How many flagged lines each set has a match for (a line can count for several sets). */
export function countBySet(flagged: readonly FlaggedLine[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const { matches } of flagged) {
    for (const set of new Set(matches.map((match) => match.set))) {
      counts.set(set, (counts.get(set) ?? 0) + 1);
    }
  }
  return counts;
}
