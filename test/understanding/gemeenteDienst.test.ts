import { describe, expect, it } from 'vitest';
import { gemeenteDienstenFileSchema, type GemeenteDiensten } from '../../src/knowledge/schema.js';
import { detectCrisis } from '../../src/safety/detectCrisis.js';
import {
  isGemeenteQuestion,
  REST_NEED_AGREEMENT,
  REST_NEED_QUALITY,
  recogniseGemeenteDienst,
} from '../../src/understanding/gemeenteDienst.js';
import { understand } from '../../src/understanding/understand.js';

/**
 * Gemeentelijke dienstverlening (ADR 0013, gemeente amendment). A small gemeente file written for
 * these tests, and phrasings written for them.
 */
const diensten: GemeenteDiensten = gemeenteDienstenFileSchema.parse({
  gemeente: 'Proefstad',
  contact: { telefoon: '14 053', website: 'https://www.proefstad.nl' },
  diensten: [
    {
      id: 'vergunningen',
      naam: 'Vergunningen',
      naamEngels: 'Permits',
      woorden: ['vergunning', 'dakkapel', 'permit'],
      behalve: ['verblijfsvergunning'],
    },
    { id: 'parkeren', naam: 'Parkeren', woorden: ['parkeervergunning', 'parkeren'] },
    { id: 'afval', naam: 'Afval', woorden: ['grof vuil', 'grofvuil'] },
    {
      id: 'burgerzaken',
      naam: 'Verhuizing',
      woorden: ['verhuizing doorgeven', 'geboorte aangeven'],
    },
    {
      id: 'zorg',
      naam: 'Huisarts en tandarts',
      soort: 'zorg',
      woorden: ['huisarts', 'tandarts', 'ziekenhuis', 'dentist'],
      rondom: ['plek', 'room'],
    },
  ],
});

describe('recogniseGemeenteDienst', () => {
  it('finds a service by its words, phrases and compounds, and says what is left', () => {
    expect(recogniseGemeenteDienst('Wanneer halen jullie het grof vuil op?', diensten)).toEqual({
      id: 'afval',
      naam: 'Afval',
      soort: 'gemeente',
      providerSought: false,
      words: 2,
      rest: 'wanneer halen jullie het op',
    });
    // A compound that ends with a word of 8 letters or more: "bouwvergunning".
    expect(recogniseGemeenteDienst('hoe vraag ik een bouwvergunning aan', diensten)?.id).toBe(
      'vergunningen',
    );
    expect(recogniseGemeenteDienst('Do I need a permit for this?', diensten)).toMatchObject({
      id: 'vergunningen',
      naamEngels: 'Permits',
    });
  });

  it('takes the service whose own word matched over a compound head of another', () => {
    expect(recogniseGemeenteDienst('ik wil een parkeervergunning', diensten)?.id).toBe('parkeren');
  });

  it('leaves out words that only look alike (behalve), and messages without a service', () => {
    expect(recogniseGemeenteDienst('mijn verblijfsvergunning loopt af', diensten)).toBeUndefined();
    expect(recogniseGemeenteDienst('ik voel me eenzaam', diensten)).toBeUndefined();
    expect(recogniseGemeenteDienst('grofvuil', undefined)).toBeUndefined();
  });
});

describe('a phrase that ends in a separable verb (ADR 0013, session 14)', () => {
  it('matches with the finite verb before the noun and the particle after it', () => {
    expect(recogniseGemeenteDienst('hoe geef ik mijn verhuizing door', diensten)).toMatchObject({
      id: 'burgerzaken',
      words: 3,
      rest: 'hoe ik mijn',
    });
    expect(
      recogniseGemeenteDienst('wanneer geven wij de geboorte van ons kind aan', diensten)?.id,
    ).toBe('burgerzaken');
  });

  it('matches with the infinitive a few words after the noun', () => {
    expect(
      recogniseGemeenteDienst('ik wil mijn verhuizing bij jullie doorgeven', diensten)?.id,
    ).toBe('burgerzaken');
  });

  it('needs both parts of the verb, near the noun', () => {
    // "door" as "because of", without a form of "geven": no service.
    expect(recogniseGemeenteDienst('de verhuizing ging slecht door mijn rug', diensten)).toBe(
      undefined,
    );
    expect(recogniseGemeenteDienst('ik zie op tegen de verhuizing', diensten)).toBeUndefined();
    // The particle too far from the noun.
    expect(
      recogniseGemeenteDienst('geef ik de verhuizing van ons hele gezin met alles door', diensten),
    ).toBeUndefined();
  });
});

