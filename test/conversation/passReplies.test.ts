import { describe, expect, it } from 'vitest';
import { parseNameReply } from '../../src/conversation/contactReplies.js';
import { isSkip, passesOn } from '../../src/conversation/passReplies.js';

/**
 * One vocabulary for a pass (ADR 0013, session 21): every listed skip is a pass, and a pass is
 * what the name question declines, so the safety guard and the name question never disagree on
 * it. A no with more words is the name question's decline only. Phrasings written for this test.
 */
describe('a pass on the open question', () => {
  it('a listed skip is a pass, and the name question declines it', () => {
    for (const text of ['weet ik niet', 'Maakt niet uit', "I'd rather not say"]) {
      expect(isSkip(text)).toBe(true);
      expect(passesOn(text)).toBe(true);
      expect(parseNameReply(text)).toEqual({ kind: 'invalid', problem: 'declined' });
    }
  });

  it('a way to keep a name is a pass, though no skip of a question that may be skipped', () => {
    for (const text of ['doe maar zonder naam', 'nee hoor, geen naam', 'skip my name']) {
      expect(isSkip(text)).toBe(false);
      expect(passesOn(text)).toBe(true);
      expect(parseNameReply(text)).toEqual({ kind: 'invalid', problem: 'declined' });
    }
  });

  it('a pass with more words is no pass: the guard reads it as a message', () => {
    for (const text of ['geen naam, ik ben alles kwijt', 'nee, niemand wil mij nog']) {
      expect(passesOn(text)).toBe(false);
    }
    // The name question still does not take a reply that starts with a no as a name.
    expect(parseNameReply('nee, niemand wil mij nog')).toEqual({
      kind: 'invalid',
      problem: 'declined',
    });
  });

  it('a name is no pass', () => {
    for (const name of ['Geena', 'Niels', 'Anoniema de Vries']) {
      expect(passesOn(name)).toBe(false);
      expect(parseNameReply(name)).toMatchObject({ kind: 'name' });
    }
  });
});
