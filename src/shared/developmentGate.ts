import type { Config } from '../config.js';
import { allOnLoopback } from './loopback.js';

/**
 * The gate of the development conveniences (docs/adr/0015-security-posture.md). The configuration
 * refuses DEVELOPMENT_MODE next to production settings; the gates check again, so a hand-built
 * Config in a script or a test cannot switch a convenience on next to a real deployment.
 */

/**
 * Settings that mean "this is a real deployment": NODE_ENV=production or a client secret of an
 * app registration (the bot's, or Microsoft Graph's: a Graph configuration always carries one,
 * which counts unless Graph and its sign-in are both a loopback fake).
 */
export function hasProductionSettings(config: Config): boolean {
  const graph = config.teams.graph;
  return (
    config.env === 'production' ||
    config.botFramework.appPassword !== undefined ||
    (graph !== undefined && !allOnLoopback(graph.graphUrl, graph.loginUrl))
  );
}

/**
 * DEVELOPMENT_MODE=true, and nothing of a real deployment: the conveniences of a local trial that
 * only DEVELOPMENT_MODE opens, such as the partner page's outbox folder for sign-in mail.
 */
export function developmentModeAllowed(config: Config): boolean {
  return config.development && !hasProductionSettings(config);
}
