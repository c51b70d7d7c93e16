import { describe, expect, it } from 'vitest';
import { demoteTried, triedIds } from '../../src/understanding/triedEntries.js';

const hit = (id: string, naam: string, organisatie: string) => ({
  id,
  voorziening: { naam, organisatie },
});

const hits = [
  hit('bank-schulden', 'Hulp bij schulden', 'Kredietbank Noord'),
  hit('bank-budget', 'Budgetbeheer', 'Kredietbank Noord'),
  hit('maatje', 'Geldmaatje thuis', 'Stichting Samen Rond'),
  hit('spreekuur-a', 'Inloopspreekuur geldzaken', 'Buurthuis De Linde'),
  hit('spreekuur-b', 'Inloopspreekuur post', 'Bibliotheek Oost'),
];

describe('what the resident already tried (src/understanding/triedEntries.ts)', () => {
  it('moves the entries of an organisation the resident names below the rest, order kept', () => {
    const ranked = demoteTried(hits, 'ik ben al bij de kredietbank geweest, dat liep op niks uit');
    expect(ranked.map((h) => h.id)).toEqual([
      'maatje',
      'spreekuur-a',
      'spreekuur-b',
      'bank-schulden',
      'bank-budget',
    ]);
  });

  it('matches a compound by its start ("geldmaatje" named as "geldmaatjes")', () => {
    expect([...triedIds('we hadden twee geldmaatjes, hielp niet', hits)]).toEqual(['maatje']);
  });

  it('moves nothing for a word that entries of several organisations share', () => {
    expect(triedIds('ik ben naar een inloopspreekuur geweest', hits).size).toBe(0);
  });

  it('moves nothing for short or everyday words, nor for an empty answer', () => {
    expect(triedIds('ik heb hulp gevraagd aan mijn zus', hits).size).toBe(0);
    expect(triedIds('', hits).size).toBe(0);
    expect(demoteTried(hits, 'nog niets').map((h) => h.id)).toEqual(hits.map((h) => h.id));
  });

  it('hides nothing: every result stays in the list', () => {
    const ranked = demoteTried(hits, 'kredietbank, geldmaatje, linde en bibliotheek: alles gehad');
    expect(new Set(ranked.map((h) => h.id))).toEqual(new Set(hits.map((h) => h.id)));
  });
});
