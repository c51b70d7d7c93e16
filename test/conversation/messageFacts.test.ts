import { describe, expect, it } from 'vitest';
import { readMessage, withoutPersonWish } from '../../src/conversation/messageFacts.js';
import { buildPlaceIndex } from '../../src/conversation/places.js';

/** What one message says, read once per turn (src/conversation/messageFacts.ts). */
const places = buildPlaceIndex({
  wijken: [
    { naam: 'Wesselerbrink', stadsdeelId: 'zuid', stadsdeel: 'Zuid', buurten: ['Het Lang'] },
    { naam: 'Roombeek-Roomveldje', stadsdeelId: 'noord', stadsdeel: 'Noord', buurten: [] },
  ],
  lookupPostcode: (input) =>
    input === '7543'
      ? {
          postcode: 7543,
          stadsdeel: 'Zuid',
          stadsdeelId: 'zuid',
          wijk: 'Wesselerbrink',
          wijkteam: 'wesselerbrink',
          wijkteamNaam: 'Wijkteam Wesselerbrink',
          zeker: false,
        }
      : Number(input) >= 7500 && Number(input) <= 7548
        ? 'unknown'
        : 'outside-gemeente',
});
const read = (text: string) => readMessage(text, { places });

describe('readMessage', () => {
  it.each([
    'Ik wil graag iemand van het wijkteam spreken over mijn schulden',
    'kan ik een medewerker bellen over de huur',
    'Ik zou graag een afspraak maken met het wijkteam',
    'Liever praten met een echt mens over mijn zoon',
    'Kan er iemand bij mij langs komen?',
    'I would like to talk to a real person about my rent',
  ])('hears a wish for a person: %j', (text) => {
    expect(read(text).wantsPerson).toBe(true);
  });

  it.each([
    'Ik wil graag met iemand praten, ik voel me eenzaam',
    'Ik zoek iemand om mee te wandelen',
    'mijn zoon wil niemand spreken',
  ])('does not take company or a story about someone for a wish for a person: %j', (text) => {
    expect(read(text).wantsPerson).toBe(false);
  });

  it.each([
    'mijn tante van 88 komt haar flat niet meer uit, kan er iemand langskomen?',
    'ik wil graag dat iemand bij mijn buurvrouw op bezoek gaat, ze praat met niemand meer',
  ])(
    'hears someone to come by beside a story as a visit, not as a wish for a person: %j',
    (text) => {
      expect(read(text)).toMatchObject({ wantsVisit: true, wantsPerson: false });
    },
  );

  it.each(['Kan er iemand bij ons langskomen?', 'kan er even iemand langs komen'])(
    'hears someone to come by, said alone, as a wish for a person: %j',
    (text) => {
      expect(read(text)).toMatchObject({ wantsVisit: false, wantsPerson: true });
    },
  );

  it('hears the wijkteam named beside a visit as a wish for a person', () => {
    expect(
      read('mijn vader redt het niet meer alleen, kan er iemand van het wijkteam langskomen'),
    ).toMatchObject({ wantsPerson: true, wantsVisit: false });
    expect(
      read('mijn moeder is vaak alleen, kan er iemand langskomen of kan ik het wijkteam bellen'),
    ).toMatchObject({ wantsPerson: true, wantsVisit: true });
  });

  /**
   * The wish for a person with nothing beside it takes no levensgebied from the model (ADR 0013,
   * session 20); company or a visit, and a need told beside the wish, still do.
   */
  it.each([
    'mag ik alstublieft een medewerker van het wijkteam spreken',
    'Goedemorgen, ik woon in Het Lang en zou graag een medewerker willen spreken',
    'wij wonen in 7543 en willen iemand van het wijkteam spreken',
    'Ik wil graag met het wijkteam praten',
  ])('hears the wish for a person alone: %j', (text) => {
    const placeNames = ['Wesselerbrink', 'Het Lang', 'Roombeek-Roomveldje'];
    expect(readMessage(text, { places, placeNames })).toMatchObject({
      wantsPerson: true,
      personOnly: true,
    });
  });

  it.each([
    'ik wil even iemand van het wijkteam spreken over de schulden van mijn zoon',
    'Ik wil graag met het wijkteam praten over mijn huur',
    'ik wil graag iemand ontmoeten',
    'Kan er iemand bij ons langskomen?',
  ])('hears more than the wish for a person: %j', (text) => {
    expect(read(text)).toMatchObject({ wantsPerson: true, personOnly: false });
  });

  it('reads the need beside the wish without the wish itself', () => {
    expect(withoutPersonWish('Ik wil graag met het wijkteam praten over mijn huur')).toBe(
      'ik wil graag over mijn huur',
    );
    expect(withoutPersonWish('ik wil graag iemand ontmoeten')).toBe(
      'ik wil graag iemand ontmoeten',
    );
  });

  it('hears hard news and distress', () => {
    expect(read('Mijn vader is vorige week gestorven').hardNews).toBe('loss');
    expect(read('Bij mijn man is kanker gevonden').hardNews).toBe('illness');
    expect(read('ik weet niet meer wat ik moet doen met de post').lossOfControl).toBe(true);
    expect(read('Ik zoek een zwemles').hardNews).toBeUndefined();
  });

  it('hears that an earlier try did not work, and why', () => {
    expect(read('het is me niet gelukt').notSolved).toBe('other');
    expect(read('het lukte niet, ik kon niemand bereiken').notSolved).toBe('could_not_reach');
    expect(read('het heeft niet geholpen, er was een wachtlijst').notSolved).toBe('no_place');
    expect(read('ik ben afgewezen').notSolved).toBe('did_not_qualify');
    expect(read('ik heb schulden').notSolved).toBeUndefined();
  });

  it('reads the place cautiously in a message and generously as an answer', () => {
    const message = read('wij wonen in het Lang en zoeken een speeltuin');
    expect(message.place).toEqual({ kind: 'wijk', wijk: 'Wesselerbrink', stadsdeel: 'zuid' });
    expect(read('zuid').place).toBeUndefined();
    expect(read('zuid').placeAnswer).toEqual({ kind: 'stadsdeel', stadsdeel: 'zuid' });
    expect(read('1234').place).toBeUndefined();
    expect(read('1234').placeAnswer).toEqual({ kind: 'outside', place: '1234' });
  });

  it('carries the understanding pass: levensgebieden of the knowledge, the question without "ik woon in"', () => {
    const message = readMessage(
      'ik woon in Het Lang en de deurwaarder staat elke week op de stoep',
      {
        places,
        levensgebieden: ['geld', 'wonen', 'ontmoeting'],
        placeNames: ['Wesselerbrink', 'Het Lang'],
      },
    );
    expect(message.understanding.levensgebieden[0]?.slug).toBe('geld');
    // "ik woon in" is not a housing question.
    expect(message.understanding.searchText).not.toMatch(/woon/);
    expect(message.understanding.probabilities.length).toBeGreaterThan(10);
    const only = readMessage('ik heb schulden', { places, levensgebieden: ['wonen'] });
    expect(only.understanding.levensgebieden.map((domain) => domain.slug)).not.toContain('geld');
    // The same object for every question of the turn: the model reads a message once.
    expect(message.understanding).toBe(message.understanding);
  });
});
