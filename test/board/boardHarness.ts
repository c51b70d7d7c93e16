import path from 'node:path';
import { casusbordRoutes } from '../../src/board/casusbordRoutes.js';
import { staffPageScriptRoutes } from '../../src/http/staffPageScript.js';
import { StaffRegister } from '../../src/board/staffRegister.js';
import type { Case, HistoryEntry, NewCase } from '../../src/cases/case.js';
import type { CaseRepository } from '../../src/cases/caseRepository.js';
import { InMemoryCaseRepository } from '../../src/cases/memoryCaseRepository.js';
import { loadRoutingFile } from '../../src/cases/routing.js';
import { loadConfig, type Config } from '../../src/config.js';
import { createServer } from '../../src/server.js';
import { findProjectRoot } from '../../src/shared/projectRoot.js';
import {
  Coordinators,
  StaffDirectory,
  type TeamMembership,
} from '../../src/casework/membership.js';
import type { VerbDependencies } from '../../src/casework/types.js';
import type { BoardCaseDetail, BoardCaseSummary } from '../../src/board/boardViews.js';
import { listen } from '../support/http.js';
import { captureLogger } from '../support/logs.js';
import { ManualClock } from '../support/manualClock.js';
import { startFakeEntra, type FakeEntra } from './fakeEntra.js';

/**
 * The Casusbord on a loopback server, composed as the composition root will: the board routes
 * on `createServer`, the Teams verb dependencies (one membership, one coordinator list, one case
 * store), SSO checked against a fake Entra serving a locally generated key.
 */

export interface StaffFixture {
  readonly id: string;
  readonly name: string;
}

export const staff = {
  anna: { id: '00000000-0000-4000-8000-00000000a001', name: 'Anna Voorbeeld' },
  bram: { id: '00000000-0000-4000-8000-00000000a002', name: 'Bram Voorbeeld' },
  dirk: { id: '00000000-0000-4000-8000-00000000a003', name: 'Dirk Voorbeeld' },
  carla: { id: '00000000-0000-4000-8000-00000000a005', name: 'Carla Voorbeeld' },
  /** Signed in with a valid token, but in no wijkteam. */
  nobody: { id: '00000000-0000-4000-8000-00000000a009', name: 'Nina Nergens' },
} satisfies Record<string, StaffFixture>;

export const WEST = 'boswinkel-boekelo';
export const NOORD = 'noord-noord';

/** Contact details that must reach nobody but the colleague who claimed the case. */
export const CONTACT = {
  name: 'Fatma Yilmaz',
  phone: '0612345678',
  email: 'fatma.yilmaz@example.nl',
};
export const CONTACT_STRINGS = ['Fatma', 'Yilmaz', '0612345678', '06 12345678', 'fatma.yilmaz'];

export function handover(
  wijkteam: string,
  summary = 'Ik heb schulden en weet niet waar ik moet beginnen.',
): NewCase {
  return {
    wijkteam,
    story: {
      summary,
      levensgebieden: ['geld'],
      wijk: wijkteam === NOORD ? 'Deppenbroek' : 'Boswinkel',
      stadsdeel: wijkteam === NOORD ? 'noord' : 'west',
      forWhom: 'zelf',
      ageBand: '27-66',
      triedAlready: 'Zelf de bank gebeld.',
      voorzieningenShown: ['formulierenbrigade'],
      conversationCount: 2,
    },
    consent: { given: true, at: '2026-12-07T07:55:00.000Z', textVersion: 'overdracht-2026-01' },
    melder: { ...CONTACT, bestMoment: 'Ochtend', noCalls: false },
    residentKey: 'resident-key-1',
  };
}

/** Every shape the board API answers with, all optional: a test asserts which are there. */
export interface ApiBody {
  readonly cases?: BoardCaseSummary[];
  readonly case?: BoardCaseDetail;
  readonly total?: number;
  readonly overdue?: number;
  readonly notice?: string;
  readonly error?: {
    readonly code: string;
    readonly message: string;
    readonly correlationId: string;
  };
  readonly name?: string;
  readonly via?: string;
  readonly coordinator?: boolean;
  readonly wijkteams?: Array<{ readonly id: string; readonly name: string }>;
  readonly token?: string;
  readonly expiresAt?: string;
  readonly devLogin?: boolean;
  readonly personas?: Array<{ readonly id: string; readonly label: string }>;
}

