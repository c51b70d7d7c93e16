import { describe, expect, it } from 'vitest';
import { answeredForSelf } from '../../bench/understandingConversation.js';

/**
 * The bench counts the conversations in which its simulated resident said "Voor mezelf" because
 * the questions files do not say whom a question is about (docs/benchmarks.md, Understanding).
 */
describe('answeredForSelf', () => {
  it('finds the simulated resident answering the for-whom question for itself, in either language', () => {
    expect(
      answeredForSelf([
        'resident: ik kan de huur niet meer betalen',
        'bot: Voor wie zoekt u hulp?',
        'resident: Voor mezelf',
        'bot: Hoe oud bent u?',
        'resident: 34',
      ]),
    ).toBe(true);
    expect(
      answeredForSelf(['bot: Who are you looking for help for?', 'resident: For myself']),
    ).toBe(true);
  });

  it('does not count a first message that says it, a bot line, or another answer', () => {
    expect(answeredForSelf(['resident: Voor mezelf zoek ik een maatje'])).toBe(false);
    expect(answeredForSelf(['bot: Voor mezelf', 'resident: Voor iemand anders'])).toBe(false);
    expect(answeredForSelf([])).toBe(false);
  });
});
