import type { Case, HistoryEntry } from '../cases/case.js';
import type { Config } from '../config.js';
import type { RouteRegistrar } from '../server.js';
import type { Clock } from '../shared/clock.js';
import type { VerbDependencies } from '../casework/types.js';
import { boardApiRoutes } from './boardApi.js';
import { developmentLoginAllowed, DevLogin } from './devLogin.js';
import type { BoardWijkteam } from './staffAccess.js';
import { StaffAuthenticator } from './staffAuthenticator.js';
import type { StaffRegister } from './staffRegister.js';
import { SsoTokenVerifier } from './ssoVerifier.js';
import { tabConfigRoutes } from './tabConfigPage.js';
import { tabPageRoutes } from './tabPage.js';

/** Everything the composition root hands the Casusbord. */
export interface CasusbordDeps {
  readonly config: Config;
  readonly projectRoot: string;
  /** The Teams runtime's verb dependencies: one membership, one coordinator list, one store. */
  readonly verbs: VerbDependencies;
  /** The wijkteams of the routing file: `routing.teams.map(t => ({ id: t.id, name: t.naam }))`. */
  readonly wijkteams: readonly BoardWijkteam[];
  /** The staff file (names for SSO tokens without one; personas of the development login). */
  readonly staff: StaffRegister;
  /** After a change on the board: update the channel card (TeamsRuntime.afterChange). */
  readonly onChanged?: (current: Case, change: HistoryEntry) => Promise<void>;
  /** Shared with the partner page, so one development login secret serves both; built here when absent. */
  readonly authentication?: BoardAuthentication;
}

export interface BoardAuthentication {
  readonly authenticator: StaffAuthenticator;
  /** Undefined unless the development login is on; then its route exists. */
  readonly devLogin: DevLogin | undefined;
}

/**
 * Teams SSO when configured, the development login when `developmentLoginAllowed`.
 */
export function createBoardAuthentication(
  config: Config,
  staff: StaffRegister,
  clock: Clock,
): BoardAuthentication {
  const devLogin = developmentLoginAllowed(config) ? new DevLogin({ staff, clock }) : undefined;
  const sso =
    config.board.sso === undefined
      ? undefined
      : new SsoTokenVerifier({ settings: config.board.sso, clock, staff });
  return {
    authenticator: new StaffAuthenticator({
      ...(sso === undefined ? {} : { sso }),
      ...(devLogin === undefined ? {} : { dev: devLogin }),
    }),
    devLogin,
  };
}

/** The tab page, its files and its API, as one registrar for `createServer`. */
export function casusbordRoutes(deps: CasusbordDeps): RouteRegistrar {
  const { authenticator, devLogin } =
    deps.authentication ?? createBoardAuthentication(deps.config, deps.staff, deps.verbs.clock);
  const registrars = [
    tabPageRoutes({ projectRoot: deps.projectRoot }),
    tabConfigRoutes({ projectRoot: deps.projectRoot, wijkteams: deps.wijkteams }),
    boardApiRoutes({
      verbs: deps.verbs,
      authenticator,
      wijkteams: deps.wijkteams,
      pickupWorkingHours: deps.config.teams.pickupWorkingHours,
      devLogin,
      onChanged: deps.onChanged,
    }),
  ];
  return (server) => {
    for (const register of registrars) register(server);
  };
}
