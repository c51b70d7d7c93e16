import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Request, Server } from 'restify';
import { z } from 'zod';
import { createBoardAuthentication, type BoardAuthentication } from '../board/casusbordRoutes.js';
import type { StaffRegister } from '../board/staffRegister.js';
import type { StaffIdentity } from '../board/staffIdentity.js';
import { sendFramedPage, teamsJsBundle } from '../board/tabPage.js';
import type { Config } from '../config.js';
import { fillTemplateTexts } from '../http/htmlPage.js';
import { nl } from '../i18n/nl/index.js';
import { buildAreaTree } from '../insights/report/areaTree.js';
import {
  buildMonitorReport,
  nodeLabel,
  type MonitorSource,
} from '../insights/report/monitorReport.js';
import { monthNode, parsePeriod } from '../insights/report/period.js';
import { reportHtml } from '../insights/report/renderHtml.js';
import { tableCsv } from '../insights/report/renderText.js';
import type { RouteRegistrar } from '../server.js';
import type { Clock } from '../shared/clock.js';
import { WijkwijzerError } from '../shared/errors.js';
import { localDate } from '../shared/gemeenteTime.js';
import { moduleLogger, type Logger } from '../shared/logger.js';
import { StaticAssets } from '../webchat/staticAssets.js';

/**
 * The gemeente's monitor: `/monitor/` and its API under `/api/monitor`. Sign-in is the Casusbord's
 * (Teams SSO; the development login where the board has it), built by the board's own
 * `createBoardAuthentication`, never a copy. Who may look is decided on the server: a colleague
 * with `rollen: [beleid]` in the staff file. Every figure leaves as an aggregate with the
 * anonymity rules applied (ADR 0017); there is no route that returns a counter as stored.
 *
 * - `GET  /api/monitor/config`     texts, periods, areas, whether the development login is on
 * - `POST /api/monitor/dev-login`  `{persona}` → `{token, expiresAt}` (only when enabled)
 * - `GET  /api/monitor/me`         who is signed in
 * - `GET  /api/monitor/report`     `?period=2026-03&area=stad&per=week` → `{report, html}`
 * - `GET  /api/monitor/csv`        the same query plus `table=<id>` → one table as CSV
 */

export const MONITOR_PATH = '/monitor/';
export const MONITOR_API = '/api/monitor';

export interface MonitorDeps {
  readonly config: Config;
  readonly projectRoot: string;
  readonly staff: StaffRegister;
  readonly clock: Clock;
  readonly logger: Logger;
  readonly source: MonitorSource;
  /** The staff sign-in shared with the Casusbord (one development login secret); built if absent. */
  readonly authentication?: BoardAuthentication;
}

const reportQuerySchema = z.strictObject({
  period: z.string().min(4).max(10),
  area: z.string().min(1).max(100).default('stad'),
  per: z.enum(['week', 'maand']).default('week'),
  table: z
    .string()
    .regex(/^[a-z0-9-]{1,60}$/)
    .optional(),
});

const devLoginSchema = z.strictObject({ persona: z.string().min(1).max(100) });

function pageTemplate(projectRoot: string): string {
  const template = readFileSync(path.join(projectRoot, 'web', 'monitor', 'index.html'), 'utf8');
  return fillTemplateTexts(template, nl.monitor.page, {
    template: 'web/monitor/index.html',
    group: 'page',
  });
}

/** The periods the page offers: the last 24 months, the quarters and years they touch. */
export function periodChoices(today: string): { id: string; label: string }[] {
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7));
  const months: { id: string; label: string }[] = [];
  for (let back = 0; back < 24; back += 1) {
    const index = year * 12 + month - 1 - back;
    const y = Math.floor(index / 12);
    const m = (index % 12) + 1;
    months.push({ id: `${y}-${String(m).padStart(2, '0')}`, label: nodeLabel(y, monthNode(m)) });
  }
  const quarters: { id: string; label: string }[] = [];
  for (const y of [year, year - 1]) {
    for (let quarter = 4; quarter >= 1; quarter -= 1) {
      if (y === year && (quarter - 1) * 3 + 1 > month) continue;
      quarters.push({ id: `${y}-K${quarter}`, label: nodeLabel(y, quarter) });
    }
  }
  const years = [year, year - 1].map((y) => ({ id: String(y), label: nodeLabel(y, 0) }));
  return [...months, ...quarters, ...years];
}

