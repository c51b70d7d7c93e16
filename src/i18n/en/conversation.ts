import type { conversationTexts as dutch } from '../nl/conversation.js';
import type { Translation } from '../translation.js';

/** English for residents who write English; same keys as the Dutch module, so nothing is missing. */
export const conversationTexts: Translation<typeof dutch> = {
  turnFailed: (reference: string) =>
    `Sorry, something went wrong on our side. Please try again. If it keeps happening, mention this code: ${reference}.`,
};
