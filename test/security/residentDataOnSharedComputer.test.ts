import { describe, expect, it } from 'vitest';
import { InMemoryCaseRepository } from '../../src/cases/memoryCaseRepository.js';
import { whatWeKnowAbout } from '../../src/conversation/residentData.js';
import { FakeClock, newCaseInput } from '../cases/fixtures/caseFixtures.js';
import { silentLogger } from '../support/logs.js';

/**
 * "Wat weet je van mij?" answers whoever holds the browser's resident key: a random key the widget
 * keeps in localStorage, with no sign-in. On a computer in a library or a buurthuis, where many of
 * our residents go online, the next visitor holds the same key. So the answer says which contact
 * details are kept, recognisably for the resident, but does not repeat them: no name, no whole
 * phone number, no whole e-mail address (docs/privacy.md, "The resident's rights in the chat").
 */

describe('wat weet je van mij? on a shared computer', () => {
  it('says which contact details are kept without showing them', async () => {
    const clock = new FakeClock('2026-03-02T09:00:00.000Z');
    const repository = new InMemoryCaseRepository({
      clock,
      referencePrefix: 'WW',
      logger: silentLogger(),
    });
    await repository.create(
      newCaseInput({
        melder: {
          name: 'Fatma Yilmaz',
          phone: '06 12345678',
          email: 'fatma.yilmaz@example.nl',
          bestMoment: 'Na 15.00 uur',
          noCalls: true,
        },
      }),
    );
    const answer = (
      await whatWeKnowAbout(repository, 'resident-key-0001', {
        teamName: (id) => id,
        policy: { contactDays: 30, caseDays: 180 },
      })
    ).join('\n');
    for (const shown of ['Fatma', 'Yilmaz', '12345678', '1234', 'fatma.yilmaz', 'fatma']) {
      expect(answer).not.toContain(shown);
    }
    expect(answer).toContain(
      '- Uw contactgegevens: uw naam, een telefoonnummer dat eindigt op 78, een e-mailadres bij example.nl, liever niet bellen.',
    );
  });
});
