import { describe, expect, it } from 'vitest';
import { ManualClock } from '../support/manualClock.js';
import { playResident } from './realKnowledgeServices.js';
import type { JourneyResult, Persona } from './journeys/simulatedResident.js';
import { useRealKnowledgeServices } from './useRealKnowledge.js';

/**
 * For whom (ADR 0013, "for whom") as transcripts over the real sociale kaart: help only for
 * parents is not what a 15-year-old asking for himself gets first; a parent asking about a child
 * gets the help for parents first; a mantelzorger who needs a break gets the help for
 * mantelzorgers. The phrasings were written for these tests.
 */
describe('for whom, in the conversation', () => {
  const clock = new ManualClock('2026-03-02T09:00:00Z');
  const real = useRealKnowledgeServices(clock);

  const play = (persona: Omit<Persona, 'name' | 'theme'>): Promise<JourneyResult> =>
    playResident(real(), clock, 'for whom', persona);

  /** The entries of the real kaart that are only for parents (kenmerken ouders, scheidende-ouders). */
  const PARENTS_ONLY = [
    'Steun bij opvoeden',
    'Opvoeden.nl',
    'Ouderavond voor ouders die uit elkaar gaan',
  ];

  /** Help for parents with raising a child (its kenmerken name ouders). */
  const PARENT_HELP = ['Steun bij opvoeden', 'Opvoeden.nl', 'Hulp bij opvoeden en opgroeien'];

  it('a 15-year-old asking for himself is not offered a course for parents first', async () => {
    const result = await play({
      first: 'ik ben 15 en thuis gaan mijn ouders uit elkaar, ik trek het bijna niet',
      topic: 'Scheiden',
      forWhom: 'Voor mezelf',
    });
    expect(result.endedWith).toBe('result');
    // Before: the evening for separating parents first. Now the help he can use himself.
    expect(result.cards.slice(0, 3).filter((name) => PARENTS_ONLY.includes(name))).toEqual([]);
    expect(result.cards.slice(0, 3)).toContain('De Kindertelefoon');
  });

  it('a 15-year-old asking for himself in English is not offered a course for parents first', async () => {
    const result = await play({
      first: "i'm 15 and my mum and dad are breaking up, it's a lot for me",
      topic: 'Separation and divorce',
      forWhom: 'For myself',
    });
    expect(result.endedWith).toBe('result');
    // Before: the evening for separating parents first. Now the help he can use himself.
    expect(result.cards.slice(0, 3).filter((name) => PARENTS_ONLY.includes(name))).toEqual([]);
    expect(result.cards.slice(0, 3)).toContain('De Kindertelefoon');
  });

  it('a parent asking about an angry teenager gets the help for parents first', async () => {
    const result = await play({
      first:
        'mijn dochter van 14 is de laatste tijd steeds boos en ik weet niet meer hoe ik met haar om moet gaan',
      topic: 'Opvoeden en opgroeien',
    });
    expect(result.endedWith).toBe('result');
    // Before: the child's own helpline second, lifted by the child's age.
    expect(PARENT_HELP).toContain(result.cards[0]);
    expect(PARENT_HELP).toContain(result.cards[1]);
  });

  it('a parent asking in English about an angry teenager gets the help for parents first', async () => {
    const result = await play({
      first:
        "my daughter of 14 is angry all the time lately and I don't know how to handle her anymore",
      topic: 'Raising children and growing up',
    });
    expect(result.endedWith).toBe('result');
    // Before: the child's own helpline second, lifted by the child's age.
    expect(PARENT_HELP).toContain(result.cards[0]);
    expect(PARENT_HELP).toContain(result.cards[1]);
  });

  it('a mantelzorger who needs a break gets the help for mantelzorgers', async () => {
    const result = await play({
      first: 'mijn man heeft dementie en ik kan het niet meer aan',
      topic: 'Zorgen voor een naaste',
      forWhom: 'Voor iemand voor wie ik zorg',
      age: '80',
    });
    expect(result.endedWith).toBe('result');
    expect(result.cards[0]).toBe('Even vrij van de zorg (respijtzorg)');
  });

  it('a mantelzorger who needs a break gets the help for mantelzorgers, in English', async () => {
    const result = await play({
      first: 'my wife has parkinsons and I do everything for her, I am worn out',
      topic: 'Caring for someone close',
      forWhom: 'Someone I care for',
      age: '78',
    });
    expect(result.endedWith).toBe('result');
    expect(result.cards[0]).toBe('Even vrij van de zorg (respijtzorg)');
  });

  /**
   * For whom changes nothing for a question that shows no one: the first three are the same, in
   * the same order, as for the same question asked for oneself. Help for everyone comes first (in
   * the order the search gives these equals), and Noabersport (for young people) after it, since
   * the age is not given it counts as help for one stage of life (ADR 0013, amendment session 11).
   */
  const FOR_EVERYONE = ['Thuis@Victoria', 'Sportvereniging Sportlust Glanerbrug'];
  const FOR_ONE_STAGE = 'Noabersport bij Avanti';

  async function ranksAsForOneself(
    first: string,
    topic: string,
    forWhom: string,
    forMyself: string,
    age: string,
  ): Promise<void> {
    const result = await play({ first, topic, forWhom, age });
    const asForMyself = await play({ first, topic, forWhom: forMyself, age });
    expect(result.endedWith).toBe('result');
    expect(asForMyself.endedWith).toBe('result');
    expect(result.cards.slice(0, 3)).toEqual(asForMyself.cards.slice(0, 3));
    expect([...result.cards.slice(0, 2)].sort()).toEqual([...FOR_EVERYONE].sort());
    expect(result.cards[2]).toBe(FOR_ONE_STAGE);
  }

  it('a question with no for-whom signal ranks as it did', async () => {
    await ranksAsForOneself(
      'waar kan ik in de buurt met anderen wandelen of fietsen',
      'Sport en bewegen',
      'Voor iemand anders',
      'Voor mezelf',
      'Zeg ik liever niet',
    );
  });

  it('a question with no for-whom signal ranks as it did, in English', async () => {
    await ranksAsForOneself(
      'is there a group near me where I can go walking or cycling with other people',
      'Sport and exercise',
      'For someone else',
      'For myself',
      'I would rather not say',
    );
  });
});
