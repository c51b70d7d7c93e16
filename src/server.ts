import restify, { type Request, type Response, type Server } from 'restify';
import type { Config } from './config.js';
import { classifyError, errorBody } from './http/httpErrors.js';
import { newId } from './shared/ids.js';
import { jsonTooDeep } from './shared/jsonDepth.js';
import { isLoopbackHost } from './shared/loopback.js';
import { moduleLogger, type Logger } from './shared/logger.js';
import type { ReadinessCheck } from './shared/readiness.js';
import { WijkwijzerError } from './shared/errors.js';

/** How long a resident waits after the web chat's message budget is spent (429 WW-2114). */
const RETRY_MESSAGE_AFTER_MS = 30_000;

/** Adds one area's routes (web chat channel, bot, pages) to the server. */
export type RouteRegistrar = (server: Server) => void;

export interface ServerDeps {
  readonly config: Config;
  readonly logger: Logger;
  /** What `/readyz` checks; all must pass for a 200. */
  readonly readiness: readonly ReadinessCheck[];
  readonly routes: readonly RouteRegistrar[];
  /** True once shutdown began: readiness fails and new work is refused with 503. */
  readonly isShuttingDown: () => boolean;
}

declare module 'restify' {
  interface Request {
    /** Correlates the access log, error bodies and application logs of one request. */
    correlationId?: string;
  }
}

/** Security headers for every response; pages add their own Content-Security-Policy with a nonce. */
function securityHeaders(_req: Request, res: Response): void {
  // setHeader, not restify's res.header: the latter appends, and a page route must be able to
  // replace the policy (two CSP headers would both be enforced).
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Referrer-Policy', 'no-referrer');
  res.setHeader('Cross-Origin-Opener-Policy', 'same-origin');
  res.setHeader('Permissions-Policy', 'camera=(), microphone=(), geolocation=(), payment=()');
  // API responses are never rendered: forbid everything unless a page route relaxes it.
  res.setHeader('Content-Security-Policy', "default-src 'none'; frame-ancestors 'none'");
}

/**
 * A caller on this machine that did not come through a reverse proxy: the operator, a local
 * health check or a container probe. Anything forwarded came from outside, whatever its address.
 */
function isInternalCaller(req: Request): boolean {
  const forwarded =
    req.headers['x-forwarded-for'] !== undefined ||
    req.headers.forwarded !== undefined ||
    req.headers['x-real-ip'] !== undefined;
  return !forwarded && isLoopbackHost(req.socket.remoteAddress ?? '');
}

/**
 * A slow client holds a socket and its buffers for as long as the server waits for its request.
 * Node waits 60 s for headers and 300 s for a whole request, checking every 30 s; here it waits
 * `requestMs` for a request (at most 10 s of it for the headers) and checks every second or so,
 * then answers 408 and closes. The interval is read when the server starts listening. A WebSocket
 * leaves this tracking at its upgrade, so open chats are not cut (docs/adr/0015-security-posture.md §1).
 */
function limitSlowClients(server: Server, requestMs: number): void {
  const http = server.server;
  http.requestTimeout = requestMs;
  http.headersTimeout = Math.min(10_000, requestMs);
  // An option of http.createServer, which restify calls for us; Node reads the property when the
  // server starts listening (lib/_http_server.js). Were it ignored, the limits above still hold,
  // only checked every 30 s.
  (http as { connectionsCheckingInterval?: number }).connectionsCheckingInterval = Math.min(
    1_000,
    requestMs / 2,
  );
}

/**
 * Builds the HTTP server with its routes but does not listen: the composition root calls
 * `listen`, tests run it in-process on an ephemeral port.
 */
export function createServer(deps: ServerDeps): Server {
  const log = moduleLogger(deps.logger, 'http');
  const server = restify.createServer({
    name: 'wijkwijzer',
    // restify's own bunyan-style logger would duplicate ours; route errors are logged below.
    handleUncaughtExceptions: false,
    ignoreTrailingSlash: true,
  });

  limitSlowClients(server, deps.config.server.requestTimeoutSeconds * 1000);

  server.pre((req, res, next) => {
    const incoming = req.header('x-request-id');
    req.correlationId =
      incoming !== undefined && /^[\w-]{1,64}$/.test(incoming) ? incoming : newId();
    res.header('X-Request-Id', req.correlationId);
    securityHeaders(req, res);
    // Browsers that once reached us over https keep to it (docs/adr/0015-security-posture.md).
    if (deps.config.server.publicUrl.startsWith('https://')) {
      res.setHeader('Strict-Transport-Security', 'max-age=31536000');
    }
    if (deps.isShuttingDown() && req.method !== 'GET') {
      res.header('Connection', 'close');
      next(new WijkwijzerError('WW-2009'));
      return;
    }
    next();
  });
  server.use(restify.plugins.queryParser({ mapParams: false }));
  // The reader enforces the size limit (413) before the parser sees a byte; bad JSON becomes a 400.
  server.use(restify.plugins.bodyReader({ maxBodySize: deps.config.server.maxBodyBytes }));
  server.use(restify.plugins.jsonBodyParser({ bodyReader: true, mapParams: false }));
  // Deep nesting is refused here, once for every route, before any handler walks the body.
  server.use((req, _res, next) => {
    next(jsonTooDeep(req.body) ? new WijkwijzerError('WW-2010') : undefined);
  });

  server.on('restifyError', (req: Request, res: Response, error: unknown, callback: () => void) => {
    const classified = classifyError(error);
    const correlationId = req.correlationId ?? newId();
    const route = req.getRoute()?.path ?? 'unmatched';
    if (classified.unexpected) {
      log.error(
        { err: error, code: classified.code, correlationId, route: String(route) },
        'request failed',
      );
    } else {
      log.info(
        { code: classified.code, status: classified.status, correlationId, route: String(route) },
        'request refused',
      );
    }
    if (!res.headersSent) {
      if (classified.status === 503) res.header('Retry-After', '30');
      if (classified.code === 'WW-2114') {
        // The message budget refills in half a minute, as its texts say. An HTTP date, not
        // seconds: Web Chat's Direct Line client reads a number as milliseconds to wait with a
        // timer its bundle lacks, and then reports the refusal as a plain "retry"; with a date it
        // passes the 429 and its body to the widget, which tells the resident what happened.
        res.header('Retry-After', new Date(Date.now() + RETRY_MESSAGE_AFTER_MS).toUTCString());
      }
      res.send(classified.status, errorBody(classified.code, correlationId));
    }
    callback();
  });

  server.get('/healthz', async (_req, res) => {
    res.send(200, { status: 'ok' });
  });

  server.get('/readyz', async (req, res) => {
    const checks: Record<string, unknown> = {};
    let ready = !deps.isShuttingDown();
    for (const readiness of deps.readiness) {
      try {
        const result = await readiness.check();
        checks[readiness.name] = { ok: result.ok, ...result.detail };
        ready &&= result.ok;
      } catch (error) {
        log.error({ err: error, check: readiness.name }, 'readiness check threw');
        checks[readiness.name] = { ok: false, error: 'check failed' };
        ready = false;
      }
    }
    const status = deps.isShuttingDown() ? 'shutting-down' : ready ? 'ready' : 'not-ready';
    // Counts and knowledge diagnostics are for the operator on this machine, not for anyone on
    // the internet (docs/adr/0015-security-posture.md); a load balancer only needs the status code.
    res.send(ready ? 200 : 503, isInternalCaller(req) ? { status, checks } : { status });
  });

  for (const register of deps.routes) register(server);
  return server;
}
