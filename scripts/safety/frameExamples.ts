/**
 * The examples of the frame reader (docs/adr/0012-safety-net.md, thirteenth round): a crisis's words
 * inside a frame (target 1) against a crisis of someone's now (target 0).
 *
 * - From the concern model's training examples (train and dev of the corpus, the training-only
 *   rounds and the rule sets; near copies of frozen and unseen lines already left out): every
 *   crisis (0), and the near misses of the frame classes (1). Other near misses and ordinary
 *   questions are not about a frame and are left out.
 * - The frame corpus written for the reader (corpus/safety/frames/*.txt): its near misses (1) and
 *   its crises told beside a frame word (0), each once and never a near copy of a frozen, unseen
 *   or held-out line (test/safety/frameReader.test.ts holds the file free of them).
 *
 * The frozen test split and the unseen rounds are read only for their keys, to leave them out.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { trainingExamples } from './concernExamples.js';
import { findNearCopies } from './nearCopies.js';
import {
  corpusRoot,
  loadCorpusFile,
  loadSplit,
  parseWritten,
  unseenFile,
  type CorpusRecord,
} from './safetyCorpus.js';

export const framesDir = path.join(corpusRoot, 'frames');

/** Near-miss classes whose messages tell a crisis's words inside a frame. */
export const frameClasses: ReadonlySet<string> = new Set([
  // the corpus's and the training-only rounds' classes
  'figure-of-speech',
  'game-film-book',
  'informational',
  'news-and-history',
  'news-film-joke',
  'past-and-well',
  'professional-question',
  'hypothetical',
  // the frame corpus's classes
  'fiction',
  'past-over',
  'joke',
  'dream',
]);

export interface FrameExample {
  readonly key: string;
  readonly text: string;
  /** 1: inside a frame; 0: a crisis of someone's now. */
  readonly framed: 0 | 1;
  readonly origin: string;
  readonly class: string;
}

/** The frame corpus as written records, file by file in name order. */
export function frameCorpus(dir: string = framesDir): CorpusRecord[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .flatMap((name) => parseWritten(`frames/${name}`, readFileSync(path.join(dir, name), 'utf8')));
}

export function frameExamples(): FrameExample[] {
  const examples: FrameExample[] = [];
  const taken = new Set<string>();
  for (const example of trainingExamples()) {
    if (example.origin === 'help') continue;
    const framed =
      example.label === 'crisis'
        ? 0
        : example.label === 'near-miss' && frameClasses.has(example.class)
          ? 1
          : undefined;
    if (framed === undefined) continue;
    taken.add(example.key);
    examples.push({
      key: example.key,
      text: example.text,
      framed,
      origin: example.origin,
      class: example.class,
    });
  }
  const held = [...loadSplit('test'), ...loadCorpusFile(unseenFile)];
  for (const record of held) taken.add(record.key);
  const written = frameCorpus().filter((record) => !taken.has(record.key));
  const nearCopies = new Set(
    findNearCopies(
      written.map((record) => ({ text: record.text, where: record.key })),
      held.map((record) => ({ text: record.text, where: record.key })),
    ).map((copy) => copy.line.where),
  );
  for (const record of written) {
    if (nearCopies.has(record.key) || taken.has(record.key)) continue;
    if (record.label === 'ordinary') continue;
    taken.add(record.key);
    examples.push({
      key: record.key,
      text: record.text,
      framed: record.label === 'crisis' ? 0 : 1,
      origin: 'frames',
      class: record.class,
    });
  }
  return examples;
}
