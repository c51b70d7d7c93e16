import { knowledgePort } from '../dialogs/conversationServices.js';
import { en } from '../src/i18n/en/index.js';
import type { Catalogue } from '../src/knowledge/catalogue.js';
import { search } from '../src/search/search.js';
import type { SearchIndex } from '../src/search/searchIndex.js';
import { createHarness } from '../test/dialogs/conversationHarness.js';
import { playJourney } from '../test/dialogs/journeys/simulatedResident.js';
import { ManualClock } from '../test/support/manualClock.js';
import { simulatedChoice, type BenchCase } from './benchSupport.js';

/**
 * The "after the intake" measure through the whole conversation (ADR 0013 §7): each answerable
 * question through the real dialogs on botbuilder's TestAdapter (the test harness), with a resident
 * who answers every prompt in the question's language and picks the levensgebied the bench's
 * simulated resident picks. What a resident gets over /api/messages, safety check included.
 */
export interface ConversationScores {
  readonly answerable: number;
  readonly hit3: number;
  readonly english: number;
  readonly englishToCards: number;
  /** Ended without result cards: crisis lines, or "no good match" with a person offered. */
  readonly noCards: number;
}

export async function conversationScores(
  catalogue: Catalogue,
  index: SearchIndex,
  cases: readonly BenchCase[],
  today: string,
): Promise<ConversationScores> {
  const clock = new ManualClock(`${today}T09:00:00Z`);
  const knowledge = knowledgePort(() => ({
    catalogue,
    index,
    version: 'bench',
    loadedAt: clock.now(),
  }));
  const scores = { answerable: 0, hit3: 0, english: 0, englishToCards: 0, noCards: 0 };
  for (const c of cases) {
    if (c.expected.length === 0) continue;
    scores.answerable += 1;
    const first = search(index, { text: c.text, audience: 'resident', today });
    const chosen = simulatedChoice(catalogue, c, first.domains) ?? '';
    const english = c.category === 'english';
    const topic = english
      ? (en.levensgebieden[chosen] ?? chosen)
      : (catalogue.levensgebied(chosen)?.label ?? chosen);
    const played = await playJourney(createHarness({ knowledge, clock }).chat(), {
      name: 'resident',
      theme: 'bench',
      first: c.text,
      topic,
      ...(c.age === undefined ? {} : { age: String(c.age) }),
      ...(c.postcode === undefined ? {} : { where: c.postcode }),
      afterResults: 'helped',
    });
    const names = new Set(c.expected.map((id) => catalogue.voorziening(id)?.naam));
    const hit = played.cards.slice(0, 3).some((name) => names.has(name));
    if (played.cards.length === 0) scores.noCards += 1;
    if (hit) scores.hit3 += 1;
    if (english) {
      scores.english += 1;
      if (played.cards.length > 0) scores.englishToCards += 1;
    }
  }
  return scores;
}
