import { describe, expect, it } from 'vitest';
import { assessSafety } from '../../../src/safety/assessSafety.js';
import {
  expectCaughtWithRightLines,
  expectFired,
  expectNoRuleCrisis,
  expectNotFired,
  expectRuleCrisis,
} from './ruleExpectations.js';
import { classSets } from './nearMissesToldFromElsewherePhrasings.js';

/**
 * The thirty-third round (docs/adr/0012-safety-net.md): near misses whose danger is elsewhere in
 * time or place, planned for or trained for. A wish to die at home of an illness or not to be
 * reanimated, a drill, a weapon kept or handed in, a protocol asked about, a fish or a sheep killed
 * for food, old scars, a past told as long over, a landlord who does not answer beside a baby's
 * cot. Each guard's twin (the same words, a crisis now) stays a crisis. The phrasings in this file
 * are written for it and are not in the round's measured set
 * (nearMissesToldFromElsewherePhrasings.ts), which is checked as a whole at the end.
 */
describe('a plan of care at the end of an illness', () => {
  it('leaves dying at home and a wish not to be reanimated alone', () => {
    const plans = [
      'mijn moeder is ongeneeslijk ziek en wil in haar eigen bed sterven, welke thuiszorg kan dat',
      'opa wil niet meer gereanimeerd worden, hoe leggen we dat vast bij de huisarts',
      'my father has cancer and wants to die at home, who arranges a hospital bed in the living room',
    ];
    expectNotFired('suicide.death-wish', plans);
    expectNotFired('danger.heart-stroke', plans);
    expectNoRuleCrisis(plans);
  });

  it('still answers a heart stopping now and a death wish with a means or a time', () => {
    expectFired('danger.heart-stroke', [
      'mijn opa heeft net een hartstilstand, hij wilde niet gereanimeerd worden maar wat moet ik doen',
    ]);
    expectFired('suicide.death-wish', [
      'ik wil thuis sterven, vanavond slik ik alles wat in de la ligt',
    ]);
  });
});

describe('a drill, a weapon kept and a protocol asked about', () => {
  it('leaves a gas drill, a rifle handed in and a protocol question alone', () => {
    expectNotFired('danger.gas', [
      'de school doet morgen een oefening met een gaslek, moet ik mijn kind ophalen',
    ]);
    expectNotFired('danger.weapon', [
      'mijn overleden vader had een geweer in de kast, waar kan ik het inleveren',
      'waar leren we wat te doen bij een klant met een mes, ik werk achter de kassa',
    ]);
    expectNoRuleCrisis([
      'de school doet morgen een oefening met een gaslek, moet ik mijn kind ophalen',
      'mijn overleden vader had een geweer in de kast, waar kan ik het inleveren',
    ]);
  });

  it('still answers a real leak, a weapon in a threat and a knife here now', () => {
    expectFired('danger.gas', ['dit is geen oefening, ik ruik gas in het hele trappenhuis']);
    expectFired('danger.weapon', [
      'mijn broer heeft een geweer uit de kast gepakt en dreigt ermee, hij is dronken',
      'wat moet ik doen, er loopt een man met een mes door de gang van de school',
      'is er een protocol, een leerling heeft nu een mes in de klas',
    ]);
  });
});

describe('an animal killed for food, old scars and a past that is over', () => {
  it('leaves a fish struck, old scars and an overdose survived years ago alone', () => {
    expectNotFired('abuse.violence-in-household', [
      'mijn dochter wil met opa vissen maar ze wil de vis niet dood slaan, is er een club',
    ]);
    expectNotFired('suicide.self-harm', [
      'als tiener sneed ik mezelf, de littekens schamen me in de zomer, kan een laser helpen',
    ]);
    expectNoRuleCrisis([
      'mijn dochter wil met opa vissen maar ze wil de vis niet dood slaan, is er een club',
      'als tiener sneed ik mezelf, de littekens schamen me in de zomer, kan een laser helpen',
      'mijn zus had twintig jaar geleden een overdosis en leeft gelukkig nog, ze zoekt een cursus',
      'als meisje werd ik door mijn oom mishandeld, dat is allang voorbij, ik wil nu mijn verhaal doen',
      'in my twenties I tried to kill myself and I am doing well, is there a choir I could join',
    ]);
  });

  it('still answers a person struck beside an animal, fresh cuts and abuse that is back', () => {
    expectRuleCrisis(['hij sloeg de kip dood en daarna mama met de stok'], 'abuse');
    expectFired('suicide.self-harm', [
      'vroeger sneed ik mezelf en gisteren opnieuw, de littekens bloeden',
    ]);
    expectRuleCrisis(
      ['jaren terug sloeg hij me, dat is allang voorbij, maar vannacht sloeg hij me weer'],
      'abuse',
    );
    expectRuleCrisis(
      ['years ago I took an overdose and I am fine, but tonight I want to kill myself'],
      'suicide',
    );
  });
});

describe('a landlord who does not answer beside a baby', () => {
  it('leaves mould by the cot and an unanswered landlord alone', () => {
    expectNotFired('danger.baby-limp', [
      'vocht op de muur bij de wieg van de baby en de woningcorporatie reageert niet op klachten',
    ]);
  });

  it('still answers a baby that does not respond', () => {
    expectFired('danger.baby-limp', ['de baby reageert niet en de huisarts neemt niet op']);
  });
});

describe('the thirty-third round as a whole', () => {
  it('gives none of its near misses a crisis reply', () => {
    const answered = classSets
      .flatMap((set) => set.nearMisses)
      .filter((text) => assessSafety(text).outcome === 'crisis');
    expect(answered).toEqual([]);
  });

  it('catches every crisis twin, a crisis reply with the lines it needs', () => {
    expectCaughtWithRightLines(classSets.flatMap((set) => set.crises));
  });
});
