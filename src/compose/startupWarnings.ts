import type { Config } from '../config.js';
import type { Logger } from '../shared/logger.js';

/** Says at start-up which settings are for local trials only, so an operator sees it in the log. */
export function warnAboutUnsafeSettings(config: Config, log: Logger): void {
  if (config.development) {
    log.warn(
      'DEVELOPMENT_MODE: development conveniences are on (local trials only, never a deployment)',
    );
  }
  if (config.botFramework.appId === undefined) {
    if (config.development) {
      log.warn(
        'no MicrosoftAppId: /api/messages accepts unauthenticated requests and replies to loopback only',
      );
    } else {
      log.info('no MicrosoftAppId: /api/messages is closed (Teams and Azure channels are off)');
    }
  }
  if (config.webchat.usesDevelopmentSecret) {
    log.warn(
      'WEBCHAT_TOKEN_SECRET not set: web chat tokens use the development secret (local trials only)',
    );
  }
  if (config.webchat.usesEphemeralSecret) {
    log.warn(
      'WEBCHAT_TOKEN_SECRET not set: web chat tokens use a random secret and stop working at restart',
    );
  }
}
