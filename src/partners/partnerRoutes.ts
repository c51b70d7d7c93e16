import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Request, Response, Server } from 'restify';
import { z } from 'zod';
import type { DevLogin } from '../board/devLogin.js';
import type { StaffRegister } from '../board/staffRegister.js';
import type { Config } from '../config.js';
import { nl } from '../i18n/nl/index.js';
import { gemeenteNameOf, type Catalogue } from '../knowledge/catalogue.js';
import { gebiedAliases, SLUG_PATTERN, voorzieningSchema } from '../knowledge/schema.js';
import type { RouteRegistrar } from '../server.js';
import { errorCatalogue, WijkwijzerError, type ErrorCode } from '../shared/errors.js';
import { fillTemplateTexts, sendNoncedPage } from '../http/htmlPage.js';
import { errorBody } from '../http/httpErrors.js';
import { newId } from '../shared/ids.js';
import { KeyedSerialQueue } from '../shared/keyedSerialQueue.js';
import { pageContentSecurityPolicy } from '../webchat/pageRoutes.js';
import { StaticAssets } from '../webchat/staticAssets.js';
import { clientKey } from '../webchat/tokenRoute.js';
import type { RateLimiter } from '../storage/rateLimiter.js';
import { rawEntrySchema } from './changeLog.js';
import type { ChangeLog } from './changeLog.js';
import { emailAddressSchema } from './emailAddress.js';
import { areaFieldHelp, type FieldHelp } from './fieldHelp.js';
import type { PartnerAuthenticator } from './partnerAuthenticator.js';
import type { PartnerIdentity } from './partnerIdentity.js';
import type { EntryView, PartnerKnowledge, SaveResult } from './partnerKnowledge.js';
import type { SignInService } from './signInService.js';

/**
 * The partner page (`/partners/`) and its JSON API (`/api/partners/…`). Every route but the page,
 * its files, `config` and the two sign-in routes needs a bearer token; every entry route checks on
 * the server that the caller may work on that beheerder (WW-4105, 403). Bodies are strict zod
 * objects: a field the API does not know is a 400 (WW-4101), and an entry is checked by the same
 * schema and checker as `wijkwijzer knowledge check` before anything is written.
 */

export const PARTNERS_PATH = '/partners/';
const API = '/api/partners';

export interface PartnerRouteDeps {
  readonly config: Config;
  readonly projectRoot: string;
  readonly signIn: SignInService;
  readonly authenticator: PartnerAuthenticator;
  readonly knowledge: PartnerKnowledge;
  readonly changeLog: ChangeLog;
  readonly catalogue: () => Catalogue;
  readonly fieldHelp: Readonly<Record<string, FieldHelp>>;
  /** The Casusbord's development login (shared), for redactie personas; undefined when off. */
  readonly devLogin: DevLogin | undefined;
  readonly staff: StaffRegister;
  /**
   * Counts the requests to the two sign-in routes per client address: anyone may call them and
   * each writes to the audit trail (docs/security.md). Shared by the instances with PostgreSQL.
   */
  readonly limiter: RateLimiter;
}

const slug = z.string().regex(SLUG_PATTERN).max(80);
const requestLinkBody = z.strictObject({ email: emailAddressSchema });
const signInBody = z.strictObject({ link: z.string().max(200) });
const checkBody = z.strictObject({
  originalId: slug.nullable(),
  entry: rawEntrySchema,
  bron: z.string().trim().max(300).nullable().optional(),
});
const addBody = z.strictObject({ entry: rawEntrySchema, bron: z.string().trim().min(3).max(300) });
const editBody = z.strictObject({ etag: z.string().max(40), entry: rawEntrySchema });
const confirmBody = z.strictObject({ etag: z.string().max(40) });

/**
 * Checks one colleague may have running or waiting: a check (and a save, which checks first)
 * loads the whole sociale kaart with the change, 0.2–0.5 s on the loader thread plus assembling
 * the result on the main thread. They run one after another per colleague; the page sends one
 * check per pause in typing and a save, so a few waiting is room enough, while sixty at once from
 * one session held every turn up to 1.2 s (docs/security.md, review of 2 December 2026, second
 * round). Per process: each instance has its own loader thread.
 */
