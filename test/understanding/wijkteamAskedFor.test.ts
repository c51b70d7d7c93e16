import { describe, expect, it } from 'vitest';
import { asksForWijkteam } from '../../src/understanding/wijkteamAskedFor.js';

/**
 * The wijkteam itself asked for (ADR 0013, session 22): the team or its people named, not only as
 * who sent or told the resident, nor as one looked past. Phrasings written for this test, not the
 * probe's.
 */
describe('the wijkteam itself asked for', () => {
  it('reads the team and its people named, in Dutch and English, also with a need beside them', () => {
    expect(asksForWijkteam('wat is het nummer van ons wijkteam')).toBe(true);
    expect(asksForWijkteam('ik wil een gesprek met een wijkcoach over mijn schulden')).toBe(true);
    expect(asksForWijkteam('kan ik met mijn zorgen over mijn zoon bij het buurtteam terecht')).toBe(
      true,
    );
    expect(asksForWijkteam('is er een sociaal team in het dorp')).toBe(true);
    expect(asksForWijkteam('I need the neighbourhood team, everything is too much')).toBe(true);
    expect(asksForWijkteam('how can I reach the social team by email')).toBe(true);
    expect(asksForWijkteam('wijkteem graag')).toBe(true);
  });

  it('leaves the wijkteam as who sent or told the resident to the search', () => {
    expect(
      asksForWijkteam('het wijkteam heeft me doorverwezen naar de voedselbank, waar zit die?'),
    ).toBe(false);
    expect(asksForWijkteam('mijn wijkcoach zei dat er een klusjesdienst is')).toBe(false);
    expect(asksForWijkteam('the neighbourhood team referred me to a debt counsellor')).toBe(false);
    expect(asksForWijkteam('my wijkteam told me to ask for a buddy')).toBe(false);
  });

  it('leaves a team looked past, and a message without the team, alone', () => {
    expect(asksForWijkteam('waar kan ik anders heen dan het wijkteam')).toBe(false);
    expect(asksForWijkteam('not the wijkteam, somewhere else please')).toBe(false);
    expect(asksForWijkteam('ik zoek een voetbalteam voor mijn dochter')).toBe(false);
    expect(asksForWijkteam('wij zijn een team van vrijwilligers in de wijk')).toBe(false);
    expect(asksForWijkteam('hulp in de wijk bij de boodschappen')).toBe(false);
  });
});
