import { describe, expect, it } from 'vitest';
import {
  toldIndirectlyAbuse,
  toldIndirectlyDanger,
  toldIndirectlySuicide,
} from '../../../src/safety/rules/toldIndirectly.js';
import { firedIn } from './ruleFileCheck.js';

const rules = [...toldIndirectlyDanger, ...toldIndirectlySuicide, ...toldIndirectlyAbuse];

/** The same words in a help question, a habit, a past or a household job: no rule of this file. */
const nearMisses = [
  'sinds mijn schouderoperatie krijg ik mijn arm niet meer omhoog, welke fysio zit hier',
  'de kraan lekt en ik kan mijn arm niet goed optillen door de reuma, wie kan helpen',
  'hoe herken je dat iemand een beroerte krijgt als een kant van het gezicht hangt',
  'mijn vader heeft vaak een drukkend gevoel op de borst bij het sporten en is dan misselijk',
  'de rook van de houtkachel van de buren trekt door de kieren mijn kamer in',
  'bij het stoken van de vuurkorf komt er zwarte rook uit de tuin van de buren',
  'ik schud de fles van de baby altijd goed voordat ik hem geef',
  'mijn kleine broertje komt s nachts mijn kamer in als hij een nachtmerrie heeft',
  'tijdens de ramadan krijg ik overdag geen eten, hoe hou ik het vol op school',
  'mijn moeder neemt haar pillen vanavond allemaal in zoals de huisarts zei',
  'ik heb een touw gekocht voor de schommel aan de balk op zolder',
  'the mechanic says the hose on my exhaust is leaking, where can I get it fixed',
  'we gave away the sofa and cancelled the internet, wont need them after the move abroad',
  'morgen ga ik met de trein, ik heb het geregeld met de trein en kom zaterdag aan',
  'voor het zwemdiploma moeten de kinderen met hun kleren aan in het water',
  'mijn opa slijpt de messen voor de slager, kan hij dat als vrijwilliger doen',
];

describe('crises told indirectly: the same words in a help question, a habit, a past or a job', () => {
  it.each(nearMisses)('no rule on "%s"', (text) => {
    expect(firedIn(rules, text)).toEqual([]);
  });
});

/** Ten thousand characters and more: `unit` over and over, then `end`. */
const long = (unit: string, end = '') => unit.repeat(Math.ceil(10_000 / unit.length)) + end;

// A hang guard, not a timing test: a pattern that backtracks without end on a long repeated
// message would run past the test timeout. Speed itself is measured by `npm run bench:safety`.
describe('crises told indirectly in a long, hostile message', () => {
  it.each([
    'een kant van zijn gezicht ',
    'rook komt ',
    'touw aan de ',
    'komt s nachts ',
    'heb ik het al geregeld met ',
    'wont be needing it ',
    'steek ik die ',
    'met zijn kleren ',
  ])('no rule on "%s" over and over', (unit) => {
    expect(firedIn(rules, long(unit))).toEqual([]);
  });

  it('the rule on the words that complete it at the end', () => {
    expect(firedIn(rules, long('een kant van zijn gezicht ', 'zakt'))).toEqual([
      'danger.stroke-told-plainly',
    ]);
  });
});
