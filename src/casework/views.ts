import { buildCaseCard, type CardNotice } from '../cards/caseCard.js';
import { caseCardView, SHARED_VIEWER } from '../cards/caseCardView.js';
import { MAX_REFRESH_USER_IDS, type TeamsCard } from '../cards/elements.js';
import type { Actor, Case } from '../cases/case.js';
import type { VerbDependencies } from './types.js';

/**
 * The users whose Teams client fetches a personal view of this case through `refresh`: the
 * colleague who claimed it (to see the contact details and their buttons) and the coordinators
 * the bot knows, at most 60 (the Teams limit). Everyone else sees the shared message.
 */
export function personalViewAudience(current: Case, deps: VerbDependencies): readonly string[] {
  const ids: string[] = [];
  const add = (teamsUserId: string | undefined) => {
    if (teamsUserId !== undefined && !ids.includes(teamsUserId)) ids.push(teamsUserId);
  };
  if (current.assignee !== null) add(deps.directory.teamsUserIdOf(current.assignee.staffId));
  for (const aadObjectId of deps.coordinators.list()) {
    add(deps.directory.teamsUserIdOf(aadObjectId));
  }
  return ids.slice(0, MAX_REFRESH_USER_IDS);
}

export function sharedCardFor(current: Case, deps: VerbDependencies): TeamsCard {
  return buildCaseCard(
    caseCardView(current, {
      ...deps.labels,
      now: deps.clock.now(),
      viewer: SHARED_VIEWER,
      refreshUserIds: personalViewAudience(current, deps),
    }),
  );
}

export function personalCardFor(
  current: Case,
  actor: Actor,
  deps: VerbDependencies,
  notice?: CardNotice,
): TeamsCard {
  return buildCaseCard(
    caseCardView(current, {
      ...deps.labels,
      now: deps.clock.now(),
      viewer: { kind: 'staff', actor },
      refreshUserIds: personalViewAudience(current, deps),
    }),
    notice,
  );
}
