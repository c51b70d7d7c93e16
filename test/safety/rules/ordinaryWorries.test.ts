import { describe, expect, it } from 'vitest';
import { detectCrisis } from '../../../src/safety/detectCrisis.js';
import { expectFired, expectNotFired, expectRuleCrisis } from './ruleExpectations.js';

/**
 * Session 18 (docs/adr/0012-safety-net.md, "Rule-layer guards and weak-crisis rules with main's
 * thresholds held"): ordinary worries told in a crisis rule's words, guarded by the situation that
 * makes them ordinary (src/safety/rules/ordinaryWorries.ts), and the crises in the same words that
 * stay read. Phrasings written for this file, new.
 */
function expectRuleAsks(rule: string, texts: readonly string[]): void {
  for (const text of texts) {
    const found = detectCrisis(text);
    expect(found.isCrisis, text).toBe(false);
    expect('askRuleIds' in found ? found.askRuleIds : [], text).toContain(rule);
  }
}

describe('a child’s conduct a parent wants stopped', () => {
  it('asks instead of answering when the wish to stop is about the child’s conduct', () => {
    expectRuleAsks('suicide.no-way-out', [
      'mijn zoon van 14 spijbelt steeds en ik wil dat het ophoudt, ik zie geen andere oplossing dan de leerplichtambtenaar',
      'my son’s vaping has to stop, i see no way out with him',
      'mijn dochter moet stoppen met stelen, ik zie geen uitweg, wat moet ik met haar',
    ]);
  });

  it('still answers when the writer’s own life or a means is beside it, or no child is named', () => {
    expectFired('suicide.no-way-out', [
      'mijn zoon spijbelt en mijn leven is een puinhoop, ik zie geen uitweg meer',
      'ik zie geen uitweg meer, ik wil dat het ophoudt',
    ]);
  });
});

describe('one’s own nails bitten', () => {
  it('reads no blow in a child biting her or his own nails', () => {
    expectNotFired('abuse.hit-victim', [
      'ze bijt haar nagels helemaal kapot sinds de scheiding',
      'hij bijt zijn nagels af tot ze bloeden, hoe leer ik het hem af',
    ]);
  });

  it('still reads a blow beside it', () => {
    expectRuleCrisis(['ze bijt haar nagels van angst want hij slaat haar elke avond'], 'abuse');
  });
});

describe('one’s own toddler’s tantrum', () => {
  it('reads no violence heard in one’s own toddler screaming and hitting', () => {
    expectNotFired('abuse.heard-violence', [
      'ik hoor ons zoontje van twee schreeuwen en slaan als hij moet slapen',
    ]);
    expectNotFired('abuse.he-hits', [
      'mijn kleuter heeft woedeaanvallen, hij slaat en bijt en ik hoor het gegil tot in de tuin',
    ]);
    expectNotFired('abuse.hit-victim', [
      'de kleine van 3 slaat mij en huilt bij het aankleden, ik word er gek van',
    ]);
  });

  it('still reads violence heard beside the neighbours or another adult', () => {
    expectFired('abuse.heard-violence', [
      'ik hoor het kindje van de bovenburen gillen en dan klappen, elke avond weer',
    ]);
  });
});

describe('a faint that was seen to', () => {
  it('reads no collapse now in a faint that is over and looked at', () => {
    expectNotFired('danger.collapsed', [
      'mijn man is gisteren flauwgevallen op zijn werk, hij is nu weer thuis en de dokter heeft gekeken',
      'opa is laatst flauwgevallen in de kerk, de ambulance heeft hem nagekeken en hij is weer thuis',
      'de juf is laatst flauwgevallen in de klas, de kinderen schrokken, hoe praat ik erover',
    ]);
  });

  it('still reads a collapse now', () => {
    expectFired('danger.collapsed', [
      'mijn vriend valt flauw en ik weet niet wat ik moet doen',
      'oma is laatst ook al flauwgevallen en nu weer, ze reageert niet',
    ]);
  });
});

describe('a pet gone', () => {
  it('reads no missing person when the animal is the one gone', () => {
    expectNotFired('danger.missing', [
      'de kat van mijn zoontje is vermist sinds gisteren, waar kan ik een poster ophangen',
      'onze hond is weggelopen en mijn dochter van 5 wil hem zoeken',
      'het konijn van mijn dochtertje is weg, ze huilt de hele dag',
    ]);
  });

  it('still reads a child missing beside a pet', () => {
    expectFired('danger.missing', [
      'mijn dochtertje is weg, ze ging achter de kat aan de straat op',
    ]);
  });
});

describe('a teacher or a coach feared', () => {
  it('reads no fear of the household when "him" is the teacher or the coach named', () => {
    expectNotFired('abuse.afraid-of-household', [
      'ik ben bang voor hem, de meester van mijn zoon schreeuwt steeds tegen de kinderen',
      'mijn dochter is bang voor hem, de coach van de hockey, hij is zo streng',
      'my son is scared of him, the football coach, he screams at the boys',
    ]);
  });

  it('still reads the fear beside a touch, a blow or the household', () => {
    expectFired('abuse.afraid-of-household', [
      'ik ben bang voor hem, hij is mijn trainer en hij raakt me aan',
      'ik ben bang voor hem, mijn man slaat me',
    ]);
  });
});

describe('a pupil alone at school', () => {
  it('reads no child alone in danger in a pupil alone or afraid at school', () => {
    expectNotFired('danger.child-alone-afraid', [
      'ik ben 9 en ik sta in de pauze altijd alleen op het schoolplein, ik ben bang voor de grote kinderen',
      'ik ben 12 en ik heb niemand om mee te spelen op school',
    ]);
  });

  it('still reads a child alone at home or with a parent gone', () => {
    expectFired('danger.child-alone-afraid', ['ik ben 8 en alleen thuis en bang, mama is weg']);
  });
});

describe('a knife at school told by the teacher afterwards', () => {
  it('reads no weapon now when the teacher tells of it afterwards', () => {
    expectNotFired('danger.weapon', [
      'de juf zegt dat er een kind met een mes op school was, moet ik me zorgen maken',
      'een kind had een mes bij zich op school, zegt de juf, hoe praat ik daarover met mijn zoon',
      'mijn zoon heeft een mes mee naar school genomen zegt de juf, wat nu',
    ]);
  });

  it('still reads a knife there now', () => {
    expectFired('danger.weapon', [
      'hij staat met een mes voor de deur van de school en de juf zegt dat we binnen moeten blijven',
      'er loopt iemand met een mes op het schoolplein, de meester heeft de deuren dicht gedaan',
    ]);
  });
});