describe('care for a huisarts or tandarts (soort: zorg, ADR 0013, session 14)', () => {
  const sure = () => ({ noGoodMatch: true, signals: { quality: 0 } });

  it('is a question for a care provider when the message asks for one', () => {
    const asked = recogniseGemeenteDienst('welke tandarts in de wijk heeft nog plek', diensten);
    expect(asked).toMatchObject({ id: 'zorg', soort: 'zorg', providerSought: true });
    expect(isGemeenteQuestion(asked, 'welke tandarts in de wijk heeft nog plek', sure)).toBe(true);
    const english = recogniseGemeenteDienst('which dentist has room for us', diensten);
    expect(english?.providerSought).toBe(true);
    expect(isGemeenteQuestion(english, 'which dentist has room for us', sure)).toBe(true);
  });

  it('is none when the provider is where someone goes, lies or was told something', () => {
    for (const text of [
      'wie rijdt mij naar het ziekenhuis',
      'mijn vrouw ligt in het ziekenhuis en ik red het thuis niet',
      'de huisarts zegt dat ik meer moet bewegen',
      // The word of seeking too far before the provider: the resident seeks company, not a doctor.
      'ik zoek iemand die met mij naar het ziekenhuis gaat',
    ]) {
      const match = recogniseGemeenteDienst(text, diensten);
      expect(match?.soort, text).toBe('zorg');
      expect(match?.providerSought, text).toBe(false);
      // Even when the kaart finds nothing good: then "no good match", not the care reply.
      expect(isGemeenteQuestion(match, text, sure), text).toBe(false);
    }
  });

  it('hears needing and having as well as seeking, with small words between (session 15)', () => {
    for (const text of [
      'wij moeten voor onze dochter een andere tandarts hebben',
      'mijn vader heeft dringend een huisarts nodig',
      'ik ben op zoek naar een nieuwe huisarts want de oude stopt ermee',
      'waar kan ik hier een tandarts vinden',
      'ik zoek voor mijn man een goede tandarts',
      'we need a dentist for us',
      // An adjective after the article: "betaalbare" is no noun that is sought instead.
      'ik zoek een betaalbare tandarts',
    ]) {
      expect(recogniseGemeenteDienst(text, diensten)?.providerSought, text).toBe(true);
    }
  });

  it('hears no provider sought when a noun or a clause stands between (session 15)', () => {
    for (const text of [
      'ik zoek vervoer naar de tandarts',
      'ik zoek een lift naar de tandarts',
      'ik heb iemand nodig die mij naar het ziekenhuis brengt',
      'de huisarts vindt dat ik meer hulp nodig heb',
      'mijn moeder moet naar het ziekenhuis en ik moet oppas hebben',
      'we need someone to drive us to the dentist',
    ]) {
      const match = recogniseGemeenteDienst(text, diensten);
      expect(match?.soort, text).toBe('zorg');
      expect(match?.providerSought, text).toBe(false);
    }
  });

  it('lets the rest decide even when the whole finds nothing good', () => {
    // After "no good match" the intake can still find the help; the care reply ends the question.
    const text = 'ik ben net verhuisd, waar vind ik een huisarts en iemand die de stad laat zien';
    const asked = recogniseGemeenteDienst(text, diensten);
    expect(asked?.providerSought).toBe(true);
    const parts: string[] = [];
    const restIsANeed = isGemeenteQuestion(asked, text, (_, part) => {
      parts.push(part);
      return part === 'whole' ? sure() : { noGoodMatch: false, signals: { quality: 0.75 } };
    });
    expect(restIsANeed).toBe(false);
    expect(parts).toEqual(['rest']);
    expect(
      isGemeenteQuestion(asked, text, (_, part) =>
        part === 'whole' ? sure() : { noGoodMatch: false, signals: { quality: 0.25 } },
      ),
    ).toBe(true);
  });

  it('never marks a gemeente service as a provider sought', () => {
    expect(recogniseGemeenteDienst('welke dakkapel mag zonder vergunning', diensten)).toMatchObject(
      { id: 'vergunningen', soort: 'gemeente', providerSought: false },
    );
  });
});

