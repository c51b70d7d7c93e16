import { describe, expect, it } from 'vitest';
import { assessSafety } from '../../../src/safety/assessSafety.js';
import { detectCrisis } from '../../../src/safety/detectCrisis.js';
import {
  unforeseenNowAbuse,
  unforeseenNowDanger,
  unforeseenNowSuicide,
} from '../../../src/safety/rules/unforeseenNow.js';
import { firedIn } from './ruleFileCheck.js';
import { expectFired, expectNotFired } from './ruleExpectations.js';

const newRules = [...unforeseenNowDanger, ...unforeseenNowSuicide, ...unforeseenNowAbuse];

/**
 * Session 25, review25 (docs/adr/0012-safety-net.md, "session 25, review25"): everyday messages
 * that the session's new rules (unforeseenNow.ts) answered with 112 or 113 at once, and threats to
 * kill someone else of the household that suicide.death-wish read as the writer's own wish (113
 * first, or no Veilig Thuis at all). Phrasings written for this file, new.
 */
describe('a habit, a path beside the road, a thing over, a lasting state: no new rule fires', () => {
  const everyday = [
    // A sea swim of every morning after a loss is a habit that helps, no plan to die.
    'na de dood van mijn man ga ik elke ochtend de zee in lopen, dat geeft rust. is er een wandelgroep voor weduwen?',
    'sinds mijn vrouw dood is ga ik elke dag de zee in zwemmen, winterzwemmen houdt me op de been. is er een club?',
    'after my husband died i started going into the sea every morning with a group of women, it helps',
    // A cycle path beside the motorway, an opening day, a plan for a sponsored walk: no one on the carriageway.
    'tijdens de wandeltocht lopen we langs de snelweg over het fietspad, is dat veilig voor kinderen?',
    'mijn zoon loopt elke dag langs de a28 naar school over het fietspad, is er een schoolbus?',
    'zaterdag is de opening van de nieuwe snelweg en mogen we over de snelweg lopen, is er een pendelbus?',
    'mijn zoon wil over de snelweg lopen voor een goed doel, zijn er wandelroutes langs de a28?',
    // Over and well again.
    'mijn dochter at bessen uit de tuin en moest overgeven, maar de huisarts zei dat het van de griep was. nu is ze weer beter.',
    // Not much urine is no urine.
    'mijn moeder heeft blaasontsteking en plast niet veel, kunnen jullie iemand sturen voor de boodschappen?',
    // Asthma with the pump at hand, care asked for.
    'mijn dochter van 3 jaar kan niet goed ademen door haar astma, we hebben een puffer. is er een longverpleegkundige?',
  ];

  it.each(everyday)('"%s": no rule of unforeseenNow.ts fires, no crisis reply', (text) => {
    expect(firedIn(newRules, text)).toEqual([]);
    expect(assessSafety(text).outcome).not.toBe('crisis');
  });

  it('still answers the crises in the same words at once', () => {
    for (const [text, rule] of [
      [
        'sinds mijn vrouw dood is wil ik vannacht de zee in lopen en niet meer terugkomen',
        'suicide.into-the-water-with-loss',
      ],
      [
        'er loopt een verwarde man midden op de snelweg tussen de auto s',
        'danger.on-foot-on-motorway',
      ],
      [
        'mijn peuter heeft astma, de puffer helpt niet en hij kan niet meer ademen',
        'danger.small-child-fights-for-breath',
      ],
      [
        'opa heeft een infectie en plast niet meer sinds gisteren, zijn handen zijn ijskoud',
        'danger.infection-spreading-signs',
      ],
      [
        'mijn zoon at net bessen uit het bos en nu moet hij overgeven en is hij verward',
        'danger.wild-plants-eaten-signs-now',
      ],
    ] as const) {
      expect(firedIn(newRules, text), text).toContain(rule);
      expect(assessSafety(text).outcome, text).toBe('crisis');
    }
  });
});

