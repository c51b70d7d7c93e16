import { personalCardFor } from '../views.js';
import type { VerbHandler } from '../types.js';

/**
 * Teams asks for the personal view of a user in `refresh.userIds` (and when someone refreshes by
 * hand). Never changes the case, never touches the shared message.
 */
export const refreshVerb: VerbHandler = (request) =>
  Promise.resolve({
    personalCard: personalCardFor(request.current, request.actor, request.deps),
    case: request.current,
  });
