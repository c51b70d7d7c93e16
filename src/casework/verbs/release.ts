import { nl } from '../../i18n/nl/index.js';
import { applyCaseEvent } from '../transition.js';
import type { VerbHandler } from '../types.js';

/** "Terugzetten": the case goes back to nieuw, so a colleague can claim it. */
export const releaseVerb: VerbHandler = (request) =>
  applyCaseEvent(
    request,
    request.payload.note === undefined
      ? { type: 'release' }
      : { type: 'release', note: request.payload.note },
    nl.cards.notice.released,
  );
