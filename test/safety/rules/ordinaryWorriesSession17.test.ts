import { describe, it } from 'vitest';
import { expectFired, expectNotFired } from './ruleExpectations.js';

/**
 * Session 17, branch safety43 (docs/adr/0012-safety-net.md, "Guards for eight rule false alarms"):
 * ordinary worries of parents, pupils and pet owners that a crisis rule answered, each guarded by
 * the situation that makes the word ordinary (src/safety/rules/ordinaryWorries.ts), beside the
 * crises told with the same words that stay answered. Phrasings written for this file, new.
 */
describe('a child’s misconduct a parent wants stopped', () => {
  it('is no hopelessness of the writer’s own', () => {
    expectNotFired('suicide.no-way-out', [
      'onze zoon van 14 jat geld uit mijn portemonnee, ik wil dat het ophoudt, waar vind ik steun',
      'mijn dochter spijbelt al weken en ik wil dat het stopt, kan de school iets doen',
      'my son keeps stealing from the shop on the corner and i want it all to stop, who can help',
    ]);
  });

  it('stays hopelessness beside the writer’s own life or pain', () => {
    expectFired('suicide.no-way-out', [
      'mijn dochter steelt weer en ik kan het niet meer, ik wil dat alles ophoudt, voorgoed',
      'mijn zoon spijbelt en ik zie geen uitweg meer',
    ]);
  });
});

describe('nails bitten', () => {
  it('puts no victim after the verb', () => {
    expectNotFired('abuse.hit-victim', [
      'ons meisje van negen bijt haar nagels kapot tot ze bloeden, hoe help ik haar',
      'hij bijt zijn nagelriemen open als hij zenuwachtig is voor school',
    ]);
  });

  it('leaves a person bitten by someone at home read', () => {
    expectFired('abuse.hit-victim', ['mijn vriend bijt haar in de nek als hij kwaad is']);
  });
});

describe('an own toddler’s tantrum', () => {
  it('is nobody heard being hit', () => {
    expectNotFired('abuse.heard-violence', [
      'onze dreumes krijst en schreeuwt en gaat dan klappen uitdelen als hij moe is, is dat een fase',
      'ons kind van drie gilt en slaat bij elke nee, wie geeft opvoedtips',
    ]);
  });

  it('stays heard violence through the wall', () => {
    expectFired('abuse.heard-violence', [
      'ik hoor door de muur het kind van de buren gillen en dan weer klappen',
    ]);
  });
});

describe('a faint that is over and seen to', () => {
  it('is no collapse now', () => {
    expectNotFired('danger.collapsed', [
      'ik ben onlangs flauwgevallen in de supermarkt en de dokter vond niets, mag ik nog autorijden',
      'mijn moeder valt de laatste tijd vaker flauw, de huisarts heeft bloed laten prikken, wie helpt met boodschappen',
    ]);
  });

  it('stays a collapse when it is now', () => {
    expectFired('danger.collapsed', [
      'mijn opa is onlangs al eens flauwgevallen en nu ligt hij weer in de gang',
      'mijn zus is net flauwgevallen in de keuken',
    ]);
  });
});

describe('a pet that ran off', () => {
  it('is no missing child, even beside a child who cries', () => {
    expectNotFired('danger.missing', [
      'ons konijn is ontsnapt en mijn zoontje wil niet meer eten van verdriet',
      'onze kater is sinds zaterdag zoek, mijn dochtertje slaapt er slecht van',
    ]);
  });

  it('stays a missing child when the child is gone too', () => {
    expectFired('danger.missing', [
      'de hond is weggelopen en mijn zoontje van vijf is er achteraan gegaan en nu kwijt',
      'onze poes is weg en mijn kleuter is ook vermist',
    ]);
  });
});

describe('a teacher or a coach feared by a pupil', () => {
  it('is no fear of someone at home', () => {
    expectNotFired('abuse.afraid-of-household', [
      'de gymleraar roept heel hard tegen de kinderen en mijn zoon is bang voor hem geworden',
      'onze dochter wil niet naar voetbal, de trainer moppert steeds en ze is bang voor hem',
    ]);
  });

  it('stays fear of someone at home beside the school', () => {
    expectFired('abuse.afraid-of-household', [
      'ik ben bang voor hem, mijn stiefvader, maar de juf weet van niks',
      'ik ben bang voor mijn vader, de mentor vroeg ernaar',
    ]);
  });
});

describe('a pupil alone at school', () => {
  it('is no child alone at home or outside', () => {
    expectNotFired('danger.child-alone-afraid', [
      'ik ben elf en op het schoolplein ben ik altijd alleen, de anderen lachen me uit',
      'ik ben 13 jaar en in de kantine zit ik alleen, is er een club voor mij',
    ]);
  });

  it('stays a child alone at home', () => {
    expectFired('danger.child-alone-afraid', [
      'ik ben 8 en ik ben alleen thuis en het is donker',
      'ik ben tien, ik was op school maar nu ben ik alleen en papa is weg',
    ]);
  });
});
