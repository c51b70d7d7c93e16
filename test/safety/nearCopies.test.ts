import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { normalise } from '../../src/safety/normalise.js';
import { trainingExamples, trainOnlyDir } from '../../scripts/safety/concernExamples.js';
import { findNearCopies, nearCopyReason } from '../../scripts/safety/nearCopies.js';
import { loadCorpusFile, loadSplit, unseenFile } from '../../scripts/safety/safetyCorpus.js';

// A training line that is a held-out line with a few words added, cut or changed makes the figures
// on that line partly in-sample (docs/adr/0012-safety-net.md, "Near copies of frozen lines").
const words = (text: string) =>
  normalise(text)
    .split(' ')
    .filter((w) => w !== '.');
const reason = (a: string, b: string) => nearCopyReason(words(a), words(b));

const heldOut = [
  ...loadSplit('test').map((record) => ({ text: record.text, where: `test: ${record.key}` })),
  ...loadCorpusFile(unseenFile).map((record) => ({
    text: record.text,
    where: `${record.source}: ${record.key}`,
  })),
];

describe('near copies of held-out lines', () => {
  it('finds a line with words added or cut, one with its ending changed, and an exact copy', () => {
    expect(
      reason(
        'de kat zit al drie dagen op het dak',
        'de kat zit al drie dagen op het dak van de school',
      ),
    ).toBe('contained');
    expect(
      reason(
        'We vonden het hek van de speeltuin open',
        'we vonden het hek van de speeltuin open en niemand lette op',
      ),
    ).toBe('contained');
    expect(
      reason(
        'ik heb de trein gemist en sta nu op het perron in de regen',
        'ik heb de trein gemist en sta nu op het perron zonder jas',
      ),
    ).toBe('shared-opening');
    expect(
      reason(
        'mijn buurvrouw belt elke ochtend om zeven uur aan',
        'Mijn buurvrouw belt elke ochtend om zeven uur aan!',
      ),
    ).toBe('exact');
  });

  it('leaves apart lines that only share an opening or a few common words', () => {
    expect(
      reason(
        'Ik heb een vraag over de bibliotheek',
        'ik heb een vraag over de kinderopvangtoeslag',
      ),
    ).toBeUndefined();
    expect(
      reason(
        'ik heb het gevoel dat ik tekortschiet als vader',
        'ik heb het gevoel dat de buren me niet mogen',
      ),
    ).toBeUndefined();
    expect(
      reason('Is er een kledingbank in de buurt?', 'Is er een beweegcoach in de buurt?'),
    ).toBeUndefined();
    expect(reason('help', 'help me met de huur')).toBeUndefined();
  });

  it('is in no training-only file: each line is written in its own words', () => {
    const lines = readdirSync(trainOnlyDir)
      .filter((name) => name.endsWith('.txt'))
      .sort()
      .flatMap((name) =>
        readFileSync(path.join(trainOnlyDir, name), 'utf8')
          .split('\n')
          .map((line, index) => ({ text: line.trim(), where: `${name}:${index + 1}` }))
          .filter(({ text }) => text !== '' && !text.startsWith('#') && !text.startsWith('@')),
      );
    const found = findNearCopies(lines, heldOut).map(
      (copy) => `${copy.line.where} (${copy.why}) ~ ${copy.heldOut.where}`,
    );
    expect(found).toEqual([]);
  });

  it('is never trained on, whichever written file holds it', () => {
    const trained = trainingExamples()
      .filter((example) => example.origin !== 'help')
      .map((example) => ({ text: example.text, where: `${example.origin}: ${example.key}` }));
    const found = findNearCopies(trained, heldOut).map(
      (copy) => `${copy.line.where} (${copy.why}) ~ ${copy.heldOut.where}`,
    );
    expect(found).toEqual([]);
  });
});
