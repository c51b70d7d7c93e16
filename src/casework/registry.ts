import {
  caseActionPayloadSchema,
  isNoteTooLong,
  REFRESH_VERB,
  type CardVerb,
} from '../cards/caseActions.js';
import { buildMessageCard } from '../cards/caseCard.js';
import type { Actor } from '../cases/case.js';
import { nl } from '../i18n/nl/index.js';
import type { ErrorCode } from '../shared/errors.js';
import { moduleLogger } from '../shared/logger.js';
import { claimVerb } from './verbs/claim.js';
import { closeVerb } from './verbs/close.js';
import { contactMadeVerb } from './verbs/contactMade.js';
import { refreshVerb } from './verbs/refresh.js';
import { releaseVerb } from './verbs/release.js';
import type { VerbCaller, VerbDependencies, VerbHandler, VerbResult } from './types.js';

/**
 * The card verb registry: one handler per verb. Whatever a card sends is treated as untrusted:
 * the payload is checked, the verb looked up, the case reloaded, and the caller authorised as a
 * member of the case's wijkteam (or a coordinator) before any handler runs. Anything that does
 * not pass gets a small message card and changes nothing. See docs/adr/0008.
 */
export const verbRegistry: Readonly<Record<CardVerb, VerbHandler>> = {
  claim: claimVerb,
  contactMade: contactMadeVerb,
  close: closeVerb,
  release: releaseVerb,
  [REFRESH_VERB]: refreshVerb,
};

function isRegisteredVerb(verb: string): verb is CardVerb {
  return Object.hasOwn(verbRegistry, verb);
}

function refused(text: string, code: ErrorCode, kind: string): VerbResult {
  return { personalCard: buildMessageCard(text), refusal: { code, kind } };
}

/**
 * Handles the `data` of an `Action.Execute` (with the values of the card's inputs merged in, as
 * Teams sends them) pressed by `caller`. Returns the caller's card, plus the shared card when
 * the case changed. Never throws for bad input; storage failures do throw.
 */
export async function handleCardAction(
  data: unknown,
  caller: VerbCaller,
  deps: VerbDependencies,
): Promise<VerbResult> {
  const texts = nl.cards.message;
  const logger = moduleLogger(deps.logger, 'teams-verbs');
  const parsed = caseActionPayloadSchema.safeParse(data);
  if (!parsed.success && isNoteTooLong(parsed.error) && caller.aadObjectId.trim() !== '') {
    // Only a forged card can send more than the input's maxLength; say so, store nothing.
    logger.warn({ reason: 'note_too_long' }, 'card action refused');
    return refused(texts.noteTooLong, 'WW-7101', 'note_too_long');
  }
  if (!parsed.success || caller.aadObjectId.trim() === '') {
    logger.warn({ reason: 'invalid_payload' }, 'card action refused');
    return refused(texts.invalid, 'WW-7101', 'invalid_payload');
  }
  const payload = parsed.data;
  if (!isRegisteredVerb(payload.verb)) {
    logger.warn({ reason: 'unknown_verb', length: payload.verb.length }, 'card action refused');
    return refused(texts.unknownVerb, 'WW-7102', 'unknown_verb');
  }
  const current = await deps.repository.get(payload.reference);
  if (current === undefined) {
    logger.info({ reference: payload.reference, reason: 'not_found' }, 'card action refused');
    return refused(texts.notFound, 'WW-6001', 'not_found');
  }
  const coordinator = deps.coordinators.has(caller.aadObjectId);
  if (!coordinator && !(await deps.membership.isMember(current.wijkteam, caller.aadObjectId))) {
    // The same answer as an unknown reference: a forged reference must not reveal that a case
    // exists in another wijkteam (docs/adr/0015-security-posture.md). The log keeps the real reason.
    logger.warn(
      { reference: payload.reference, wijkteam: current.wijkteam, reason: 'not_member' },
      'card action refused',
    );
    return refused(texts.notFound, 'WW-6001', 'not_found');
  }
  deps.directory.remember(caller.aadObjectId, caller.teamsUserId);
  const actor: Actor = {
    kind: 'staff',
    id: caller.aadObjectId.toLowerCase(),
    name: caller.name,
    ...(coordinator ? { coordinator: true } : {}),
  };
  return verbRegistry[payload.verb]({ payload, caller, actor, current, deps });
}
