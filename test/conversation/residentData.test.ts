import { beforeEach, describe, expect, it } from 'vitest';
import { InMemoryCaseRepository } from '../../src/cases/memoryCaseRepository.js';
import { forgetResident, whatWeKnowAbout } from '../../src/conversation/residentData.js';
import { captureLogger, silentLogger } from '../support/logs.js';
import { FakeClock, newCaseInput } from '../cases/fixtures/caseFixtures.js';

const options = {
  teamName: (id: string) => (id === 'wesselerbrink' ? 'Wesselerbrink' : id),
  policy: { contactDays: 30, caseDays: 180 },
};

let clock: FakeClock;
let repository: InMemoryCaseRepository;

beforeEach(() => {
  clock = new FakeClock('2026-03-02T09:00:00.000Z');
  repository = new InMemoryCaseRepository({ clock, referencePrefix: 'WW', logger: silentLogger() });
});

describe('wat weet je van mij?', () => {
  it('says nothing is stored when there is nothing', async () => {
    expect(await whatWeKnowAbout(repository, 'resident-key-0001', options)).toEqual([
      'Bij dit gesprek vind ik geen vragen die u naar het wijkteam stuurde. Koos u eerder "vergeet mij"? Dan ligt uw vraag mogelijk nog bij het wijkteam, zonder uw naam en contactgegevens. Ik kan die vraag niet meer aan u koppelen.',
    ]);
  });

  it('shows the story, contact details, consent and retention of this resident only', async () => {
    await repository.create(newCaseInput());
    await repository.create(
      newCaseInput({
        residentKey: 'resident-key-0002',
        melder: { name: 'Iemand Anders', email: 'anders@example.nl' },
      }),
    );
    const messages = await whatWeKnowAbout(repository, 'resident-key-0001', options);
    expect(messages).toHaveLength(3);
    expect(messages[0]).toBe('Wij bewaren 1 vraag van u voor het wijkteam. Dit staat erin:');
    expect(messages[1]).toBe(
      [
        'Vraag WW-2026-000001, gestuurd op 2 maart 2026',
        '- Stand: Nieuw.',
        '- Wijkteam: Wesselerbrink.',
        '- Wijk: Wesselerbrink.',
        '- Uw verhaal: Ik heb schulden en kom er niet meer uit. Ik slaap er slecht van.',
        '- Uw contactgegevens: uw naam, een telefoonnummer dat eindigt op 78.',
        '- U gaf toestemming om dit te delen op 2 maart 2026.',
      ].join('\n'),
    );
    expect(messages[2]).toContain('na 30 dagen');
    expect(messages[2]).toContain('vergeet mij');
    expect(messages.join('\n')).not.toContain('Iemand Anders');
  });
});

describe('vergeet mij', () => {
  it('erases the contact details, after which nothing is found for the chat any more', async () => {
    await repository.create(newCaseInput());
    await repository.create(newCaseInput());
    const logs = captureLogger();
    const result = await forgetResident(
      repository,
      'resident-key-0001',
      logs.logger,
      options.policy,
    );
    expect(result).toEqual({
      erased: 2,
      message:
        'Wij hebben uw naam en contactgegevens bij 2 vragen gewist. Het wijkteam kan u daarover niet meer bellen of mailen. Uw vraag zelf blijft bij het wijkteam, zonder naam en contactgegevens, zodat zij hem kunnen afronden. Na 180 dagen wissen we ook de vraag.',
    });
    const stored = await repository.list();
    expect(stored.every((entry) => entry.melder.kind === 'erased')).toBe(true);
    expect(JSON.stringify(stored)).not.toMatch(/Fatma|0612345678/);
    // Truthful afterwards too: the questions may still be there, unlinked (ADR 0014, defect 7).
    expect((await whatWeKnowAbout(repository, 'resident-key-0001', options))[0]).toContain(
      'Dan ligt uw vraag mogelijk nog bij het wijkteam, zonder uw naam en contactgegevens.',
    );
    expect(await repository.list()).toHaveLength(2);
    expect(logs.text()).not.toContain('resident-key-0001');
    expect(
      (await forgetResident(repository, 'resident-key-0001', silentLogger(), options.policy))
        .message,
    ).toBe('Wij hadden geen contactgegevens van u. Er is niets gewist.');
  });
});
