import { createRemoteJWKSet, errors, jwtVerify, type JWTPayload, type JWTVerifyGetKey } from 'jose';
import type { BoardSsoSettings } from '../config.js';
import type { Clock } from '../shared/clock.js';
import { WijkwijzerError } from '../shared/errors.js';
import type { StaffRegister } from './staffRegister.js';
import { UNNAMED_STAFF, type StaffIdentity, type StaffTokenVerifier } from './staffIdentity.js';

/**
 * Checks the token `authentication.getAuthToken()` gives the tab inside Teams: an Entra ID access
 * token for our app, signed by the tenant's published keys. Signature (RS256 only, keys from the
 * JWKS URL, cached and re-fetched when an unknown key id shows up), issuer, audience, expiry and
 * not-before with a small clock tolerance, the delegated scope, and an `oid` to act as.
 * See docs/adr/0011-casusbord-and-staff-auth.md.
 */

export interface SsoVerifierOptions {
  readonly settings: BoardSsoSettings;
  readonly clock: Clock;
  /** Names for tokens without a `name` claim. */
  readonly staff?: StaffRegister;
  /** Instead of fetching the JWKS URL (not needed in tests: they serve keys on loopback). */
  readonly keys?: JWTVerifyGetKey;
}

const GUID = /^[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}$/i;

/** Failures that are about fetching the keys, not about the token: Microsoft or the network. */
const KEY_FETCH_CODES = new Set(['ERR_JWKS_TIMEOUT', 'ERR_JWKS_INVALID', 'ERR_JOSE_GENERIC']);

function scopes(payload: JWTPayload): readonly string[] {
  return typeof payload.scp === 'string' ? payload.scp.split(' ').filter(Boolean) : [];
}

export class SsoTokenVerifier implements StaffTokenVerifier {
  private readonly keys: JWTVerifyGetKey;

  constructor(private readonly options: SsoVerifierOptions) {
    this.keys =
      options.keys ??
      createRemoteJWKSet(new URL(options.settings.jwksUrl), {
        timeoutDuration: 5_000,
        cooldownDuration: 30_000,
        cacheMaxAge: 10 * 60_000,
      });
  }

  async verify(token: string): Promise<StaffIdentity> {
    const { settings } = this.options;
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, this.keys, {
        algorithms: ['RS256'],
        issuer: [...settings.issuers],
        audience: [...settings.audiences],
        clockTolerance: settings.clockToleranceSeconds,
        currentDate: this.options.clock.now(),
        requiredClaims: ['exp', 'oid'],
      }));
    } catch (error) {
      const code = error instanceof errors.JOSEError ? error.code : 'fetch_failed';
      if (KEY_FETCH_CODES.has(code) || !(error instanceof errors.JOSEError)) {
        throw new WijkwijzerError('WW-8009', { cause: error, detail: { reason: code } });
      }
      const claim = error instanceof errors.JWTClaimValidationFailed ? error.claim : null;
      throw new WijkwijzerError('WW-8002', { detail: { reason: code, claim } });
    }
    const oid = typeof payload.oid === 'string' ? payload.oid : '';
    if (!GUID.test(oid)) {
      throw new WijkwijzerError('WW-8002', { detail: { reason: 'oid_not_a_guid' } });
    }
    if (settings.tenantId !== undefined && payload.tid !== settings.tenantId) {
      throw new WijkwijzerError('WW-8002', { detail: { reason: 'other_tenant' } });
    }
    // An app-only token (client credentials) has roles but no scp: it acts for no colleague.
    if (!scopes(payload).includes(settings.requiredScope)) {
      throw new WijkwijzerError('WW-8002', { detail: { reason: 'scope_missing' } });
    }
    const id = oid.toLowerCase();
    const claimed = typeof payload.name === 'string' ? payload.name.trim() : '';
    const name = claimed || this.options.staff?.find(id)?.name || UNNAMED_STAFF;
    return { id, name: name.slice(0, 200), via: 'sso' };
  }
}
