import { maskIdentifiers } from '../privacy/maskIdentifiers.js';
import { isWijkwijzerError } from './errors.js';

/**
 * What a log line may say about an error (docs/adr/0015-security-posture.md). Errors from libraries carry whatever
 * their authors attached: botbuilder's DialogContextError holds the dialog stack's state (a
 * resident's name and phone number during a handover), a RestError holds the request and response
 * bodies (the activity text), and a JSON SyntaxError quotes the input. pino's standard serializer
 * copies every enumerable property, so this allow-list replaces it: name, code, status, a message
 * without quoted or identifying text, the stack frames, and the same for the cause, never more.
 */
export interface LoggedError {
  readonly name: string;
  readonly message: string;
  readonly code?: string;
  readonly status?: number;
  /** The id of the dialog that was active (DialogContextError), never its state. */
  readonly dialog?: string;
  /** Stack frames only: the first line of a stack repeats the message and is dropped. */
  readonly stack?: string;
  readonly cause?: LoggedError;
}

/** Longer messages are cut: a message is a hint for the operator, not a place for data. */
const MAX_MESSAGE_LENGTH = 300;
const MAX_FRAMES = 20;
const MAX_CAUSE_DEPTH = 3;
const SAFE_TOKEN = /^[\w.:-]{1,80}$/;
/** Text between quotes, as JSON.parse, zod and many libraries quote the offending input. */
const QUOTED = /"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|`[^`]*`|“[^”]*”|‘[^’]*’/g;

/**
 * A message with quoted text replaced by "…" and BSNs, IBANs, phone numbers and e-mail addresses
 * masked. Names in unquoted text cannot be recognised here; our own errors therefore carry the
 * catalogue text only (WijkwijzerError), and the serializer keeps theirs unchanged.
 */
export function safeErrorMessage(message: string): string {
  const unquoted = message.slice(0, MAX_MESSAGE_LENGTH * 4).replace(QUOTED, '"…"');
  const masked = maskIdentifiers(unquoted).text;
  return masked.length > MAX_MESSAGE_LENGTH ? `${masked.slice(0, MAX_MESSAGE_LENGTH)}…` : masked;
}

function stackFrames(stack: unknown): string | undefined {
  if (typeof stack !== 'string') return undefined;
  const frames = stack
    .split('\n')
    .filter((line) => /^\s+at /.test(line))
    .slice(0, MAX_FRAMES);
  return frames.length > 0 ? frames.join('\n') : undefined;
}

function safeToken(value: unknown): string | undefined {
  return typeof value === 'string' && SAFE_TOKEN.test(value) ? value : undefined;
}

function property(value: object, key: string): unknown {
  return (value as Record<string, unknown>)[key];
}

/**
 * The HTTP status a library error carries (the Bot Connector's RestError and restify's errors
 * call it `statusCode`), read through a type guard: null when there is none or it is no integer.
 */
export function statusCodeOf(error: unknown): number | null {
  if (typeof error !== 'object' || error === null || !('statusCode' in error)) return null;
  const status = error.statusCode;
  return typeof status === 'number' && Number.isInteger(status) ? status : null;
}

/**
 * The code a library error carries (a RestError's `code`, Node's `ECONNRESET`), only when it is
 * a short token: a code is for the log, and a log line must not carry what a library put there.
 */
export function errorCodeOf(error: unknown): string | null {
  if (typeof error !== 'object' || error === null || !('code' in error)) return null;
  return safeToken(error.code) ?? null;
}

/** The allowed fields of any thrown value: an Error, a string, or anything else. */
export function errorFields(error: unknown, depth = 0): LoggedError {
  if (!(error instanceof Error)) {
    // A thrown string or object may be anything a resident typed: say only what kind it was.
    return { name: typeof error, message: 'non-Error value thrown' };
  }
  const ours = isWijkwijzerError(error);
  const fields: {
    -readonly [K in keyof LoggedError]: LoggedError[K];
  } = {
    name: safeToken(error.name) ?? 'Error',
    message: ours ? error.message : safeErrorMessage(String(error.message)),
  };
  const code = ours ? error.code : safeToken(property(error, 'code'));
  if (code !== undefined) fields.code = code;
  const status = ours ? error.status : (property(error, 'statusCode') ?? property(error, 'status'));
  if (typeof status === 'number' && Number.isInteger(status)) fields.status = status;
  const context = property(error, 'dialogContext');
  if (typeof context === 'object' && context !== null) {
    const dialog = safeToken(property(context, 'activeDialog'));
    if (dialog !== undefined) fields.dialog = dialog;
  }
  const stack = stackFrames(error.stack);
  if (stack !== undefined) fields.stack = stack;
  // DialogContextError keeps its source error in `error`, everything else in `cause`.
  const inner = error.cause ?? property(error, 'error');
  if (inner !== undefined && inner !== error && depth < MAX_CAUSE_DEPTH) {
    fields.cause = errorFields(inner, depth + 1);
  }
  return fields;
}
