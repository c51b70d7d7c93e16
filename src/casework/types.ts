import type { CaseCardContext } from '../cards/caseCardView.js';
import type { CaseActionPayload } from '../cards/caseActions.js';
import type { TeamsCard } from '../cards/elements.js';
import type { Actor, Case, HistoryEntry } from '../cases/case.js';
import type { CaseRepository } from '../cases/caseRepository.js';
import type { Clock } from '../shared/clock.js';
import type { ErrorCode } from '../shared/errors.js';
import type { Logger } from '../shared/logger.js';
import type { Coordinators, StaffDirectory, TeamMembership } from './membership.js';

/** Who pressed the button, as Teams says in the invoke activity (`from`). */
export interface VerbCaller {
  /** Entra object id (`from.aadObjectId`): how cases record staff. */
  readonly aadObjectId: string;
  /** Teams user id (`from.id`, "29:…"): what card refresh `userIds` need. */
  readonly teamsUserId: string;
  readonly name: string;
}

/** Labels the cards need from the knowledge and routing files. */
export type CardLabels = Pick<
  CaseCardContext,
  'wijkteamName' | 'levensgebiedLabel' | 'voorzieningName'
>;

export interface VerbDependencies {
  readonly repository: CaseRepository;
  readonly membership: TeamMembership;
  readonly coordinators: Coordinators;
  readonly directory: StaffDirectory;
  readonly clock: Clock;
  readonly logger: Logger;
  readonly labels?: CardLabels;
}

/** One authorised button press, with the case as it is stored now. */
export interface VerbRequest {
  readonly payload: CaseActionPayload;
  readonly caller: VerbCaller;
  readonly actor: Actor;
  readonly current: Case;
  readonly deps: VerbDependencies;
}

export interface VerbRefusal {
  readonly code: ErrorCode;
  /** Such as `conflict`, `not_member`, `unknown_verb`: for logs and tests. */
  readonly kind: string;
}

export interface VerbResult {
  /** The caller's own view, returned in the invoke response; always present. */
  readonly personalCard: TeamsCard;
  /** Set only when the case changed: the channel message must be updated with this. */
  readonly sharedCard?: TeamsCard;
  /** Set when nothing changed because the action was refused. */
  readonly refusal?: VerbRefusal;
  /** The case after the action, when the caller may see it. */
  readonly case?: Case;
  /** The history entry the action added, when the case changed. */
  readonly change?: HistoryEntry;
}

export type VerbHandler = (request: VerbRequest) => Promise<VerbResult>;
