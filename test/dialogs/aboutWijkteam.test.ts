import { describe, expect, it } from 'vitest';
import { ManualClock } from '../support/manualClock.js';
import { buttons, createHarness, texts } from './conversationHarness.js';
import { fakeKnowledge } from './fakeKnowledge.js';
import { cardsOf, storedState } from './noCardsReply.js';
import { useRealKnowledge } from './useRealKnowledge.js';

const WHAT_NL =
  'Het wijkteam is een team van hulpverleners in uw wijk. U kunt er terecht met vragen over bijvoorbeeld geld, opvoeden, gezondheid, zorg, wonen of eenzaamheid. Het wijkteam denkt met u mee. Ze helpen u zelf of zoeken samen met u de goede hulp. Dat is gratis.';
const OFFER_NL = 'Wilt u dat iemand van het wijkteam contact met u opneemt?';
/** The kaart's own wijkteam entry (knowledge/voorzieningen), shown as a card with its contact. */
const WIJKTEAM_CARD = '[card: Het wijkteam in uw wijk]';

/**
 * A question about the wijkteam itself (ADR 0013, session 18): what the wijkteam is and does, the
 * resident's wijk, how to reach the wijkteam of that wijk, the kaart's own wijkteam entry (session
 * 22), and the warm handover offered; never a top three of entries. A need named beside the
 * wijkteam is searched as always. Phrasings written for this test.
 */
