import { z } from 'zod';
import { maskIdentifiers } from '../privacy/maskIdentifiers.js';
import type { Clock } from '../shared/clock.js';
import { WijkwijzerError } from '../shared/errors.js';
import type { Actor, Assignee, Case, HistoryAction, HistoryEntry } from './case.js';
import { outcomeSchema, type CaseStatus } from './caseStatus.js';

/**
 * The case state machine. Statuses move nieuw → opgepakt → contact_gelegd → afgerond, with
 * "terugzetten" (release the claim, back to nieuw) and geannuleerd as side exits. Every change is
 * an event checked against one table, so the Teams verbs, the Casusbord and the CLI cannot disagree
 * about what is allowed. The table is documented in docs/adr/0006-case-model-and-retention.md.
 */

// The statuses and outcomes themselves live in caseStatus.ts, which case.ts also imports; re-exported
// here so the state machine stays the one place to import from (docs/adr/0020-house-layout-and-dependency-rules.md).
export {
  caseStatusSchema,
  caseStatuses,
  outcomeSchema,
  outcomes,
  selectableOutcomes,
  type CaseStatus,
  type Outcome,
} from './caseStatus.js';

const note = z.string().trim().min(1).max(1000).optional();

/** Events as a card or a command sends them. `outcome` is optional here so a missing one is refused, not thrown. */
export const caseEventSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('claim'), note }),
  z.object({ type: z.literal('contact_made'), note }),
  z.object({ type: z.literal('close'), outcome: outcomeSchema.optional(), note }),
  z.object({ type: z.literal('release'), note }),
  z.object({ type: z.literal('cancel'), note }),
]);
export type CaseEvent = z.infer<typeof caseEventSchema>;
export type CaseEventType = CaseEvent['type'];

/**
 * Who may send an event: any staff member; the staff member who claimed the case; a coordinator of
 * the wijkteam; the resident whose case it is; the system (such as a cleanup job).
 */
export type Permission = 'staff' | 'assignee' | 'coordinator' | 'owner' | 'system';

export interface TransitionRule {
  readonly from: readonly CaseStatus[];
  readonly to: CaseStatus;
  readonly action: HistoryAction;
  readonly allowed: readonly Permission[];
}

/** The allowed transitions. Anything not in here is refused with WW-6003. */
export const transitionTable: Readonly<Record<CaseEventType, TransitionRule>> = {
  claim: { from: ['nieuw'], to: 'opgepakt', action: 'opgepakt', allowed: ['staff'] },
  contact_made: {
    from: ['opgepakt'],
    to: 'contact_gelegd',
    action: 'contact_gelegd',
    allowed: ['assignee', 'coordinator'],
  },
  close: {
    from: ['opgepakt', 'contact_gelegd'],
    to: 'afgerond',
    action: 'afgerond',
    allowed: ['assignee', 'coordinator'],
  },
  release: {
    from: ['opgepakt', 'contact_gelegd'],
    to: 'nieuw',
    action: 'teruggezet',
    allowed: ['assignee', 'coordinator'],
  },
  cancel: {
    from: ['nieuw', 'opgepakt', 'contact_gelegd'],
    to: 'geannuleerd',
    action: 'geannuleerd',
    allowed: ['assignee', 'coordinator', 'owner', 'system'],
  },
};

export const caseEventTypes = Object.keys(transitionTable) as readonly CaseEventType[];

/** The last change someone made, so a refused colleague sees who got there first. */
export interface LastChange {
  readonly at: string;
  readonly actor: Actor;
  readonly action: HistoryAction;
}

export type TransitionRefusal =
  | {
      readonly kind: 'conflict';
      readonly code: 'WW-6002';
      readonly expectedVersion: number;
      readonly currentVersion: number;
      readonly lastChange: LastChange;
      readonly assignee: Assignee | null;
    }
  | {
      readonly kind: 'not_allowed';
      readonly code: 'WW-6003';
      readonly status: CaseStatus;
      readonly event: CaseEventType;
      readonly assignee: Assignee | null;
    }
  | { readonly kind: 'outcome_missing'; readonly code: 'WW-6004' }
  | {
      readonly kind: 'actor_not_allowed';
      readonly code: 'WW-6005';
      readonly event: CaseEventType;
      readonly assignee: Assignee | null;
    };

export type TransitionResult =
  | { readonly ok: true; readonly case: Case; readonly entry: HistoryEntry }
  | { readonly ok: false; readonly refusal: TransitionRefusal };

/** A refusal as a thrown error, for callers (such as a repository update) that work with exceptions. */
export class CaseRefusedError extends WijkwijzerError {
  readonly refusal: TransitionRefusal;

  constructor(refusal: TransitionRefusal) {
    super(refusal.code, {
      detail: {
        refusal: refusal.kind,
        ...(refusal.kind === 'conflict'
          ? { expectedVersion: refusal.expectedVersion, currentVersion: refusal.currentVersion }
          : {}),
        ...(refusal.kind === 'not_allowed' ? { status: refusal.status, event: refusal.event } : {}),
      },
    });
    this.refusal = refusal;
  }
}

