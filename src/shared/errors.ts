/**
 * The error catalogue: every failure the product names has a stable code, an HTTP status and an
 * English log text. The Dutch text a resident, partner or staff member reads lives in
 * `src/i18n/nl/errors.ts`, keyed by the same code, so the compiler refuses a code without one.
 *
 * Ranges: 1xxx configuration and start-up · 2xxx HTTP and the web chat channel · 3xxx storage ·
 * 4xxx knowledge · 5xxx search · 6xxx cases and handover · 7xxx Teams and cards ·
 * 8xxx Casusbord and staff authentication · 9xxx conversation turns.
 * Codes are never reused or renumbered: operators search logs and runbooks by them.
 */
export const errorCatalogue = {
  'WW-1001': { status: 500, log: 'Configuration is invalid' },
  'WW-1002': { status: 500, log: 'A setting required in production is missing' },
  'WW-1101': { status: 500, log: 'Metrics listener could not start on the configured address' },

  'WW-2001': { status: 400, log: 'Request body is not valid JSON' },
  'WW-2002': { status: 413, log: 'Request body is too large' },
  'WW-2003': { status: 404, log: 'Route not found' },
  'WW-2004': { status: 400, log: 'Request does not match the expected shape' },
  'WW-2005': { status: 429, log: 'Too many requests from this client' },
  'WW-2006': { status: 500, log: 'Unexpected server error' },
  'WW-2007': { status: 405, log: 'Method not allowed on this route' },
  'WW-2008': { status: 415, log: 'Unsupported content type' },
  'WW-2009': { status: 503, log: 'Server is shutting down' },
  'WW-2101': { status: 401, log: 'Channel token is missing' },
  // 403, not 401: botframework-directlinejs reads 403 as "token expired"
  // (ConnectionStatus.ExpiredToken, recoverable with a new token) and 401 as fatal.
  'WW-2102': { status: 403, log: 'Channel token is invalid or expired' },
  'WW-2103': { status: 403, log: 'Token is not valid for this conversation' },
  'WW-2104': { status: 404, log: 'Conversation not found' },
  'WW-2105': { status: 413, log: 'Message text is longer than allowed' },
  'WW-2106': { status: 404, log: 'Activity not found in conversation' },
  'WW-2107': { status: 501, log: 'Direct Line feature not supported by the self-hosted channel' },
  'WW-2108': { status: 401, log: 'Bot Framework request authentication failed' },
  'WW-2109': { status: 502, log: 'Azure Direct Line token exchange failed' },
  'WW-2301': { status: 401, log: 'Metrics request without a valid METRICS_TOKEN' },

  'WW-3001': { status: 412, log: 'Storage write refused: eTag does not match the stored item' },
  'WW-3002': { status: 500, log: 'Storage file is corrupt or unreadable' },
  'WW-3003': { status: 500, log: 'Storage write failed' },
  'WW-3004': { status: 500, log: 'Storage is closed' },
  'WW-3005': { status: 500, log: 'Storage file is in use by another process' },
  'WW-3006': { status: 500, log: 'Storage file is already open in this process' },
  'WW-3007': { status: 500, log: 'Storage update function must be synchronous' },
  'WW-3008': { status: 503, log: 'Database is unreachable' },
  'WW-3009': { status: 500, log: 'Database schema migration failed' },
  'WW-3010': { status: 500, log: 'Database query failed' },
  'WW-3011': { status: 500, log: 'Storage migration to PostgreSQL failed' },
  'WW-3012': { status: 500, log: 'Stored insight counter does not match its schema' },
  'WW-3013': { status: 500, log: 'A fact every instance shares is missing or malformed' },
  'WW-3014': {
    status: 503,
    log: 'Too many database writes are waiting: refused rather than queued',
  },

  'WW-4001': { status: 500, log: 'Knowledge is invalid: refusing to load it' },
  'WW-4002': { status: 503, log: 'Knowledge is not loaded yet' },
  'WW-4003': { status: 500, log: 'Knowledge directory cannot be read' },
  'WW-4004': { status: 500, log: 'Knowledge schema files could not be written' },
  'WW-4101': { status: 400, log: 'Partner page request does not match the expected shape' },
  'WW-4102': { status: 401, log: 'Partner session is missing, unknown or expired' },
  'WW-4103': { status: 401, log: 'Sign-in link is unknown or expired' },
  'WW-4104': { status: 401, log: 'Sign-in link was already used' },
  'WW-4105': { status: 403, log: 'Partner may not work on the entries of this beheerder' },
  'WW-4106': { status: 404, log: 'Voorziening not found in the file of this beheerder' },
  'WW-4107': {
    status: 409,
    log: 'Voorziening was changed by someone else: version does not match',
  },
  'WW-4108': { status: 422, log: 'Change would make the knowledge invalid: nothing written' },
  'WW-4109': { status: 429, log: 'Too many sign-in requests' },
  'WW-4110': { status: 404, log: 'Beheerder is unknown' },
  'WW-4111': { status: 403, log: 'Only the redactie may do this' },
  'WW-4112': { status: 409, log: 'Undo refused: the voorziening changed after this change' },
  'WW-4113': { status: 500, log: 'Knowledge file could not be written' },
  'WW-4114': { status: 404, log: 'Change not found in the change log' },
  'WW-4115': { status: 409, log: 'Change is not waiting for approval' },
  'WW-4116': { status: 503, log: 'E-mail sign-in is not configured (no SMTP settings)' },
  'WW-4117': { status: 500, log: 'Change log file is unreadable' },
  'WW-4118': {
    status: 422,
    log: 'Partner file is beyond the YAML limits (size, depth, aliases) or not a regular file',
  },
  'WW-4119': { status: 429, log: 'Too many knowledge checks running for this colleague' },

  'WW-5001': { status: 400, log: 'Search request does not match the expected shape' },
  'WW-5002': { status: 500, log: 'Unmet need record holds more than counts and slugs' },
  'WW-5003': { status: 500, log: 'Understanding model file is missing or invalid' },
  'WW-5004': { status: 500, log: 'Understanding corpus or training input is invalid' },

  'WW-6001': { status: 404, log: 'Case not found' },
  'WW-6002': { status: 409, log: 'Case was changed by someone else: version does not match' },
  'WW-6003': { status: 409, log: 'Case transition not allowed from the current status' },
  'WW-6004': { status: 400, log: 'Closing a case needs an outcome' },
  'WW-6005': { status: 403, log: 'Actor may not perform this case transition' },
  'WW-6006': { status: 500, log: 'Routing file is missing or invalid' },
  'WW-6007': { status: 400, log: 'Case data does not match the case schema' },
  'WW-6008': { status: 502, log: 'Case delivery to the wijkteam failed' },
  'WW-6009': { status: 400, log: 'Case cannot be stored without consent' },
  'WW-6010': { status: 400, log: 'Case reference is malformed' },
  'WW-6011': { status: 500, log: 'Case store file does not match the case schema' },
  'WW-6012': {
    status: 500,
    log: 'A card that arrived after its attempt timed out could not be recorded',
  },

  'WW-7001': { status: 500, log: 'Teams manifest template is missing or not valid JSON' },
  'WW-7002': { status: 500, log: 'Teams manifest template has a placeholder without a value' },
  'WW-7003': { status: 500, log: 'Teams manifest does not match the Microsoft schema' },
  'WW-7004': { status: 500, log: 'Teams app icon is missing, not a PNG or the wrong size' },
  'WW-7005': { status: 500, log: 'Teams app package could not be written' },
  'WW-7101': { status: 400, log: 'Card action payload does not match the expected shape' },
  'WW-7102': { status: 400, log: 'Card action verb is unknown' },
  'WW-7103': { status: 403, log: 'Caller is not a member of the wijkteam of this case' },
  'WW-7104': { status: 403, log: 'Only a coordinator may link or unlink a Teams channel' },
  'WW-7201': { status: 503, log: 'No Teams channel is linked for this wijkteam' },
  'WW-7202': { status: 502, log: 'Posting or updating the Teams card failed' },
  'WW-7203': { status: 502, log: 'Microsoft Graph gave no app token (client credentials)' },
  'WW-7204': {
    status: 502,
    log: 'Microsoft Graph did not list the channel messages: refused, failed, too slow or too large',
  },
  'WW-7205': {
    status: 503,
    log: 'The channel link has no team id for Microsoft Graph: link the channel again',
  },

  'WW-8001': { status: 401, log: 'Casusbord request has no bearer token' },
  'WW-8002': {
    status: 401,
    log: 'Casusbord token is invalid, expired or not from a trusted issuer',
  },
  'WW-8003': { status: 403, log: 'Staff member may not see cases of this wijkteam' },
  'WW-8004': { status: 403, log: 'Staff member belongs to no wijkteam' },
  'WW-8005': { status: 400, log: 'Development login persona is unknown' },
  'WW-8006': { status: 401, log: 'Teams single sign-on is not configured for the Casusbord' },
  'WW-8007': { status: 500, log: 'Staff file is missing or invalid' },
  'WW-8008': { status: 400, log: 'Casusbord request does not match the expected shape' },
  'WW-8009': { status: 503, log: 'Signing keys for Teams single sign-on could not be fetched' },
  'WW-8101': { status: 500, log: 'Insights store is open read-only: nothing can be counted' },
  'WW-8102': { status: 400, log: 'Monitor request does not match the expected shape' },
  'WW-8103': { status: 403, log: 'Staff member has no role that may see the monitor' },
  'WW-8104': { status: 400, log: 'Monitor period is not one whole month, quarter or year' },
  'WW-8105': { status: 400, log: 'Monitor area is not a known wijk or stadsdeel' },
  'WW-8201': {
    status: 403,
    log: 'Staff member is not in the redactie: no access to the partner page',
  },

  'WW-9001': { status: 500, log: 'Conversation turn failed' },
  'WW-9101': { status: 500, log: 'Insight event holds more than counts and slugs: not counted' },
  'WW-6201': {
    status: 409,
    log: 'Contact made refused: the resident erased their contact details',
  },

  // Hardening (docs/adr/0015-security-posture.md).
  'WW-1003': { status: 500, log: 'Development mode is refused together with production settings' },
  'WW-1004': { status: 500, log: 'A secret is a published or too short value' },
  'WW-1010': { status: 500, log: 'Unhandled promise rejection caught; still serving' },
  'WW-1011': { status: 500, log: 'Uncaught exception; stopping gracefully' },
  'WW-2010': { status: 400, log: 'Request body is nested too deeply' },
  'WW-2110': { status: 429, log: 'Too many open streams for this conversation or client' },
  'WW-2111': { status: 503, log: 'Too many open streams on this server' },
  'WW-2112': {
    status: 403,
    log: 'Bot Framework endpoint is closed: no app registration and development mode off',
  },
  'WW-2113': { status: 403, log: 'Development mode relays only to a loopback serviceUrl' },
  'WW-2114': { status: 429, log: 'Too many messages from this conversation or client address' },
  'WW-4012': { status: 500, log: 'Knowledge loader thread failed' },
  'WW-9201': { status: 500, log: 'Concern model file is missing or invalid' },
  'WW-9202': { status: 500, log: 'Safety corpus file is invalid' },
  'WW-9203': { status: 500, log: 'Frame reader file is missing or invalid' },
} as const satisfies Record<string, { readonly status: number; readonly log: string }>;

export type ErrorCode = keyof typeof errorCatalogue;

/** Log-safe detail: identifiers, counts and codes only, never a resident's words or contact data. */
export type ErrorDetail = Readonly<Record<string, string | number | boolean | null>>;

export interface WijkwijzerErrorOptions {
  readonly cause?: unknown;
  readonly detail?: ErrorDetail;
}

/** The one error type the product throws. `message` is the English log text of its code. */
export class WijkwijzerError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  readonly detail: ErrorDetail;

  constructor(code: ErrorCode, options: WijkwijzerErrorOptions = {}) {
    super(
      `${code} ${errorCatalogue[code].log}`,
      options.cause === undefined ? {} : { cause: options.cause },
    );
    this.name = 'WijkwijzerError';
    this.code = code;
    this.status = errorCatalogue[code].status;
    this.detail = options.detail ?? {};
  }
}

export function isWijkwijzerError(error: unknown): error is WijkwijzerError {
  return error instanceof WijkwijzerError;
}