const CHECKS_PER_PERSON = 4;

function badRequest(route: string): WijkwijzerError {
  return new WijkwijzerError('WW-4101', { detail: { route } });
}

function parse<T>(schema: z.ZodType<T>, value: unknown, route: string): T {
  const parsed = schema.safeParse(value ?? {});
  if (!parsed.success) throw badRequest(route);
  return parsed.data;
}

function param(req: Request, name: string): string {
  const value = (req.params as Record<string, unknown> | undefined)?.[name];
  const parsed = slug.safeParse(value);
  if (!parsed.success) throw badRequest(`param:${name}`);
  return parsed.data;
}

function renderTemplate(template: string): string {
  return fillTemplateTexts(template, nl.partners.page, {
    template: 'web/partners/index.html',
    group: 'page',
  });
}

function entryBody(view: EntryView) {
  return {
    id: view.id,
    naam: view.naam,
    entry: view.entry,
    etag: view.etag,
    review: view.review,
    pending: view.pending,
  };
}

export function partnerRoutes(deps: PartnerRouteDeps): RouteRegistrar {
  const web = path.join(deps.projectRoot, 'web', 'partners');
  const assets = new StaticAssets({
    '/partners/partners.js': {
      file: path.join(web, 'partners.js'),
      contentType: 'text/javascript; charset=utf-8',
      maxAgeSeconds: 300,
    },
    '/partners/partners.css': {
      file: path.join(web, 'partners.css'),
      contentType: 'text/css; charset=utf-8',
      maxAgeSeconds: 300,
    },
  });
  const template = renderTemplate(readFileSync(path.join(web, 'index.html'), 'utf8'));
  const formSchema = z.toJSONSchema(voorzieningSchema, { target: 'draft-2020-12', io: 'input' });
  const redactiePersonas = (deps.devLogin?.personas() ?? [])
    .filter((persona) => deps.staff.find(persona.id)?.redactie === true)
    .map((persona) => ({ id: persona.id, label: persona.name }));

  const signInLimit = {
    capacity: deps.config.partners.signInRatePerHour,
    perSecond: deps.config.partners.signInRatePerHour / 3600,
  };
  /** One budget per client for both sign-in routes, taken before the body is even read. */
  const limitSignIn = async (req: Request, route: string) => {
    const key = `partner-sign-in:${clientKey(req, deps.config.server.trustProxy)}`;
    if (!(await deps.limiter.take(key, signInLimit))) {
      throw new WijkwijzerError('WW-2005', { detail: { route } });
    }
  };

  const authenticate = (req: Request) =>
    deps.authenticator.authenticate(req.header('authorization'));

  const checks = new KeyedSerialQueue();
  /**
   * Runs a check or a save after this colleague's earlier ones, or refuses with 429 WW-4119 when
   * too many wait already: the page's own checks and saves queue, a flood does not.
   */
  const oneOfFewChecks = async <T>(identity: PartnerIdentity, work: () => Promise<T>) => {
    const key = `${identity.kind}:${identity.actorKey}`;
    const waiting = checks.pending(key);
    if (waiting >= CHECKS_PER_PERSON) {
      throw new WijkwijzerError('WW-4119', { detail: { waiting } });
    }
    return checks.run(key, work);
  };

  const sendError = (
    req: Request,
    res: Response,
    code: ErrorCode,
    extra: Record<string, unknown>,
  ) => {
    res.header('Cache-Control', 'no-store');
    res.send(errorCatalogue[code].status, {
      ...errorBody(code, req.correlationId ?? newId()),
      ...extra,
    });
  };

  const sendSave = (req: Request, res: Response, result: SaveResult) => {
    res.header('Cache-Control', 'no-store');
    switch (result.kind) {
      case 'saved':
        res.send(200, {
          state: 'live',
          change: result.record.seq,
          action: result.record.action,
          etag: result.etag,
        });
        return;
      case 'pending':
        res.send(202, {
          state: 'pending',
          change: result.record.seq,
          action: result.record.action,
        });
        return;
      case 'invalid':
        sendError(req, res, 'WW-4108', { check: result.check });
        return;
      case 'conflict':
        sendError(req, res, 'WW-4107', {
          current: result.current === null ? null : entryBody(result.current),
        });
        return;
    }
  };

  const scopeOf = (identity: PartnerIdentity) => {
    const beheerders = deps.catalogue().beheerders;
    const visible = identity.redactie
      ? beheerders
      : beheerders.filter((item) => identity.kind === 'partner' && item.id === identity.beheerder);
    return visible.map((item) => ({ id: item.id, naam: item.naam }));
  };

  return (server: Server) => {
    server.get(PARTNERS_PATH, async (_req, res) => {
      sendNoncedPage(res, template, (nonce) => pageContentSecurityPolicy(deps.config, nonce));
    });
    assets.register(server);

    server.get(`${API}/config`, async (_req, res) => {
      const catalogue = deps.catalogue();
      res.header('Cache-Control', 'no-store');
      res.send(200, {
        texts: nl.partners.client,
        emailSignIn: deps.signIn.emailSignIn,
        linkTtlMinutes: deps.config.partners.linkTtlMinutes,
        staffLogin: { dev: deps.devLogin !== undefined, personas: redactiePersonas },
        approval: deps.knowledge.approval,
        form: {
          schema: formSchema,
          // The README's table first (the partners' own manual); the help of stadsdelen and
          // wijken names this gemeente's own where the README has no row for them.
          help: { ...areaFieldHelp(catalogue), ...deps.fieldHelp },
          labels: {
            ...nl.knowledge.labels,
            gebied: nl.knowledge.gebiedLabels(gemeenteNameOf(catalogue)),
          },
          // Older gebied words the form shows as the keyword they stand for (`heel-enschede`).
          aliases: { gebied: gebiedAliases },
          fieldLabels: nl.partners.fieldLabels,
        },
        options: {
          levensgebieden: catalogue.levensgebieden.map((domain) => ({
            id: domain.id,
            label: domain.label,
          })),
          stadsdelen: catalogue.areas.stadsdelen.map((stadsdeel) => stadsdeel.naam),
          wijken: catalogue.areas.wijken.map((wijk) => wijk.naam),
        },
      });
    });

    server.post(`${API}/sign-in/request`, async (req, res) => {
      await limitSignIn(req, 'sign-in/request');
      const body = parse(requestLinkBody, req.body, 'sign-in/request');
      await deps.signIn.requestLinks(body.email);
      res.header('Cache-Control', 'no-store');
      res.send(202, { sent: true });
    });

    server.post(`${API}/sign-in`, async (req, res) => {
      await limitSignIn(req, 'sign-in');
      const body = parse(signInBody, req.body, 'sign-in');
      const session = await deps.signIn.signIn(body.link);
      res.header('Cache-Control', 'no-store');
      res.send(200, { token: session.token, expiresAt: session.expiresAt });
    });

    server.post(`${API}/sign-out`, async (req, res) => {
      const { token, identity } = await authenticate(req);
      if (identity.kind === 'partner') await deps.signIn.signOut(token, identity);
      res.send(204);
    });

    server.get(`${API}/me`, async (req, res) => {
      const { identity } = await authenticate(req);
      res.header('Cache-Control', 'no-store');
      res.send(200, {
        label: identity.label,
        kind: identity.kind,
        redactie: identity.redactie,
        beheerders: scopeOf(identity),
      });
    });

    const entriesPath = `${API}/beheerders/:beheerder/entries`;

    server.get(entriesPath, async (req, res) => {
      const { identity } = await authenticate(req);
      const beheerder = deps.knowledge.authorise(identity, param(req, 'beheerder'));
      const entries = await deps.knowledge.list(beheerder.id);
      res.header('Cache-Control', 'no-store');
      res.send(200, {
        beheerder: { id: beheerder.id, naam: beheerder.naam },
        entries: entries.map(entryBody),
      });
    });

    server.get(`${entriesPath}/:id`, async (req, res) => {
      const { identity } = await authenticate(req);
      const beheerder = deps.knowledge.authorise(identity, param(req, 'beheerder'));
      const view = await deps.knowledge.get(beheerder.id, param(req, 'id'));
      res.header('Cache-Control', 'no-store');
      res.send(200, entryBody(view));
    });

    server.post(`${API}/beheerders/:beheerder/check`, async (req, res) => {
      const { identity } = await authenticate(req);
      const beheerder = deps.knowledge.authorise(identity, param(req, 'beheerder'));
      const body = parse(checkBody, req.body, 'check');
      const check = await oneOfFewChecks(identity, () =>
        deps.knowledge.check(beheerder.id, {
          originalId: body.originalId,
          etag: null,
          entry: body.entry,
          bron: body.bron ?? null,
        }),
      );
      res.header('Cache-Control', 'no-store');
      res.send(200, check);
    });

    server.post(entriesPath, async (req, res) => {
      const { identity } = await authenticate(req);
      const beheerder = deps.knowledge.authorise(identity, param(req, 'beheerder'));
      const body = parse(addBody, req.body, 'add');
      sendSave(
        req,
        res,
        await oneOfFewChecks(identity, () =>
          deps.knowledge.save(identity, beheerder.id, {
            originalId: null,
            etag: null,
            entry: body.entry,
            bron: body.bron,
          }),
        ),
      );
    });

    server.put(`${entriesPath}/:id`, async (req, res) => {
      const { identity } = await authenticate(req);
      const beheerder = deps.knowledge.authorise(identity, param(req, 'beheerder'));
      const id = param(req, 'id');
      const body = parse(editBody, req.body, 'edit');
      sendSave(
        req,
        res,
        await oneOfFewChecks(identity, () =>
          deps.knowledge.save(identity, beheerder.id, {
            originalId: id,
            etag: body.etag,
            entry: body.entry,
            bron: null,
          }),
        ),
      );
    });

    server.post(`${entriesPath}/:id/confirm`, async (req, res) => {
      const { identity } = await authenticate(req);
      const beheerder = deps.knowledge.authorise(identity, param(req, 'beheerder'));
      const body = parse(confirmBody, req.body, 'confirm');
      const id = param(req, 'id');
      sendSave(
        req,
        res,
        await oneOfFewChecks(identity, () =>
          deps.knowledge.confirm(identity, beheerder.id, id, body.etag),
        ),
      );
    });

    server.get(`${API}/changes`, async (req, res) => {
      const { identity } = await authenticate(req);
      if (!identity.redactie) throw new WijkwijzerError('WW-4111');
      const records = await deps.changeLog.all();
      const pending = new Set((await deps.changeLog.pending()).map((record) => record.seq));
      const undone = new Set(
        records.filter((record) => record.action === 'undo').map((record) => record.refersTo),
      );
      res.header('Cache-Control', 'no-store');
      res.send(200, {
        changes: records
          .slice(-200)
          .reverse()
          .map((record) => ({
            ...record,
            waiting: pending.has(record.seq),
            undone: undone.has(record.seq),
          })),
      });
    });

    const seqParam = (req: Request) => {
      const parsed = z.coerce
        .number()
        .int()
        .positive()
        .max(1e9)
        .safeParse((req.params as Record<string, unknown>)?.seq);
      if (!parsed.success) throw badRequest('param:seq');
      return parsed.data;
    };

    server.post(`${API}/changes/:seq/undo`, async (req, res) => {
      const { identity } = await authenticate(req);
      const record = await deps.knowledge.undo(identity, seqParam(req));
      res.header('Cache-Control', 'no-store');
      res.send(200, { change: record.seq });
    });

    for (const [verb, approve] of [
      ['approve', true],
      ['reject', false],
    ] as const) {
      server.post(`${API}/changes/:seq/${verb}`, async (req, res) => {
        const { identity } = await authenticate(req);
        const record = await deps.knowledge.decide(identity, seqParam(req), approve);
        res.header('Cache-Control', 'no-store');
        res.send(200, { change: record.seq });
      });
    }
  };
}
