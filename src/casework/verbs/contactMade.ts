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
  // What was agreed (masked like the story by the state machine): the Casusbord sends it as
  // `note`, the Teams card's form as `contactNote` (input ids are unique on a card).
  const note = request.payload.contactNote ?? request.payload.note;
  return applyCaseEvent(
    request,
    { type: 'contact_made', ...(note === undefined ? {} : { note }) },
    nl.cards.notice.contactMade,
  );
};
