import type { CardNotice } from '../cards/caseCard.js';
import { transitionCase } from '../cases/caseRepository.js';
import type { CaseEvent, TransitionRefusal } from '../cases/status.js';
import { nl } from '../i18n/nl/index.js';
import { moduleLogger } from '../shared/logger.js';
import type { VerbRequest, VerbResult } from './types.js';
import { personalCardFor, sharedCardFor } from './views.js';

/**
 * What the colleague who pressed a refused button reads above the current card. A lost race
 * names who got there first, so nobody wonders whether the resident is being helped.
 */
export function refusalNotice(
  refusal: TransitionRefusal,
  event: CaseEvent['type'],
  actorId?: string,
): CardNotice {
  const texts = nl.cards.notice;
  const holder = refusal.kind === 'outcome_missing' ? null : refusal.assignee;
  if (event === 'claim' && holder !== null) {
    // A replayed or double-clicked claim: the holder is the caller, not "Medewerker 1".
    if (actorId !== undefined && holder.staffId === actorId) {
      return { text: texts.claimedByYou, tone: 'attention' };
    }
    return { text: texts.claimedByOther(holder.displayName), tone: 'attention' };
  }
  switch (refusal.kind) {
    case 'conflict': {
      const name =
        refusal.lastChange.actor.kind === 'staff' ? refusal.lastChange.actor.name : undefined;
      return {
        text: name === undefined ? texts.changedBySomeone : texts.changedByOther(name),
        tone: 'attention',
      };
    }
    case 'not_allowed':
      return { text: texts.notNow, tone: 'attention' };
    case 'actor_not_allowed':
      return { text: texts.notYours, tone: 'attention' };
    case 'outcome_missing':
      return { text: texts.outcomeMissing, tone: 'warning' };
  }
}

/**
 * Applies one state machine event with the version the card showed. On success the shared
 * message gets the new state and the caller their personal view with `done`; on a refusal
 * nothing is stored and the caller sees the case as it is now, with the reason on top.
 */
export async function applyCaseEvent(
  request: VerbRequest,
  event: CaseEvent,
  done: string,
): Promise<VerbResult> {
  const { deps, actor, payload } = request;
  const logger = moduleLogger(deps.logger, 'teams-verbs');
  const result = await transitionCase(
    deps.repository,
    payload.reference,
    event,
    actor,
    payload.expectedVersion,
    deps.clock,
  );
  if (result.ok) {
    logger.info(
      { reference: payload.reference, event: event.type, version: result.case.version },
      'case changed from a card',
    );
    return {
      personalCard: personalCardFor(result.case, actor, deps, { text: done, tone: 'good' }),
      sharedCard: sharedCardFor(result.case, deps),
      case: result.case,
      change: result.entry,
    };
  }
  const refusal = result.refusal;
  logger.info(
    { reference: payload.reference, event: event.type, refusal: refusal.kind, code: refusal.code },
    'card action refused',
  );
  const now = (await deps.repository.get(payload.reference)) ?? request.current;
  return {
    personalCard: personalCardFor(now, actor, deps, refusalNotice(refusal, event.type, actor.id)),
    refusal: { code: refusal.code, kind: refusal.kind },
    case: now,
  };
}
