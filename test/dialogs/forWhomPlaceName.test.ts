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

  // A sentence saying where one lives (ADR 0014, amendment of session 13): the "ik" in it no longer
  // picks "Voor mezelf"; the wijk is kept for the "where" question while the intake has none.
  describe('a sentence that says where the resident lives', () => {
    it('keeps the wijk, asks for whom again, and does not ask the wijk later', async () => {
      const chat = await atForWhom();
      const replies = await chat.say('ik woon in de Wesselerbrink');
      const reply = joined(replies);
      expect(reply).toContain(
        'U noemde de wijk Wesselerbrink. Daar zoek ik. Kies hieronder nog voor wie u hulp zoekt.',
      );
      expect(reply).not.toContain('Hoe oud bent u?');
      expect(reply.match(/Voor wie zoekt u hulp\?/g)).toHaveLength(1);
      expect(buttons(replies)).toContain('Voor mezelf');
      expect(joined(await chat.say('voor mezelf'))).toContain('Hoe oud bent u?');
      const next = joined(await chat.say('52'));
      expect(next).not.toContain('In welke wijk');
      expect(next).toContain('Heeft u al iets geprobeerd?');
    });

    it('a street is where one lives too, and the wijk is still asked', async () => {
      const chat = await atForWhom();
      const reply = joined(await chat.say('wij wonen op de Lasondersingel 12'));
      expect(reply).toMatch(/^Kies hieronder nog voor wie u hulp zoekt\./);
      expect(reply).not.toContain('Hoe oud bent u?');
      await chat.say('voor mezelf');
      expect(joined(await chat.say('52'))).toContain('In welke wijk zoekt u hulp?');
    });

    it('keeps the wijk the intake has already', async () => {
      const chat = await atForWhom('ik heb schulden en kom niet rond, ik woon in Glanerbrug');
      const reply = joined(await chat.say('ik woon in de Wesselerbrink'));
      expect(reply).not.toContain('Wesselerbrink');
      expect(reply).toMatch(/^Kies hieronder nog voor wie u hulp zoekt\./);
    });

    it('in English', async () => {
      const chat = await atForWhom('I have debts and cannot pay my bills', 'yes');
      const reply = joined(await chat.say('I live in Glanerbrug'));
      expect(reply).toContain(
        'You mentioned the neighbourhood Glanerbrug. I will look there. Now please choose below who you are looking for help for.',
      );
      expect(reply).not.toContain('How old are you?');
    });

    it('a reply that also says for whom is that answer', async () => {
      const chat = await atForWhom();
      const reply = joined(await chat.say('gewoon voor mezelf, ik woon in Glanerbrug'));
      expect(reply).toContain('Hoe oud bent u?');
      expect(reply).not.toContain('Kies hieronder');
    });

    it('a sentence with "ik" that names someone is about them', async () => {
      const chat = await atForWhom();
      expect(joined(await chat.say('ik zoek iets voor de buurvrouw'))).toContain(
        'Hoe oud is uw buurvrouw?',
      );
    });

    it('a sentence with "ik" and nothing else to read is still "Voor mezelf"', async () => {
      const chat = await atForWhom();
      // A neutral sentence: after a first message about debts, "ik heb het zwaar" rightly builds
      // concern (ADR 0012, concern across turns), which is the safety net's to test, not this file's.
      expect(joined(await chat.say('ik wil dat graag zelf weten'))).toContain('Hoe oud bent u?');
    });
  });
});
