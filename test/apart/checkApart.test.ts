import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { describeFlags, flagLines } from '../../scripts/apart/flagLines.js';
import type { SourceSet } from '../../scripts/apart/sourceSet.js';
import { sourceSets } from '../../scripts/apart/sourceSets.js';
import { UnreadableFile, writerLines } from '../../scripts/apart/writerLines.js';
import { findProjectRoot } from '../../src/shared/projectRoot.js';
import { crisisSet } from '../safety/safetySets.js';

const root = findProjectRoot();
const fixtures = path.join(root, 'test/fixtures/apart-check');

// Made-up sets: a line trained on, and a "frozen" line that must never be printed.
const ruleLine = 'de buurvrouw van drie hoog roept al een uur om hulp vanuit haar badkamer';
const frozenLine = 'mijn zwager bewaart zijn kanarie in de vriezer naast de erwtensoep';
const small: SourceSet[] = [
  { name: 'rule sets', shown: true, lines: [{ text: ruleLine, where: 'crisisSet[0]' }] },
  {
    name: 'safety corpus, frozen test split',
    shown: false,
    lines: [{ text: frozenLine, where: 'frozen.txt' }],
  },
];
const line = (text: string, where = 'new.txt:1') => ({ text, where });

describe('the near-copy check for writers, on small sets', () => {
  it('flags a line that copies a rule-set line and names the rule sets, showing the trained line', () => {
    const flagged = flagLines([line(`help, ${ruleLine}!`)], small);
    expect(flagged.map(({ matches }) => matches.map((m) => m.set))).toEqual([['rule sets']]);
    expect(describeFlags(flagged).join('\n')).toContain(`rule sets: ${ruleLine} (crisisSet[0])`);
  });

  it('flags a frozen match by its set and kind without printing the frozen line', () => {
    const flagged = flagLines([line(frozenLine.replace('zwager', 'zwagers'))], small);
    expect(flagged).toHaveLength(1);
    const report = describeFlags(flagged).join('\n');
    expect(report).toContain('safety corpus, frozen test split');
    expect(report).toMatch(/\[(exact|shared-words|shared-opening|reworded|shared-run)\]/);
    expect(report.split('\n').filter((row) => row.includes('erwtensoep'))).toEqual([
      'new.txt:1 mijn zwagers bewaart zijn kanarie in de vriezer naast de erwtensoep',
    ]);
    expect(flagged[0]?.matches[0]?.other).toBeUndefined();
  });

  it('passes a line that is near neither', () => {
    expect(
      flagLines([line('waar repareren ze een rammelende accordeon op zaterdag')], small),
    ).toEqual([]);
  });
});

