import { z } from 'zod';
import { caseCardVerbs, NOTE_MAX_LENGTH, type CaseCardVerb } from '../cards/caseActions.js';
import type { Case, HistoryEntry } from '../cases/case.js';
import { caseReferenceSchema } from '../cases/reference.js';
import { outcomeSchema } from '../cases/status.js';
import { nl } from '../i18n/nl/index.js';
import type { ErrorCode } from '../shared/errors.js';
import { StaffDirectory } from '../casework/membership.js';
import { handleCardAction } from '../casework/registry.js';
import type { VerbCaller, VerbDependencies, VerbResult } from '../casework/types.js';
import type { StaffIdentity } from './staffIdentity.js';

/**
 * A button on the board does exactly what the same button on the Teams card does: the request is
 * handed to the card verb registry (`handleCardAction`), with the caller taken from the checked
 * token. The registry reloads the case, authorises the caller, applies the state machine with the
 * expected version and builds the shared card, so card and board cannot disagree.
 */

/** What the browser may send; anything else (an actor, a status, an assignee) is refused. */
export const boardActionSchema = z.strictObject({
  reference: caseReferenceSchema,
  verb: z.enum(caseCardVerbs),
  expectedVersion: z.number().int().min(1).max(Number.MAX_SAFE_INTEGER),
  outcome: outcomeSchema.optional(),
  note: z.string().max(NOTE_MAX_LENGTH).optional(),
});
export type BoardAction = z.infer<typeof boardActionSchema>;

export interface BoardActionOutcome {
  readonly result: VerbResult;
  /** The line the colleague reads: what happened, or why nothing changed. */
  readonly notice: string;
  /** Set when refused: the catalogue code for the HTTP status and error body. */
  readonly refusal?: { readonly code: ErrorCode; readonly kind: string };
  readonly changed?: { readonly case: Case; readonly change: HistoryEntry };
}

/**
 * The board's callers have no Teams user id (that arrives only with a card action). The registry
 * teaches the directory the caller's Teams user id; from the board that would be a wrong one, so
 * the board hands it a view of the directory that reads but never learns.
 */
class ReadOnlyStaffDirectory extends StaffDirectory {
  constructor(private readonly source: StaffDirectory) {
    super();
  }

  override remember(): void {}

  override teamsUserIdOf(aadObjectId: string): string | undefined {
    return this.source.teamsUserIdOf(aadObjectId);
  }
}

export function boardVerbDependencies(verbs: VerbDependencies): VerbDependencies {
  return { ...verbs, directory: new ReadOnlyStaffDirectory(verbs.directory) };
}

const successNotice: Readonly<Record<CaseCardVerb, string>> = nl.board.notice;

function refusalNotice(
  kind: string,
  verb: CaseCardVerb,
  current: Case | undefined,
  caller: StaffIdentity,
): string {
  const texts = nl.board.notice;
  const holder = current?.assignee ?? null;
  if (verb === 'claim' && holder !== null && (kind === 'conflict' || kind === 'not_allowed')) {
    return holder.staffId === caller.id
      ? texts.claimedByYou
      : texts.claimedByOther(holder.displayName);
  }
  switch (kind) {
    case 'conflict': {
      const last = current?.history.at(-1)?.actor;
      return last?.kind === 'staff' && last.name !== undefined && last.id !== caller.id
        ? texts.changedByOther(last.name)
        : texts.changedBySomeone;
    }
    case 'not_allowed':
      return texts.notNow;
    case 'actor_not_allowed':
      return texts.notYours;
    case 'outcome_missing':
      return texts.outcomeMissing;
    case 'not_found':
      return texts.notFound;
    case 'no_contact':
      return texts.noContact;
    default:
      return texts.invalid;
  }
}

/** Runs one board action through the card verb registry as `caller`. */
export async function runBoardAction(
  action: BoardAction,
  caller: StaffIdentity,
  verbs: VerbDependencies,
): Promise<BoardActionOutcome> {
  const verbCaller: VerbCaller = {
    aadObjectId: caller.id,
    teamsUserId: verbs.directory.teamsUserIdOf(caller.id) ?? '',
    name: caller.name,
  };
  const data = {
    reference: action.reference,
    verb: action.verb,
    expectedVersion: action.expectedVersion,
    ...(action.outcome === undefined ? {} : { outcome: action.outcome }),
    ...(action.note === undefined ? {} : { note: action.note }),
  };
  const result = await handleCardAction(data, verbCaller, boardVerbDependencies(verbs));
  if (result.refusal !== undefined) {
    return {
      result,
      notice: refusalNotice(result.refusal.kind, action.verb, result.case, caller),
      refusal: result.refusal,
    };
  }
  return {
    result,
    notice: successNotice[action.verb],
    ...(result.case !== undefined && result.change !== undefined
      ? { changed: { case: result.case, change: result.change } }
      : {}),
  };
}
