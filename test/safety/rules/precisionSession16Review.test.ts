import { describe, expect, it } from 'vitest';
import { detectCrisis } from '../../../src/safety/detectCrisis.js';
import { expectFired, expectNotFired } from './ruleExpectations.js';

/**
 * Word lists of the thirty-second round's scenes narrowed after the session-16 review
 * (docs/adr/0012-safety-net.md, "Review of the session-16 merges"). Phrasings written for this
 * test, not taken from any measured set.
 */
describe('"slap" beside fumes or a stuck lift: only the Dutch word for limp', () => {
  it('reads the English verb as no sign of being unwell', () => {
    const threats = [
      'the gas heater burns orange and my uncle says he will slap her if she opens the window',
      'the lift got stuck between floors and the older boy tried to slap my little brother',
    ];
    expectNotFired('danger.fumes-unwell', threats);
    expectNotFired('danger.stuck-lift-unwell', threats);
    // The blow threatened in the household is still read, by the abuse rules.
    expect(detectCrisis(threats[0] ?? '').kinds).toContain('abuse');
  });

  it('still reads someone going limp beside fumes or in a stuck lift', () => {
    expectFired('danger.fumes-unwell', [
      'de gaskachel brandt oranje en mijn schoonmoeder hangt ineens helemaal slap in haar stoel',
    ]);
    expectFired('danger.stuck-lift-unwell', [
      'we staan al een half uur vast in de lift en mijn buurman wordt heel slap en bleek',
    ]);
  });
});

describe('money taken with a threat: "hulp" only as the one who helps in the home', () => {
  it('names no carer in the help a resident asks for', () => {
    expectNotFired('abuse.money-taken-with-threat', [
      'bij de supermarkt pakte een vreemde mijn geld af en hij dreigde me, ik wil hulp',
      'iemand aan de deur heeft mijn bankpas gestolen en dreigt terug te komen, waar krijg ik hulp',
      'ik heb de hulp nodig van iemand, een onbekende nam mijn pinpas af en dreigde',
    ]);
  });

  it('still reads a home help, a carer from an agency or a care worker who takes the money', () => {
    expectFired('abuse.money-taken-with-threat', [
      'onze hulp haalt geld van de rekening van mijn moeder en zegt dat ze anders niet meer komt',
      'de poetshulp pakt elke week geld uit de portemonnee van opa en dreigt hem',
      'de hulpverlener heeft het spaargeld van mijn tante opgenomen en dreigt als zij het vertelt',
    ]);
  });
});
