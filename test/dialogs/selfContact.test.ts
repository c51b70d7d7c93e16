import { describe, expect, it } from 'vitest';
import { selfContactActivity } from '../../dialogs/handover/selfContact.js';
import { textsFor } from '../../dialogs/texts.js';
import type { WijkteamPhone } from '../../src/knowledge/catalogue.js';

const SITE = 'https://wijkteams.lindewaard.example/contact';

/** The message for a resident who says no, on knowledge that gives `phone` and `website`. */
function said(language: 'nl' | 'en', phone?: WijkteamPhone, website?: string): string | undefined {
  const knowledge = { wijkteamPhone: () => phone, wijkteamWebsite: () => website };
  // Only the two contact methods are read; the rest of the port plays no part here.
  const services = { knowledge } as unknown as Parameters<typeof selfContactActivity>[1];
  return selfContactActivity(textsFor(language).handover, services).text;
}

/**
 * The ways to reach the wijkteam yourself, by whose number the knowledge gives: the transcripts in
 * otherGemeente.test.ts go through the conversation; these are the combinations around them.
 */
describe('the ways to reach the wijkteam yourself', () => {
  it('says whose number it is: the wijkteam’s own, or the gemeente’s to ask for the wijkteam', () => {
    expect(said('nl', { number: '14 0599', owner: 'wijkteam' })).toBe(
      'Dat is goed. Ik stuur niets door. U kunt het wijkteam ook zelf bellen: [14 0599](tel:140599).',
    );
    expect(said('nl', { number: '14 0599', owner: 'gemeente' })).toBe(
      'Dat is goed. Ik stuur niets door. U kunt ook de gemeente bellen: [14 0599](tel:140599). Vraag naar het wijkteam van uw wijk.',
    );
  });

  it('gives the site alone, in words that need no number before them', () => {
    expect(said('nl', undefined, SITE)).toBe(
      'Dat is goed. Ik stuur niets door. Kijk op [wijkteams.lindewaard.example](https://wijkteams.lindewaard.example/contact) voor het wijkteam van uw wijk.',
    );
    expect(said('en', undefined, SITE)).toBe(
      'That is fine. I will not send anything. Look at [wijkteams.lindewaard.example](https://wijkteams.lindewaard.example/contact) for the wijkteam of your neighbourhood.',
    );
  });

  it('names no number without one, and still points to the gemeente so a no is no dead end', () => {
    expect(said('nl')).toBe(
      'Dat is goed. Ik stuur niets door. Vraag bij de gemeente naar het wijkteam van uw wijk.',
    );
    expect(said('en')).toBe(
      'That is fine. I will not send anything. Ask the municipality for the wijkteam of your neighbourhood.',
    );
  });
});
