import { describe, expect, it } from 'vitest';
import { assessSafety } from '../../../src/safety/assessSafety.js';
import * as probe from './witnessedInPublicPhrasings.js';

/**
 * The witness probe of session 20 (docs/adr/0012-safety-net.md, V1 and V1b, neither landed): a
 * beating seen in public, over or going on, or of a relative or the writer. Whatever a later guard
 * does with a crisis reply here, no line may be left without a reply: a bystander's story may hide
 * a present, and the shipped check asks at the least.
 */
describe('a beating seen in public', () => {
  for (const [set, lines] of Object.entries(probe)) {
    it(`gives every line of ${set} a crisis reply or a check`, () => {
      for (const line of lines) expect(assessSafety(line).outcome, line).not.toBe('none');
    });
  }
});
