import { describe, expect, it } from 'vitest';
import { assessSafety } from '../../../src/safety/assessSafety.js';

/**
 * Everyday help questions that used a word an acute rule looks for and got a crisis reply at once
 * (review24b, session 24; docs/adr/0012-safety-net.md). Each guard is small and general; each has
 * an acute twin told the same way that keeps the crisis reply. A check (one calm question) is
 * acceptable for the everyday lines; a crisis reply at once is not. Written for this test, never
 * taken from a corpus round, the frozen test, an unseen round, a kaart or an issue.
 */

/** Everyday: no crisis reply at once (a check may remain). */
const everyday = [
  // a supply used up and a new one to buy (resupplyOnly)
  'Ik heb net de hele pot vitamines op, ik moet nieuwe kopen',
  'ik heb de hele strip paracetamol op, nieuwe halen',
  'ik heb net de hele strip tabletten op van de dokter, hoe krijg ik een herhaalrecept',
  // a shared activity held close (sharedActivityHold)
  'Mijn man heeft zijn handen om mijn nek als we dansen',
  'mijn man heeft zijn arm om mijn nek op de foto van de bruiloft, kan ik die laten afdrukken',
  // looking down at a thing in one's hand (lookingDownAtAThing)
  'Ik sta op de rand van het perron en kijk naar beneden naar mijn telefoon',
  'I am standing on the edge of the platform looking down at my phone, when is the next bus to the town hall',
  // a machine that stalls (machineStalls)
  'mijn zoon rijdt op een scooter en de motor slaat af, waar is een goede garage',
];

/** The acute twins told the same way: still a crisis reply at once. */
const acuteTwins = [
  'ik heb een hele pot pillen genomen',
  'ik heb net de hele strip tabletten op',
  'ik heb net de hele strip tabletten genomen, hoe krijg ik een herhaalrecept',
  'ik heb de hele pot pillen genomen en moet nieuwe kopen',
  'ik heb de hele strip paracetamol op en ik wil dood, nieuwe halen hoeft niet meer',
  'mijn man heeft zijn handen om mijn nek als we ruzie hebben',
  'mijn man heeft zijn handen om mijn nek als we dansen en nu knijpt hij, ik krijg geen lucht',
  'mijn man heeft zijn arm om mijn nek en drukt, ik krijg geen lucht',
  'ik sta op de rand van het perron en kijk naar beneden',
  'ik sta op de rand van het perron en kijk naar beneden, sorry',
  'ik sta op de rand van het perron en kijk naar beneden naar mijn telefoon, ik wil niet meer',
  'I am standing on the edge of the platform',
  'I am standing on the edge of the platform looking down at my phone, I want to jump',
  'I am standing on the edge of the roof looking down at my phone, goodbye',
  'mijn man slaat mij en de motor van de auto slaat af',
];

describe('everyday questions in the words of an acute rule', () => {
  it('get no crisis reply at once', () => {
    for (const text of everyday) expect(assessSafety(text).outcome, text).not.toBe('crisis');
  });
  it('keep the crisis reply for the acute twin told the same way', () => {
    for (const text of acuteTwins) expect(assessSafety(text).outcome, text).toBe('crisis');
  });
});

describe('an attack just now told with the partner as the subject (review24b)', () => {
  it('gets the crisis reply with Veilig Thuis beside 112', () => {
    for (const text of [
      'mijn vriend heeft me net aangevallen',
      'mijn man heeft me vanavond in elkaar geslagen',
    ]) {
      const assessment = assessSafety(text);
      expect(assessment.outcome, text).toBe('crisis');
      expect(
        assessment.lines.map((line) => line.kind),
        text,
      ).toEqual(expect.arrayContaining(['danger', 'abuse']));
    }
  });
  it('stays quiet of a crisis for a kindness done just now', () => {
    for (const text of [
      'mijn vriend heeft me net verrast met een reis, kan ik verlof opnemen',
      'mijn broer heeft me net geholpen met verhuizen, waar breng ik het grofvuil',
    ]) {
      expect(assessSafety(text).outcome, text).not.toBe('crisis');
    }
  });
});
