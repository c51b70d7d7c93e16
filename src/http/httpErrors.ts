import { nl } from '../i18n/nl/index.js';
import { statusCodeOf } from '../shared/errorFields.js';
import { isWijkwijzerError, type ErrorCode } from '../shared/errors.js';

/** The body of every error response: a stable code, a Dutch text and the id to find the log line. */
export interface HttpErrorBody {
  readonly error: {
    readonly code: ErrorCode;
    readonly message: string;
    readonly correlationId: string;
  };
}

export interface ClassifiedError {
  readonly status: number;
  readonly code: ErrorCode;
  /** True when the error is ours to fix: log it with its stack. */
  readonly unexpected: boolean;
}

/** restify's own errors (body parser, router, throttle) mapped onto our catalogue. */
const restifyErrorCodes: Readonly<Record<string, ErrorCode>> = {
  PayloadTooLargeError: 'WW-2002',
  RequestEntityTooLargeError: 'WW-2002',
  InvalidContentError: 'WW-2001',
  ResourceNotFoundError: 'WW-2003',
  MethodNotAllowedError: 'WW-2007',
  UnsupportedMediaTypeError: 'WW-2008',
  TooManyRequestsError: 'WW-2005',
};

/** Decides what a client is told about an error; never its message or stack. */
export function classifyError(error: unknown): ClassifiedError {
  if (isWijkwijzerError(error)) {
    return { status: error.status, code: error.code, unexpected: error.status >= 500 };
  }
  if (error instanceof Error) {
    const code = restifyErrorCodes[error.name];
    const status = statusCodeOf(error);
    if (code !== undefined && status !== null) {
      return { status, code, unexpected: false };
    }
  }
  return { status: 500, code: 'WW-2006', unexpected: true };
}

export function errorBody(code: ErrorCode, correlationId: string): HttpErrorBody {
  return { error: { code, message: nl.errors[code], correlationId } };
}
