import { describe, expect, it } from 'vitest';
import { recogniseWijkteamQuestion } from '../../src/understanding/aboutWijkteam.js';
import { understand } from '../../src/understanding/understand.js';

const reading = (text: string, wijken?: readonly string[]) =>
  understand(text, { assessSafety: () => undefined, ...(wijken === undefined ? {} : { wijken }) })
    .aboutWijkteam;

/**
 * A question about the wijkteam itself (ADR 0013, session 18): the wijkteam named, and nothing
 * else than asking about it. Phrasings written for this test, not the probe's.
 */
describe('a question about the wijkteam itself', () => {
  it('reads how to reach it, what it does, who is in it and whether one may go', () => {
    expect(recogniseWijkteamQuestion('Hoe kan ik het wijkteam mailen?')).toBe('reach');
    expect(recogniseWijkteamQuestion('waar vind ik het buurtteam')).toBe('reach');
    expect(recogniseWijkteamQuestion('wat doen ze bij het wijkteam')).toBe('what');
    expect(recogniseWijkteamQuestion('wie werken er bij het sociaal team')).toBe('who');
    expect(recogniseWijkteamQuestion('mag iedereen naar het wijkteam?')).toBe('may');
    expect(recogniseWijkteamQuestion('what is a neighbourhood team')).toBe('what');
  });

  it('takes a typo of the team word and of a long asking word', () => {
    expect(recogniseWijkteamQuestion('wijkteem telefoonummer')).toBe('reach');
    expect(recogniseWijkteamQuestion('hoe bereik ik wijktaem')).toBe('reach');
  });

  it('leaves a need named beside the wijkteam to the search', () => {
    expect(recogniseWijkteamQuestion('het wijkteam zei dat ik bij de kledingbank kan')).toBe(
      undefined,
    );
    expect(recogniseWijkteamQuestion('kan het wijkteam helpen met mijn belastingaangifte')).toBe(
      undefined,
    );
    expect(recogniseWijkteamQuestion('the wijkteam said I can get a buddy for my dad')).toBe(
      undefined,
    );
    expect(recogniseWijkteamQuestion('hoe kan ik werk vinden')).toBe(undefined);
    expect(recogniseWijkteamQuestion('mijn wijk is niet veilig')).toBe(undefined);
  });

  it('lets the gemeente’s own place names stand beside it', () => {
    expect(recogniseWijkteamQuestion('waar zit het wijkteam in Deppenbroek')).toBe(undefined);
    expect(recogniseWijkteamQuestion('waar zit het wijkteam in Deppenbroek', ['Deppenbroek'])).toBe(
      'reach',
    );
    expect(reading('waar zit het wijkteam in Deppenbroek', ['Deppenbroek'])).toBe('reach');
  });

  it('is a reading of the one understanding pass, for a question only', () => {
    expect(reading('hoe kom ik in contact met het wijkteam')).toBe('reach');
    expect(reading('ik zoek hulp bij mijn schulden')).toBe(undefined);
    // "ik wil een mens spreken" is a command, never this reading.
    expect(reading('ik wil een mens spreken')).toBe(undefined);
  });
});
