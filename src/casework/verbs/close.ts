import { outcomeSchema } from '../../cases/status.js';
import { nl } from '../../i18n/nl/index.js';
import { personalCardFor } from '../views.js';
import { applyCaseEvent } from '../transition.js';
import type { VerbHandler } from '../types.js';

/**
 * "Afronden" with one of the five outcomes and an optional note (masked like the story by the
 * state machine). A missing outcome is the state machine's refusal; an outcome that is not one of
 * the five can only come from a forged payload and changes nothing.
 */
export const closeVerb: VerbHandler = (request) => {
  const { payload } = request;
  if (payload.outcome !== undefined && !outcomeSchema.safeParse(payload.outcome).success) {
    return Promise.resolve({
      personalCard: personalCardFor(request.current, request.actor, request.deps, {
        text: nl.cards.message.invalid,
        tone: 'attention',
      }),
      refusal: { code: 'WW-7101', kind: 'invalid_outcome' },
      case: request.current,
    });
  }
  const outcome = outcomeSchema.optional().parse(payload.outcome);
  return applyCaseEvent(
    request,
    {
      type: 'close',
      ...(outcome === undefined ? {} : { outcome }),
      ...(payload.note === undefined ? {} : { note: payload.note }),
    },
    nl.cards.notice.closed,
  );
};
