import { conversationTexts } from './conversation.js';

/** English texts for residents who write English. Staff and partner texts stay Dutch only. */
export const en = {
  conversation: conversationTexts,
} as const;
