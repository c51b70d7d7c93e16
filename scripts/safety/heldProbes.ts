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

/** True for a held probe, however its path is written. */
export function isHeldProbe(file: string): boolean {
  const resolved = path.resolve(file);
  return heldDevProbes.some((name) => resolved === path.join(corpusRoot, 'dev', name));
}

export function loadHeldProbe(name: string): CorpusRecord[] {
  return parseWritten(name, readFileSync(path.join(corpusRoot, 'dev', name), 'utf8'));
}
