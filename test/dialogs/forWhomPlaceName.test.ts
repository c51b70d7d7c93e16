import { describe, expect, it } from 'vitest';
import { MAX_PLACE_WORDS } from '../../src/conversation/places.js';
import { ManualClock } from '../support/manualClock.js';
import { buttons, joined, type Chat } from './conversationHarness.js';
import { useRealKnowledge } from './useRealKnowledge.js';

/**
 * A place typed at "Voor wie zoekt u hulp?" (docs/adr/0014, amendment of 2026-12-03): a wijk or
 * buurt of the real gebieden ("Roombeek"), looked like a first name, and the bot asked "Wie is
 * Roombeek voor u?". A place is no person: the bot names the place the resident mentioned and
 * asks for whom again, with its buttons; a real name still gets "Wie is … voor u?". The phrasings
 * were written for these tests.
 */
describe('a place at "Voor wie zoekt u hulp?"', () => {
  const clock = new ManualClock('2026-03-02T09:00:00Z');
  const harness = useRealKnowledge(clock);

  async function atForWhom(first = 'ik heb schulden en kom niet rond', yes = 'ja'): Promise<Chat> {
    const chat = harness().chat();
    await chat.join();
    const confirm = await chat.say(first);
    const asked = joined(await chat.say(buttons(confirm).length === 2 ? yes : '1'));
    expect(asked).toMatch(/Voor wie zoekt u hulp\?|Who are you looking for help for\?/);
    return chat;
  }

  const places: ReadonlyArray<readonly [string, RegExp]> = [
    // A wijk by the part of its double name residents use, a buurt, a wijk with a typo.
    ['Roombeek', /U noemt de wijk Roombeek-Roomveldje\. Dat is een plek, geen persoon\./],
    ['Glanerveld', /U noemt de wijk Glanerbrug\. Dat is een plek, geen persoon\./],
    ['Wesselerbrnik', /U noemt de wijk Wesselerbrink\. Dat is een plek, geen persoon\./],
    ['in de roombeek', /U noemt de wijk Roombeek-Roomveldje\./],
    ['wij wonen in Roombeek', /U noemt de wijk Roombeek-Roomveldje\./],
    ['Enschede', /^Dat is een plek, geen persoon\./],
    ['Stadsdeel Zuid', /^Dat is een plek, geen persoon\./],
    ['Hengelo', /^Dat is een plek, geen persoon\./],
    // A street: no wijk of the knowledge, but no person either.
    ['Lasondersingel', /^Dat is een plek, geen persoon\./],
    ['Hengelosestraat 12', /^Dat is een plek, geen persoon\./],
  ];

  for (const [answer, said] of places) {
    it(`"${answer}" is read as a place, not as a person`, async () => {
      const chat = await atForWhom();
      const replies = await chat.say(answer);
      const reply = joined(replies);
      expect(reply).not.toMatch(/Wie is .+ voor u\?/);
      expect(reply).toMatch(said);
      // Asked again once, with the buttons, and the next answer is heard.
      expect(reply).toContain('Kies hieronder voor wie u hulp zoekt.');
      expect(reply.match(/Voor wie zoekt u hulp\?/g)).toHaveLength(1);
      expect(buttons(replies)).toContain('Voor mezelf');
      expect(joined(await chat.say('voor mezelf'))).toContain('Hoe oud bent u?');
    });
  }

  it('a place is a reply of at most MAX_PLACE_WORDS words, the cap of a street too', async () => {
    const street = 'aan de Lasondersingel 12';
    expect(street.split(' ')).toHaveLength(MAX_PLACE_WORDS);
    const chat = await atForWhom();
    expect(joined(await chat.say(street))).toMatch(/^Dat is een plek, geen persoon\./);
    const sentence = 'wij zitten aan de Lasondersingel';
    expect(sentence.split(' ')).toHaveLength(MAX_PLACE_WORDS + 1);
    expect(joined(await chat.say(sentence))).not.toContain('geen persoon');
  });

  it('a place in English is read as a place too', async () => {
    const chat = await atForWhom('I have debts and cannot pay my bills', 'yes');
    const reply = joined(await chat.say('Roombeek'));
    expect(reply).not.toMatch(/Who is .+ to you\?/);
    expect(reply).toContain(
      'You mention the neighbourhood Roombeek-Roomveldje. That is a place, not a person.',
    );
    expect(reply).toContain('Choose below who you are looking for help for.');
    expect(reply.match(/Who are you looking for help for\?/g)).toHaveLength(1);
  });

  it('a first name is still asked about', async () => {
    const chat = await atForWhom();
    expect(joined(await chat.say('Ria'))).toContain('Wie is Ria voor u?');
  });

  it('a neighbour by name is the person path, and the age question names her', async () => {
    const chat = await atForWhom();
    const reply = joined(await chat.say('mijn buurvrouw Ria'));
    expect(reply).not.toContain('plek');
    expect(reply).toContain('Hoe oud is uw buurvrouw?');
  });

  it('a person who lives in a wijk is the person path', async () => {
    const chat = await atForWhom();
    const reply = joined(await chat.say('voor mijn moeder in Roombeek'));
    expect(reply).not.toContain('geen persoon');
    expect(reply).toContain('Hoe oud is uw moeder?');
  });

  it('a name with a wijk is about the person, not the place', async () => {
    const chat = await atForWhom();
    expect(joined(await chat.say('voor Ria in Roombeek'))).not.toContain('geen persoon');
  });
});
