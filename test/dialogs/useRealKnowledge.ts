import { afterAll, beforeAll } from 'vitest';
import type { ManualClock } from '../support/manualClock.js';
import { buttons, createHarness, joined } from './conversationHarness.js';
import { startRealKnowledge, type RealKnowledge } from './realKnowledgeServices.js';

/**
 * The real kaart for one describe block: started before its tests, stopped after them. Returns the
 * running kaart, search and routing (for playResident and harnesses of one's own). `dir` is another
 * kaart folder (a fixture kaart); the product's own knowledge by default.
 */
export function useRealKnowledgeServices(clock: ManualClock, dir?: string): () => RealKnowledge {
  let real: RealKnowledge | undefined;
  beforeAll(async () => {
    real = await startRealKnowledge(clock, dir);
  }, 30_000);
  afterAll(async () => {
    await real?.knowledge.stop();
  });
  return () => {
    if (real === undefined) throw new Error('the real knowledge is not started (outside a test?)');
    return real;
  };
}

/**
 * The real kaart for one describe block, as a harness factory (a fresh conversation store each
 * call; the case repository is shared).
 */
export function useRealKnowledge(clock: ManualClock): () => ReturnType<typeof createHarness> {
  const real = useRealKnowledgeServices(clock);
  return () =>
    createHarness({
      knowledge: real().services.knowledge,
      routing: real().routing,
      cases: real().services.cases,
      clock,
    });
}

/**
 * The bot's first answer to a question in a new conversation on the real kaart, past the safety
 * check if it asks: what it said and the buttons it offered (the levensgebied offer).
 */
export async function firstAnswerTo(
  real: RealKnowledge,
  clock: ManualClock,
  question: string,
): Promise<{ said: string; options: string[] }> {
  const chat = createHarness({
    knowledge: real.services.knowledge,
    routing: real.routing,
    cases: real.services.cases,
    clock,
  }).chat();
  await chat.join();
  let replies = await chat.say(question);
  if (buttons(replies).includes('Nee, het gaat wel')) replies = await chat.say('Nee, het gaat wel');
  return { said: joined(replies), options: buttons(replies) };
}
