import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import {
  CONFIDENCE_WEIGHTS,
  MIN_CONFIDENCE,
  OUT_OF_SCOPE_DOUBT,
  SURE_REFUSAL,
} from '../../src/search/calibration.js';
import { findProjectRoot } from '../../src/shared/projectRoot.js';

/**
 * The shipped model and confidence are what the training scripts make from the corpus and the
 * golden set (ADR 0013; training/README.md, rule 3): a corpus line or a weight changed without
 * running `npm run train` fails here. The scripts run as child processes, each about ten seconds
 * of CPU, so this file is in the process tier.
 */
const run = promisify(execFile);
const root = findProjectRoot();
// COMPARE_NATURAL=0: natural's classifiers only feed the report; TUNE_ONLY=1: calibrate prints
// its figures instead of rewriting src/search/calibration.ts.
const script = (name: string, ...args: string[]) =>
  run(process.execPath, ['--import', 'tsx', path.join(root, 'training', name), ...args], {
    cwd: root,
    env: { ...process.env, COMPARE_NATURAL: '0', TUNE_ONLY: '1' },
    maxBuffer: 16 * 1024 * 1024,
  });

describe('npm run train', () => {
  it('reproduces the shipped model and split files byte for byte', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'understanding-train-'));
    try {
      await script('train.ts', '--out', dir);
      for (const file of [
        'models/understanding.model.json',
        'training/split/train.jsonl',
        'training/split/dev.jsonl',
        'training/split/test.jsonl',
        'test/golden/split/test.jsonl',
      ]) {
        const [made, shipped] = await Promise.all([
          readFile(path.join(dir, file)),
          readFile(path.join(root, file)),
        ]);
        expect(made.equals(shipped), file).toBe(true);
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('reproduces the shipped confidence weights, threshold and doubt band (npm run train:calibrate)', async () => {
    const { stdout } = await script('calibrate.ts');
    const figures = JSON.parse(stdout) as {
      weights: unknown;
      threshold: number;
      doubtBand: { sureRefusal: number; outOfScopeDoubt: number };
    };
    expect(figures.weights).toEqual(CONFIDENCE_WEIGHTS);
    expect(figures.threshold).toBe(MIN_CONFIDENCE);
    expect(figures.doubtBand).toEqual({
      sureRefusal: SURE_REFUSAL,
      outOfScopeDoubt: OUT_OF_SCOPE_DOUBT,
    });
  });
});
