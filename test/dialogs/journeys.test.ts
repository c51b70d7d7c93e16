import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { journeys } from './journeys/personas.js';
import {
  playOnRealKnowledge,
  startRealServices,
  type RealServices,
} from './journeys/realServices.js';
import type { JourneyResult } from './journeys/simulatedResident.js';
import { ManualClock } from '../support/manualClock.js';

/**
 * The journey suite (ADR 0014, "Done when"): realistic residents on the shipped sociale kaart,
 * answering whatever the wijkwijzer asks. Each checks the turns from the first message to the
 * first result card, what the bot said on the way, and the case that reaches the wijkteam.
 */

describe('resident journeys on the real sociale kaart', () => {
  const clock = new ManualClock('2026-03-02T09:00:00Z');
  let real: RealServices;

  beforeAll(async () => {
    real = await startRealServices(clock);
  }, 60_000);

  afterAll(async () => {
    await real?.stop();
  });

  function describeFailure(result: JourneyResult): string {
    return `\n${result.transcript.join('\n')}`;
  }

  it('holds at least 20 conversations over every theme the issue names', () => {
    expect(journeys.length).toBeGreaterThanOrEqual(20);
    const themes = new Set(journeys.map((journey) => journey.persona.theme));
    for (const theme of [
      'money',
      'loneliness',
      'parenting',
      'mantelzorg',
      'language',
      'NT2',
      'English',
      'a person',
      'multi-problem',
      'returning',
    ]) {
      expect(themes, theme).toContain(theme);
    }
  });

  // Known since the merge of ADR 0012: when the safety check asks about the very first message,
  // "Nee, het gaat wel" starts the conversation over and the question is gone; typing it again
  // asks the check again. Marked to fail, so it turns red here once ADR 0012 keeps the question.
  it.fails(
    'a first message the safety check asked about is not lost after "Nee, het gaat wel"',
    async () => {
      const { result } = await playOnRealKnowledge(real, clock, {
        persona: {
          name: 'lonely student, in words the safety check asks about',
          theme: 'loneliness',
          first: 'ik ben 19 en ken nog bijna niemand in enschede, ik zit de hele dag op mijn kamer',
          topic: 'Eenzaamheid en ontmoeting',
          forWhom: 'Voor mezelf',
          where: '7511',
        },
      });
      expect(result.endedWith).toBe('result');
    },
  );

  for (const journey of journeys) {
    it(`${journey.persona.theme}: ${journey.persona.name}`, async () => {
      const { result, earlier, cases } = await playOnRealKnowledge(real, clock, journey);
      const transcript = result.transcript.join('\n');
      const why = describeFailure(result);
      expect(result.endedWith, why).not.toBe('stuck');
      if (journey.maxTurnsToResult !== undefined) {
        expect(result.turnsToResult, why).not.toBeNull();
        expect(result.turnsToResult ?? Infinity, why).toBeLessThanOrEqual(journey.maxTurnsToResult);
      }
      for (const line of journey.said ?? []) expect(transcript, why).toContain(line);
      for (const line of journey.notSaid ?? []) expect(transcript, why).not.toContain(line);
      expect(transcript).not.toMatch(/\b[ap]\.m\./);
      if (earlier !== undefined) {
        // A returning resident does not get the same list again (defect 8).
        expect(earlier.cards.length, why).toBeGreaterThan(0);
        for (const card of result.cards) expect(earlier.cards, why).not.toContain(card);
      }

      const expected = journey.handover;
      if (expected === undefined) {
        expect(result.reference, why).toBeNull();
        return;
      }
      expect(result.reference, why).not.toBeNull();
      const stored = cases.find((current) => current.reference === result.reference);
      expect(stored, why).toBeDefined();
      if (stored === undefined) return;
      expect(stored.wijkteam, why).toBe(expected.wijkteam);
      expect(stored.story.forWhom, why).toBe(expected.forWhom);
      expect(stored.story.wijk, why).toBe(expected.wijk);
      for (const slug of expected.levensgebiedenInclude ?? []) {
        expect(stored.story.levensgebieden, why).toContain(slug);
      }
      for (const words of expected.summaryContains ?? []) {
        expect(stored.story.summary, why).toContain(words);
      }
      // What the wijkteam reads, and what the bot said back: never an identifier from the story.
      const botLines = result.transcript.filter((line) => line.startsWith('bot: ')).join('\n');
      const everything = JSON.stringify({ ...stored, melder: null }) + botLines;
      for (const secret of expected.nowhere ?? []) expect(everything, why).not.toContain(secret);
      expect(stored.melder).toMatchObject({ kind: 'contact', ...expected.melder });
    });
  }
});
