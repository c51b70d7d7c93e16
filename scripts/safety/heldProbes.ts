/**
 * The held dev probes (corpus/safety/dev/): files in the written format written apart from the
 * rules and guards they judge. A rule or guard may be judged on their figures (bench:safety prints
 * each as its own columns, by label and class only), but none may be written from their misses:
 * the scripts that list lines one by one (rulesOnTraining's dev sets, scoreWrittenFile `--lines`)
 * leave them out. Never trained on or built (buildCorpus reads written/ and unseen/ only).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { corpusRoot, parseWritten, type CorpusRecord } from './safetyCorpus.js';

/** File names in corpus/safety/dev/. past-or-story-crises: session 20, probeS20. */
export const heldDevProbes: readonly string[] = ['past-or-story-crises.txt'];

/**
 * Dev probes written apart from the rules they will tune (their writer read neither the rules nor
 * the frames) that bench:safety prints as dev sets, by label and class, after the held probes.
 * Unlike a held probe they are dev data: read, diagnosed and tuned on (they stay in the rule
 * scripts' dev sets), never trained on or built. Session 23, writerNM23; new-classes-25: session
 * 25, recall25 (crises in classes judged least foreseen, written before reading the rules).
 */
export const benchDevProbes: readonly string[] = [
  'near-miss-frames-third.txt',
  'acute-moments-second.txt',
  'new-classes-25.txt',
];

/** True for a held probe, however its path is written. */
export function isHeldProbe(file: string): boolean {
  const resolved = path.resolve(file);
  return heldDevProbes.some((name) => resolved === path.join(corpusRoot, 'dev', name));
}

/** A file of corpus/safety/dev/ in the written format (a held probe or a bench dev probe). */
export function loadHeldProbe(name: string): CorpusRecord[] {
  return parseWritten(name, readFileSync(path.join(corpusRoot, 'dev', name), 'utf8'));
}
