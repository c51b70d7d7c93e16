import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findProjectRoot } from '../../src/shared/projectRoot.js';
import { ManualClock } from '../support/manualClock.js';
import type { JourneyResult, Persona } from './journeys/simulatedResident.js';
import { playResident } from './realKnowledgeServices.js';
import { useRealKnowledgeServices } from './useRealKnowledge.js';

/**
 * ADR 0013, third amendment, as transcripts: a sociale kaart whose partners described their help
 * in their own words (test/fixtures/kaart-eigen-woorden: almost no synonyms, no residents' words
 * in the trefwoorden), and residents who use none of those words. The needs the model reads carry
 * the question to the right entry, and "no good match" stays for what the kaart does not offer.
 * The phrasings were written for these tests, not taken from an issue or an evaluation set.
 */
describe('a kaart in other words than the residents use, through the conversation', () => {
  const clock = new ManualClock('2026-03-02T09:00:00Z');
  const real = useRealKnowledgeServices(
    clock,
    path.join(findProjectRoot(), 'test/fixtures/kaart-eigen-woorden'),
  );

  const play = (persona: Omit<Persona, 'name' | 'theme'>): Promise<JourneyResult> =>
    playResident(real(), clock, 'other words', persona);

  it('class 1: caring for a sister with no word of the entry reaches a day of respite', async () => {
    const result = await play({
      first: 'Ik verzorg mijn zus met een spierziekte en kom zelf nergens meer aan toe',
      topic: 'Zorgen voor een naaste',
      forWhom: 'Voor iemand anders',
      age: '58',
    });
    expect(result.endedWith).toBe('result');
    expect(result.cards[0]).toBe('Dagdeel Adempauze');
  });

  it('class 3: a neighbour who hammers on Sunday mornings reaches the mediators first', async () => {
    const result = await play({
      first: 'Mijn onderbuurman timmert elke zondagochtend om zeven uur',
      topic: 'Buren en de buurt',
      age: '41',
    });
    expect(result.endedWith).toBe('result');
    expect(result.cards[0]).toBe('Bemiddelaars aan huis');
  });

  it('class 4: a mother who forgets, asked in English, reaches the memory café', async () => {
    const result = await play({
      first: 'My mother no longer remembers my name',
      topic: 'Caring for someone close',
      forWhom: 'For someone else',
      age: '83',
    });
    expect(result.endedWith).toBe('result');
    expect(result.cards.slice(0, 3)).toContain('Vergeetcafé');
  });

  it('class 6: a 70-year-old is never shown the youth sport entry, and is told so', async () => {
    const result = await play({
      first: 'Ik ben 70 en wil graag sporten met anderen',
      topic: 'Sport en bewegen',
    });
    expect(result.cards).not.toContain('Sportinstuif voor de jeugd');
    const transcript = result.transcript.join('\n');
    expect(transcript).not.toContain('Sportinstuif');
    expect(transcript).toContain('maar die is voor mensen van een andere leeftijd');
    expect(transcript).toContain('Iemand van het wijkteam kan met u meedenken');
  });

  // ADR 0013, fourth amendment: English need words, and person words that say who, not what.
  it('class 2 and 4: wages still owed, asked in English, reach the legal help first', async () => {
    const result = await play({
      first: 'my employer still owes me my holiday pay',
      topic: 'Law and rules',
      age: '34',
    });
    expect(result.endedWith).toBe('result');
    expect(result.cards[0]).toBe('Rechtshulp op dinsdag');
  });

  it('class 4: a wife who cares for her husband after a stroke, in English, reaches respite', async () => {
    const result = await play({
      first: "I haven't had a free afternoon since my husband's stroke, I do everything for him",
      topic: 'Caring for someone close',
      forWhom: 'For someone else',
      age: '71',
    });
    expect(result.endedWith).toBe('result');
    expect(result.cards.slice(0, 3)).toContain('Dagdeel Adempauze');
  });

  it('class 5: a lonely neighbour is offered loneliness, not the neighbours, and the walk-in', async () => {
    const result = await play({
      first: 'de buurvrouw is weduwe en zit de hele dag alleen',
      topic: 'Eenzaamheid en ontmoeting',
      forWhom: 'Voor iemand anders',
      age: '84',
    });
    const offer = result.transcript.find((line) => /Klopt dat\?|Welke past het best\?/.test(line));
    // Loneliness leads; the neighbours may stand second since round 16 (ADR 0013): the model
    // retrained without the near copies of frozen lines reads "buurvrouw" more as the subject.
    expect(offer).toContain('Eenzaamheid en ontmoeting');
    const [first] = (offer ?? '').split('\n').filter((line) => /^\d\. /.test(line));
    expect(first ?? offer).toContain('Eenzaamheid en ontmoeting');
    expect(result.endedWith).toBe('result');
    expect(result.cards[0]).toBe('Inloop De Lantaarn');
  });

  // ADR 0013, round 16: in the offer the everyday words count half beside the results found
  // through them. "Ik werk" says where the resident stands, not what the question is about.
  it('class 2 and 5: wages kept back are offered as a rights question, not also as work', async () => {
    const result = await play({
      first: 'Ik werk in de bediening maar de eigenaar betaalt me al weken niet',
      topic: 'Recht en regels',
      age: '27',
    });
    const offer = result.transcript.find((line) => /Klopt dat\?|Welke past het best\?/.test(line));
    expect(offer).toContain('Recht en regels');
    expect(offer).not.toContain('Werk en inkomen');
    expect(result.endedWith).toBe('result');
    expect(result.cards[0]).toBe('Rechtshulp op dinsdag');
  });

  // ADR 0013, session 6 (corpus round 17): children who belong to the neighbours are a neighbour
  // question, not a sport or parenting one. Before the round this phrasing was offered "Sport en
  // bewegen" first; a phrasing written for this test.
  it('class 3: the boys across the street kicking a ball into the garden are offered Buren', async () => {
    const result = await play({
      first: 'de jongens van de overkant trappen elke middag hun voetbal in onze voortuin',
      topic: 'Buren en de buurt',
      age: '63',
    });
    const offer = result.transcript.find((line) => /Klopt dat\?|Welke past het best\?/.test(line));
    const offered = (offer ?? '').split('\n').filter((line) => /^\d\. /.test(line));
    expect(offered[0] ?? offer).toContain('Buren en de buurt');
    expect(result.endedWith).toBe('result');
    expect(result.cards[0]).toBe('Bemiddelaars aan huis');
  });

  // ADR 0013, eighth amendment: an English question is also read through the everyday
  // English–Dutch glossary, so "bill" meets the entry's "energierekening". Without it the debt
  // desk stood first and the answer was "no good match"; a phrasing written for this test.
  it('class 4: an energy bill too high, in English, reaches the energy advice first', async () => {
    const result = await play({
      first: 'the energy bill is far too high and the windows let the cold in',
      topic: 'Money, debts and paperwork',
      age: '52',
    });
    expect(result.endedWith).toBe('result');
    expect(result.cards[0]).toBe('Energiebespaarhulp');
  });
});
