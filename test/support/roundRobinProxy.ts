import { createServer, request, type IncomingMessage, type Server } from 'node:http';
import { connect, type AddressInfo, type Socket } from 'node:net';

/**
 * A small load balancer for the multi-process test: every HTTP request and every WebSocket
 * upgrade goes to the next backend in turn, like a round-robin balancer without sticky sessions.
 * A backend that refuses a connection is taken out (as a health check would), and the request is
 * answered 502. `served` records which backend got which request.
 */
export interface RoundRobinProxy {
  readonly url: string;
  readonly served: ReadonlyArray<{
    readonly method: string;
    readonly path: string;
    readonly backend: number;
  }>;
  /** Takes a backend out of the rotation, as a health check would after a crash. */
  remove(backend: number): void;
  /** Puts a backend back in the rotation, as a health check would after a restart. */
  restore(backend: number): void;
  close(): Promise<void>;
}

export async function startRoundRobinProxy(ports: readonly number[]): Promise<RoundRobinProxy> {
  const live = new Set(ports.map((_, index) => index));
  const served: Array<{ method: string; path: string; backend: number }> = [];
  const sockets = new Set<Socket>();
  let next = 0;

  const pick = (): number | undefined => {
    for (let tried = 0; tried < ports.length; tried += 1) {
      const candidate = next % ports.length;
      next += 1;
      if (live.has(candidate)) return candidate;
    }
    return undefined;
  };

  const server: Server = createServer((req, res) => {
    const backend = pick();
    if (backend === undefined) {
      res.writeHead(503);
      res.end();
      return;
    }
    served.push({ method: req.method ?? 'GET', path: req.url ?? '/', backend });
    const upstream = request(
      {
        host: '127.0.0.1',
        port: ports[backend],
        method: req.method,
        path: req.url,
        headers: req.headers,
      },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    upstream.on('error', (error: NodeJS.ErrnoException) => {
      // Refused: the backend is down. A reset (a stopping backend closing its connections) is not.
      if (error.code === 'ECONNREFUSED') live.delete(backend);
      if (!res.headersSent) res.writeHead(502);
      res.end();
    });
    req.pipe(upstream);
  });

  server.on('upgrade', (req: IncomingMessage, client: Socket, head: Buffer) => {
    const backend = pick();
    if (backend === undefined) {
      client.destroy();
      return;
    }
    served.push({ method: 'UPGRADE', path: req.url ?? '/', backend });
    const upstream = connect(ports[backend] ?? 0, '127.0.0.1', () => {
      const lines = [`${req.method ?? 'GET'} ${req.url ?? '/'} HTTP/1.1`];
      for (let index = 0; index < req.rawHeaders.length; index += 2) {
        lines.push(`${req.rawHeaders[index] ?? ''}: ${req.rawHeaders[index + 1] ?? ''}`);
      }
      upstream.write(`${lines.join('\r\n')}\r\n\r\n`);
      if (head.length > 0) upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    sockets.add(client);
    sockets.add(upstream);
    const close = () => {
      client.destroy();
      upstream.destroy();
    };
    upstream.on('error', close);
    client.on('error', close);
    upstream.on('close', close);
    client.on('close', () => {
      sockets.delete(client);
      close();
    });
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    served,
    remove: (backend) => live.delete(backend),
    restore: (backend) => live.add(backend),
    close: async () => {
      for (const socket of sockets) socket.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
