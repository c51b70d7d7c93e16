import { describe, it } from 'vitest';
import { expectFired, expectNotFired } from './ruleExpectations.js';

/**
 * A guard written for a rule's new pattern must not quiet the rule's older ones ("a phrase that
 * fires today keeps firing", docs/adr/0012-safety-net.md). Each case here fired before the
 * twenty-sixth to twenty-eighth rounds added their guards, was silenced by them, and fires again.
 */
describe('guards that read only where they were written for', () => {
  it('keeps touching under the clothes or where a child does not want it, beside a care word', () => {
    expectFired('abuse.touching', [
      'de oppas raakt me aan onder mijn kleren als ze me aankleedt en zegt dat het geheim is',
      'hij raakt eerst mijn hand aan en dan op plekken die ik niet wil',
    ]);
    // The guard still does what it was written for: a relative's touch of comfort.
    expectNotFired('abuse.touching', ['mijn oom raakt me aan op mijn arm als hij me troost']);
  });

  it('keeps a blow that the one who hits calls an accident, or that is said to be none', () => {
    expectFired('abuse.hit-victim-en', [
      'my stepdad hits me and afterwards says it was an accident',
    ]);
    expectFired('abuse.passive-en', ['i get kicked at home and it is not an accident']);
    expectNotFired('abuse.hit-victim-en', [
      'my sister hit me by accident with her elbow at netball',
    ]);
  });

  it('keeps a knife pulled at the table', () => {
    expectFired('danger.weapon', ['my father pulled a knife on my mum during dinner']);
    expectNotFired('danger.weapon', ['my son is chopping onions with a big knife for dinner']);
  });

  it('keeps poison drunk when the writer says "kind of" in English', () => {
    expectFired('suicide.overdose-taken', ['i drank bleach an hour ago and i feel kind of dizzy']);
  });
});
