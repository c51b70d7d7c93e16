import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Catalogue } from '../../src/knowledge/catalogue.js';
import { loadKnowledge } from '../../src/knowledge/loader.js';
import { buildSearchIndex } from '../../src/search/searchIndex.js';
import { findProjectRoot } from '../../src/shared/projectRoot.js';
import { shippedModel, type LinearModel } from '../../src/understanding/linearModel.js';

/**
 * The search index may read the entries with another model than the questions (ADR 0013, session
 * 13: a reader trained on partners' descriptions of an offer). The questions keep the model; the
 * entries' profiles come from the entry model; a model with other needs is refused, because its
 * profile would be read as the wrong needs.
 */
const TODAY = '2026-03-02';
let catalogue: Catalogue;

beforeAll(async () => {
  const loaded = await loadKnowledge(
    path.join(findProjectRoot(), 'test/fixtures/kaart-eigen-woorden'),
    { clock: { now: () => new Date(`${TODAY}T10:00:00Z`) } },
  );
  if (!loaded.ok) throw new Error(`${String(loaded.errors.length)} errors in the fixture kaart`);
  catalogue = loaded.catalogue;
});

/** A reader that is sure of one need whatever the text: what it says is what a profile shows. */
function sureOf(model: LinearModel, need: string): LinearModel {
  const at = model.labels.indexOf(need);
  const probabilities = () => {
    const p = new Float64Array(model.labels.length);
    p[at] = 1;
    return p;
  };
  return { ...model, predict: probabilities, predictFeatures: probabilities };
}

describe('an entry model beside the question model', () => {
  it("reads the entries' profiles with the entry model and keeps the model for the questions", () => {
    const model = shippedModel();
    const debtEntry = catalogue.voorzieningen.findIndex((entry) =>
      entry.levensgebieden.includes('geld'),
    );
    expect(debtEntry).toBeGreaterThanOrEqual(0);
    for (const need of ['geld.schulden', 'geld.administratie']) {
      const index = buildSearchIndex(catalogue, { model, entryModel: sureOf(model, need) });
      const profile = index.internals.needs.profiles[debtEntry] as ReadonlyMap<number, number>;
      const first = [...profile].sort((a, b) => b[1] - a[1])[0]?.[0];
      expect(model.labels[first as number]).toBe(need);
      expect(index.internals.needs.model).toBe(model);
    }
  });

  it('refuses an entry model whose needs differ from the question model (WW-5003)', () => {
    const model = shippedModel();
    const other: LinearModel = { ...model, labels: [...model.labels].reverse() };
    expect(() => buildSearchIndex(catalogue, { model, entryModel: other })).toThrow(/WW-5003/);
  });
});
