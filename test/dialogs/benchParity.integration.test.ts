import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ageOfCase, areaOf, readCases, simulatedChoice } from '../../bench/benchSupport.js';
import { startRealKnowledge } from './realKnowledgeServices.js';
import type { ConversationServices } from '../../dialogs/ports.js';
import { en } from '../../src/i18n/en/index.js';
import { nl } from '../../src/i18n/nl/index.js';
import type { KnowledgeService } from '../../src/knowledge/knowledgeService.js';
import { search } from '../../src/search/search.js';
import { searchAfterIntake } from '../../src/understanding/afterIntake.js';
import type { SearchIndex } from '../../src/search/searchIndex.js';
import { findProjectRoot } from '../../src/shared/projectRoot.js';
import { ManualClock } from '../support/manualClock.js';
import { createHarness } from './conversationHarness.js';
import { playJourney } from './journeys/simulatedResident.js';

/**
 * What `npm run bench:understanding` measures "after the intake" is what a resident gets over
 * /api/messages (ADR 0013): for every question of the second sociale kaart (never tuned on; this
 * compares two paths, it scores nothing), the result cards of the whole conversation are the
 * bench's top three for the levensgebied the resident chose. The conversation reads the message
 * once (the understanding pass), offers levensgebieden from it and searches with the chosen one
 * as a levensgebied, never as words. Questions the safety check stops (ADR 0012) end without
 * cards; they are counted, not compared.
 */
const root = findProjectRoot();
const kaart = path.join(root, 'test/fixtures/kaart-hengelo');
const TODAY = '2026-12-01';

const cases = readCases(path.join(kaart, 'questions.jsonl')).filter((c) => c.expected.length > 0);

describe('the conversation searches as bench:understanding measures', () => {
  const clock = new ManualClock(`${TODAY}T09:00:00Z`);
  let knowledge: KnowledgeService<SearchIndex>;
  let services: ConversationServices;
  let withCards = 0;

  beforeAll(async () => {
    ({ knowledge, services } = await startRealKnowledge(clock, kaart));
  }, 30_000);

  afterAll(async () => {
    await knowledge.stop();
  });

  it.each(cases.map((c) => [c.text, c] as const))('%s', async (_text, c) => {
    const { catalogue, index } = knowledge.current();
    const area = areaOf(catalogue, c.postcode);
    const age = ageOfCase(c);
    const base = {
      audience: 'resident' as const,
      today: TODAY,
      ...(age === undefined ? {} : { age }),
      ...(area === undefined ? {} : { area }),
    };
    const first = search(index, { ...base, text: c.text });
    const chosen = simulatedChoice(catalogue, c, first.domains) ?? '';
    const bench = searchAfterIntake(
      c.text,
      [catalogue.levensgebied(chosen)?.label ?? chosen],
      (text) => search(index, { ...base, text, levensgebieden: [chosen] }),
    ).found.results.map((hit) => hit.voorziening.naam);
    const english = c.category === 'english';
    const topic = english
      ? (en.levensgebieden[chosen] ?? chosen)
      : (catalogue.levensgebied(chosen)?.label ?? chosen);
    const harness = createHarness({ knowledge: services.knowledge, clock });
    const played = await playJourney(harness.chat(), {
      name: 'resident',
      theme: 'parity',
      first: c.text,
      topic,
      ...(c.age === undefined ? {} : { age: String(c.age) }),
      ...(c.postcode === undefined ? {} : { where: c.postcode }),
      afterResults: 'helped',
    });
    if (played.cards.length === 0) {
      // Only the safety check may stop a question before the results.
      expect(played.transcript.join('\n')).toMatch(/112|113|0800-2000/);
      return;
    }
    withCards += 1;
    // The wijkwijzer rule: three levensgebieden at once propose a person first; since session 8 a
    // resident who declines picks one to start with (ADR 0014), except after "ik weet niet waar ik
    // moet beginnen", where they are searched together. Left out here as before; the dev kaarten's
    // comparison (scripts/understanding/intakeParity.ts) includes them.
    if (played.transcript.some((line) => line.includes(nl.intake.proposal.reason.many_domains)))
      return;
    expect(played.cards.slice(0, 3)).toEqual(bench.slice(0, 3));
    if (english) expect(played.transcript.join('\n')).toContain('Does this help you?');
  });

  it('most questions reach the results', () => {
    expect(withCards).toBeGreaterThanOrEqual(Math.floor(cases.length * 0.9));
  });
});
