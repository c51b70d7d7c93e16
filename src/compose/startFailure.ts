import { isWijkwijzerError } from '../shared/errors.js';

/**
 * The one line `npm start` prints when the bot cannot start, for the person at the terminal (an
 * operator, or a newcomer who started it twice): the catalogue code and what to do, never a stack
 * trace. English, like every log line.
 */
export function startFailureMessage(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  if (isWijkwijzerError(error) && error.code === 'WW-3005') {
    const { pid, file } = error.detail;
    const holder = typeof pid === 'number' ? `process ${pid}` : 'another process';
    const where = typeof file === 'string' ? ` holds ${file}` : ' holds the data directory';
    return `${message} (${holder}${where}). Is the wijkwijzer already running? Stop it first, or give this one its own DATA_DIR.`;
  }
  return message;
}