describe('isGemeenteQuestion', () => {
  const match = recogniseGemeenteDienst('mag ik een dakkapel bouwen zonder vergunning', diensten);
  const answer = (noGoodMatch: boolean, quality: number) => ({ noGoodMatch, signals: { quality } });

  it('is a gemeente question when the kaart has no good match for the whole or the rest', () => {
    expect(isGemeenteQuestion(match, 'mag ik …', () => answer(true, 0.9))).toBe(true);
    const asked: string[] = [];
    const restOnly = isGemeenteQuestion(match, 'whole', (text) => {
      asked.push(text);
      return text === 'whole' ? answer(false, 0.9) : answer(true, 0.9);
    });
    expect(restOnly).toBe(true);
    expect(asked).toEqual(['whole', 'mag ik een bouwen zonder']);
  });

  it('tells the search which part it reads, also when the rest reads like the whole', () => {
    // The caller searches the rest with the rest's own probabilities; it must not have to tell the
    // two apart by their text.
    const parts: string[] = [];
    isGemeenteQuestion(match, match?.rest ?? '', (text, part) => {
      parts.push(`${part}: ${text}`);
      return answer(false, 0.9);
    });
    expect(parts).toEqual(['whole: mag ik een bouwen zonder', 'rest: mag ik een bouwen zonder']);
  });

  it('keeps the matches when the rest finds good help that matches its words', () => {
    expect(isGemeenteQuestion(match, 'whole', () => answer(false, 0.9))).toBe(false);
  });

  it('is a gemeente question when the rest is sure of an entry on few of its words', () => {
    expect(
      isGemeenteQuestion(match, 'whole', (text) => answer(false, text === 'whole' ? 0.9 : 0.2)),
    ).toBe(true);
  });

  it('counts the rest as a need of its own from half of its words (REST_NEED_QUALITY)', () => {
    const rest = (quality: number) =>
      isGemeenteQuestion(match, 'whole', (text) => answer(false, text === 'whole' ? 0.9 : quality));
    expect(REST_NEED_QUALITY).toBe(0.5);
    expect(rest(0.5)).toBe(false);
    expect(rest(0.49)).toBe(true);
  });

  it('counts a rest as a need when its needs agree with its best entry, few words shared', () => {
    const rest = (agreement: number) =>
      isGemeenteQuestion(match, 'whole', (text) =>
        text === 'whole'
          ? { noGoodMatch: false, signals: { quality: 0.9, agreement: 0.9 } }
          : { noGoodMatch: false, signals: { quality: 0, agreement } },
      );
    expect(REST_NEED_AGREEMENT).toBe(0.6);
    expect(rest(0.6)).toBe(false);
    expect(rest(0.59)).toBe(true);
  });

  it('is never one without a service, and always one when nothing but the service is left', () => {
    expect(isGemeenteQuestion(undefined, 'x', () => answer(true, 0))).toBe(false);
    const bare = recogniseGemeenteDienst('grofvuil?', diensten);
    expect(isGemeenteQuestion(bare, 'grofvuil?', () => answer(false, 1))).toBe(true);
  });
});

describe('understand(): the gemeente service in the one pass', () => {
  it('reads the service and the model reads the rest; safety is assessed as always', () => {
    const result = understand('Mijn grofvuil is niet opgehaald en ik wil niet meer leven', {
      assessSafety: detectCrisis,
      gemeenteDiensten: diensten,
    });
    expect(result.gemeenteDienst).toMatchObject({ id: 'afval' });
    expect(result.gemeenteDienst?.restProbabilities.length).toBe(result.probabilities.length);
    expect(result.safety.isCrisis).toBe(true);
    expect(
      understand('ik wil een dakkapel', { assessSafety: () => undefined }).gemeenteDienst,
    ).toBeUndefined();
  });
});

describe('the gemeente file (zod at load)', () => {
  it('needs a phone number or a website', () => {
    const parsed = gemeenteDienstenFileSchema.safeParse({
      gemeente: 'Proefstad',
      contact: {},
      diensten: [{ id: 'afval', naam: 'Afval', woorden: ['grofvuil'] }],
    });
    expect(parsed.success).toBe(false);
  });

  it('refuses a service without words and an unknown field', () => {
    const base = { gemeente: 'Proefstad', contact: { telefoon: '14 053' } };
    expect(
      gemeenteDienstenFileSchema.safeParse({
        ...base,
        diensten: [{ id: 'afval', naam: 'Afval', woorden: [] }],
      }).success,
    ).toBe(false);
    expect(
      gemeenteDienstenFileSchema.safeParse({
        ...base,
        diensten: [{ id: 'afval', naam: 'Afval', woorden: ['grofvuil'], kleur: 'rood' }],
      }).success,
    ).toBe(false);
  });
});
