import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { knowledgePort } from '../../dialogs/conversationServices.js';
import { KnowledgeService } from '../../src/knowledge/knowledgeService.js';
import { buildSearchIndex, type SearchIndex } from '../../src/search/searchIndex.js';
import { findProjectRoot } from '../../src/shared/projectRoot.js';
import { silentLogger } from '../support/logs.js';
import { ManualClock } from '../support/manualClock.js';

describe('the knowledge port the dialogs search through', () => {
  const clock = new ManualClock('2024-12-01T09:00:00Z');
  let knowledge: KnowledgeService<SearchIndex>;

  beforeAll(async () => {
    knowledge = new KnowledgeService({
      dir: path.join(findProjectRoot(), 'test', 'fixtures', 'search', 'knowledge'),
      clock,
      logger: silentLogger(),
      buildIndex: buildSearchIndex,
      watch: false,
    });
    await knowledge.start();
  });
  afterAll(async () => {
    await knowledge.stop();
  });

  it('searches as of the clock, so a project that ended after the last reload is left out', () => {
    const port = knowledgePort(() => knowledge.current(), clock);
    const ids = () => port.search({ text: 'schulden project' }).results.map((hit) => hit.id);

    expect(ids()).toContain('schuldenproject-verlopen');
    clock.advance(32 * 24 * 3600 * 1000);
    expect(ids()).not.toContain('schuldenproject-verlopen');
  });
});
