import { randomBytes } from 'node:crypto';
import { errors, jwtVerify, SignJWT } from 'jose';
import type { Config } from '../config.js';
import type { Clock } from '../shared/clock.js';
import { hasProductionSettings } from '../shared/developmentGate.js';
import { WijkwijzerError } from '../shared/errors.js';
import type { StaffMember, StaffRegister } from './staffRegister.js';
import type { StaffIdentity, StaffTokenVerifier } from './staffIdentity.js';

/**
 * The development login: outside Teams, on a developer's machine or a trial, pick a persona from
 * the staff file and get a short-lived token for the board. The secret is random per process, so
 * tokens die with a restart and nothing to configure can leak. It exists only when
 * config.board.devLogin is true, which the configuration refuses with NODE_ENV=production; the
 * composition root then creates no DevLogin and the route is not registered.
 */

/**
 * The one gate of the development login, for every page that reuses it (Casusbord, monitor, partner
 * page): asked for (DEVELOPMENT_MODE or BOARD_DEV_LOGIN=true), and no production setting present.
 * The configuration already refuses the combination; this checks again, so a hand-built Config in
 * a script or a test cannot switch it on next to a real deployment (docs/adr/0015-security-posture.md).
 */
export function developmentLoginAllowed(config: Config): boolean {
  return config.board.devLogin && !hasProductionSettings(config);
}

export const DEV_TOKEN_ISSUER = 'urn:wijkwijzer:casusbord:dev-login';
export const DEV_TOKEN_AUDIENCE = 'urn:wijkwijzer:casusbord';
/** Long enough for a trial session, short enough that a copied token is soon worthless. */
export const DEV_TOKEN_TTL_SECONDS = 3600;

export interface DevLoginOptions {
  readonly staff: StaffRegister;
  readonly clock: Clock;
  readonly ttlSeconds?: number;
  /** Tests pass one to sign forged or expired tokens; production code leaves it random. */
  readonly secret?: Uint8Array;
}

export interface DevLoginPersona {
  readonly id: string;
  readonly name: string;
  readonly wijkteams: readonly string[];
  readonly coordinator: boolean;
}

export interface DevLoginToken {
  readonly token: string;
  readonly expiresAt: string;
}

export class DevLogin implements StaffTokenVerifier {
  private readonly secret: Uint8Array;
  private readonly ttlSeconds: number;

  constructor(private readonly options: DevLoginOptions) {
    this.secret = options.secret ?? new Uint8Array(randomBytes(32));
    this.ttlSeconds = options.ttlSeconds ?? DEV_TOKEN_TTL_SECONDS;
  }

  personas(): readonly DevLoginPersona[] {
    return this.options.staff.members.map((member: StaffMember) => ({
      id: member.id,
      name: member.name,
      wijkteams: member.wijkteams,
      coordinator: member.coordinator,
    }));
  }

  /** A token for one persona of the staff file; WW-8005 for anyone else. */
  async issue(personaId: string): Promise<DevLoginToken> {
    const member = this.options.staff.find(personaId);
    if (member === undefined) throw new WijkwijzerError('WW-8005');
    const now = Math.floor(this.options.clock.now().getTime() / 1000);
    const expires = now + this.ttlSeconds;
    const token = await new SignJWT({ name: member.name })
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setIssuer(DEV_TOKEN_ISSUER)
      .setAudience(DEV_TOKEN_AUDIENCE)
      .setSubject(member.id)
      .setIssuedAt(now)
      .setExpirationTime(expires)
      .sign(this.secret);
    return { token, expiresAt: new Date(expires * 1000).toISOString() };
  }

  async verify(token: string): Promise<StaffIdentity> {
    let subject: string | undefined;
    try {
      const { payload } = await jwtVerify(token, this.secret, {
        algorithms: ['HS256'],
        issuer: DEV_TOKEN_ISSUER,
        audience: DEV_TOKEN_AUDIENCE,
        currentDate: this.options.clock.now(),
        requiredClaims: ['exp', 'sub'],
      });
      subject = payload.sub;
    } catch (error) {
      const reason = error instanceof errors.JOSEError ? error.code : 'invalid';
      throw new WijkwijzerError('WW-8002', { detail: { reason, via: 'dev' } });
    }
    // The persona must still be in the staff file: removing someone takes effect at once.
    const member = subject === undefined ? undefined : this.options.staff.find(subject);
    if (member === undefined) {
      throw new WijkwijzerError('WW-8002', { detail: { reason: 'persona_gone', via: 'dev' } });
    }
    return { id: member.id, name: member.name, via: 'dev' };
  }
}
