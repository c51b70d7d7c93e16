import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findProjectRoot } from '../../src/shared/projectRoot.js';
import { ManualClock } from '../support/manualClock.js';
import type { JourneyResult, Persona } from './journeys/simulatedResident.js';
import { playResident } from './realKnowledgeServices.js';
import { useRealKnowledgeServices } from './useRealKnowledge.js';

/**
 * Help for an age group or another group, through the conversation (ADR 0013, amendment session
 * 21, "an age group or another group"): the kaart test/fixtures/kaart-andere-groep has transport,
 * reading help and a quiet meeting group "voor ouderen en mensen met een beperking", and a
 * language buddy "voor jongeren tot 23 jaar en statushouders". A resident whose words show the
 * other group gets that help after the intake, whatever their age; a 40-year-old who names no
 * limitation still does not get help for 65-plussers. Phrasings written for these tests.
 *
 * The defect's cases were marked `it.fails` until the fix of session 22 (ADR 0013, "an age group
 * or another group, let in without the group's words"); the keep-out cases must stay green.
 */
describe('help for an age group or another group, through the conversation', () => {
  const clock = new ManualClock('2026-12-01T09:00:00Z');
  const kaart = useRealKnowledgeServices(
    clock,
    path.join(findProjectRoot(), 'test/fixtures/kaart-andere-groep'),
  );
  const play = (persona: Omit<Persona, 'name' | 'theme'>): Promise<JourneyResult> =>
    playResident(kaart(), clock, 'age or another group', persona);

  it('a wheelchair user of 49 gets the door-to-door transport', async () => {
    const result = await play({
      first:
        'sinds mijn ongeluk ben ik rolstoelgebruiker en lukt de bus niet meer, hoe bereik ik het ziekenhuis',
      topic: 'Vervoer',
      forWhom: 'Voor mijzelf',
      age: '49',
      where: 'Zeg ik liever niet',
      tried: 'Nog niets',
    });
    expect(result.cards).toContain('Vervoer op maat');
  });

  it('a 30-year-old with a visual impairment gets the reading help', async () => {
    const result = await play({
      first: 'ik heb een visuele beperking en kan mijn post niet lezen, wie leest het voor',
      topic: 'Taal, lezen en digitaal',
      forWhom: 'Voor mijzelf',
      age: '30',
      where: 'Zeg ik liever niet',
      tried: 'Nog niets',
    });
    expect(result.cards).toContain('Voorleeshulp aan huis');
  });

  it('a 20-year-old with autism gets the quiet meeting group', async () => {
    const result = await play({
      first: 'door mijn autisme kom ik weinig buiten, ik wil in een rustige groep mensen ontmoeten',
      topic: 'Eenzaamheid en ontmoeting',
      forWhom: 'Voor mijzelf',
      age: '20',
      where: 'Zeg ik liever niet',
      tried: 'Nog niets',
    });
    expect(result.cards).toContain('Ontmoetingsmiddag De Linde');
  });

  it('a statushouder of 34 gets the language buddy', async () => {
    const result = await play({
      first: 'ik ben statushouder en wil met een vrijwilliger Nederlands oefenen',
      topic: 'Taal, lezen en digitaal',
      forWhom: 'Voor mijzelf',
      age: '34',
      where: 'Zeg ik liever niet',
      tried: 'Nog niets',
    });
    expect(result.cards).toContain('Taalmaatje');
  });

  it('a 30-year-old who finds reading hard gets the DigiD help for 65-plussers and laaggeletterden', async () => {
    const result = await play({
      first:
        'lezen en schrijven gaat bij mij slecht, ik ben laaggeletterd en kom niet in mijn DigiD',
      topic: 'Taal, lezen en digitaal',
      forWhom: 'Voor mijzelf',
      age: '30',
      where: 'Zeg ik liever niet',
      tried: 'Nog niets',
    });
    expect(result.cards).toContain('Hulp bij DigiD');
  });

  it('a 40-year-old who names no such group does not get the DigiD help', async () => {
    const result = await play({
      first: 'ik kom niet in mijn DigiD, wie kan me daarbij helpen',
      topic: 'Taal, lezen en digitaal',
      forWhom: 'Voor mijzelf',
      age: '40',
      where: 'Zeg ik liever niet',
      tried: 'Nog niets',
    });
    expect(result.cards).not.toContain('Hulp bij DigiD');
  });

  it('a 40-year-old who names no limitation does not get the transport for older people', async () => {
    const result = await play({
      first: 'de bus is te lastig voor me, hoe bereik ik het ziekenhuis',
      topic: 'Vervoer',
      forWhom: 'Voor mijzelf',
      age: '40',
      where: 'Zeg ik liever niet',
      tried: 'Nog niets',
    });
    expect(result.cards).not.toContain('Vervoer op maat');
  });
});
