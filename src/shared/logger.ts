import { pino, type DestinationStream, type Logger as PinoLogger } from 'pino';
import { errorCodeOf, errorFields } from './errorFields.js';

export type Logger = PinoLogger;
export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';

/**
 * Paths that may carry a resident's words or contact details, or a secret of the configuration, if
 * a careless log call passes a whole object. The rule is still: log ids, lengths and codes; redaction is the safety net, not the plan.
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
  // Secrets of the configuration (src/config.ts), should a settings object, or the whole Config
  // bare or as `{ config }`, ever be logged.
  'appPassword',
  '*.appPassword',
  '*.*.appPassword',
  'clientSecret',
  '*.clientSecret',
  '*.*.clientSecret',
  '*.*.*.clientSecret',
  'tokenSecret',
  '*.tokenSecret',
  '*.*.tokenSecret',
  'secret',
  '*.secret',
  '*.*.secret',
  '*.*.*.secret',
];

export interface LoggerOptions {
  readonly level: LogLevel;
  /** Where lines go; stdout when absent. Tests pass a stream to read the lines back. */
  readonly destination?: DestinationStream;
  /**
   * Told the catalogue code of every record logged with one (`{ code }` or `{ err }` carrying a
   * code), so failures are counted by code in one place, whichever module logs them (metrics).
   */
  readonly onCode?: (code: string) => void;
}

const CATALOGUE_CODE = /^WW-\d{4}$/;

function catalogueCode(record: unknown): string | undefined {
  if (record === null || typeof record !== 'object') return undefined;
  const code = errorCodeOf(record);
  if (code !== null && CATALOGUE_CODE.test(code)) return code;
  const errorCode = 'err' in record ? errorCodeOf(record.err) : null;
  return errorCode !== null && CATALOGUE_CODE.test(errorCode) ? errorCode : undefined;
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
    ...(options.onCode === undefined
      ? {}
      : {
          hooks: {
            logMethod(
              this: PinoLogger,
              args: Parameters<PinoLogger['info']>,
              method: PinoLogger['info'],
            ) {
              const code = catalogueCode(args[0]);
              if (code !== undefined) options.onCode?.(code);
              return method.apply(this, args);
            },
          },
        }),
  };
  return options.destination === undefined ? pino(settings) : pino(settings, options.destination);
}

/** A namespaced logger for one module, such as `directline` or `storage`. */
export function moduleLogger(root: Logger, module: string): Logger {
  return root.child({ module });
}
