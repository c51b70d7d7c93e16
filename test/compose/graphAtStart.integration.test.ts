import { afterEach, describe, expect, it } from 'vitest';
import { startApp, type RunningApp } from '../support/app.js';
import { captureLogger } from '../support/logs.js';

/**
 * The start-up log says once whether a card in doubt can be looked up through Microsoft Graph
 * (docs/adr/0008, amendment 2026-12-03): an operator reading it knows, without Graph, that such a
 * card is posted again (at least once), and which settings change that. The Graph secret itself
 * never shows.
 */

const NOT_CONFIGURED = /Microsoft Graph not configured \(GRAPH_CARD_LOOKUP=false, or no app id/g;
const CONFIGURED = /Microsoft Graph configured: a card or pick-up reminder in doubt is looked up/g;
const GRAPH_SECRET = 'graph-client-secret-for-the-start-log-test';

describe('the start-up log about Microsoft Graph', () => {
  let running: RunningApp | undefined;
  afterEach(async () => {
    await running?.stop();
    running = undefined;
  });

  it('says once that a card in doubt is posted again when Graph is not configured', async () => {
    const logs = captureLogger();
    running = await startApp({}, logs.logger);
    expect(logs.text().match(NOT_CONFIGURED)).toHaveLength(1);
    expect(logs.text()).not.toMatch(CONFIGURED);
    expect(logs.lines()).toContainEqual(
      expect.objectContaining({
        level: 40,
        module: 'teams',
        msg: expect.stringMatching(/at least once$/),
      }),
    );
  });

  it('says so when it is switched off, even with an app registration', async () => {
    const logs = captureLogger();
    running = await startApp(
      {
        DEVELOPMENT_MODE: 'false',
        GRAPH_CARD_LOOKUP: 'false',
        GRAPH_CLIENT_ID: '0b6e3c52-6f51-4a8e-9d0c-2f1e7a9b4c3d',
        GRAPH_CLIENT_SECRET: GRAPH_SECRET,
      },
      logs.logger,
    );
    expect(logs.text().match(NOT_CONFIGURED)).toHaveLength(1);
    expect(logs.text()).not.toContain(GRAPH_SECRET);
  });

  it('says once that it looks cards up when Graph is configured, never the secret', async () => {
    const logs = captureLogger();
    running = await startApp(
      {
        DEVELOPMENT_MODE: 'false',
        GRAPH_CLIENT_ID: '0b6e3c52-6f51-4a8e-9d0c-2f1e7a9b4c3d',
        GRAPH_CLIENT_SECRET: GRAPH_SECRET,
      },
      logs.logger,
    );
    expect(logs.text().match(CONFIGURED)).toHaveLength(1);
    expect(logs.text()).not.toMatch(NOT_CONFIGURED);
    expect(logs.text()).not.toContain(GRAPH_SECRET);
  });
});
