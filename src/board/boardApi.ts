import type { Request, Response, Server } from 'restify';
import { z } from 'zod';
import type { Case, HistoryEntry } from '../cases/case.js';
import { caseReferenceSchema } from '../cases/reference.js';
import { caseStatuses, selectableOutcomes } from '../cases/status.js';
import { nl } from '../i18n/nl/index.js';
import type { RouteRegistrar } from '../server.js';
import { errorCatalogue, WijkwijzerError } from '../shared/errors.js';
import { errorBody } from '../http/httpErrors.js';
import { newId } from '../shared/ids.js';
import { moduleLogger } from '../shared/logger.js';
import type { VerbDependencies } from '../casework/types.js';
import { boardActionSchema, runBoardAction } from './boardActions.js';
import { boardQuerySchema, repositoryFilter, selectCases } from './boardQuery.js';
import { toBoardDetail, toBoardSummary, type BoardViewContext } from './boardViews.js';
import type { DevLogin } from './devLogin.js';
import { StaffAccess, type BoardWijkteam, type StaffScope } from './staffAccess.js';
import type { StaffAuthenticator } from './staffAuthenticator.js';
import type { StaffIdentity } from './staffIdentity.js';

/**
 * The Casusbord's JSON API. Every route but `config` and `dev-login` needs a bearer token, and
 * every answer is limited to the wijkteams of the caller, decided on the server: the browser
 * sends filters and button presses, never who it is or what it may see.
 *
 * - `GET  /api/board/config`          texts, labels, whether the development login is on
 * - `POST /api/board/dev-login`       `{persona}` → `{token, expiresAt}` (only when enabled)
 * - `GET  /api/board/me`              who is signed in and which wijkteams they see
 * - `GET  /api/board/cases`           the list, with `status`, `age`, `mine`, `sort`, `wijkteam`
 * - `GET  /api/board/cases/:reference` one case with its history (contact details: assignee only)
 * - `POST /api/board/actions`         `{reference, verb, expectedVersion, outcome?, note?}`
 */

export const BOARD_API = '/api/board';

export interface BoardApiDeps {
  /** The same dependencies the Teams card actions use (membership, coordinators, repository…). */
  readonly verbs: VerbDependencies;
  readonly authenticator: StaffAuthenticator;
  /** The wijkteams of the routing file, in its order. */
  readonly wijkteams: readonly BoardWijkteam[];
  /** config.teams.pickupWorkingHours. */
  readonly pickupWorkingHours: number;
  /** Present only when config.board.devLogin is true (never in production). */
  readonly devLogin?: DevLogin | undefined;
  /**
   * Called after a change made on the board, so the shared card in the channel follows (the
   * composition root wires TeamsRuntime.afterChange). Not awaited by the request; a failure is
   * logged, the case is stored either way.
   */
  readonly onChanged?: ((current: Case, change: HistoryEntry) => Promise<void>) | undefined;
}

const devLoginSchema = z.strictObject({ persona: z.string().min(1).max(100) });

function badRequest(route: string): WijkwijzerError {
  return new WijkwijzerError('WW-8008', { detail: { route } });
}

function fill(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole);
}

