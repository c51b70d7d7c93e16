import { nl } from '../../i18n/nl/index.js';
import { applyCaseEvent } from '../transition.js';
import type { VerbHandler } from '../types.js';
import { personalCardFor } from '../views.js';

/**
 * "Contact gelegd": the colleague reached the resident. A case whose contact details the resident
 * erased ("vergeet mij") stays claimable, but nobody can be reached, so this button says why it
 * cannot be done instead of recording a contact that cannot have happened (ADR 0014, defect 7).
 * An optional note says what was agreed.
 */
export const contactMadeVerb: VerbHandler = async (request) => {
  const { current, actor, deps } = request;
  if (current.melder.kind === 'erased') {
    return {
      personalCard: personalCardFor(current, actor, deps, {
        text: nl.cards.notice.noContact,
        tone: 'warning',
      }),
      refusal: { code: 'WW-6201', kind: 'no_contact' },
      case: current,
    };
  }
  // The Casusbord sends what was agreed along (masked like the story by the state machine).
  const { note } = request.payload;
  return applyCaseEvent(
    request,
    { type: 'contact_made', ...(note === undefined ? {} : { note }) },
    nl.cards.notice.contactMade,
  );
};
