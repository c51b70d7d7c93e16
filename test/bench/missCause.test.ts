import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { missCause } from '../../bench/benchSupport.js';
import type { Catalogue } from '../../src/knowledge/catalogue.js';
import { loadKnowledge } from '../../src/knowledge/loader.js';
import { findProjectRoot } from '../../src/shared/projectRoot.js';

/**
 * The causes training/firstMessageProbe.ts sorts a first message's misses into (ADR 0013, session 9
 * amendment): the need not read, a right entry ranked below the top 3, or no right entry found.
 */
let catalogue: Catalogue;

beforeAll(async () => {
  const loaded = await loadKnowledge(
    path.join(findProjectRoot(), 'test/fixtures/kaart-eigen-woorden'),
    { clock: { now: () => new Date('2026-12-01T10:00:00Z') } },
  );
  if (!loaded.ok) throw new Error(`${String(loaded.errors.length)} errors in the kaart`);
  catalogue = loaded.catalogue;
});

const found = (ids: readonly string[], slugs: readonly string[]) => ({
  results: ids.map((id) => ({ voorziening: { id } })),
  domains: slugs.map((slug) => ({ slug })),
});

describe('missCause', () => {
  it('is no miss when a right entry is in the top 3, whatever the levensgebieden', () => {
    const question = { expected: ['ew-rechtshulp'] };
    const result = found(['ew-schuldenloket', 'ew-inloop', 'ew-rechtshulp'], ['geld', 'wonen']);
    expect(missCause(catalogue, question, result)).toBeUndefined();
  });

  it('is the need when neither the label nor an expected entry’s levensgebied is offered', () => {
    const question = { expected: ['ew-rechtshulp'], levensgebied: 'recht' };
    const result = found(['ew-schuldenloket', 'ew-inloop', 'ew-adempauze'], ['geld', 'wonen']);
    expect(missCause(catalogue, question, result)).toBe('need');
  });

  it('is the ranking when the need was read and a right entry stands fourth or lower', () => {
    const question = { expected: ['ew-rechtshulp'], levensgebied: 'recht' };
    const result = found(
      ['ew-schuldenloket', 'ew-inloop', 'ew-adempauze', 'ew-rechtshulp'],
      ['geld', 'recht'],
    );
    expect(missCause(catalogue, question, result)).toBe('rank');
  });

  it('reads the need through the expected entries’ own filing when the label differs', () => {
    // ew-vergeetcafe is filed under ouder-worden and mantelzorg; the question was labelled gezondheid.
    const question = { expected: ['ew-vergeetcafe'], levensgebied: 'gezondheid' };
    const result = found(['ew-inloop', 'ew-adempauze', 'ew-schuldenloket'], ['mantelzorg']);
    expect(missCause(catalogue, question, result)).toBe('text');
  });
});