export function boardApiRoutes(deps: BoardApiDeps): RouteRegistrar {
  const log = moduleLogger(deps.verbs.logger, 'board');
  const access = new StaffAccess({
    membership: deps.verbs.membership,
    coordinators: deps.verbs.coordinators,
    wijkteams: deps.wijkteams,
  });
  const viewContext = (): BoardViewContext => ({
    now: deps.verbs.clock.now(),
    wijkteamName: (id) => deps.verbs.labels?.wijkteamName?.(id) ?? access.wijkteamName(id),
    labels: deps.verbs.labels,
    pickupWorkingHours: deps.pickupWorkingHours,
  });

  const authenticate = (req: Request): Promise<StaffIdentity> =>
    deps.authenticator.authenticate(req.header('authorization'));

  /** The scope of a signed-in colleague; nobody without a wijkteam gets past this. */
  const scopeOf = async (identity: StaffIdentity, storedTeams: readonly string[] = []) => {
    const scope = await access.scopeOf(identity, storedTeams);
    if (!scope.coordinator && scope.wijkteams.length === 0) {
      throw new WijkwijzerError('WW-8004', { detail: { via: identity.via } });
    }
    return scope;
  };

  const loadVisibleCase = async (identity: StaffIdentity, reference: string): Promise<Case> => {
    const current = await deps.verbs.repository.get(reference);
    if (current === undefined) throw new WijkwijzerError('WW-6001', { detail: { reference } });
    if (!(await access.mayView(identity, current))) {
      log.warn({ reference, wijkteam: current.wijkteam, via: identity.via }, 'case refused');
      // The same answer as an unknown reference: a guessed reference must not reveal that a case
      // exists in another wijkteam (docs/adr/0015-security-posture.md).
      throw new WijkwijzerError('WW-6001', { detail: { reference } });
    }
    return current;
  };

  const personaLabel = (persona: ReturnType<DevLogin['personas']>[number]) =>
    persona.coordinator
      ? fill(nl.board.client.devLoginCoordinator, { name: persona.name })
      : fill(nl.board.client.devLoginMember, {
          name: persona.name,
          teams: persona.wijkteams.map((id) => access.wijkteamName(id)).join(', '),
        });

  const config = {
    devLogin: deps.devLogin !== undefined,
    ssoConfigured: deps.authenticator.ssoConfigured,
    // Only colleagues who can work cases: the redactie and the beleid colleague of the staff file
    // see none here (they have the partner page and the monitor) and were listed as "(wijkteam )".
    personas: (deps.devLogin?.personas() ?? [])
      .filter((persona) => persona.coordinator || persona.wijkteams.length > 0)
      .map((persona) => ({
        id: persona.id,
        label: personaLabel(persona),
      })),
    statuses: caseStatuses.map((id) => ({ id, label: nl.cases.status[id] })),
    outcomes: selectableOutcomes.map((id) => ({ id, label: nl.cases.outcome[id] })),
    texts: nl.board.client,
  };

  const meBody = (scope: StaffScope) => ({
    name: scope.identity.name,
    via: scope.identity.via,
    coordinator: scope.coordinator,
    wijkteams: scope.wijkteams.map((id) => ({ id, name: viewContext().wijkteamName(id) })),
  });

  return (server: Server) => {
    const noStore = (res: Response) => res.header('Cache-Control', 'no-store');

    server.get(`${BOARD_API}/config`, async (_req, res) => {
      noStore(res);
      res.send(200, config);
    });

    const devLogin = deps.devLogin;
    if (devLogin !== undefined) {
      server.post(`${BOARD_API}/dev-login`, async (req, res) => {
        const parsed = devLoginSchema.safeParse(req.body ?? {});
        if (!parsed.success) throw badRequest('dev-login');
        const issued = await devLogin.issue(parsed.data.persona);
        log.info('development login issued');
        noStore(res);
        res.send(200, issued);
      });
    }

    server.get(`${BOARD_API}/me`, async (req, res) => {
      const identity = await authenticate(req);
      const scope = await scopeOf(identity);
      noStore(res);
      res.send(200, meBody(scope));
    });

    server.get(`${BOARD_API}/cases`, async (req, res) => {
      const identity = await authenticate(req);
      const query = boardQuerySchema.safeParse(req.query ?? {});
      if (!query.success) throw badRequest('cases');
      const repository = deps.verbs.repository;
      const scope = await scopeOf(identity, await repository.wijkteams());
      if (query.data.wijkteam !== undefined && !scope.wijkteams.includes(query.data.wijkteam)) {
        throw new WijkwijzerError('WW-8003', { detail: { wijkteam: query.data.wijkteam } });
      }
      const actor = access.actorFor(identity);
      const context = viewContext();
      // The repository selects by wijkteam, status and age from its index (a board request costs
      // what the team holds, docs/adr/0019); selectCases then applies the exact filters and order.
      const filter = repositoryFilter(query.data, scope.wijkteams, context.now);
      const summaries = (cases: readonly Case[]) =>
        cases.map((item) => toBoardSummary(item, actor, context));
      const listed = summaries(await repository.list(filter));
      // Only a new case can be overdue: counted from the new cases of the scope, which the list
      // already holds unless it asked for other statuses or a minimum age.
      const waiting =
        filter.createdBefore === undefined && (filter.statuses?.includes('nieuw') ?? true)
          ? listed.filter((item) => item.status === 'nieuw')
          : summaries(await repository.list({ wijkteams: scope.wijkteams, status: 'nieuw' }));
      noStore(res);
      res.send(200, {
        me: meBody(scope),
        total: await repository.count({ wijkteams: scope.wijkteams }),
        overdue: waiting.filter((item) => item.overdue).length,
        cases: selectCases(listed, query.data),
      });
    });

    server.get(`${BOARD_API}/cases/:reference`, async (req, res) => {
      const identity = await authenticate(req);
      const reference = caseReferenceSchema.safeParse(req.params?.reference);
      if (!reference.success) throw badRequest('case');
      const current = await loadVisibleCase(identity, reference.data);
      noStore(res);
      res.send(200, { case: toBoardDetail(current, access.actorFor(identity), viewContext()) });
    });

    server.post(`${BOARD_API}/actions`, async (req: Request, res: Response) => {
      const identity = await authenticate(req);
      const parsed = boardActionSchema.safeParse(req.body ?? {});
      if (!parsed.success) throw badRequest('actions');
      const action = parsed.data;
      await loadVisibleCase(identity, action.reference);
      const outcome = await runBoardAction(action, identity, deps.verbs);
      const actor = access.actorFor(identity);
      const now = outcome.result.case;
      const detail = now === undefined ? undefined : toBoardDetail(now, actor, viewContext());
      noStore(res);
      if (outcome.refusal !== undefined) {
        log.info(
          { reference: action.reference, verb: action.verb, refusal: outcome.refusal.kind },
          'board action refused',
        );
        const correlationId = req.correlationId ?? newId();
        res.send(errorCatalogue[outcome.refusal.code].status, {
          ...errorBody(outcome.refusal.code, correlationId),
          notice: outcome.notice,
          ...(detail === undefined ? {} : { case: detail }),
        });
        return;
      }
      log.info(
        { reference: action.reference, verb: action.verb, version: now?.version },
        'case changed from the board',
      );
      const changed = outcome.changed;
      const onChanged = deps.onChanged;
      if (changed !== undefined && onChanged !== undefined) {
        // Not awaited: updating the channel card may retry for a while (throttling), and the
        // colleague on the board should see their change at once. The case is already stored.
        void Promise.resolve()
          .then(() => onChanged(changed.case, changed.change))
          .catch((error: unknown) => {
            log.warn({ err: error, reference: action.reference }, 'after-change hook failed');
          });
      }
      res.send(200, { notice: outcome.notice, ...(detail === undefined ? {} : { case: detail }) });
    });
  };
}
