import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import type { Request, Response, Server } from 'restify';

const gzipAsync = promisify(gzip);

export interface StaticAsset {
  /** Absolute path of the file on disk. */
  readonly file: string;
  readonly contentType: string;
  /** Seconds a browser may keep it without asking again. */
  readonly maxAgeSeconds: number;
}

interface LoadedAsset {
  readonly raw: Buffer;
  readonly gzipped: Buffer;
  readonly etag: string;
}

/**
 * Serves a fixed list of files (no directory listing, no path from the URL ever touches the disk).
 * Each file is read and compressed once, on first request: Web Chat's bundle is 3.9 MB raw and
 * under 1 MB gzipped.
 */
export class StaticAssets {
  private readonly loaded = new Map<string, Promise<LoadedAsset>>();

  constructor(private readonly assets: Readonly<Record<string, StaticAsset>>) {}

  has(urlPath: string): boolean {
    return Object.hasOwn(this.assets, urlPath);
  }

  paths(): string[] {
    return Object.keys(this.assets);
  }

  /** A GET route for each file. */
  register(server: Server): void {
    for (const assetPath of this.paths()) {
      server.get(assetPath, async (req, res) => {
        await this.serve(assetPath, req, res);
      });
    }
  }

  private load(urlPath: string, asset: StaticAsset): Promise<LoadedAsset> {
    let pending = this.loaded.get(urlPath);
    if (pending === undefined) {
      pending = (async () => {
        const raw = await readFile(asset.file);
        const gzipped = await gzipAsync(raw, { level: 9 });
        const etag = `"${createHash('sha256').update(raw).digest('base64url').slice(0, 27)}"`;
        return { raw, gzipped, etag };
      })();
      // A failed read (file missing) must not be cached forever.
      pending.catch(() => this.loaded.delete(urlPath));
      this.loaded.set(urlPath, pending);
    }
    return pending;
  }

  async serve(urlPath: string, req: Request, res: Response): Promise<void> {
    const asset = this.assets[urlPath];
    if (asset === undefined) throw new TypeError(`unknown asset ${urlPath}`);
    const loaded = await this.load(urlPath, asset);
    res.header('Content-Type', asset.contentType);
    res.header('Cache-Control', `public, max-age=${asset.maxAgeSeconds}`);
    res.header('ETag', loaded.etag);
    res.header('Vary', 'Accept-Encoding');
    if (req.header('if-none-match') === loaded.etag) {
      res.writeHead(304);
      res.end();
      return;
    }
    const acceptsGzip = /\bgzip\b/.test(req.header('accept-encoding') ?? '');
    const body = acceptsGzip ? loaded.gzipped : loaded.raw;
    if (acceptsGzip) res.header('Content-Encoding', 'gzip');
    res.header('Content-Length', String(body.length));
    res.writeHead(200);
    res.end(body);
  }
}
