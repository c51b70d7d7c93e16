import { describe, expect, it } from 'vitest';
import { signalsLossOfControl, touchesManyDomains } from '../../src/conversation/wijkwijzerRule.js';

describe('the wijkwijzer rule', () => {
  it.each([
    'Ik weet niet meer waar ik moet beginnen',
    'ik kom er niet uit',
    'Het groeit me allemaal boven het hoofd',
    'alles tegelijk, schulden, mijn huis, mijn zoon',
    'Ik ben het overzicht helemaal kwijt',
    'I dont know where to start',
    'I feel overwhelmed',
  ])('hears loss of control in: %s', (text) => {
    expect(signalsLossOfControl(text)).toBe(true);
  });

  it.each([
    'Ik zoek een taalcursus',
    'ik kom er niet meer in, de deur klemt',
    'Ik weet niet welke cursus',
  ])('not in an ordinary question: %s', (text) => {
    expect(signalsLossOfControl(text)).toBe(false);
  });

  it('counts three or more different levensgebieden as many', () => {
    expect(touchesManyDomains(['geld', 'wonen'])).toBe(false);
    expect(touchesManyDomains(['geld', 'wonen', 'geld'])).toBe(false);
    expect(touchesManyDomains(['geld', 'wonen', 'gezondheid'])).toBe(true);
  });
});
