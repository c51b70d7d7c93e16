import type { Activity } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { ManualClock } from '../support/manualClock.js';
import { playResident } from './realKnowledgeServices.js';
import { buttons, createHarness, joined, texts, type Chat } from './conversationHarness.js';
import type { JourneyResult, Persona } from './journeys/simulatedResident.js';
import { useRealKnowledgeServices } from './useRealKnowledge.js';

/**
 * ADR 0013 as transcripts: residents' own words (written for these tests, not taken from the
 * issue) through the real intake, the real sociale kaart and the real search with its learned
 * layer. One test per class of the issue that the current dialogs can show; the recognisers
 * behind classes 5 and 7 are also unit-tested in test/understanding/. The safety check runs first
 * (docs/adr/0012-safety-net.md); earlier phrasings here ("de dagen zijn leeg", a stereo and a
 * neighbour who laughs, a wife who hides wine, 12 degrees inside) were stopped by its concern
 * model, so these say the same things in words it lets through.
 */
describe('understanding residents own words, in the conversation', () => {
  const clock = new ManualClock('2026-03-02T09:00:00Z');
  const real = useRealKnowledgeServices(clock);

  async function newChat(): Promise<Chat> {
    const harness = createHarness({
      knowledge: real().services.knowledge,
      routing: real().routing,
      cases: real().services.cases,
      clock,
    });
    const chat = harness.chat();
    await chat.join();
    return chat;
  }

  interface Intake {
    /** Every reply of the bot, in order. */
    readonly transcript: string[];
    /** The first reply to the question: how the levensgebied was offered. */
    readonly offer: Partial<Activity>[];
    /** Names on the result cards. */
    readonly cards: string[];
    readonly last: Partial<Activity>[];
  }

  /**
   * Plays a resident through the intake: the question, then the levensgebied the resident means
   * (confirmed, picked from two, or from the list), for whom, age, postcode and "nog niets".
   */
  async function intake(
    chat: Chat,
    question: string,
    answers: { levensgebied: string; age?: string; forWhom?: string; postcode?: string },
  ): Promise<Intake> {
    const transcript: string[] = [];
    let replies = await chat.say(question);
    const offer = replies;
    transcript.push(...texts(replies));
    for (let turn = 0; turn < 12; turn += 1) {
      const said = joined(replies);
      if (said.includes('Helpt dit u verder?') || said.includes('Zal ik iemand')) break;
      const options = buttons(replies);
      let answer: string;
      // The safety check (ADR 0012) may ask about a first message; these residents are all right,
      // and the intake goes on with their question.
      if (options.includes('Nee, het gaat wel')) answer = 'Nee, het gaat wel';
      else if (said.includes('Klopt dat?'))
        answer = said.includes(answers.levensgebied) ? 'ja' : 'iets anders';
      else if (said.includes('Welke past het best?'))
        answer = options.includes(answers.levensgebied) ? answers.levensgebied : 'iets anders';
      else if (said.includes('Waar gaat uw vraag vooral over?')) answer = answers.levensgebied;
      else if (said.includes('Voor wie zoekt u hulp?')) answer = answers.forWhom ?? 'voor mezelf';
      else if (said.includes('Hoe oud')) answer = answers.age ?? 'zeg ik liever niet';
      else if (said.includes('In welke wijk')) answer = answers.postcode ?? 'overslaan';
      else if (said.includes('Heeft u al iets geprobeerd?')) answer = 'nog niets';
      else break;
      replies = await chat.say(answer);
      transcript.push(...texts(replies));
    }
    const cards = replies
      .flatMap((reply) => reply.attachments ?? [])
      .map((attachment) => {
        const content = attachment.content as { body?: Array<{ text?: string }> } | undefined;
        return content?.body?.[0]?.text ?? '';
      });
    if (process.env.DEBUG_TRANSCRIPT === '1') console.log(transcript.join('\n'));
    return { transcript, offer, cards, last: replies };
  }

  it('class 1: loneliness told without a word like eenzaam finds places to meet people', async () => {
    const chat = await newChat();
    const result = await intake(
      chat,
      'Sinds de verhuizing komt er bijna nooit iemand langs en ik praat de hele week met niemand',
      { levensgebied: 'Eenzaamheid en ontmoeting', age: '79' },
    );
    expect(result.cards.join(' | ')).toMatch(/Huiskamer|Zilverlijn|Thuis@|Luisterlijn|Sensoor/);
    expect(result.cards.join(' | ')).not.toMatch(/Energie|huurachterstand/i);
  });

  it('class 1: wanting to be useful after retiring finds volunteering or meedoen', async () => {
    const chat = await newChat();
    const offer = await chat.say(
      'Ik ben sinds kort gestopt met werken en wil mijn dagen ergens voor inzetten',
    );
    expect(joined(offer)).toContain('Meedoen en vrijwilligerswerk');
  });

  it('class 2: a landlord who keeps the deposit reaches legal advice', async () => {
    const chat = await newChat();
    const result = await intake(
      chat,
      'Ik ben verhuisd en de eigenaar van mijn oude kamer stort mijn waarborgsom niet terug',
      { levensgebied: 'Recht en regels' },
    );
    expect(result.cards).toContain('Het Juridisch Loket');
  });

  it('class 3: neighbour trouble told concretely reaches buurtbemiddeling', async () => {
    const chat = await newChat();
    const result = await intake(
      chat,
      'De bovenburen draaien elke avond tot twee uur harde muziek en doen niet open als ik aanbel',
      { levensgebied: 'Buren en de buurt' },
    );
    expect(result.cards).toContain('Buurtbemiddeling');
  });

  it('class 4: English about a partner who drinks reaches addiction help, in English', async () => {
    const chat = await newChat();
    const offer = await chat.say(
      "My husband's drinking is getting out of hand, is there a counsellor for that?",
    );
    expect(joined(offer)).toContain('Addiction');
  });

  it('class 5: a request without a subject gets the whole list, not a wrong guess', async () => {
    const chat = await newChat();
    const replies = await chat.say('Goedemiddag, zou u mij ergens mee kunnen helpen?');
    expect(joined(replies)).toContain('Waar gaat uw vraag vooral over?');
  });

  it('class 5: parents of a teenager are offered Opvoeden, a broken heater is offered Wonen', async () => {
    const parents = await newChat();
    expect(joined(await parents.say('Wij hebben thuis een puberzoon die alles weigert'))).toContain(
      'Opvoeden en opgroeien',
    );
    const cold = await newChat();
    const offer = joined(
      await cold.say('De verwarming doet het al een week niet en de verhuurder komt niet'),
    );
    expect(offer).toContain('Wonen');
    expect(offer).not.toContain('Eenzaamheid');
  });

  it('class 6: a 74-year-old asking for sport never gets youth sport', async () => {
    const chat = await newChat();
    const result = await intake(chat, 'Ik wil graag weer wat aan sport doen, samen met anderen', {
      levensgebied: 'Sport en bewegen',
      age: '74',
    });
    const shown = result.transcript.join('\n');
    expect(shown).not.toMatch(/Noabersport|Jeugdfonds|Cool2be|Game2Play/);
  });

  it('class 7: "nee, daar heb ik niks aan" at "Helpt dit u verder?" offers a person', async () => {
    const chat = await newChat();
    const result = await intake(chat, 'Ik heb schulden en de aanmaningen blijven komen', {
      levensgebied: 'Geld, schulden en administratie',
      age: '45',
    });
    expect(joined(result.last)).toContain('Helpt dit u verder?');
    const reply = await chat.say('nee, daar heb ik niks aan');
    expect(joined(reply)).not.toContain('Dat begreep ik niet');
    expect(joined(reply)).toMatch(/wijkteam/i);
    expect(joined(reply)).not.toContain('Waar zoekt u hulp bij?');
  });

  it('class 7: "kan er niet gewoon iemand met me meekijken" at the prompt goes to a person', async () => {
    const chat = await newChat();
    await intake(chat, 'Ik heb schulden en de aanmaningen blijven komen', {
      levensgebied: 'Geld, schulden en administratie',
      age: '45',
    });
    const reply = await chat.say('kan er niet gewoon iemand met me meekijken');
    expect(joined(reply)).not.toContain('Dat begreep ik niet');
    expect(joined(reply)).not.toContain('Waar zoekt u hulp bij?');
  });

  // Through the whole conversation, as a resident reaches it over /api/messages: the safety check
  // when it asks (these residents are all right), the levensgebied offer, for whom, age, wijk,
  // "nog niets" and the result cards (docs/adr/0013 §7).
  const play = (persona: Omit<Persona, 'name' | 'theme'>): Promise<JourneyResult> =>
    playResident(real(), clock, 'understanding', persona);

  describe('English, all the way to the cards', () => {
    it("a partner's drinking reaches addiction help, asked in English", async () => {
      const result = await play({
        first:
          'Every weekend my wife ends up drunk and I no longer know how to talk to her about it',
        topic: 'Addiction',
        forWhom: 'For someone else',
        age: '52',
      });
      expect(result.endedWith).toBe('result');
      expect(result.transcript.join('\n')).toContain('Does this help you?');
      expect(result.cards.slice(0, 3)).toContain('Hulp bij verslaving');
    });

    it('shyness about speaking Dutch reaches language help, asked in English', async () => {
      const result = await play({
        first:
          'My Dutch is not good and I get nervous when I have to say something, where can I practise with others',
        topic: 'Language, reading and digital skills',
        age: '34',
      });
      expect(result.endedWith).toBe('result');
      expect(result.cards.slice(0, 3)).toContain('Taalhuis Enschede');
    });

    it('a place to drop in reaches a place to meet people, asked in English', async () => {
      const result = await play({
        first:
          'Is there a spot in my area where I can walk in for a cup of coffee and some company',
        topic: 'Loneliness and meeting people',
        age: '68',
      });
      expect(result.endedWith).toBe('result');
      expect(result.cards.slice(0, 3).join(' | ')).toMatch(/Huiskamer|Thuis@|Buurtmaaltijd/);
    });
  });

  describe('after the intake', () => {
    it('a levensgebied picked from the list counts as a choice, not as extra words', async () => {
      // No subject the bot can guess, so the resident picks a levensgebied from the list. Its name
      // ("Geld, schulden en administratie") added to the words ranked debt help first; as a choice
      // the question's own subject, the wijkteam, stays at the top. (Asked about the wijkteam
      // alone, "waar zit het wijkteam bij ons eigenlijk" now gets the wijkteam's own answer, ADR
      // 0013 session 18; beside "we zijn net verhuisd" it is searched.)
      const result = await play({
        first: 'we zijn net verhuisd, waar zit het wijkteam bij ons eigenlijk',
        topic: 'Geld, schulden en administratie',
        age: '44',
      });
      expect(result.transcript.join('\n')).toContain('Waar gaat uw vraag vooral over?');
      expect(result.endedWith).toBe('result');
      // Debt help may stand beside it (the resident did pick Geld), but the question's own
      // subject is among the first two, where the name as words pushed it out.
      expect(result.cards.slice(0, 2)).toContain('Het wijkteam in uw wijk');
    });

    it('an offered levensgebied, confirmed, finds what the question asks within it', async () => {
      const result = await play({
        first: 'we hebben een nieuwe koelkast nodig maar er is geen geld voor',
        topic: 'Geld, schulden en administratie',
        age: '38',
      });
      expect(result.endedWith).toBe('result');
      expect(result.cards.slice(0, 3)).toContain('Bijzondere bijstand');
    });
  });
});
