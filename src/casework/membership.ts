import type { SharedFacts } from '../storage/sharedFacts.js';

/**
 * Who belongs to which wijkteam, decided on the server for every button pressed: a card is only
 * a picture, anyone who can see it could also replay its data. Two sources: a configured list
 * (per wijkteam, Entra object ids) or the roster of the Teams team whose channel is linked to the
 * wijkteam. Coordinators (TEAMS_COORDINATORS) may act on every wijkteam's cases.
 */

export interface TeamMembership {
  /** True when the staff member with this Entra object id belongs to the wijkteam. */
  isMember(wijkteam: string, aadObjectId: string): Promise<boolean>;
}

/** Membership from configuration: wijkteam slug → Entra object ids. */
export class ConfiguredMembership implements TeamMembership {
  private readonly members: ReadonlyMap<string, ReadonlySet<string>>;

  constructor(members: Readonly<Record<string, readonly string[]>>) {
    this.members = new Map(
      Object.entries(members).map(([team, ids]) => [
        team,
        new Set(ids.map((id) => id.toLowerCase())),
      ]),
    );
  }

  isMember(wijkteam: string, aadObjectId: string): Promise<boolean> {
    return Promise.resolve(this.members.get(wijkteam)?.has(aadObjectId.toLowerCase()) ?? false);
  }
}

export interface RosterMember {
  readonly aadObjectId: string;
  /** The Teams user id (MRI, "29:…") that card refresh `userIds` need. */
  readonly teamsUserId: string;
  readonly name: string;
}

/** Reads the roster of the team linked to a wijkteam; empty when no channel is linked. */
export type RosterSource = (wijkteam: string) => Promise<readonly RosterMember[]>;

/**
 * Membership from the Teams roster, cached for `ttlMs` per wijkteam so a busy channel does not
 * ask Teams for the roster on every click (Teams throttles per app and tenant). A roster that
 * cannot be read means "not a member": refusing is safe, the colleague can try again.
 */
export class RosterMembership implements TeamMembership {
  private readonly cache = new Map<
    string,
    { readonly at: number; readonly ids: ReadonlySet<string> }
  >();

  constructor(
    private readonly source: RosterSource,
    private readonly now: () => number,
    private readonly ttlMs = 5 * 60_000,
  ) {}

  async isMember(wijkteam: string, aadObjectId: string): Promise<boolean> {
    const cached = this.cache.get(wijkteam);
    let ids = cached !== undefined && this.now() - cached.at < this.ttlMs ? cached.ids : undefined;
    if (ids === undefined) {
      try {
        const roster = await this.source(wijkteam);
        ids = new Set(roster.map((member) => member.aadObjectId.toLowerCase()));
        this.cache.set(wijkteam, { at: this.now(), ids });
      } catch {
        return false;
      }
    }
    return ids.has(aadObjectId.toLowerCase());
  }
}

/** Coordinators by Entra object id, compared without regard to case (GUIDs). */
export class Coordinators {
  private readonly ids: ReadonlySet<string>;

  constructor(ids: readonly string[]) {
    this.ids = new Set(ids.map((id) => id.toLowerCase()));
  }

  has(aadObjectId: string): boolean {
    return this.ids.has(aadObjectId.toLowerCase());
  }

  list(): readonly string[] {
    return [...this.ids];
  }
}

/**
 * Entra object id → Teams user id, learnt from every card action and roster read. Card refresh
 * needs Teams user ids, while cases record staff by Entra object id. With several instances the
 * directory is shared through `SharedFacts` (PostgreSQL): what one instance learns it writes
 * through, and every instance loads what the others learnt at start and every minute (`sync`).
 */
export class StaffDirectory {
  private readonly teamsUserIds = new Map<string, string>();

  constructor(private readonly shared?: SharedFacts) {}

  remember(aadObjectId: string, teamsUserId: string): void {
    const key = aadObjectId.toLowerCase();
    if (this.teamsUserIds.get(key) === teamsUserId) return;
    this.teamsUserIds.set(key, teamsUserId);
    // Best effort: a lost write only means another instance learns it from the roster itself.
    this.shared?.set(DIRECTORY_NAMESPACE, key, teamsUserId).catch(() => undefined);
  }

  teamsUserIdOf(aadObjectId: string): string | undefined {
    return this.teamsUserIds.get(aadObjectId.toLowerCase());
  }

  /** Loads what other instances learnt; resolves with how many entries are known. */
  async sync(): Promise<number> {
    if (this.shared === undefined) return this.teamsUserIds.size;
    for (const [key, value] of await this.shared.all(DIRECTORY_NAMESPACE)) {
      if (typeof value === 'string') this.teamsUserIds.set(key, value);
    }
    return this.teamsUserIds.size;
  }
}

const DIRECTORY_NAMESPACE = 'staff-directory';
