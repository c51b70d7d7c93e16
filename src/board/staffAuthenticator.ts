import { decodeProtectedHeader } from 'jose';
import { WijkwijzerError } from '../shared/errors.js';
import type { StaffIdentity, StaffTokenVerifier } from './staffIdentity.js';

/**
 * Who is calling the board API, from the `Authorization: Bearer …` header and nothing else. A
 * token signed with HS256 can only be a development login token and goes to that verifier, which
 * does not exist in production; every other token must be a Teams SSO token. Choosing the verifier
 * by the header never lets the client choose what is accepted: each verifier pins its own
 * algorithm, key, issuer and audience.
 */

export interface StaffAuthenticatorOptions {
  /** Teams SSO; undefined when not configured (tokens then get WW-8006). */
  readonly sso?: StaffTokenVerifier;
  /** The development login; undefined unless config.board.devLogin. */
  readonly dev?: StaffTokenVerifier;
}

/** A compact JWS: three base64url parts, at most a few kilobytes (Entra tokens are ~1.5 KB). */
const BEARER = /^Bearer ([A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+)$/;
const MAX_TOKEN_LENGTH = 8192;

export function bearerToken(authorization: string | undefined): string {
  if (authorization === undefined || authorization.trim() === '') {
    throw new WijkwijzerError('WW-8001');
  }
  const match = BEARER.exec(authorization.trim());
  const token = match?.[1];
  if (token === undefined || token.length > MAX_TOKEN_LENGTH) {
    throw new WijkwijzerError('WW-8002', { detail: { reason: 'not_a_bearer_jwt' } });
  }
  return token;
}

export class StaffAuthenticator {
  constructor(private readonly options: StaffAuthenticatorOptions) {}

  get ssoConfigured(): boolean {
    return this.options.sso !== undefined;
  }

  async authenticate(authorization: string | undefined): Promise<StaffIdentity> {
    const token = bearerToken(authorization);
    let algorithm: unknown;
    try {
      algorithm = decodeProtectedHeader(token).alg;
    } catch {
      throw new WijkwijzerError('WW-8002', { detail: { reason: 'header_unreadable' } });
    }
    if (algorithm === 'HS256') {
      if (this.options.dev === undefined) {
        throw new WijkwijzerError('WW-8002', { detail: { reason: 'dev_login_off' } });
      }
      return this.options.dev.verify(token);
    }
    if (this.options.sso === undefined) throw new WijkwijzerError('WW-8006');
    return this.options.sso.verify(token);
  }
}
