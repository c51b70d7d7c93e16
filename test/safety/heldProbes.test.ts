import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { trainingExamples } from '../../scripts/safety/concernExamples.js';
import { devSetExamples } from '../../scripts/safety/devSetExamples.js';
import {
  benchDevProbes,
  heldDevProbes,
  isHeldProbe,
  loadHeldProbe,
} from '../../scripts/safety/heldProbes.js';
import { isKeptApart } from '../../scripts/safety/keptApart.js';
import { findNearCopies } from '../../scripts/safety/nearCopies.js';
import { corpusRoot } from '../../scripts/safety/safetyCorpus.js';

/** Each training line (the help lines aside) that is a near copy of a line of the named probes. */
function trainedNearCopiesOf(probeNames: readonly string[]): string[] {
  const probes = probeNames.flatMap((name) =>
    loadHeldProbe(name).map((record) => ({ text: record.text, where: `${name}: ${record.key}` })),
  );
  const trained = trainingExamples()
    .filter((example) => example.origin !== 'help')
    .map((example) => ({ text: example.text, where: `${example.origin}: ${example.key}` }));
  return findNearCopies(trained, probes).map(
    (copy) => `${copy.line.where} (${copy.why}) ~ ${copy.heldOut.where}`,
  );
}

describe('the held dev probes', () => {
  it('are files in the written format with crises and near misses', () => {
    for (const name of heldDevProbes) {
      expect(existsSync(path.join(corpusRoot, 'dev', name))).toBe(true);
      const records = loadHeldProbe(name);
      expect(records.some((record) => record.label === 'crisis')).toBe(true);
      expect(records.some((record) => record.label === 'near-miss')).toBe(true);
    }
  });

  it('are dev files, known however the path is written', () => {
    expect(isHeldProbe('corpus/safety/dev/past-or-story-crises.txt')).toBe(true);
    expect(isHeldProbe('./corpus/safety/dev/../dev/past-or-story-crises.txt')).toBe(true);
    expect(isHeldProbe('corpus/safety/dev/crisis-classes-probe.txt')).toBe(false);
    expect(isKeptApart('corpus/safety/dev/past-or-story-crises.txt')).toBe(false);
  });

  it('are left out of the dev sets the rule scripts list line by line', () => {
    const sources = new Set(devSetExamples().map((example) => example.class.split('/')[1]));
    for (const name of heldDevProbes) expect(sources.has(name)).toBe(false);
    expect(sources.has('crisis-classes-probe.txt')).toBe(true);
  });

  it('are never trained on: no training line is a near copy of one of their lines', () => {
    expect(trainedNearCopiesOf(heldDevProbes)).toEqual([]);
  });
});

describe('the dev probes bench:safety prints', () => {
  it('are files in the written format with crises and near misses, and no held probe', () => {
    for (const name of benchDevProbes) {
      expect(existsSync(path.join(corpusRoot, 'dev', name))).toBe(true);
      const records = loadHeldProbe(name);
      expect(records.some((record) => record.label === 'crisis')).toBe(true);
      expect(records.some((record) => record.label === 'near-miss')).toBe(true);
      expect(isHeldProbe(path.join('corpus/safety/dev', name))).toBe(false);
      expect(heldDevProbes).not.toContain(name);
    }
  });

  it('are dev data: the rule scripts list them line by line', () => {
    const sources = new Set(devSetExamples().map((example) => example.class.split('/')[1]));
    for (const name of benchDevProbes) expect(sources.has(name)).toBe(true);
  });

  it('are never trained on: no training line is a near copy of one of their lines', () => {
    expect(trainedNearCopiesOf(benchDevProbes)).toEqual([]);
  });
});
