import type { Actor, Case } from '../cases/case.js';
import type { Coordinators, TeamMembership } from '../casework/membership.js';
import type { StaffIdentity } from './staffIdentity.js';

/**
 * What a staff member may see on the board, decided on the server with the same membership and
 * coordinator list the Teams card actions use (src/casework/membership.ts), so a colleague who may
 * press a button on a card sees that case on the board, and nobody else does.
 */

export interface BoardWijkteam {
  readonly id: string;
  readonly name: string;
}

export interface StaffScope {
  readonly identity: StaffIdentity;
  /** Coordinators see and may act on the cases of every wijkteam (docs/adr/0008). */
  readonly coordinator: boolean;
  /** Ids of the wijkteams whose cases this staff member sees. */
  readonly wijkteams: readonly string[];
}

export interface StaffAccessOptions {
  readonly membership: TeamMembership;
  readonly coordinators: Coordinators;
  /** The wijkteams of the routing file, in its order. */
  readonly wijkteams: readonly BoardWijkteam[];
}

export class StaffAccess {
  constructor(private readonly options: StaffAccessOptions) {}

  get wijkteams(): readonly BoardWijkteam[] {
    return this.options.wijkteams;
  }

  wijkteamName(id: string): string {
    return this.options.wijkteams.find((team) => team.id === id)?.name ?? id;
  }

  /**
   * The wijkteams this staff member sees. `extraTeams` are ids found on stored cases that the
   * routing file may no longer list, so their cases do not silently drop off the board.
   */
  async scopeOf(identity: StaffIdentity, extraTeams: readonly string[] = []): Promise<StaffScope> {
    const candidates = [
      ...new Set([...this.options.wijkteams.map((team) => team.id), ...extraTeams]),
    ];
    if (this.options.coordinators.has(identity.id)) {
      return { identity, coordinator: true, wijkteams: candidates };
    }
    const member = await Promise.all(
      candidates.map((team) => this.options.membership.isMember(team, identity.id)),
    );
    return {
      identity,
      coordinator: false,
      wijkteams: candidates.filter((_team, index) => member[index] === true),
    };
  }

  async mayView(identity: StaffIdentity, current: Case): Promise<boolean> {
    return (
      this.options.coordinators.has(identity.id) ||
      (await this.options.membership.isMember(current.wijkteam, identity.id))
    );
  }

  /** The actor the state machine and the card views see for this staff member. */
  actorFor(identity: StaffIdentity): Actor {
    return {
      kind: 'staff',
      id: identity.id,
      name: identity.name,
      ...(this.options.coordinators.has(identity.id) ? { coordinator: true } : {}),
    };
  }
}
