import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { moduleLogger } from '../../src/shared/logger.js';
import { captureLogger } from '../support/logs.js';

/**
 * Redaction is the safety net under "log ids, lengths and codes": should the configuration, or a
 * part of it, ever be logged whole, no secret of it reaches the log (docs/adr/0015-security-posture.md).
 */

const SECRETS = {
  MicrosoftAppId: '0b6e3c52-6f51-4a8e-9d0c-2f1e7a9b4c3d',
  MicrosoftAppPassword: 'SECRET-app-password',
  GRAPH_CLIENT_ID: '1c7f4d63-7a62-4b9f-8e1d-3a2f8b0c5d4e',
  GRAPH_CLIENT_SECRET: 'SECRET-graph-client',
  WEBCHAT_TOKEN_SECRET: 'SECRET-token-q3V8dK1zPxw0Lm9TnYb2Rc7Hs4Ju',
  AZURE_DIRECT_LINE_SECRET: 'SECRET-direct-line',
};

describe('the logger', () => {
  it('never writes a secret of the configuration, logged bare, wrapped or in part', () => {
    const config = loadConfig(SECRETS);
    const logs = captureLogger();
    const log = moduleLogger(logs.logger, 'test');
    log.info(config, 'bare');
    log.info({ config }, 'wrapped');
    log.info({ graph: config.teams.graph }, 'graph settings');
    log.info({ ...config.botFramework }, 'bot settings');
    log.info(config.webchat, 'web chat settings');
    expect(logs.lines()).toHaveLength(5);
    expect(logs.text()).not.toMatch(/SECRET-/);
    expect(logs.text()).toContain('[redacted]');
    // What is not secret stays readable.
    expect(logs.text()).toContain(SECRETS.GRAPH_CLIENT_ID);
  });
});
