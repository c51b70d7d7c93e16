import { nl } from '../../i18n/nl/index.js';
import { applyCaseEvent } from './transition.js';
import type { VerbHandler } from './types.js';

/** "Contact gelegd": the colleague reached the resident. */
export const contactMadeVerb: VerbHandler = (request) =>
  applyCaseEvent(request, { type: 'contact_made' }, nl.cards.notice.contactMade);
