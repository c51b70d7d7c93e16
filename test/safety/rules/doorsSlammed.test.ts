import { describe, it } from 'vitest';
import { expectFired, expectNotFired } from './ruleExpectations.js';

/**
 * A door slammed is a parenting question, with or without the article ("slaat met deuren"); a blow
 * to a person beside it stays a crisis, read by the rules for a blow
 * (docs/adr/0012-safety-net.md, "doors slammed without an article").
 */
describe('doors slammed without an article', () => {
  it('reads a teenager who slams doors as no violence in the household', () => {
    expectNotFired('abuse.violence-in-household', [
      'ons kind van dertien slaat met deuren zodra wij iets van zijn telefoon zeggen',
      'mijn dochter slaat met deur als ze boos is, hoe ga ik daarmee om',
    ]);
  });

  it('keeps a blow to the writer beside the doors', () => {
    expectFired('abuse.hit-inverted', [
      'mijn man slaat met deuren en daarna slaat hij mij, ik ben bang',
    ]);
    expectFired('abuse.hit-victim', ['mijn vriend gooit met deuren en schopt mij als hij boos is']);
    expectFired('abuse.violence-in-household', [
      'mijn man slaat met deuren. daarna slaat hij mij en de kinderen',
    ]);
  });
});
