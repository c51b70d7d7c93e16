import { describe, expect, it } from 'vitest';
import type { CrisisKind } from '../../src/safety/crisisKind.js';
import {
  fifteenthRoundCrises,
  fifteenthRoundNearMisses,
} from '../safety/neglectDeathWishFearOfHomePhrasings.js';
import { createHarness, joined, texts } from './conversationHarness.js';

/**
 * The fifteenth round (docs/adr/0012-safety-net.md) as transcripts on the real bot, the real
 * dialogs and the shipped models: a young child neglected as seen by a shop assistant or a
 * neighbour, a passive death wish beside loneliness or a burden, fear of going home or of a
 * husband, beginner's Dutch and typos; and ordinary questions in the same words (a lonely move, a
 * neighbour's messy front garden, a worn-out parent asking for a break, fear of the dentist).
 * Phrasings written for these tests (test/safety/neglectDeathWishFearOfHomePhrasings.ts), in no
 * corpus round.
 */
const lineOf: Record<CrisisKind, string> = {
  suicide: '(tel:08000113)',
  abuse: '(tel:08002000)',
  danger: '(tel:112)',
};
const answered = {
  nl: /Dank u dat u dit vertelt\.|Ik wil even zeker weten dat het goed met u gaat\./,
  en: /Thank you for telling me\.|I want to make sure you are all right\./,
};

describe('the safety check, fifteenth round: the weak classes in new words', () => {
  for (const crisis of fifteenthRoundCrises) {
    it(`answers or asks, with the right line, mid-intake: ${crisis.text}`, async () => {
      const harness = createHarness();
      const chat = harness.chat();
      await chat.join();
      await chat.say(
        crisis.lang === 'en' ? 'I need help with my paperwork' : 'Ik zoek hulp bij mijn post',
      );
      const said = joined(await chat.say(crisis.text));
      expect(said).toMatch(answered[crisis.lang]);
      for (const kind of crisis.kinds) expect(said).toContain(lineOf[kind]);
      if (crisis.lang === 'en') expect(said).not.toContain('Bel');
    });
  }

  it('shows 113 after "ja" to a passive wish told beside loneliness, and counts one crisis', async () => {
    const harness = createHarness();
    const chat = harness.chat();
    await chat.join();
    const first = fifteenthRoundCrises[1];
    if (first === undefined) throw new Error('no phrasing');
    let said = joined(await chat.say(first.text));
    // A firm check asks first; "ja" then shows the line. A crisis reply shows it at once.
    if (said.includes('Ik wil even zeker weten dat het goed met u gaat.')) {
      const lines = texts(await chat.say('Ja'));
      expect(lines[0]).toContain('Dank u dat u dit vertelt.');
      said = lines.join('\n');
    }
    expect(said).toContain('[Bel 113 gratis: 0800-0113](tel:08000113)');
    expect(await harness.insights.rows({ kind: 'crisis' })).toHaveLength(1);
  });

  it('goes on with the intake for ordinary questions in the same words', async () => {
    for (const message of fifteenthRoundNearMisses) {
      const harness = createHarness();
      const chat = harness.chat();
      await chat.join();
      const reply = texts(await chat.say(message));
      expect(reply[0], message).toBe('Dank u wel. Ik heb uw vraag gelezen.');
      expect(await harness.insights.rows({ kind: 'crisis' }), message).toEqual([]);
    }
  });
});
