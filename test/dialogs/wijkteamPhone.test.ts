import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { knowledgePort } from '../../dialogs/conversationServices.js';
import { loadKnowledge } from '../../src/knowledge/loader.js';
import { buildSearchIndex } from '../../src/search/searchIndex.js';
import { findProjectRoot } from '../../src/shared/projectRoot.js';
import { knowledgeDirFrom, removeCreatedDirs } from '../knowledge/fixtures.js';
import { ManualClock } from '../support/manualClock.js';

const ENSCHEDE = path.join(findProjectRoot(), 'knowledge');
const clock = new ManualClock('2026-03-02T09:00:00Z');

/** The knowledge port as the composition root builds it, on one loaded knowledge directory. */
async function portOn(dir: string) {
  const loaded = await loadKnowledge(dir, { clock });
  if (!loaded.ok) throw new Error(`the knowledge in ${dir} must load`);
  const snapshot = {
    catalogue: loaded.catalogue,
    index: buildSearchIndex(loaded.catalogue),
    version: 'test',
    loadedAt: clock.now(),
  };
  return knowledgePort(() => snapshot);
}

/**
 * The number residents call to reach the wijkteam themselves: gebieden.yaml `wijkteamtelefoon`,
 * else the gemeente's number in gemeentediensten.yaml, else none (ADR 0013, session 15). Never a
 * number of the code's: a gemeente that gives none is not given Enschede's.
 */
describe('the wijkteam’s number from the knowledge', () => {
  afterAll(removeCreatedDirs);

  it('is Enschede’s 14 053 from its gebieden.yaml', async () => {
    expect((await portOn(ENSCHEDE)).wijkteamPhone?.()).toEqual({
      number: '14 053',
      owner: 'wijkteam',
    });
  });

  it('falls back to the gemeente’s number, then to none', async () => {
    const gebieden = await readFile(path.join(ENSCHEDE, 'gebieden.yaml'), 'utf8');
    const withoutField = gebieden.replace(/^wijkteamtelefoon: .*$/m, '');
    expect(withoutField).not.toBe(gebieden);
    const diensten = (await readFile(path.join(ENSCHEDE, 'gemeentediensten.yaml'), 'utf8')).replace(
      'telefoon: 14 053',
      'telefoon: 14 0599',
    );
    const fallback = await knowledgeDirFrom(ENSCHEDE, {
      'gebieden.yaml': withoutField,
      'gemeentediensten.yaml': diensten,
    });
    expect((await portOn(fallback)).wijkteamPhone?.()).toEqual({
      number: '14 0599',
      owner: 'gemeente',
    });
    const none = await knowledgeDirFrom(ENSCHEDE, {
      'gebieden.yaml': withoutField,
      'gemeentediensten.yaml': null,
    });
    expect((await portOn(none)).wijkteamPhone?.()).toBeUndefined();
  });
});
