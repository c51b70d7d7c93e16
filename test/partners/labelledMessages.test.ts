import { describe, expect, it } from 'vitest';
import { nl } from '../../src/i18n/nl/index.js';
import { withFieldLabels } from '../../src/partners/labelledMessages.js';

const labels = nl.partners.fieldLabels;

describe("the checker's messages on the partner page", () => {
  it('name a field by its label on the form instead of its path in the file', () => {
    expect(withFieldLabels("Bij 'alifa-koffie': 'contact.telefoon': Dit klopt niet.", labels)).toBe(
      "Bij 'alifa-koffie': 'Telefoonnummer': Dit klopt niet.",
    );
    expect(withFieldLabels("Het veld 'naam' ontbreekt. Vul het in.", labels)).toBe(
      "Het veld 'Naam' ontbreekt. Vul het in.",
    );
    expect(withFieldLabels("'doelgroep.leeftijd.min' moet minstens 0 zijn.", labels)).toBe(
      "'Vanaf leeftijd' moet minstens 0 zijn.",
    );
  });

  it('say which item of a list, and read a bare key in double quotes', () => {
    expect(withFieldLabels("'trefwoorden[2]' is leeg.", labels)).toBe(
      "'Trefwoorden' (nummer 2) is leeg.",
    );
    expect(withFieldLabels('Vul iets in bij "hoe_aanmelden".', labels)).toBe(
      'Vul iets in bij "Zo meldt een inwoner zich aan".',
    );
  });

  it('leave what is not a known field as it is: ids, values, unknown paths', () => {
    for (const message of [
      'Bij \'alifa-koffie\': de waarde "gratis" kennen we niet.',
      "Het veld 'contact.fax' kennen we niet.",
      'Een wijk "Wesselerbrinkk" kennen we niet.',
    ]) {
      expect(withFieldLabels(message, labels)).toBe(message);
    }
  });
});
