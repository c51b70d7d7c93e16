import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  assessDigestSchema,
  computeDigest,
  digestFile,
} from '../../scripts/safety/assessDigest.js';

/**
 * Every decision of the safety check on the dev sets, against the digest written by
 * `npx tsx scripts/safety/assessDigest.ts` (test/safety/assessDigest.json). A change made for speed
 * must leave it as it is; a retrain, a rule change or new corpus lines move it on purpose, and the
 * digest is then regenerated in the same commit as the generated model.
 */
describe('the safety check decides as the digest says', () => {
  it('gives the same outcome, kinds, lines, rule ids, concern and explanation on every dev set', () => {
    const expected = assessDigestSchema.parse(JSON.parse(readFileSync(digestFile, 'utf8')));
    const actual = computeDigest();
    const hint =
      actual.models.concern === expected.models.concern &&
      actual.models.frame === expected.models.frame
        ? 'the model files are the ones the digest was made with: the check itself changed'
        : 'a model file changed since the digest was made: regenerate it if that was a retrain';
    expect(actual.sets, hint).toEqual(expected.sets);
  }, 180_000);
});
