import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { concernFeatures, maxFeatureWords } from '../../src/safety/concernFeatures.js';
import { loadConcernModel, shippedModelFile } from '../../src/safety/concernModel.js';
import { isWijkwijzerError } from '../../src/shared/errors.js';
import { findProjectRoot } from '../../src/shared/projectRoot.js';

const run = promisify(execFile);

describe('the concern model', () => {
  it('ships small, and loads and validates at start-up', async () => {
    const bytes = (await readFile(shippedModelFile)).length;
    expect(bytes).toBeLessThan(2 * 1024 * 1024);
    const model = loadConcernModel();
    expect(model.featureCount).toBeGreaterThan(1000);
    expect(model.thresholds.check).toBeLessThan(model.thresholds.crisis);
  });

  it('refuses a missing or damaged file with WW-9201', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'concern-model-'));
    try {
      const damaged = path.join(dir, 'model.json');
      await writeFile(damaged, '{"format":"wijkwijzer-concern-model/1","weights":{}}');
      for (const file of [damaged, path.join(dir, 'missing.json')]) {
        let caught: unknown;
        try {
          loadConcernModel(file);
        } catch (error) {
          caught = error;
        }
        expect(isWijkwijzerError(caught) && caught.code).toBe('WW-9201');
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('reads words, word pairs within a clause, letter groups and the length', () => {
    const features = concernFeatures('Ik wil weg. Nu');
    expect(features).toContain('w:wil');
    expect(features).toContain('b:ik wil');
    expect(features).not.toContain('b:weg nu');
    expect(features).toContain('c:_we');
    expect(features).toContain('n:4-6');
  });

  it('reads a bounded number of words, whatever the length of the message', () => {
    const long = concernFeatures('woord '.repeat(10 * maxFeatureWords));
    expect(long).toContain('n:13+');
    expect(long.size).toBeLessThan(20);
  });

  it('scores the same message the same way every time', () => {
    const model = loadConcernModel();
    const text = 'Ik durf vanavond echt niet naar huis';
    expect(model.score(text)).toEqual(model.score(text));
  });

  it('is reproduced byte for byte by npm run train:safety', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'concern-train-'));
    try {
      const out = path.join(dir, 'model.json');
      const root = findProjectRoot();
      await run(
        process.execPath,
        ['--import', 'tsx', path.join(root, 'scripts/safety/trainConcern.ts'), '--out', out],
        {
          cwd: root,
          maxBuffer: 16 * 1024 * 1024,
        },
      );
      const [trained, shipped] = await Promise.all([readFile(out), readFile(shippedModelFile)]);
      expect(trained.equals(shipped)).toBe(true);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 300_000);
});