describe('a question about the wijkteam itself', () => {
  const clock = new ManualClock('2026-03-02T09:00:00Z');
  const harness = useRealKnowledge(clock);

  it('Dutch, on Enschede: what it is, the wijk asked, the gemeente’s number, the offer; no = the next question', async () => {
    const h = harness();
    const chat = h.chat();
    await chat.join();
    const first = await chat.say('Hoe kan ik contact krijgen met het wijkteam?');
    expect(cardsOf(first)).toEqual([]);
    expect(texts(first)).toEqual([
      'Dank u wel. Ik heb uw vraag gelezen.',
      WHAT_NL,
      'Wat is uw postcode? Dan kies ik het goede wijkteam. Bijvoorbeeld 7544. De naam van uw wijk mag ook.',
    ]);
    const second = await chat.say('7544');
    // The kaart's own wijkteam entry, one card, beside the ways (ADR 0013, session 22).
    expect(cardsOf(second)).toHaveLength(1);
    expect(texts(second)).toEqual([
      'Dat is de wijk Wesselerbrink.',
      'Uw wijkteam is wijkteam Wesselerbrink. U kunt ook de gemeente bellen: [14 053](tel:14053). Vraag naar het wijkteam van uw wijk.',
      WIJKTEAM_CARD,
      OFFER_NL,
    ]);
    expect(buttons(second)).toEqual(['Ja, graag', 'Nee, dank u']);
    const no = await chat.say('Nee, dank u');
    expect(cardsOf(no)).toEqual([]);
    expect(texts(no)).toEqual([
      'Goed. U kunt mij ook altijd een vraag stellen. Dan zoek ik hulp in uw wijk.',
      'Waar zoekt u hulp bij? Schrijf het in uw eigen woorden.',
    ]);
    // The question asked for no help, so it is not kept as one (as a gemeente question).
    expect((await storedState(h)).json).not.toContain('contact krijgen');
  });

  it('English for a resident who writes English', async () => {
    const chat = harness().chat();
    await chat.join();
    const first = await chat.say('How do I get in touch with the neighbourhood team?');
    expect(cardsOf(first)).toEqual([]);
    expect(texts(first)).toContain(
      'The wijkteam (neighbourhood team) is a team of social workers in your neighbourhood. You can go to them with questions about, for example, money, raising children, health, care, housing or loneliness. The wijkteam thinks along with you. They help you themselves or find the right help together with you. It is free.',
    );
    const second = await chat.say('7544');
    expect(texts(second)).toContain(
      'Your neighbourhood team is wijkteam Wesselerbrink. You can also call the municipality: [14 053](tel:14053). Ask for the wijkteam of your neighbourhood.',
    );
    // The kaart's own entry, as its card (the card's words stay the kaart's Dutch).
    expect(texts(second)).toContain(WIJKTEAM_CARD);
    expect(texts(second).at(-1)).toBe('Would you like someone from the wijkteam to contact you?');
    expect(buttons(second)).toEqual(['Yes, please', 'No, thank you']);
  });

  it('the offer accepted: the warm handover, with the wijk the message gave', async () => {
    const chat = harness().chat();
    await chat.join();
    const first = await chat.say('ik woon in Wesselerbrink, wat doet het wijkteam eigenlijk');
    expect(texts(first).filter((line) => line.startsWith('[card:'))).toEqual([WIJKTEAM_CARD]);
    expect(texts(first)).toContain(WHAT_NL);
    expect(texts(first)).toContain(
      'Uw wijkteam is wijkteam Wesselerbrink. U kunt ook de gemeente bellen: [14 053](tel:14053). Vraag naar het wijkteam van uw wijk.',
    );
    expect(texts(first).at(-1)).toBe(OFFER_NL);
    const yes = await chat.say('Ja, graag');
    expect(texts(yes).at(-1)).toBe(
      'Wilt u in een paar zinnen vertellen wat er speelt? Dan hoeft u het aan het wijkteam niet opnieuw te vertellen.',
    );
    const story = await chat.say(
      'Ik kan mijn post niet meer bijhouden en de rekeningen stapelen zich op.',
    );
    expect(texts(story).join(' ')).toContain(
      'Ik kan uw vraag doorsturen naar wijkteam Wesselerbrink.',
    );
    expect(texts(story).at(-1)).toBe(
      'Mag ik uw vraag en uw contactgegevens delen met het wijkteam?',
    );
  });

  it('a postcode the message ends with a comma names the team without asking the wijk again', async () => {
    const chat = harness().chat();
    await chat.join();
    const first = texts(await chat.say('wij wonen in 7543, hoe bereik ik het wijkteam?'));
    expect(first).toContain(WHAT_NL);
    expect(first.join(' ')).not.toContain('Wat is uw postcode?');
    expect(first).toContain(
      'Uw wijkteam is wijkteam Wesselerbrink. U kunt ook de gemeente bellen: [14 053](tel:14053). Vraag naar het wijkteam van uw wijk.',
    );
    expect(first.at(-1)).toBe(OFFER_NL);
  });

  it('the wijkteam beside a need of the resident’s own: searched as always', async () => {
    const chat = harness().chat();
    await chat.join();
    const first = texts(await chat.say('het wijkteam zei dat ik naar de voedselbank moet'));
    expect(first).not.toContain(WHAT_NL);
    expect(first.at(-1)).toBe('Ik denk dat uw vraag gaat over: Eten. Klopt dat?');
  });
});

describe('a question about the wijkteam on knowledge with no number or site for it', () => {
  it('asks the gemeente for the wijkteam of your wijk, then offers the handover', async () => {
    const knowledge = { ...fakeKnowledge(), wijkteamPhone: () => undefined };
    const chat = createHarness({ knowledge }).chat();
    await chat.join();
    const first = await chat.say('wat doet het wijkteam');
    expect(texts(first)).toContain(WHAT_NL);
    expect(buttons(first)).toEqual(['Overslaan']);
    const skipped = await chat.say('Overslaan');
    expect(cardsOf(skipped)).toEqual([]);
    expect(texts(skipped)).toEqual([
      'Vraag bij de gemeente naar het wijkteam van uw wijk.',
      OFFER_NL,
    ]);
  });

  it('names the wijkteam’s own number where the knowledge gives one', async () => {
    const chat = createHarness().chat();
    await chat.join();
    await chat.say('wie zitten er in het wijkteam?');
    const skipped = await chat.say('Overslaan');
    expect(texts(skipped)).toEqual([
      'U kunt het wijkteam ook zelf bellen: [14 053](tel:14053).',
      OFFER_NL,
    ]);
  });
});
