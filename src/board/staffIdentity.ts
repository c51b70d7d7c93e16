/** A staff member as the Casusbord knows them after checking their token. */
export interface StaffIdentity {
  /** Entra object id (`oid`), lower case: how cases record staff. */
  readonly id: string;
  /** Display name for the history and "… heeft deze casus al opgepakt". */
  readonly name: string;
  /** Teams single sign-on or the development login. */
  readonly via: 'sso' | 'dev';
}

/** Checks one kind of bearer token; throws a WijkwijzerError (WW-8002, WW-8009) when it fails. */
export interface StaffTokenVerifier {
  verify(token: string): Promise<StaffIdentity>;
}

/** Used when a token has no usable name: never shown to residents, only in staff views. */
export const UNNAMED_STAFF = 'Medewerker';
