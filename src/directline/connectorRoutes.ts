import type { Request, Server } from 'restify';
import type { RouteRegistrar } from '../server.js';
import { parseBotActivity } from './activitySchemas.js';
import { bearerToken } from './channelTokens.js';
import type { BotConnectorApi } from './channelConnector.js';

export const CONNECTOR_BASE = '/v3/conversations';

function param(req: Request, name: 'conversationId' | 'activityId'): string {
  const value: unknown = req.params?.[name];
  return typeof value === 'string' ? value : '';
}

/**
 * The Bot Connector side (the `serviceUrl` of web chat activities): a bot that talks HTTP sends,
 * replies, updates and deletes here, with a `bot`-scoped token the channel minted. The in-process
 * adapter does the same without HTTP.
 */
export function connectorRoutes(channel: BotConnectorApi): RouteRegistrar {
  const authorise = (req: Request) =>
    channel.authoriseBot(bearerToken(req.header('authorization') || undefined));

  return (server: Server) => {
    server.post(`${CONNECTOR_BASE}/:conversationId/activities`, async (req, res) => {
      await authorise(req);
      const activity = parseBotActivity(req.body);
      res.send(200, await channel.sendToConversation(param(req, 'conversationId'), activity));
    });

    server.post(`${CONNECTOR_BASE}/:conversationId/activities/:activityId`, async (req, res) => {
      await authorise(req);
      const activity = parseBotActivity(req.body);
      res.send(
        200,
        await channel.replyToActivity(
          param(req, 'conversationId'),
          param(req, 'activityId'),
          activity,
        ),
      );
    });

    server.put(`${CONNECTOR_BASE}/:conversationId/activities/:activityId`, async (req, res) => {
      await authorise(req);
      const activity = parseBotActivity(req.body);
      res.send(
        200,
        await channel.updateActivity(
          param(req, 'conversationId'),
          param(req, 'activityId'),
          activity,
        ),
      );
    });

    server.del(`${CONNECTOR_BASE}/:conversationId/activities/:activityId`, async (req, res) => {
      await authorise(req);
      await channel.deleteActivity(param(req, 'conversationId'), param(req, 'activityId'));
      res.send(200, {});
    });
  };
}
