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

describe('someone in the water: the sea is no pronoun', () => {
  // The normaliser squeezes "zee" to "ze", which the person list also reads as "she" or "they".
  const noOneInTheWater = [
    'op de zee drijft al dagen een groot stuk hout, wie ruimt zoiets op',
    'een lege rubberboot gaat onder in de zee, bij welke instantie meld je dat',
    'de zee is ruw en er drijft een opblaasbare krokodil richting de pier',
  ];

  it('names no one in the water when only the sea is named', () => {
    expectNotFired('danger.in-the-water', noOneInTheWater);
  });

  it('still reads a person, or "ze" as one, in trouble in the sea', () => {
    expectFired('danger.in-the-water', [
      'ze drijft in de zee en komt niet meer boven, ik zie haar niet meer',
      'in de zee spartelen ze bij de pier en gaan steeds kopje onder',
      'mijn nichtje drijft weg in de zee op een luchtbed en kan er niet meer uit',
    ]);
  });
});
