import { describe, expect, it } from 'vitest';
import { ManualClock } from '../support/manualClock.js';
import type { JourneyResult, Persona } from './journeys/simulatedResident.js';
import { playResident } from './realKnowledgeServices.js';
import { firstAnswerTo, useRealKnowledgeServices } from './useRealKnowledge.js';

/**
 * Class 5 of ADR 0013 (the levensgebied guess) as transcripts, ADR 0013 tenth amendment: in the
 * offer the model's reading counts as two witnesses, so what a question is about is offered even
 * when money or a meal is named in passing; a request without a subject still gets the whole
 * list. Real intake, Enschede's knowledge, real search and model. Phrasings written for these
 * tests, not taken from the issue, a kaart or a corpus.
 */
describe('the levensgebied offer in the conversation (class 5)', () => {
  const clock = new ManualClock('2026-03-02T09:00:00Z');
  const real = useRealKnowledgeServices(clock);

  const offerFor = (question: string) => firstAnswerTo(real(), clock, question);

  const play = (persona: Omit<Persona, 'name' | 'theme'>): Promise<JourneyResult> =>
    playResident(real(), clock, 'levensgebied-offer', persona);

  it('a contract that keeps charging after it was cancelled is offered as a rights question too', async () => {
    // Before: "Gaat uw vraag over Geld, schulden en administratie?" alone.
    const { said, options } = await offerFor(
      'Ik heb mijn abonnement bij de telefoonwinkel opgezegd maar ze schrijven nog steeds elke maand af',
    );
    expect(said).toContain('Welke past het best?');
    expect(options).toContain('Recht en regels');
  });

  it('a forgetful father-in-law who leaves the pan on the stove is offered Ouder worden', async () => {
    // Before: Eten and Eenzaamheid were offered, Ouder worden not.
    const { options } = await offerFor(
      'Mijn schoonvader is 86, woont alleen en laat soms het eten op het vuur staan',
    );
    expect(options).toContain('Ouder worden');
  });

  it('the rights question, once chosen, reaches legal help on the cards', async () => {
    const result = await play({
      first:
        'Ik heb mijn abonnement bij de telefoonwinkel opgezegd maar ze schrijven nog steeds elke maand af',
      topic: 'Recht en regels',
      age: '58',
    });
    expect(result.endedWith).toBe('result');
    expect(result.cards.slice(0, 3).join(' | ')).toMatch(/Juridisch Loket|Sociaal raadslieden/);
  });

  it('"ik heb hulp nodig" still gets the whole list, not a guess', async () => {
    const { said } = await offerFor('ik heb hulp nodig');
    expect(said).toContain('Waar gaat uw vraag vooral over?');
    expect(said).not.toContain('Klopt dat?');
    expect(said).not.toContain('Welke past het best?');
  });

  it('a one-subject question is still offered alone, to confirm', async () => {
    const { said } = await offerFor(
      'De hond van de overburen blaft de hele dag en ze doen er niks aan',
    );
    expect(said).toContain('Klopt dat?');
    expect(said).toContain('Buren en de buurt');
  });
});
