import { describe, expect, it } from 'vitest';
import { assessSafety } from '../../../src/safety/assessSafety.js';
import {
  expectFired,
  expectNoRuleCrisis,
  expectNotFired,
  expectRuleCrisis,
} from './ruleExpectations.js';

/**
 * Session 18, branch safetyfix18 (docs/adr/0012-safety-net.md, "A check's order through its yes;
 * a lock-in of one's own; a young pupil who hits"): a lock-in of one's own is no one locked up by
 * another, and a young child who hits at school is no blow at home; the crises in the same words
 * stay read. Phrasings written for this file, new.
 */
describe('a lock-in of one’s own', () => {
  it('reads no one locked up when someone locked themselves in', () => {
    const calm = [
      'onze dochter van 16 heeft zich na het eten op haar kamer opgesloten en wil niemand zien',
      'mijn vader heeft zichzelf het hele weekend in de garage opgesloten om aan zijn modeltrein te werken',
      'sinds het ontslag heeft mijn man zich op zolder opgesloten, hoe krijg ik hem weer mee naar buiten',
    ];
    expectNotFired('abuse.locked-up', calm);
    expectNoRuleCrisis(calm);
  });

  it('still reads someone locked up by another, or shut in with someone, or hiding from violence', () => {
    expectFired('abuse.locked-up', [
      'mijn stiefmoeder heeft mij op zolder opgesloten',
      'hij heeft zich met mijn zusje van vier op zijn kamer opgesloten',
      'mijn moeder heeft zich op haar kamer opgesloten omdat mijn vader dronken is en tekeer gaat',
    ]);
  });

  it('keeps a crisis reply when a means or a threat is beside the lock-in', () => {
    for (const text of [
      'mijn zoon heeft zich in de schuur opgesloten met een touw en doet niet open',
      'mijn partner heeft zich opgesloten in de slaapkamer en dreigt er een einde aan te maken',
      'mijn broer heeft zich op zijn kamer opgesloten met een doos pillen',
    ]) {
      expect(assessSafety(text).outcome, text).toBe('crisis');
    }
  });
});

describe('a young pupil who hits at school', () => {
  it('reads no blow at home in a young child hitting classmates', () => {
    const pupils = [
      'ons zoontje zit in groep 2 en in het speelkwartier schopt hij als hij boos is',
      'mijn dochter is pas vijf en op het schoolplein slaat ze als iemand haar bal afpakt',
      'hij is zeven en in de klas slaat hij als hij zijn beurt niet krijgt, de juf is ten einde raad',
    ];
    expectNotFired('abuse.he-hits', pupils);
    expectNoRuleCrisis(pupils);
  });

  it('still reads an adult who hits, a child being hit, a child who tells, or home', () => {
    expectRuleCrisis(
      [
        'mijn zoon van zes zit op school en mijn man slaat als hij een slecht rapport heeft',
        'mijn dochter van vijf vertelt dat hij slaat als ze van school thuiskomt',
        'mijn kleuter is bang, hij slaat als mama er niet is en ik haal haar van school',
      ],
      'abuse',
    );
    expectFired('abuse.he-hits', ['ik ben zeven en hij slaat als ik uit school kom en mama werkt']);
  });
});
