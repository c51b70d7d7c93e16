import type { Request, Response, Server } from 'restify';
import type { RouteRegistrar } from '../server.js';
import { clientAddress } from '../shared/streamLimiter.js';
import { bearerToken } from './channelTokens.js';
import type { DirectLineApi } from './directLineApi.js';

export const DIRECT_LINE_BASE = '/v3/directline';

function token(req: Request): string | undefined {
  return bearerToken(req.header('authorization') || undefined);
}

function conversationParam(req: Request): string {
  const value: unknown = req.params?.conversationId;
  return typeof value === 'string' ? value : '';
}

function watermarkParam(req: Request): unknown {
  const query: unknown = req.query;
  return typeof query === 'object' && query !== null && 'watermark' in query
    ? query.watermark
    : undefined;
}

/** Tokens must never be cached by a browser or proxy on the way. */
function sendPrivate(res: Response, status: number, body: unknown): void {
  res.header('Cache-Control', 'no-store');
  res.send(status, body);
}

/**
 * The Direct Line 3.0 routes Web Chat's botframework-directlinejs calls. Every route takes the bearer
 * token; errors are thrown as WijkwijzerErrors and become JSON bodies in the server's error handler.
 */
export function directLineRoutes(channel: DirectLineApi, trustProxy = false): RouteRegistrar {
  return (server: Server) => {
    server.post(`${DIRECT_LINE_BASE}/tokens/generate`, async (req, res) => {
      sendPrivate(res, 200, await channel.generateToken(token(req), req.body));
    });

    server.post(`${DIRECT_LINE_BASE}/tokens/refresh`, async (req, res) => {
      sendPrivate(res, 200, await channel.refreshToken(token(req)));
    });

    server.post(`${DIRECT_LINE_BASE}/conversations`, async (req, res) => {
      const { response, created } = await channel.startConversation(token(req));
      sendPrivate(res, created ? 201 : 200, response);
    });

    server.get(`${DIRECT_LINE_BASE}/conversations/:conversationId`, async (req, res) => {
      sendPrivate(
        res,
        200,
        await channel.reconnect(token(req), conversationParam(req), watermarkParam(req)),
      );
    });

    server.get(`${DIRECT_LINE_BASE}/conversations/:conversationId/activities`, async (req, res) => {
      sendPrivate(
        res,
        200,
        await channel.listActivities(token(req), conversationParam(req), watermarkParam(req)),
      );
    });

    server.post(
      `${DIRECT_LINE_BASE}/conversations/:conversationId/activities`,
      async (req, res) => {
        sendPrivate(
          res,
          200,
          await channel.postActivity(
            token(req),
            conversationParam(req),
            req.body,
            clientAddress(req.socket.remoteAddress, req.headers['x-forwarded-for'], trustProxy),
          ),
        );
      },
    );

    server.post(`${DIRECT_LINE_BASE}/conversations/:conversationId/upload`, async (req) => {
      await channel.upload(token(req), conversationParam(req));
    });
  };
}
