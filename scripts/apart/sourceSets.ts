/**
 * Every set a line written apart must not nearly copy (training/README.md, "Writing a kaart or a
 * round apart"): what the understanding model and the concern model train or are tuned on, and
 * every other set the project measures on. Frozen splits, earlier unseen rounds and kaarten kept
 * apart are compared too, but marked not `shown`.
 *
 * The rule sets (`crisisSet`, `nearMissSet`, `ordinarySet` of test/safety/safetySets.ts) are here
 * because the concern model always trains on them and leaves out any near copy of a held-out line:
 * a round line that nearly copies a rule-set line takes that line out of training and moves the
 * tuned thresholds (docs/adr/0012-safety-net.md, "A near-copy check for writers").
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { DEV_KAART_FOLDERS } from '../../bench/benchSupport.js';
import { loadGoldenSet } from '../../test/golden/goldenSet.js';
import { crisisSet, nearMissSet, ordinarySet } from '../../test/safety/safetySets.js';
import { readCorpus, splitOf, type Split } from '../../src/understanding/corpus.js';
import type { ComparedLine } from '../../training/nearCopies.js';
import { readHelpSnapshot } from '../safety/helpSnapshot.js';
import { loadSplit, parseWritten, splitNames } from '../safety/safetyCorpus.js';
import type { SourceSet } from './sourceSet.js';
import { testLiterals } from './testLiterals.js';
import { writerLines } from './writerLines.js';

const splitName = (split: Split) => (split === 'test' ? 'frozen test split' : split);

function bySplit(
  name: string,
  lines: readonly ComparedLine[],
  splitOfLine: (line: ComparedLine) => Split,
): SourceSet[] {
  return splitNames.map((split) => ({
    name: `${name}, ${splitName(split)}`,
    shown: split !== 'test',
    lines: lines.filter((line) => splitOfLine(line) === split),
  }));
}

function writtenFiles(dir: string, root: string, pattern: RegExp): ComparedLine[] {
  return readdirSync(dir)
    .filter((name) => pattern.test(name))
    .sort()
    .flatMap((name) =>
      parseWritten(name, readFileSync(path.join(dir, name), 'utf8')).map((record) => ({
        text: record.text,
        where: path.relative(root, path.join(dir, name)),
      })),
    );
}

/**
 * The sets of the project at `root`. `writerFiles` are the files being checked (absolute paths):
 * none of them is compared with itself, whichever set it belongs to.
 */
export function sourceSets(root: string, writerFiles: ReadonlySet<string>): SourceSet[] {
  const sets: SourceSet[] = [];
  const fromCorpus = (dir: string) =>
    readCorpus(path.join(root, dir)).map((line) => ({
      text: line.text,
      where: `${dir}/${line.source}`,
    }));

  // A file checked that is already part of a set (a training-only round, a written file the splits
  // are built from, a corpus file) is compared with the other files of that set, not its own copy.
  const own = (line: ComparedLine) =>
    writerFiles.has(path.resolve(root, line.where.replace(/:\d+$/, '')));
  const corpus = fromCorpus('training/corpus');
  // The pinned help questions copy the corpus's lines: a corpus file's own lines there are its own.
  const ownCorpusTexts = new Set(corpus.filter(own).map((line) => line.text));
  sets.push(...bySplit('understanding corpus', corpus, (line) => splitOf(line.text)));
  const golden = loadGoldenSet(path.join(root, 'test/golden/search.golden.jsonl')).map(
    (question, index) => ({
      text: question.text,
      where: `test/golden/search.golden.jsonl:${index + 1}`,
    }),
  );
  sets.push(...bySplit('golden set', golden, (line) => splitOf(line.text)));
  for (const split of splitNames) {
    sets.push({
      name: `safety corpus, ${splitName(split)}`,
      shown: split !== 'test',
      // The splits are built from corpus/safety/written/ alone; a record names its file there.
      lines: loadSplit(split).map((record) => ({
        text: record.text,
        where: `corpus/safety/written/${record.source}`,
      })),
    });
  }
  const safety = path.join(root, 'corpus/safety');
  sets.push({
    name: 'training-only rounds',
    shown: true,
    lines: writtenFiles(path.join(safety, 'train-only'), root, /\.txt$/),
  });
  sets.push({
    name: 'frame corpus',
    shown: true,
    lines: writtenFiles(path.join(safety, 'frames'), root, /\.txt$/),
  });
  sets.push({
    name: 'rule sets',
    shown: true,
    lines: [
      ...crisisSet.map((c, i) => ({ text: c.text, where: `crisisSet[${i}]` })),
      ...nearMissSet.map((c, i) => ({ text: c.text, where: `nearMissSet[${i}]` })),
      ...ordinarySet.map((c, i) => ({ text: c.text, where: `ordinarySet[${i}]` })),
    ],
  });
  sets.push({
    name: 'pinned help questions',
    shown: true,
    lines: readHelpSnapshot(path.join(safety, 'help-questions.jsonl')).flatMap((question, i) =>
      question.set.startsWith('understanding') && ownCorpusTexts.has(question.text)
        ? []
        : [{ text: question.text, where: `corpus/safety/help-questions.jsonl:${i + 1}` }],
    ),
  });

  const unseen = path.join(safety, 'unseen');
  for (const name of readdirSync(unseen)
    .filter((file) => /^round-\d+\.txt$/.test(file))
    .sort((a, b) => Number.parseInt(a.slice(6), 10) - Number.parseInt(b.slice(6), 10))) {
    const file = path.join(unseen, name);
    if (writerFiles.has(file)) continue;
    sets.push({
      name: `unseen ${name.replace('.txt', '').replace('-', ' ')} (apart)`,
      shown: false,
      lines: writerLines(file, path.relative(root, file)),
    });
  }

  const fixtures = path.join(root, 'test/fixtures');
  for (const folder of readdirSync(fixtures)
    .filter((name) => name.startsWith('kaart-'))
    .sort()) {
    const file = path.join(fixtures, folder, 'questions.jsonl');
    if (!existsSync(file) || writerFiles.has(file)) continue;
    const dev = DEV_KAART_FOLDERS.includes(folder);
    sets.push({
      name: `${folder} questions${dev ? '' : ' (apart)'}`,
      shown: dev,
      lines: writerLines(file, path.relative(root, file)),
    });
  }

  sets.push({
    name: 'partner register (training/aanbod)',
    shown: true,
    lines: fromCorpus('training/aanbod'),
  });
  sets.push({
    name: 'string literals in the tests',
    shown: true,
    lines: testLiterals(path.join(root, 'test'), root, writerFiles),
  });
  return sets.map((set) => ({ ...set, lines: set.lines.filter((line) => !own(line)) }));
}
