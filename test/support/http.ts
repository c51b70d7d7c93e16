import { createServer as createNetServer } from 'node:net';
import type { Server } from 'restify';

/** A port that was free a moment ago, for servers whose config must know their own port. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createNetServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

/** Starts a restify server on 127.0.0.1 and returns its base URL and a way to stop it. */
export async function listen(
  server: Server,
  port = 0,
): Promise<{ baseUrl: string; close: () => Promise<void> }> {
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', () => resolve()));
  const address = server.address();
  return {
    baseUrl: `http://127.0.0.1:${address.port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.server.closeAllConnections?.();
        server.close(() => resolve());
      }),
  };
}
