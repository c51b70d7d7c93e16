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
 * The number residents call to reach the wijkteam: gebieden.yaml `wijkteamtelefoon` when the
 * wijkteam has a number of its own, else the gemeente's number in gemeentediensten.yaml (Enschede's
 * 14 053, where residents ask for the wijkteam), else none (ADR 0013, session 15). Never a
 * number of the code's: a gemeente that gives none is not given Enschede's.
 */
describe('the wijkteam’s number from the knowledge', () => {
  afterAll(removeCreatedDirs);

  it('is Enschede’s 14 053 from its gemeentediensten.yaml: the gemeente’s number, not the wijkteam’s own', async () => {
    expect((await portOn(ENSCHEDE)).wijkteamPhone?.()).toEqual({
      number: '14 053',
      owner: 'gemeente',
    });
  });

  it('is a wijkteam’s own number from gebieden.yaml, else the gemeente’s, else none', async () => {
    const gebieden = await readFile(path.join(ENSCHEDE, 'gebieden.yaml'), 'utf8');
    expect(gebieden).not.toMatch(/^wijkteamtelefoon:/m);
    const own = await knowledgeDirFrom(ENSCHEDE, {
      'gebieden.yaml': `${gebieden}\nwijkteamtelefoon: 053-4809999\n`,
    });
    expect((await portOn(own)).wijkteamPhone?.()).toEqual({
      number: '053-4809999',
      owner: 'wijkteam',
    });
    const diensten = (await readFile(path.join(ENSCHEDE, 'gemeentediensten.yaml'), 'utf8')).replace(
      'telefoon: 14 053',
      'telefoon: 14 0599',
    );
    const fallback = await knowledgeDirFrom(ENSCHEDE, { 'gemeentediensten.yaml': diensten });
    expect((await portOn(fallback)).wijkteamPhone?.()).toEqual({
      number: '14 0599',
      owner: 'gemeente',
    });
    const none = await knowledgeDirFrom(ENSCHEDE, { 'gemeentediensten.yaml': null });
    expect((await portOn(none)).wijkteamPhone?.()).toBeUndefined();
  });
});