export interface BoardHarness {
  readonly baseUrl: string;
  readonly config: Config;
  readonly clock: ManualClock;
  readonly repository: CaseRepository;
  readonly verbs: VerbDependencies;
  readonly entra: FakeEntra;
  readonly logs: ReturnType<typeof captureLogger>;
  /** What the after-change hook (the channel card update) received. */
  readonly changes: Array<{ readonly case: Case; readonly change: HistoryEntry }>;
  token(who: StaffFixture): Promise<string>;
  request(
    urlPath: string,
    options?: { token?: string; method?: string; body?: unknown },
  ): Promise<{ status: number; body: ApiBody; text: string; headers: Headers }>;
  close(): Promise<void>;
}

export async function startBoard(
  options: {
    environment?: Record<string, string>;
    clock?: ManualClock;
    /** Another case store than the in-memory one (the board on both storage backends). */
    repository?: (clock: ManualClock) => Promise<CaseRepository>;
  } = {},
): Promise<BoardHarness> {
  const clock = options.clock ?? new ManualClock('2026-12-07T08:00:00.000Z');
  const entra = await startFakeEntra();
  const logs = captureLogger();
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    ...entra.environment(),
    ...options.environment,
  });
  const projectRoot = findProjectRoot();
  const routing = await loadRoutingFile(path.join(projectRoot, 'knowledge', 'routering.yaml'));
  const repository =
    options.repository === undefined
      ? new InMemoryCaseRepository({ clock, referencePrefix: 'WW', logger: logs.logger })
      : await options.repository(clock);
  const register = new StaffRegister([
    { ...staff.anna, wijkteams: [WEST], coordinator: false },
    { ...staff.bram, wijkteams: [WEST], coordinator: false },
    { ...staff.dirk, wijkteams: [NOORD], coordinator: false },
    { ...staff.carla, wijkteams: [], coordinator: true },
  ]);
  const membership: TeamMembership = register.membership();
  const verbs: VerbDependencies = {
    repository,
    membership,
    coordinators: new Coordinators(register.coordinatorIds()),
    directory: new StaffDirectory(),
    clock,
    logger: logs.logger,
  };
  const changes: Array<{ case: Case; change: HistoryEntry }> = [];
  const server = createServer({
    config,
    logger: logs.logger,
    readiness: [],
    routes: [
      casusbordRoutes({
        config,
        projectRoot,
        verbs,
        wijkteams: routing.teams.map((team) => ({ id: team.id, name: team.naam })),
        staff: register,
        onChanged: async (current, change) => {
          changes.push({ case: current, change });
        },
      }),
      staffPageScriptRoutes({ projectRoot }),
    ],
    isShuttingDown: () => false,
  });
  const listening = await listen(server);

  return {
    baseUrl: listening.baseUrl,
    config,
    clock,
    repository,
    verbs,
    entra,
    logs,
    changes,
    token: (who) => entra.sign(entra.staffClaims(who.id, who.name), { now: clock.now() }),
    request: async (urlPath, requestOptions = {}) => {
      const headers: Record<string, string> = { accept: 'application/json' };
      if (requestOptions.token !== undefined)
        headers.authorization = `Bearer ${requestOptions.token}`;
      if (requestOptions.body !== undefined) headers['content-type'] = 'application/json';
      const response = await fetch(`${listening.baseUrl}${urlPath}`, {
        method: requestOptions.method ?? (requestOptions.body === undefined ? 'GET' : 'POST'),
        headers,
        ...(requestOptions.body === undefined ? {} : { body: JSON.stringify(requestOptions.body) }),
      });
      const text = await response.text();
      let body: ApiBody = {};
      try {
        body = JSON.parse(text) as ApiBody;
      } catch {
        body = {};
      }
      return { status: response.status, body, text, headers: response.headers };
    },
    close: async () => {
      await listening.close();
      await entra.close();
    },
  };
}
