import type { StaffRegister } from '../board/staffRegister.js';
import type { StaffAuthenticator } from '../board/staffAuthenticator.js';
import { WijkwijzerError } from '../shared/errors.js';
import type { PartnerAudit } from './partnerAudit.js';
import type { PartnerIdentity } from './partnerIdentity.js';
import type { SignInService } from './signInService.js';

/**
 * Who calls the partner API, from `Authorization: Bearer …` only (no cookies, so no CSRF):
 * a partner session token (`wwp_…`) from an e-mail link, or a Casusbord staff token (Teams SSO or
 * the development login, checked by the board's own StaffAuthenticator). Staff get in only when
 * the staff file marks them `redactie: true`.
 */
export class PartnerAuthenticator {
  constructor(
    private readonly signIn: SignInService,
    private readonly staff: StaffAuthenticator,
    private readonly register: StaffRegister,
    private readonly audit: PartnerAudit,
  ) {}

  /** The bearer token itself (for sign-out) and who it belongs to. */
  async authenticate(
    authorization: string | undefined,
  ): Promise<{ token: string; identity: PartnerIdentity }> {
    const match = /^Bearer (\S{1,8192})$/.exec(authorization?.trim() ?? '');
    const token = match?.[1];
    if (token === undefined) throw new WijkwijzerError('WW-4102');
    if (token.startsWith('wwp_')) {
      return { token, identity: await this.signIn.identify(token) };
    }
    const staff = await this.staff.authenticate(authorization);
    const member = this.register.find(staff.id);
    if (member === undefined || !member.redactie) {
      await this.audit.record('access-refused', {
        actorKey: staff.id,
        label: staff.name,
        reason: 'not-redactie',
      });
      throw new WijkwijzerError('WW-8201', { detail: { via: staff.via } });
    }
    return {
      token,
      identity: {
        kind: 'staff',
        actorKey: staff.id,
        label: staff.name,
        via: staff.via,
        redactie: true,
      },
    };
  }
}
