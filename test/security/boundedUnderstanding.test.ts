import path from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { loadKnowledge } from '../../src/knowledge/loader.js';
import { detectCrisis } from '../../src/safety/detectCrisis.js';
import { search } from '../../src/search/search.js';
import { buildSearchIndex, type SearchIndex } from '../../src/search/searchIndex.js';
import { findProjectRoot } from '../../src/shared/projectRoot.js';
import { fuzzRuns } from './fuzzRuns.js';

/**
 * Hardening (docs/adr/0015-security-posture.md): the work per message is bounded. Any text a resident may send (up to the
 * channel's character limit) is understood, crisis check and search on the real sociale kaart,
 * within 20 ms. Time is the minimum of three runs, so a neighbour's burst of CPU on a shared
 * machine does not count against the code; a superlinear path still does.
 */
const LIMIT = loadConfig({}).webchat.maxMessageChars;
const BUDGET_MS = 20;

let index: SearchIndex;
beforeAll(async () => {
  const loaded = await loadKnowledge(path.join(findProjectRoot(), 'knowledge'), {
    clock: { now: () => new Date('2026-12-01T10:00:00Z') },
  });
  if (!loaded.ok) throw new Error('knowledge did not load');
  index = buildSearchIndex(loaded.catalogue);
  understand('warm up de zoekfunctie met schuldhulpverlening en eenzaamheid');
});

function understand(text: string): number {
  let best = Number.POSITIVE_INFINITY;
  for (let run = 0; run < 3; run += 1) {
    const started = performance.now();
    detectCrisis(text);
    search(index, { text, audience: 'resident' });
    best = Math.min(best, performance.now() - started);
  }
  return best;
}

/** Pieces residents and attackers write: real words, parts of compounds, numbers, odd letters. */
const piece = fc.constantFrom(
  'schuld',
  'hulp',
  'verlening',
  'mantelzorg',
  'ondersteuning',
  'eenzaam',
  'geld',
  'zorgen',
  'ik ',
  'wil ',
  'niet ',
  'meer ',
  'leven ',
  's',
  'en',
  'aaaa',
  'ë',
  '0612345678',
  '!!!',
  '\u200b',
  '🙂',
);

/** Texts up to the limit: run-together words, many words, and arbitrary unicode. */
const message = fc
  .oneof(
    fc.array(piece, { maxLength: 400 }).map((parts) => parts.join('')),
    fc.array(piece, { maxLength: 400 }).map((parts) => parts.join(' ')),
    fc.string({ unit: 'grapheme', maxLength: LIMIT }),
    // Many distinct unknown words: each costs a fuzzy look-up in the vocabulary.
    fc
      .array(fc.stringMatching(/^[a-z0-9]{2,8}$/), { maxLength: 300 })
      .map((words) => words.join(' ')),
    fc.string({
      unit: fc.constantFrom('a', 'b', 'e', 'n', 's'),
      minLength: LIMIT - 10,
      maxLength: LIMIT,
    }),
  )
  .map((text) => [...text].slice(0, LIMIT).join(''));

describe('bounded work per message', () => {
  it(`understands the worst texts we know of within ${BUDGET_MS} ms`, () => {
    const worst = [
      'schuldhulp'.repeat(LIMIT / 10),
      'a'.repeat(LIMIT),
      'ik '.repeat(LIMIT / 3),
      `${'zelfmoord'.repeat(100)} ${'x'.repeat(LIMIT - 1000)}`,
      Array.from({ length: LIMIT / 8 }, (_, i) => `woord${i}`).join(' '),
    ];
    for (const text of worst) expect(understand(text)).toBeLessThanOrEqual(BUDGET_MS);
  });

  it(`understands any message up to ${LIMIT} characters within ${BUDGET_MS} ms`, () => {
    fc.assert(
      fc.property(message, (text) => understand(text) <= BUDGET_MS),
      { numRuns: fuzzRuns(60) },
    );
  });
});
