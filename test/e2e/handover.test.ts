import { describe, expect, it } from 'vitest';
import { casesDirectory, FileCaseRepository } from '../../src/cases/fileCaseRepository.js';
import { systemClock } from '../../src/shared/clock.js';
import { silentLogger } from '../support/logs.js';
import { useWidgetPage } from '../support/widgetPage.js';

/**
 * The warm handover of docs/adr/0010-conversation-design.md: from "ik kom er niet uit" to a confirmed reference in the widget, and the
 * case is in the case store with the resident's words and contact details.
 */
describe('the warm handover in the widget', () => {
  const widget = useWidgetPage();

  it('a wish for a person → consent → contact → summary → reference, and the case is stored', async () => {
    await widget().page.goto(`${widget().running.baseUrl}/`);
    await widget().waitFor('Waar kan ik u mee helpen?');

    await widget().say('Ik wil graag iemand van het wijkteam spreken');
    await widget().waitFor('Wilt u in een paar zinnen vertellen wat er speelt?');
    await widget().say('Ik heb schulden en de huur is te hoog. Er komen steeds brieven.');
    await widget().waitFor('Wat is uw postcode?');
    await widget().say('7544');
    await widget().waitFor('Mag ik uw vraag en uw contactgegevens delen met het wijkteam?');
    await widget().suggested('Ja, dat mag').click();
    await widget().waitFor('Hoe mag het wijkteam u noemen?');
    await widget().say('Fatima');
    await widget().waitFor('Hoe kan het wijkteam u bereiken?');
    await widget().say('06 1234567');
    await widget().waitFor('Dit telefoonnummer klopt niet.');
    await widget().say('06 12345678');
    await widget().waitFor('Mag het wijkteam u bellen?');
    await widget().suggested('Ja, bellen mag').click();
    await widget().waitFor('Wanneer kan het wijkteam u het best bereiken?');
    await widget().say('na 15 uur');
    await widget().waitFor('Klopt dit?');
    // The summary card's own button (Action.Submit), as a resident would tap it.
    await widget()
      .page.locator('.webchat__basic-transcript .ac-adaptiveCard')
      .getByRole('button', { name: 'Ja, versturen' })
      .last()
      .click();
    const text = await widget().waitFor(/Uw nummer is WW-\d{4}-\d{6}\./);
    const reference = /Uw nummer is (WW-\d{4}-\d{6})\./.exec(text)?.[1];
    expect(reference).toBeDefined();

    // The case was durable before the reference was shown: read it back from the file. The
    // browser goes first: a stop with a widget still connected waits for its stream.
    await widget().context.close();
    await widget().running.stop({ keepData: true });
    const repository = await FileCaseRepository.open({
      dir: casesDirectory(widget().running.dataDir),
      clock: systemClock,
      referencePrefix: 'WW',
      logger: silentLogger(),
    });
    try {
      const stored = await repository.get(reference ?? '');
      expect(stored).toMatchObject({
        status: 'nieuw',
        consent: { given: true },
        melder: { kind: 'contact', name: 'Fatima', phone: '0612345678', bestMoment: 'na 15 uur' },
      });
      expect(stored?.story.summary).toContain('Ik heb schulden en de huur is te hoog.');
    } finally {
      await repository.close();
    }
  }, 90_000);
});