export function monitorRoutes(deps: MonitorDeps): RouteRegistrar {
  const log = moduleLogger(deps.logger, 'monitor');
  const { authenticator, devLogin } =
    deps.authentication ?? createBoardAuthentication(deps.config, deps.staff, deps.clock);
  const web = path.join(deps.projectRoot, 'web', 'monitor');
  const assets = new StaticAssets({
    '/monitor/monitor.js': {
      file: path.join(web, 'monitor.js'),
      contentType: 'text/javascript; charset=utf-8',
      maxAgeSeconds: 300,
    },
    '/monitor/monitor.css': {
      file: path.join(web, 'monitor.css'),
      contentType: 'text/css; charset=utf-8',
      maxAgeSeconds: 300,
    },
    '/monitor/teams-js.js': {
      file: teamsJsBundle(deps.projectRoot),
      contentType: 'text/javascript; charset=utf-8',
      maxAgeSeconds: 24 * 3600,
    },
  });
  const template = pageTemplate(deps.projectRoot);
  const mayLook = (id: string) => deps.staff.find(id)?.roles?.includes('beleid') === true;

  /** A signed-in colleague with the beleid role; 401 without a valid token, 403 without the role. */
  const signedIn = async (req: Request): Promise<StaffIdentity> => {
    const identity = await authenticator.authenticate(req.header('authorization'));
    if (!mayLook(identity.id)) throw new WijkwijzerError('WW-8103');
    return identity;
  };

  const reportFor = async (req: Request) => {
    const parsed = reportQuerySchema.safeParse(req.query ?? {});
    if (!parsed.success) throw new WijkwijzerError('WW-8102', { detail: { route: 'report' } });
    const query = parsed.data;
    const report = await buildMonitorReport(deps.source, {
      period: parsePeriod(query.period),
      area: query.area,
      granularity: query.per === 'maand' ? 'month' : 'week',
    });
    return { report, table: query.table };
  };

  return (server: Server) => {
    server.get(MONITOR_PATH, async (_req, res) => {
      sendFramedPage(res, template);
    });
    assets.register(server);

    server.get(`${MONITOR_API}/config`, async (_req, res) => {
      const today = localDate(deps.clock.now());
      const knowledge = await deps.source.knowledge();
      const city = nl.monitor.report.city(knowledge.gemeente);
      const areas = buildAreaTree({ stadsdelen: knowledge.stadsdelen }, city);
      res.header('Cache-Control', 'no-store');
      res.send(200, {
        devLogin: devLogin !== undefined,
        ssoConfigured: authenticator.ssoConfigured,
        personas:
          devLogin === undefined
            ? []
            : devLogin
                .personas()
                .filter((persona) => mayLook(persona.id))
                .map((persona) => ({ id: persona.id, label: persona.name })),
        periods: periodChoices(today),
        defaultPeriod: today.slice(0, 7),
        areas: areas.nodes
          .filter((node) => node.kind !== 'onbekend')
          .map((node) => ({
            id: node.id,
            label:
              node.kind === 'stad'
                ? city
                : node.kind === 'stadsdeel'
                  ? nl.monitor.report.stadsdeel(node.name)
                  : `– ${nl.monitor.report.wijk(node.name)}`,
          })),
        texts: nl.monitor.client,
      });
    });

    if (devLogin !== undefined) {
      server.post(`${MONITOR_API}/dev-login`, async (req, res) => {
        const parsed = devLoginSchema.safeParse(req.body);
        if (!parsed.success)
          throw new WijkwijzerError('WW-8102', { detail: { route: 'dev-login' } });
        if (!mayLook(parsed.data.persona)) throw new WijkwijzerError('WW-8103');
        res.send(200, await devLogin.issue(parsed.data.persona));
      });
    }

    server.get(`${MONITOR_API}/me`, async (req, res) => {
      const identity = await signedIn(req);
      res.header('Cache-Control', 'no-store');
      res.send(200, { name: identity.name, via: identity.via });
    });

    server.get(`${MONITOR_API}/report`, async (req, res) => {
      await signedIn(req);
      const started = performance.now();
      const { report } = await reportFor(req);
      log.info(
        { period: report.period.id, ms: Math.round(performance.now() - started) },
        'monitor report built',
      );
      res.header('Cache-Control', 'no-store');
      res.send(200, { report, html: reportHtml(report) });
    });

    server.get(`${MONITOR_API}/csv`, async (req, res) => {
      await signedIn(req);
      const { report, table } = await reportFor(req);
      const found = report.sections
        .flatMap((section) => section.tables)
        .find((t) => t.id === table);
      if (found === undefined) throw new WijkwijzerError('WW-8102', { detail: { route: 'csv' } });
      const name = `wijkwijzer-${found.id}-${report.period.id}.csv`;
      res.header('Cache-Control', 'no-store');
      res.header('Content-Type', 'text/csv; charset=utf-8');
      res.header('Content-Disposition', `attachment; filename="${name}"`);
      res.writeHead(200);
      res.end(tableCsv(found));
    });
  };
}
