import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { leadsToRightEntry } from '../../bench/benchSupport.js';
import type { Catalogue } from '../../src/knowledge/catalogue.js';
import { loadKnowledge } from '../../src/knowledge/loader.js';
import { findProjectRoot } from '../../src/shared/projectRoot.js';

/**
 * bench:understanding's second levensgebied measure (ADR 0013, tenth amendment): a levensgebied
 * offered counts when one of the question's expected entries carries it on that kaart.
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

describe('leadsToRightEntry', () => {
  it('counts every levensgebied an expected entry is filed under, not only its first', () => {
    // ew-vergeetcafe is filed under ouder-worden and mantelzorg.
    expect(leadsToRightEntry(catalogue, ['ew-vergeetcafe'], 'ouder-worden')).toBe(true);
    expect(leadsToRightEntry(catalogue, ['ew-vergeetcafe'], 'mantelzorg')).toBe(true);
  });

  it('does not count a levensgebied none of the expected entries carries', () => {
    expect(leadsToRightEntry(catalogue, ['ew-vergeetcafe'], 'geld')).toBe(false);
    expect(leadsToRightEntry(catalogue, ['ew-rechtshulp', 'ew-schuldenloket'], 'wonen')).toBe(
      false,
    );
  });

  it('looks at each expected entry, and ignores ids the kaart does not have', () => {
    expect(leadsToRightEntry(catalogue, ['ew-rechtshulp', 'ew-schuldenloket'], 'geld')).toBe(true);
    expect(leadsToRightEntry(catalogue, ['no-such-entry'], 'geld')).toBe(false);
    expect(leadsToRightEntry(catalogue, [], 'geld')).toBe(false);
  });
});
