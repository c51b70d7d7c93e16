import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { ManualClock } from '../support/manualClock.js';
import type * as CaringRead from '../../src/understanding/caringRead.js';
import type * as WijkteamAskedFor from '../../src/understanding/wijkteamAskedFor.js';

/**
 * One understanding pass per message (ADR 0013, amendment session 23): the readers of session 22
 * (the wijkteam asked for, the caring) read each text of a turn once, in the pass, and the intake,
 * the "iemand spreken" command and the search take them from there. Counted by wrapping the two
 * readers; a dialog or a search that reads a message again makes a text count twice. Phrasings
 * written for this test.
 */
const counts = vi.hoisted(() => ({
  wijkteam: new Map<string, number>(),
  caring: new Map<string, number>(),
}));

vi.mock('../../src/understanding/wijkteamAskedFor.js', async (importOriginal) => {
  const original = await importOriginal<typeof WijkteamAskedFor>();
  return {
    ...original,
    asksForWijkteam: (text: string) => {
      counts.wijkteam.set(text, (counts.wijkteam.get(text) ?? 0) + 1);
      return original.asksForWijkteam(text);
    },
  };
});

vi.mock('../../src/understanding/caringRead.js', async (importOriginal) => {
  const original = await importOriginal<typeof CaringRead>();
  return {
    ...original,
    readsCaring: (text: string) => {
      counts.caring.set(text, (counts.caring.get(text) ?? 0) + 1);
      return original.readsCaring(text);
    },
  };
});

// The unit tier shares one module cache per worker (test/tiers.ts): the conversation is loaded
// afresh here, so it reads through the counting readers whatever other files loaded before, and
// put back after.
vi.resetModules();
const { joined, texts } = await import('./conversationHarness.js');
const { useRealKnowledge } = await import('./useRealKnowledge.js');
afterAll(() => {
  vi.doUnmock('../../src/understanding/wijkteamAskedFor.js');
  vi.doUnmock('../../src/understanding/caringRead.js');
  vi.resetModules();
});

/** Each text a reader read in this turn, with how often (only those read more than once). */
function readAgain(reads: ReadonlyMap<string, number>): [string, number][] {
  return [...reads.entries()].filter(([, count]) => count > 1);
}

describe('the readers of a message, once per turn', () => {
  const clock = new ManualClock('2026-03-02T09:00:00Z');
  const harness = useRealKnowledge(clock);

  beforeEach(() => {
    counts.wijkteam.clear();
    counts.caring.clear();
  });

  const say = async (chat: ReturnType<ReturnType<typeof harness>['chat']>, text: string) => {
    counts.wijkteam.clear();
    counts.caring.clear();
    const reply = await chat.say(text);
    expect(readAgain(counts.wijkteam), 'asksForWijkteam read a text twice').toEqual([]);
    expect(readAgain(counts.caring), 'readsCaring read a text twice').toEqual([]);
    expect(counts.wijkteam.get(text)).toBe(1);
    return reply;
  };

  it('a question searched for its topic and checked for a gemeente service', async () => {
    const chat = harness().chat();
    await chat.join();
    // The gemeente check searches the whole question and its rest without the service's words;
    // the offer searches the question again: each text read once, in the pass.
    const question =
      'mijn paspoort is verlopen en er liggen zoveel rekeningen open dat ik geen nieuw kan betalen';
    const reply = await say(chat, question);
    expect(joined(reply)).not.toContain('vraag voor de gemeente zelf');
    expect(counts.caring.get(question)).toBe(1);
    expect(counts.caring.size).toBe(2);
  });

  it('a wish to phone the wijkteam beside a need, in the intake', async () => {
    const chat = harness().chat();
    await chat.join();
    const reply = texts(
      await say(chat, 'kan ik iemand van het buurtteam spreken, de huur lukt me niet meer'),
    );
    expect(reply).toContain('U kunt het wijkteam ook zelf bereiken:');
  });

  it('the "iemand spreken" command while a question waits', async () => {
    const chat = harness().chat();
    await chat.join();
    await say(chat, 'mijn vader woont sinds kort alleen en ziet haast niemand meer');
    const reply = texts(await say(chat, 'ik wil een wijkcoach aan de lijn'));
    expect(reply).toContain('U kunt het wijkteam ook zelf bereiken:');
  });
});
