/**
 * Who works on the partner page. A partner colleague signs in by e-mail link and is scoped to one
 * beheerder; the redactie (a beheerder with `redactie: true` in beheerders.yaml, or a staff member
 * with `redactie: true` in the staff file) may work on all beheerders, view the change log, undo
 * and approve.
 */
export type PartnerIdentity =
  | {
      readonly kind: 'partner';
      /** The beheerder the sign-in link was for. */
      readonly beheerder: string;
      /** Keyed hash of the address: who, for the change log and audit, without the address. */
      readonly actorKey: string;
      /** "m***@alifa.nl": what the redactie sees in the change log. */
      readonly label: string;
      readonly redactie: boolean;
    }
  | {
      readonly kind: 'staff';
      /** Entra object id (or the development persona's id). */
      readonly actorKey: string;
      /** The colleague's name, as the Casusbord's case history records it. */
      readonly label: string;
      readonly via: 'sso' | 'dev';
      readonly redactie: true;
    };

/** Whether this person may read and change the entries of `beheerder`. */
export function mayWorkOn(identity: PartnerIdentity, beheerder: string): boolean {
  return identity.redactie || (identity.kind === 'partner' && identity.beheerder === beheerder);
}

/** The actor as the change log stores it: no address, no token. */
export interface ChangeActor {
  readonly kind: 'partner' | 'staff';
  readonly key: string;
  readonly label: string;
  readonly beheerder: string | null;
}

export function changeActor(identity: PartnerIdentity): ChangeActor {
  return {
    kind: identity.kind,
    key: identity.actorKey,
    label: identity.label,
    beheerder: identity.kind === 'partner' ? identity.beheerder : null,
  };
}
