import { AuthenticationError } from 'botframework-connector';
import type { Activity, TurnContext } from 'botbuilder';
import type { Server } from 'restify';
import { z } from 'zod';
import type { RouteRegistrar } from '../server.js';
import { WijkwijzerError } from '../shared/errors.js';
import type { InFlight } from '../shared/inFlight.js';
import type { AzureChannelAdapter } from './cloudAdapter.js';

/** The least an activity must have before the adapter sees it; the adapter validates the rest. */
const incomingActivity = z.looseObject({
  type: z.string().min(1).max(64),
  id: z.string().max(256).optional(),
  channelId: z.string().max(64).optional(),
  serviceUrl: z.string().max(2048).optional(),
  conversation: z.looseObject({ id: z.string().min(1).max(1024) }).optional(),
});

export interface BotRouteDeps {
  readonly adapter: AzureChannelAdapter;
  readonly logic: (context: TurnContext) => Promise<void>;
  readonly inFlight: InFlight;
}

/** `POST /api/messages`: the Bot Framework endpoint for Azure channels (Teams, Azure Direct Line). */
export function botRoutes(deps: BotRouteDeps): RouteRegistrar {
  return (server: Server) => {
    server.post('/api/messages', async (req, res) => {
      const parsed = incomingActivity.safeParse(req.body);
      if (!parsed.success) {
        throw new WijkwijzerError('WW-2004', { detail: { route: '/api/messages' } });
      }
      const authorization = req.header('authorization') ?? '';
      try {
        const invokeResponse = await deps.inFlight.track(() =>
          // The adapter owns the full Activity contract; we only vouched for its envelope above.
          deps.adapter.handle(authorization, parsed.data as unknown as Activity, deps.logic),
        );
        if (invokeResponse?.body === undefined) {
          res.send(invokeResponse?.status ?? 200);
        } else {
          res.send(invokeResponse.status, invokeResponse.body);
        }
      } catch (error) {
        if (error instanceof AuthenticationError)
          throw new WijkwijzerError('WW-2108', { cause: error });
        throw error;
      }
    });
  };
}