export function isCaseRefusedError(error: unknown): error is CaseRefusedError {
  return error instanceof CaseRefusedError;
}

/** The change that produced the current version of a case: its last history entry. */
export function lastChange(current: Case): LastChange {
  const entry = current.history.at(-1);
  if (entry === undefined)
    return {
      at: current.updatedAt,
      actor: { kind: 'system', id: 'onbekend' },
      action: 'aangemaakt',
    };
  return { at: entry.at, actor: entry.actor, action: entry.action };
}

/** The conflict refusal for a stale version, shared by applyTransition and the repositories. */
export function conflictRefusal(current: Case, expectedVersion: number): TransitionRefusal {
  return {
    kind: 'conflict',
    code: 'WW-6002',
    expectedVersion,
    currentVersion: current.version,
    lastChange: lastChange(current),
    assignee: current.assignee,
  };
}

function permits(permission: Permission, current: Case, actor: Actor): boolean {
  switch (permission) {
    case 'staff':
      return actor.kind === 'staff';
    case 'assignee':
      return actor.kind === 'staff' && current.assignee?.staffId === actor.id;
    case 'coordinator':
      return actor.kind === 'staff' && actor.coordinator === true;
    case 'owner':
      return (
        actor.kind === 'resident' &&
        current.residentKey !== null &&
        actor.id === current.residentKey
      );
    case 'system':
      return actor.kind === 'system';
  }
}

/** True when `actor` may send `event` to this case in its current status (for showing buttons). */
export function canApply(current: Case, eventType: CaseEventType, actor: Actor): boolean {
  const rule = transitionTable[eventType];
  return (
    rule.from.includes(current.status) &&
    rule.allowed.some((permission) => permits(permission, current, actor))
  );
}

/**
 * What goes into the history about the actor. A resident is recorded without their chat key, so
 * unlinking the chat ("vergeet mij") leaves no key behind in the history.
 */
function recordedActor(actor: Actor): Actor {
  if (actor.kind === 'resident') return { kind: 'resident', id: 'inwoner' };
  const recorded: Actor = { kind: actor.kind, id: actor.id };
  return {
    ...recorded,
    ...(actor.name === undefined ? {} : { name: actor.name }),
    ...(actor.coordinator === true ? { coordinator: true } : {}),
  };
}

/**
 * Applies one event to a case. Pure: returns a new case with one history entry appended and the
 * version one higher, or a typed refusal. Checks, in order: the version (a stale one is a conflict
 * that names who changed it), the table (is this event allowed from this status), the actor (only
 * the assignee or a coordinator may mark contact, close or release), and the outcome on closing.
 * Notes are masked like the story, since staff type them too.
 */
export function applyTransition(
  current: Case,
  event: CaseEvent,
  actor: Actor,
  expectedVersion: number,
  clock: Clock,
): TransitionResult {
  if (expectedVersion !== current.version) {
    return { ok: false, refusal: conflictRefusal(current, expectedVersion) };
  }
  const rule = transitionTable[event.type];
  if (!rule.from.includes(current.status)) {
    return {
      ok: false,
      refusal: {
        kind: 'not_allowed',
        code: 'WW-6003',
        status: current.status,
        event: event.type,
        assignee: current.assignee,
      },
    };
  }
  if (!rule.allowed.some((permission) => permits(permission, current, actor))) {
    return {
      ok: false,
      refusal: {
        kind: 'actor_not_allowed',
        code: 'WW-6005',
        event: event.type,
        assignee: current.assignee,
      },
    };
  }
  if (event.type === 'close' && event.outcome === undefined) {
    return { ok: false, refusal: { kind: 'outcome_missing', code: 'WW-6004' } };
  }

  const at = clock.now().toISOString();
  const maskedNote = event.note === undefined ? undefined : maskIdentifiers(event.note).text;
  const entry: HistoryEntry = {
    at,
    actor: recordedActor(actor),
    action: rule.action,
    from: current.status,
    to: rule.to,
    ...(event.type === 'close' && event.outcome !== undefined ? { outcome: event.outcome } : {}),
    ...(maskedNote === undefined ? {} : { note: maskedNote }),
  };

  let assignee = current.assignee;
  if (event.type === 'claim') {
    assignee = { staffId: actor.id, displayName: actor.name ?? actor.id };
  } else if (event.type === 'release') {
    assignee = null;
  }
  const closing = rule.to === 'afgerond' || rule.to === 'geannuleerd';
  const next: Case = {
    ...current,
    status: rule.to,
    assignee,
    outcome: event.type === 'close' ? (event.outcome ?? null) : current.outcome,
    closedAt: closing ? at : current.closedAt,
    history: [...current.history, entry],
    version: current.version + 1,
    updatedAt: at,
  };
  return { ok: true, case: next, entry };
}