describe('the near-copy check for writers, on the project', () => {
  let sets: SourceSet[];
  beforeAll(() => {
    sets = sourceSets(root, new Set([path.join(root, 'corpus/safety/unseen/round-1.txt')]));
  });

  it('compares with the rule sets: a padded rule-set crisis line is flagged as "rule sets"', () => {
    const crisis = crisisSet.find((c) => c.text.split(/\s+/).length >= 6);
    expect(crisis).toBeDefined();
    const flagged = flagLines([line(`eerlijk gezegd ${crisis?.text ?? ''}`)], sets);
    expect(flagged[0]?.matches.map((m) => m.set)).toContain('rule sets');
  });

  it('passes clean lines of a round and a kaart, read with their line numbers', () => {
    const lines = [
      ...writerLines(path.join(fixtures, 'round-clean.txt'), 'round-clean.txt'),
      ...writerLines(path.join(fixtures, 'questions.jsonl'), 'questions.jsonl'),
    ];
    expect(lines.map((l) => l.where)).toEqual([
      'round-clean.txt:6',
      'round-clean.txt:9',
      'questions.jsonl:2',
      'questions.jsonl:4',
    ]);
    expect(flagLines(lines, sets)).toEqual([]);
  });

  it('shows no frozen split, earlier round or apart kaart, and leaves out the file checked', () => {
    const hidden = sets.filter((set) => !set.shown).map((set) => set.name);
    expect(hidden).toEqual(
      expect.arrayContaining([
        'understanding corpus, frozen test split',
        'golden set, frozen test split',
        'safety corpus, frozen test split',
        'unseen round 2 (apart)',
        'kaart-hengelo questions (apart)',
      ]),
    );
    for (const set of sets) expect(set.shown).toBe(!/frozen|apart/.test(set.name));
    expect(sets.map((set) => set.name)).not.toContain('unseen round 1 (apart)');
    expect(sets.map((set) => set.name)).toEqual(
      expect.arrayContaining([
        'rule sets',
        'pinned help questions',
        'training-only rounds',
        'partner register (training/aanbod)',
        'string literals in the tests',
        'kaart-vechtstede questions',
      ]),
    );
  });

  it('reads a file in the understanding corpus format, with its line numbers', () => {
    const lines = writerLines(path.join(fixtures, 'corpus-clean.txt'), 'corpus-clean.txt');
    expect(lines.map((l) => l.where)).toEqual(['corpus-clean.txt:3', 'corpus-clean.txt:5']);
    expect(lines[0]?.text).toMatch(/^de factuur van de zeilmakerij/);
    expect(flagLines(lines, sets)).toEqual([]);
  });

  it('refuses a file that is neither questions nor a round', () => {
    expect(() => writerLines(path.join(fixtures, 'README.md'), 'README.md')).toThrow(
      UnreadableFile,
    );
  });
});

/**
 * A file checked that already belongs to a set (a training-only round, a written file of the
 * safety splits, a corpus file) is compared with the other sets and the other files of its own
 * set, never with its own copy: otherwise every one of its lines is flagged as an exact match.
 */
describe('the near-copy check on a file that is already in a set', () => {
  const trainOnly = 'corpus/safety/train-only/round-12.txt';
  const written = 'corpus/safety/written/near-2.txt';
  const corpusFile = 'training/corpus/geld.txt';
  let sets: SourceSet[];
  beforeAll(() => {
    sets = sourceSets(
      root,
      new Set([trainOnly, written, corpusFile].map((f) => path.join(root, f))),
    );
  });
  const lines = (name: string) => sets.find((set) => set.name === name)?.lines ?? [];
  const from = (file: string) => (line: { where: string }) =>
    line.where === file || line.where.startsWith(`${file}:`);

  it('leaves the file out of its own set and keeps the set’s other files', () => {
    const rounds = lines('training-only rounds');
    expect(rounds.some(from(trainOnly))).toBe(false);
    expect(rounds.some(from('corpus/safety/train-only/round-11.txt'))).toBe(true);
    const train = lines('understanding corpus, train');
    expect(train.some(from(corpusFile))).toBe(false);
    expect(train.length).toBeGreaterThan(100);
  });

  it('leaves a written file’s records out of the safety splits, whichever split they are in', () => {
    for (const set of sets.filter((s) => s.name.startsWith('safety corpus'))) {
      expect(set.lines.some((line) => line.where.endsWith('/near-2.txt'))).toBe(false);
      expect(set.lines.length).toBeGreaterThan(50);
    }
  });

  it('flags no line of the training-only round as an exact copy of itself', () => {
    const own = writerLines(path.join(root, trainOnly), trainOnly);
    const exact = flagLines(own, sets).filter(({ matches }) =>
      matches.some((m) => m.set === 'training-only rounds' && m.other?.where === trainOnly),
    );
    expect(own.length).toBeGreaterThan(100);
    expect(exact).toEqual([]);
  });

  it('leaves a corpus file’s own lines out of the pinned help questions, which copy them', () => {
    const own = new Set(writerLines(path.join(root, corpusFile), corpusFile).map((l) => l.text));
    const help = lines('pinned help questions');
    expect(help.length).toBeGreaterThan(1000);
    expect(help.filter((line) => own.has(line.text))).toEqual([]);
  });
});
