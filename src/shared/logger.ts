import { pino, type DestinationStream, type Logger as PinoLogger } from 'pino';
import { errorFields } from './errorFields.js';

export type Logger = PinoLogger;
export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';

/**
 * Paths that may carry a resident's words or contact details if a careless log call passes a whole
 * object. The rule is still: log ids, lengths and codes; redaction is the safety net, not the plan.
 */
const REDACTED_PATHS = [
  'text',
  '*.text',
  'activity.text',
  'token',
  '*.token',
  'req.headers.authorization',
  'req.headers.cookie',
  'headers.authorization',
  'contact',
  '*.contact',
  'email',
  '*.email',
  'phone',
  '*.phone',
];

export interface LoggerOptions {
  readonly level: LogLevel;
  /** Where lines go; stdout when absent. Tests pass a stream to read the lines back. */
  readonly destination?: DestinationStream;
}

/** The root logger: structured JSON lines, one per event, with secrets and personal fields redacted. */
export function createLogger(options: LoggerOptions): Logger {
  const settings = {
    level: options.level,
    base: { service: 'wijkwijzer' },
    redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
    // Errors are logged through an allow-list (name, code, status, masked message, stack frames),
    // never pino's standard serializer, which copies dialog state and request bodies along.
    serializers: { err: errorFields },
    timestamp: pino.stdTimeFunctions.isoTime,
  };
  return options.destination === undefined ? pino(settings) : pino(settings, options.destination);
}

/** A namespaced logger for one module, such as `directline` or `storage`. */
export function moduleLogger(root: Logger, module: string): Logger {
  return root.child({ module });
}
