import { existsSync } from 'node:fs';
import path from 'node:path';
import { loadRoutingFile, RoutingFileError } from '../cases/routing.js';
import { errorAt, FILE_START, type Diagnostic } from '../knowledge/diagnostics.js';

const ROUTING_FILE = 'routering.yaml';

/**
 * routering.yaml is read by the bot at start (ADR 0003 keeps it out of the knowledge loader), and an
 * unusable file stops the start (WW-6006). The partners' `knowledge check` reads it too, so a
 * directory the checker passes is one the bot starts on. A missing file is fine: the bot then routes
 * by gebieden.yaml.
 */
export async function routingDiagnostics(
  dir: string,
  message: (problem: string) => string,
): Promise<Diagnostic[]> {
  const file = path.join(dir, ROUTING_FILE);
  if (!existsSync(file)) return [];
  try {
    await loadRoutingFile(file);
    return [];
  } catch (error) {
    if (!(error instanceof RoutingFileError)) throw error;
    return error.problems.map((problem) =>
      errorAt('invalid-value', ROUTING_FILE, FILE_START, message(problem)),
    );
  }
}
