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
import { classSets } from './englishRulesOnEnglishWordsPhrasings.js';

/**
 * The twenty-eighth round (docs/adr/0012-safety-net.md): English rules on English words. A denied
 * blow ("never hits", "doesnt hit"), a blow at school or from a car, a weapon waved in public now
 * and "die" typed for "dye". The phrasings in this file are written for it and are not in the
 * round's measured set (englishRulesOnEnglishWordsPhrasings.ts), which is checked as a whole at the
 * end.
 */
describe('a denied blow in English', () => {
  it('reads "never", "doesnt" and "has never" before the verb as no violence', () => {
    const denied = [
      'my brother never hits his kids, he is just strict about bedtime',
      'my husband doesnt slap anyone, he just goes quiet',
      'she has never once pushed me, we argue about the dishes',
      'my dad did not kick us, he only shouted',
    ];
    expectNotFired('abuse.hit-victim-en', denied);
    expectNotFired('abuse.violence-in-household', denied);
    expectNoRuleCrisis(denied);
  });

  it('still answers a denial that tells of violence at other times, and a promise not to', () => {
    expectRuleCrisis(
      [
        'he never hits me in front of his mother, only when we are alone',
        'my partner never punches me where the bruises show',
        'she never hit me until we moved in together, now it is every week',
        'my dad doesnt hit us anymore, he kicks us now',
        'he never stops hitting my sister',
        'he hit me last night and promised he would never hit me again',
      ],
      'abuse',
    );
  });
});

describe('a blow from a car, a ball or at school', () => {
  it('reads a thing that hits, or a blow among children, as no household violence', () => {
    const notAbuse = [
      'my grandma was struck by a moped on the pavement, she is fine',
      'my son was pushed off the swings by a classmate, how do i talk to the school',
      'my daughter got kicked during football practice and her knee is swollen',
    ];
    expectNotFired('abuse.passive-en', notAbuse);
    expectNotFired('abuse.violence-in-household', notAbuse);
    expectNoRuleCrisis(notAbuse);
  });

  it('answers someone hit by a vehicle now with 112, and not when the one hit is fine', () => {
    expectFired('danger.injured', [
      'my dad was hit by a tram and he is bleeding from his head',
      'a girl got knocked over by a taxi outside the school, come quick',
    ]);
    expectNotFired('danger.injured', [
      'my dad was hit by a tram, he is ok now and home from hospital',
      'a girl got knocked over by a taxi last year, who pays her physio',
    ]);
    expectNotFired('danger.violence-now', ['my dad was hit by a tram and is fine now']);
  });

  it('still reads a household member hitting with a car door or at home', () => {
    expectRuleCrisis(
      [
        'my boyfriend slammed the car door on my hand and hit me',
        'my son was hit by his father at home and is scared',
      ],
      'abuse',
    );
  });
});

describe('a weapon in public now', () => {
  it('reads waving, brandishing, wielding and pointing a weapon as danger', () => {
    expectFired('danger.weapon', [
      'a teenager is waving a knife near the playground',
      'there is a man brandishing a gun outside the mosque',
      'someone is pointing a knife at the cashier',
      'a woman is swinging an axe at parked cars',
    ]);
  });

  it('reads a toy, the table, a show or a time that is over as no weapon now', () => {
    expectNotFired('danger.weapon', [
      'my son keeps waving his nerf gun at the cat',
      'the butcher was waving a knife while he explained the cuts',
      'a man was waving a knife at the station months ago, is that area safe for kids',
    ]);
  });

  it('still reads a weapon waved again after a time that is over', () => {
    expectFired('danger.weapon', ['last year he was waving a knife and now he is doing it again']);
  });
});

describe('"die" typed for "dye"', () => {
  it('reads "die" before hair, clothes or eggs as no death wish', () => {
    const dyed = [
      'i want to die my hair red before the wedding',
      'my daughter wants to die her school shirt black',
      'i wanna die my eyebrows darker',
    ];
    expectNotFired('suicide.intent-en', dyed);
    expectNotFired('suicide.death-wish', dyed);
    expectNoRuleCrisis(dyed);
  });

  it('still reads a death wish where the hair is the subject of what follows', () => {
    expectRuleCrisis(
      [
        'i want to die my hair falls out in clumps and i hate myself',
        'i want to die, my clothes dont fit and everyone laughs at me',
        'i want to die my hair and then i want to die for real',
      ],
      'suicide',
    );
  });
});

describe("the round's class set", () => {
  it('answers every crisis of the set at once, each with the lines it needs', () => {
    expect(crisesNotAnsweredAtOnce(classSets.flatMap((set) => set.crises))).toEqual([]);
  });

  it('answers no accident of the set with Veilig Thuis from a rule', () => {
    const accident = classSets.find((set) => set.name === 'accident');
    for (const { text, kinds } of accident?.crises ?? []) {
      if (kinds.includes('abuse')) continue;
      expect(detectCrisis(text).kinds, text).not.toContain('abuse');
    }
  });

  it('gives no near miss of the set a crisis reply', () => {
    const stillAnswered = classSets
      .flatMap((set) => set.nearMisses)
      .filter((text) => assessSafety(text).outcome === 'crisis');
    // Session 19 (pastToldForHelp.ts): "i was beaten as a kid, now i want a parenting course" is a
    // past told to ask for help, and its rules ask instead of answering.
    expect(stillAnswered).toEqual([]);
  });
});
