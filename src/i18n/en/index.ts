import { conversationTexts } from './conversation.js';
import { safetyTexts } from './safety.js';

/** English texts for residents who write English. Staff and partner texts stay Dutch only. */
export const en = {
  conversation: conversationTexts,
  safety: safetyTexts,
} as const;
