import { describe, expect, it } from 'vitest';
import { askerOf } from '../../dialogs/intake/intakeSearch.js';
import { emptyIntakeFacts } from '../../src/conversation/intakeFacts.js';
import { understand } from '../../src/understanding/understand.js';

/**
 * Who asks and for whom, as the intake passes it to the search (ADR 0013, "for whom"): the
 * intake's answers first, else what the message clearly said. Phrasings written for this test.
 */
describe('askerOf: the intake tells the search who asks and for whom', () => {
  const read = (text: string) => understand(text, { assessSafety: () => undefined });

  it("takes the age as the resident's own when they ask for themselves", () => {
    const facts = { ...emptyIntakeFacts(), forWhom: 'zelf' as const, age: 15 };
    expect(askerOf(facts)).toEqual({ forWhom: 'zelf', ownAge: 15 });
  });

  it('does not take a number of years the message named without whose for their age', () => {
    // "we gaan scheiden na 14 jaar": the intake took 14 as the age, but nobody said it is theirs.
    const facts = {
      ...emptyIntakeFacts(),
      forWhom: 'zelf' as const,
      age: 14,
      mentionedAges: { self: null, subject: null, unknown: 14 },
    };
    expect(askerOf(facts)).toEqual({ forWhom: 'zelf' });
  });

  it("does not take the age of a child for the parent's own", () => {
    const facts = { ...emptyIntakeFacts(), forWhom: 'kind' as const, age: 15 };
    expect(askerOf(facts)).toEqual({ forWhom: 'kind' });
    const mentioned = {
      ...facts,
      mentionedAges: { self: 44, subject: 15, unknown: null },
    };
    expect(askerOf(mentioned)).toEqual({ forWhom: 'kind', ownAge: 44 });
  });

  it('says the resident cares for the person when they chose "Voor iemand voor wie ik zorg"', () => {
    const facts = { ...emptyIntakeFacts(), forWhom: 'naaste' as const, caresFor: true, age: 81 };
    expect(askerOf(facts)).toEqual({ forWhom: 'naaste', caresFor: true });
  });

  it('uses what the first message said while the intake has not asked yet', () => {
    expect(askerOf(emptyIntakeFacts(), read('mijn zoon van 9 wordt buitengesloten'))).toEqual({
      forWhom: 'kind',
    });
    expect(askerOf(emptyIntakeFacts(), read('ik ben 16 en zoek iemand om mee te praten'))).toEqual({
      ownAge: 16,
    });
    expect(askerOf(emptyIntakeFacts(), read('waar is een buurthuis'))).toEqual({});
  });
});