describe('a person locked up beside a weapon named: still someone locked up', () => {
  it('reads abuse.locked-up when a person stands between the weapon and the lock-in', () => {
    expectFired('abuse.locked-up', [
      'mijn vader verstopt zijn geweer en houdt mijn moeder opgesloten in huis',
      'hij heeft zijn geweer weggelegd en mijn moeder opgesloten in de kelder',
    ]);
    const found = detectCrisis(
      'mijn vader verstopt zijn geweer en houdt mijn moeder opgesloten in huis',
    );
    expect(found.isCrisis).toBe(true);
    expect(found.kinds).toContain('abuse');
  });

  it('still reads a weapon kept locked away as no one locked up', () => {
    expectNotFired('abuse.locked-up', [
      'mijn opa heeft een oud jachtgeweer dat hij opgesloten bewaart in een kast, moet dat met een vergunning',
    ]);
  });
});

describe('a lock-in of one’s own from someone of the household with a weapon or a threat', () => {
  it('keeps Veilig Thuis and adds no 113', () => {
    for (const text of [
      'mijn nicht heeft zich op zolder opgesloten, haar vriend heeft een mes',
      'mijn nicht heeft zich op zolder opgesloten, haar vriend loopt met een mes door het huis',
      'mijn zus heeft zich met de kleine in de slaapkamer opgesloten omdat haar vriend dreigt en met een mes voor de deur staat',
    ]) {
      const found = detectCrisis(text);
      expect(found.isCrisis, text).toBe(true);
      expect(found.kinds, text).toContain('abuse');
      expect(found.kinds, text).not.toContain('suicide');
    }
  });

  it('reads no means in a death of someone else beside a lock-in', () => {
    const text =
      'opa heeft zich op zijn kamer opgesloten met zijn puzzels en wil niemand zien sinds oma dood is';
    expect(detectCrisis(text).isCrisis).toBe(false);
  });

  it('still answers a lock-in of one’s own with a means with 113', () => {
    const found = detectCrisis(
      'mijn oom heeft zich met zijn geweer in de garage opgesloten en neemt niet op',
    );
    expect(found.kinds).toContain('suicide');
  });
});

describe('care staff, a routine: no crisis reply from the new rules', () => {
  it.each([
    'de verpleging houdt opa rustig met pillen zodat hij s nachts niet uit bed valt, is dat normaal?',
    'ik ga voortaan al mijn pillen tegelijk innemen, verdelen over de dag vergeet ik steeds',
  ])('"%s"', (text) => {
    expect(firedIn(newRules, text)).toEqual([]);
  });
});

describe('a threat to kill someone else of the household: Veilig Thuis, no death wish', () => {
  const threats = [
    'mijn vader zei dat hij mama zou doodmaken als ze weggaat',
    'mijn stiefvader zegt dat hij mijn moeder gaat doodmaken',
    'mijn neef van 19 schreeuwt dat hij haar zal doden als mijn nichtje met die jongen trouwt',
  ];

  it('reads no death wish of the writer in someone else’s threat to a third', () => {
    expectNotFired('suicide.death-wish', threats);
  });

  it('answers at once with Veilig Thuis and without 113', () => {
    for (const text of threats) {
      const found = detectCrisis(text);
      expect(found.isCrisis, text).toBe(true);
      expect(found.kinds, text).toContain('abuse');
      expect(found.kinds, text).not.toContain('suicide');
    }
  });

  it('reads a threat to shoot or stab the writer written in two words', () => {
    expectFired('abuse.threat-to-kill', [
      'hij appt dat hij mij dood schiet zodra ik naar buiten kom',
      'die vent van mij belooft dat hij me dood steekt wanneer ik vertrek',
    ]);
  });

  it('keeps a death wish of one’s own or of a third person told', () => {
    expectFired('suicide.death-wish', [
      'onze buurjongen schreef op insta dat hij zich gaat doden',
      'vanavond ga ik mezelf doden, er is niemand meer',
      'mijn stiefzus typte dat ze zichzelf straks gaat doden',
    ]);
  });
});
