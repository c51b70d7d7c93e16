import type { CaseContactView } from '../cards/caseCard.js';
import { caseCardView, readableSlug } from '../cards/caseCardView.js';
import type { CaseCardVerb } from '../cards/caseActions.js';
import { elapsed } from '../cards/format.js';
import { dutchDateTime } from '../shared/gemeenteTime.js';
import type { Actor, Case, HistoryAction, HistoryEntry } from '../cases/case.js';
import type { CaseStatus, Outcome } from '../cases/status.js';
import { nl } from '../i18n/nl/index.js';
import { workingMinutesBetween } from '../cases/pickupReminder.js';
import type { CardLabels } from '../casework/types.js';
import type { BoardWijkteam } from './staffAccess.js';
import { stadsdeelLabel } from '../cases/stadsdeelLabel.js';

/**
 * What the board sends to the browser about a case. The detail starts from the same view model
 * as the Teams card (`caseCardView`), so who sees the contact details and which buttons appear are
 * decided in one place: contact details only for the colleague who claimed the case, buttons only
 * for what the state machine would accept from this viewer. The list never carries contact details.
 */

export interface BoardViewContext {
  readonly now: Date;
  readonly wijkteamName: (id: string) => string;
  readonly labels?: CardLabels | undefined;
  /** TEAMS_PICKUP_WORKING_HOURS: a new case waiting longer (in working hours) is overdue. */
  readonly pickupWorkingHours: number;
}

export interface BoardCaseSummary {
  readonly reference: string;
  /** The version an action sends back as `expectedVersion`. */
  readonly version: number;
  readonly wijkteam: BoardWijkteam;
  readonly status: CaseStatus;
  readonly statusLabel: string;
  readonly outcome: Outcome | null;
  readonly outcomeLabel: string | null;
  readonly area: string | null;
  readonly levensgebieden: readonly string[];
  /** The start of the story, for recognising a case in the list. */
  readonly summaryExcerpt: string;
  readonly receivedAt: string;
  /** "3 dec 10:15". */
  readonly receivedLabel: string;
  /** "2 dagen geleden". */
  readonly waitingLabel: string;
  /** Minutes since arrival, up to closing for closed cases: what "langst wachtend" sorts on. */
  readonly waitingMinutes: number;
  /** New and not claimed within the pick-up time, counted in working hours. */
  readonly overdue: boolean;
  readonly assignee: string | null;
  /** Claimed by the staff member looking at the board. */
  readonly mine: boolean;
  /** The resident erased their contact details ("vergeet mij"): nobody can be reached. */
  readonly noContact: boolean;
}

export interface BoardHistoryEntry {
  readonly at: string;
  readonly atLabel: string;
  readonly who: string;
  readonly action: HistoryAction;
  readonly actionLabel: string;
  readonly outcomeLabel: string | null;
  readonly note: string | null;
}

export interface BoardCaseDetail extends BoardCaseSummary {
  readonly summary: string;
  readonly forWhom: string;
  readonly ageBand: string | null;
  readonly triedAlready: string;
  readonly voorzieningenShown: readonly string[];
  readonly conversationCount: number;
  readonly contactPreference: string;
  /** Visible only for the assignee; decided by the card view model, not here. */
  readonly contact: CaseContactView;
  readonly history: readonly BoardHistoryEntry[];
  /** The actions this viewer may take now, in the card's order. */
  readonly actions: readonly CaseCardVerb[];
}

const EXCERPT_LENGTH = 140;

/** When the case last became new: on arrival, or when a colleague put it back. */
export function newSince(current: Case): Date {
  const entry = current.history.findLast((item) => item.to === 'nieuw');
  return new Date(entry?.at ?? current.createdAt);
}

/** New and nobody picked it up within the pick-up time (working hours, as the reminder counts). */
export function isOverdue(current: Case, now: Date, pickupWorkingHours: number): boolean {
  return (
    current.status === 'nieuw' &&
    workingMinutesBetween(newSince(current), now) >= pickupWorkingHours * 60
  );
}

