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
  if (isPortInUse(error)) {
    return `port ${error.port} on ${error.address} is in use. Is the wijkwijzer already running? Stop it first, or set another PORT.`;
  }
  return message;
}

function isPortInUse(error: unknown): error is { port: number; address: string } {
  return (
    error instanceof Error &&
    'code' in error &&
    error.code === 'EADDRINUSE' &&
    'port' in error &&
    typeof error.port === 'number' &&
    'address' in error &&
    typeof error.address === 'string'
  );
}
