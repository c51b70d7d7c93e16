import { describe, expect, it } from 'vitest';
import { assessSafety } from '../../../src/safety/assessSafety.js';
import { crisesNotAnsweredAtOnce, expectFired, expectNoRuleCrisis } from './ruleExpectations.js';
import { roundCrises, roundNearMisses } from './meansOnOneselfAndAllPillsPhrasings.js';

/**
 * The thirty-fifth round (docs/adr/0012-safety-net.md): a means in hand turned on oneself, a wife's
 * or a girlfriend's weapon, and every pill taken said to be real are answered at once with the
 * right line; the everyday "for myself", a wife's kitchen knife or licensed gun and the day's dose
 * are not. Phrasings written for this round only.
 */
describe('the thirty-fifth round as a whole (shipped model)', () => {
  it('answers every crisis of the round at once with the lines it needs', () => {
    expect(crisesNotAnsweredAtOnce(roundCrises)).toEqual([]);
  });

  it('gives none of the round near misses a crisis reply', () => {
    for (const text of roundNearMisses) expect(assessSafety(text).outcome, text).not.toBe('crisis');
  });
});

describe('a means turned on oneself', () => {
  it('reads a weapon, a rope or pills turned on the writer with an intention or a time now', () => {
    expectFired('suicide.means-turned-on-self', [
      'ik heb het vleesmes van de keuken gepakt en ik wil het vannacht tegen mezelf gebruiken',
      'the shotgun is across my knees and i am going to turn it on myself soon',
      'ik heb de slaaptabletten hier liggen en ga ze straks voor mezelf gebruiken, allemaal',
    ]);
  });

  it('leaves the everyday "for myself" and a knife used on a chore alone', () => {
    expectNoRuleCrisis([
      'ik heb een broodmes voor mezelf gekocht omdat ik vaak zelf brood bak, welke winkel slijpt die',
      'i keep a penknife for myself when i go climbing, is that allowed on the bus',
      'mijn opa poetst vanavond zijn jachtgeweer voor het seizoen, mag dat in de flat',
    ]);
  });
});

describe('a partner of either sex', () => {
  it('gives a wife or a girlfriend with a weapon raised Veilig Thuis, as a husband', () => {
    expectFired('abuse.partner-weapon-or-fire', [
      'mijn echtgenote zwaait met een vleesmes en roept dat ze mij neersteekt',
      'mn vriendin richt het pistool van haar vader op mij',
    ]);
  });

  it('leaves a wife who bought a knife or keeps a gun locked away alone', () => {
    expectNoRuleCrisis([
      'mijn vrouw heeft een koksmes gekocht voor de nieuwe keuken, waar vind ik een kookles',
      'my wife bought a pocket knife for her hiking trip, can she take it on the train',
    ]);
  });
});

describe('every pill taken, said to be real', () => {
  it('reads pills taken, all of them, with a joke denied or "already"', () => {
    expectFired('suicide.all-pills-for-real', [
      'echt waar, de paracetamol heb ik al ingeslikt, allemaal',
      'no joke, i already swallowed the pills, the whole box',
    ]);
  });

  it('leaves the day dose as prescribed alone', () => {
    expectNoRuleCrisis([
      'ik heb mijn medicijnen genomen, alle tabletten van vanmorgen, zoals de huisarts zei',
      'i already took my tablets, all of them as prescribed, can i eat now',
    ]);
  });
});