export function waitingMinutes(current: Case, now: Date): number {
  const end = current.closedAt === null ? now : new Date(current.closedAt);
  return Math.max(0, Math.floor((end.getTime() - new Date(current.createdAt).getTime()) / 60_000));
}

function waitingLabel(createdAt: Date, now: Date): string {
  const texts = nl.cards.caseCard.waiting;
  const since = elapsed(createdAt, now);
  return since.unit === 'justNow'
    ? nl.board.justNow
    : nl.board.waitingSince(texts[since.unit](since.amount));
}

function excerpt(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= EXCERPT_LENGTH ? flat : `${flat.slice(0, EXCERPT_LENGTH - 1).trimEnd()}…`;
}

function area(current: Case): string | null {
  const stadsdeel =
    current.story.stadsdeel === null ? null : stadsdeelLabel(current.story.stadsdeel);
  if (current.story.wijk === null) return stadsdeel;
  return stadsdeel === null ? current.story.wijk : `${current.story.wijk} (${stadsdeel})`;
}

export function toBoardSummary(
  current: Case,
  viewer: Actor,
  context: BoardViewContext,
): BoardCaseSummary {
  const levensgebiedLabel = context.labels?.levensgebiedLabel ?? readableSlug;
  const createdAt = new Date(current.createdAt);
  return {
    reference: current.reference,
    version: current.version,
    wijkteam: { id: current.wijkteam, name: context.wijkteamName(current.wijkteam) },
    status: current.status,
    statusLabel: nl.cases.status[current.status],
    outcome: current.outcome,
    outcomeLabel: current.outcome === null ? null : nl.cases.outcome[current.outcome],
    area: area(current),
    levensgebieden: current.story.levensgebieden.map(levensgebiedLabel),
    summaryExcerpt: excerpt(current.story.summary),
    receivedAt: current.createdAt,
    receivedLabel: dutchDateTime(createdAt),
    waitingLabel: waitingLabel(createdAt, context.now),
    waitingMinutes: waitingMinutes(current, context.now),
    overdue: isOverdue(current, context.now, context.pickupWorkingHours),
    assignee: current.assignee?.displayName ?? null,
    mine: current.assignee !== null && current.assignee.staffId === viewer.id,
    noContact: current.melder.kind === 'erased',
  };
}

function who(entry: HistoryEntry): string {
  switch (entry.actor.kind) {
    case 'resident':
      return nl.board.actor.resident;
    case 'system':
      return nl.board.actor.system;
    case 'staff':
      return entry.actor.name ?? entry.actor.id;
  }
}

function historyView(entry: HistoryEntry): BoardHistoryEntry {
  return {
    at: entry.at,
    atLabel: dutchDateTime(new Date(entry.at)),
    who: who(entry),
    action: entry.action,
    actionLabel: nl.cases.action[entry.action],
    outcomeLabel: entry.outcome === undefined ? null : nl.cases.outcome[entry.outcome],
    note: entry.note ?? null,
  };
}

export function toBoardDetail(
  current: Case,
  viewer: Actor,
  context: BoardViewContext,
): BoardCaseDetail {
  const card = caseCardView(current, {
    ...context.labels,
    wijkteamName: context.wijkteamName,
    now: context.now,
    viewer: { kind: 'staff', actor: viewer },
  });
  return {
    ...toBoardSummary(current, viewer, context),
    summary: current.story.summary,
    forWhom: card.forWhom,
    ageBand: card.ageBand,
    triedAlready: card.triedAlready,
    voorzieningenShown: card.voorzieningenShown,
    conversationCount: card.conversationCount,
    contactPreference: card.contactPreference,
    contact: card.contact,
    history: current.history.map(historyView),
    actions: card.actions,
  };
}
