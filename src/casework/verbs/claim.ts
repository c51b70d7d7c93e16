import { nl } from '../../i18n/nl/index.js';
import { applyCaseEvent } from '../transition.js';
import type { VerbHandler } from '../types.js';

/** "Ik pak dit op": the caller becomes the one colleague who has the case. */
export const claimVerb: VerbHandler = (request) =>
  applyCaseEvent(request, { type: 'claim' }, nl.cards.notice.claimed);
