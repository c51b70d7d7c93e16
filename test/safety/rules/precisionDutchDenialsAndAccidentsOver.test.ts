import { describe, expect, it } from 'vitest';
import { assessSafety } from '../../../src/safety/assessSafety.js';
import {
  crisesNotAnsweredAtOnce,
  expectFired,
  expectNoRuleCrisis,
  expectNotFired,
  expectRuleCrisis,
} from './ruleExpectations.js';
import { classSets } from './dutchDenialsAndAccidentsOverPhrasings.js';

/**
 * The twenty-ninth round (docs/adr/0012-safety-net.md): the Dutch rules brought to parity with
 * the twenty-eighth round's English ones. A violence verb denied with "nooit" or "niet" after the
 * verb, the object or before a participle, and "aangereden" in an accident that is over and well.
 * The phrasings in this file are written for it and are not in the round's measured set
 * (dutchDenialsAndAccidentsOverPhrasings.ts), which is checked as a whole at the end.
 */
describe('a denied blow in Dutch', () => {
  it('reads "nooit" or "niet" after the verb or before the participle as no violence', () => {
    const denied = [
      'mijn broer slaat zijn kinderen nooit, hij is wel streng met bedtijd',
      'mijn man heeft ons nog nooit geslagen, hij wordt alleen stil',
      'mijn moeder schopt de hond niet, ze is er bang voor',
      'mijn zus heeft haar zoon nooit geduwd, ze praten veel',
    ];
    expectNotFired('abuse.violence-in-household', denied);
    expectNotFired('abuse.hit-victim', denied);
    expectNotFired('abuse.victim-participle', denied);
    expectNoRuleCrisis(denied);
  });

  it('still answers a denial that tells of violence at other times or now', () => {
    expectRuleCrisis(
      [
        'mijn vader slaat ons nooit als oma er is, alleen als we alleen thuis zijn',
        'hij heeft me nooit geslagen tot gisteravond, toen sloeg hij me met een stoel',
        'mijn man slaat de kinderen niet meer met de hand, nu gebruikt hij een stok',
        'mijn stiefmoeder slaat mijn broertje niet alleen, ze schopt hem ook',
        'mijn vriend slaat me nooit in het gezicht, wel op mijn rug',
      ],
      'abuse',
    );
  });

  it('still reads a suspicion told with "niet" as violence', () => {
    expectRuleCrisis(['ik weet niet of hij haar geslagen heeft'], 'abuse');
  });
});

describe('aangereden in an accident that is over', () => {
  it('reads "aangereden" with a sign that it is over and well as no injury now', () => {
    expectNotFired('danger.injured', [
      'mijn buurvrouw is aangereden door een brommer, het gaat weer goed met haar',
      'mijn zoon werd vorige maand aangereden, hij heeft nu fysiotherapie',
      'mijn vader is aangereden maar niks gebroken, hij is weer thuis',
    ]);
    expectNotFired('abuse.rough-handling', [
      'mijn moeder is aangereden op de stoep, alleen blauwe plekken en het gaat goed',
    ]);
  });

  it('still answers aangereden with harm now with 112', () => {
    expectFired('danger.injured', [
      'mijn zoon is net aangereden, het gaat goed zegt hij maar hij bloedt',
      'mijn buurvrouw is aangereden en ze ligt nog op straat',
      'mijn vader is aangereden, het gaat helemaal niet goed met hem',
      'er is een fietser aangereden voor de school',
    ]);
  });
});

describe("the round's class set", () => {
  it('answers every crisis of the set at once but one, each with the lines it needs', () => {
    const checkedOnly = crisesNotAnsweredAtOnce(classSets.flatMap((set) => set.crises));
    // A firm check before this round too (no rule reads "waar de buren het zien"), left alone.
    expect(checkedOnly).toEqual([
      'check hij slaat me nooit waar de buren het zien, alleen als de deur dicht is',
    ]);
  });

  it('leaves the crisis reply on two near misses to the fear of a dog and the concern model', () => {
    const stillAnswered = classSets
      .flatMap((set) => set.nearMisses)
      .filter((text) => assessSafety(text).outcome === 'crisis');
    // Left alone: "bang voor hem" reads as fear of a household member (abuse.afraid-of-household),
    // and the concern model alone answers "papa ... straf op de kamer".
    expect(stillAnswered).toEqual([
      'hij schopt de hond nooit hoor, hij is alleen bang voor hem',
      'papa slaat ons nooit, hij geeft ons straf op de kamer',
    ]);
  });
});
