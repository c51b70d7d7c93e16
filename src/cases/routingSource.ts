import { stat } from 'node:fs/promises';
import { isDeepStrictEqual } from 'node:util';
import { isWijkwijzerError } from '../shared/errors.js';
import { moduleLogger, type Logger } from '../shared/logger.js';
import { loadRoutingFile, type RoutingTable } from './routing.js';

/**
 * A knowledge directory without routering.yaml routes by its gebieden.yaml
 * (./routingFromAreas.ts); only a missing file counts as absent, so a file that exists but cannot
 * be read is still refused.
 */
async function loadRouting(
  file: string,
  fromAreas: (() => RoutingTable) | undefined,
): Promise<RoutingTable> {
  if (fromAreas !== undefined) {
    const exists = await stat(file).then(
      () => true,
      (error: unknown) => (error as { code?: string }).code !== 'ENOENT',
    );
    if (!exists) return fromAreas();
  }
  return loadRoutingFile(file);
}

/**
 * knowledge/routering.yaml as the running bot serves it: read at start (an unusable file stops the
 * start, WW-6006) and again after every reload of the knowledge, so a corrected routing is live
 * without a restart, like the rest of knowledge/. A file that cannot be used on a reload is
 * refused and the last good table keeps serving, as the knowledge service does with its files.
 * With `fromAreas`, a directory without the file routes by its gebieden.yaml instead.
 */
export class RoutingSource {
  private constructor(
    private readonly file: string,
    private table: RoutingTable,
    private readonly log: Logger,
    private readonly fromAreas: (() => RoutingTable) | undefined,
  ) {}

  static async open(
    file: string,
    logger: Logger,
    fromAreas?: () => RoutingTable,
  ): Promise<RoutingSource> {
    return new RoutingSource(
      file,
      await loadRouting(file, fromAreas),
      moduleLogger(logger, 'routing'),
      fromAreas,
    );
  }

  /** The table being served; never blocks. */
  current(): RoutingTable {
    return this.table;
  }

  /** Reads the file again; resolves false (and keeps serving the last good table) when refused. */
  async reload(): Promise<boolean> {
    let next: RoutingTable;
    try {
      next = await loadRouting(this.file, this.fromAreas);
    } catch (error) {
      // Codes and counts only: the problems quote the file.
      this.log.error(
        {
          code: isWijkwijzerError(error) ? error.code : 'WW-6006',
          problems: (error as { problems?: readonly string[] }).problems?.length ?? null,
        },
        'Routing reload refused; keeping the last good routing',
      );
      return false;
    }
    if (!isDeepStrictEqual(next, this.table)) {
      this.table = next;
      this.log.info({ teams: next.teams.length, rules: next.rules.length }, 'Routing reloaded');
    }
    return true;
  }
}
