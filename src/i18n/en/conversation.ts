import type { conversationTexts as dutch } from '../nl/conversation.js';
import type { Translation } from '../translation.js';

/** English for residents who write English; same keys as the Dutch module, so nothing is missing. */
export const conversationTexts: Translation<typeof dutch> = {
  greeting: [
    'Hello! I am the digital wijkwijzer (neighbourhood guide) of the municipality. I am a computer program, not a person.',
    'I help you find support and activities in your neighbourhood. It is free and you do not need a referral.',
  ],
  askQuestion: 'How can I help you? Please write it in your own words.',
  questionReceived: 'Thank you. I have read your question.',
  turnFailed: (reference: string) =>
    `Sorry, something went wrong on our side. Please try again. If it keeps happening, mention this code: ${reference}.`,
  messageTooLong: (maxChars: number) =>
    `Your message is too long. Please keep it under ${maxChars} characters.`,
  onlyText: 'I can only read text. Could you type your question?',
};
