import { describe, expect, it } from 'vitest';
import { assessSafety } from '../../../src/safety/assessSafety.js';
import { detectCrisis } from '../../../src/safety/detectCrisis.js';
import {
  crisesNotAnsweredAtOnce,
  expectFired,
  expectNoRuleCrisis,
  expectNotFired,
  expectRuleCrisis,
} from './ruleExpectations.js';
import { sharedWordsClass, sharedWordsDutchCrises } from './wordsOfBothLanguagesPhrasings.js';

/**
 * The twenty-seventh round (docs/adr/0012-safety-net.md): words that are words in both languages.
 * The English "mess", squeezed by the normaliser to "mes", is no Dutch knife, and the English
 * "kind" is no Dutch child among a household's members; the Dutch knife and child, and the typo
 * "mess" in a Dutch sentence, stay. The phrasings in this file are written for it and are not in
 * the round's measured set (wordsOfBothLanguagesPhrasings.ts), which is checked as a whole at the
 * end.
 */
describe('"mes", the Dutch knife, and the English "mess"', () => {
  it('still reads a knife in Dutch, the typo "mess" in a Dutch sentence too', () => {
    expectFired('danger.weapon', [
      'ze kwam binnen met een mes en zei dat ze me zou steken',
      'hij heeft een mess in zijn hand',
      'hij pakte het mes en liep naar zijn vrouw',
    ]);
    expectFired('abuse.household-threat', ['mijn ex staat voor de deur met een mes']);
    expectFired('abuse.threat-with-harm', ['mijn ex dreigt met een mes']);
    expectFired('suicide.means-for-self', [
      'hij heeft een mes onder zijn kussen en zegt dat het voor hemzelf is',
    ]);
  });

  it('reads an English mess as no weapon, no threat and no means', () => {
    expectNotFired('danger.weapon', [
      'the kids are holding a mess of wet towels',
      'he threatened to leave me with a mess of debts',
      'my flat is such a mess, my partner pulled a mess of cables out',
    ]);
    expectNotFired('abuse.household-threat', ['my ex is at the door, what a mess']);
    expectNotFired('suicide.means-for-self', ['i made a mess for myself with the loans']);
    expectNoRuleCrisis([
      'the kids are holding a mess of wet towels',
      'my ex is at the door, what a mess',
      'i made a mess for myself with the loans',
    ]);
  });
});

describe('"kind", the Dutch child, and the English "kind"', () => {
  it('still reads a child in Dutch beside a violence word', () => {
    expectFired('abuse.violence-in-household', ['mijn vriend schopt het kind van mijn zus']);
    expectFired('abuse.hit-victim', ['de oppas slaat ons kind, ik zag het op de camera']);
  });

  it('reads the English adjective or noun as no member of a household', () => {
    expectNoRuleCrisis([
      'hes not the kind to hit anyone',
      'im not the kind who hits back, what can i do about the noise',
      'he is the kind of neighbour who hits the bin with his car every week',
      'the kind of pain where you hit your elbow',
    ]);
  });

  it('still answers English violence at home told beside an English "kind"', () => {
    expectRuleCrisis(
      [
        'what kind of man hits his wife, mine does every night',
        'my sister is kind but her boyfriend kicks her',
      ],
      'abuse',
    );
  });
});

describe("the round's class set", () => {
  it('answers every Dutch crisis of the set at once, each with the lines it needs', () => {
    expect(crisesNotAnsweredAtOnce(sharedWordsDutchCrises)).toEqual([]);
  });

  it('gives no English near miss a crisis reply for its "mess" or its "kind"', () => {
    for (const text of sharedWordsClass.nearMisses) {
      const fired = detectCrisis(text).ruleIds;
      expect(fired, text).not.toContain('danger.weapon');
    }
    const stillAnswered = sharedWordsClass.nearMisses.filter(
      (text) => assessSafety(text).outcome === 'crisis',
    );
    // The two the round left alone (not a shared word: an English "never hits" and a blow at
    // school last year) are answered by the twenty-eighth round's English rules.
    expect(stillAnswered).toEqual([]);
  });
});
