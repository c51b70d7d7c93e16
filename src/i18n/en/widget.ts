import type { widgetTexts as dutch } from '../nl/widget.js';
import type { Translation } from '../translation.js';

/**
 * The chat widget's own texts for a resident who chose English. The widget switches to these as
 * soon as the bot answers in English (its messages carry the locale in src/shared/residentLocales.ts), and back with Dutch.
 */
export const widgetTexts: Translation<typeof dutch> = {
  title: 'Digitale wijkwijzer',
  intro:
    'Ask your question about money, housing, care, raising children or taking part in your neighbourhood. You are talking to a computer program.',
  quickExit: 'Quick exit',
  quickExitHint:
    'Closes the chat at once and goes to another website. Your conversation is erased from this device.',
  newConversation: 'New conversation',
  newConversationConfirm:
    'Do you want to start a new conversation? The current conversation will disappear from this screen.',
  loading: 'The chat is loading…',
  connected: 'The chat is ready. Type your question below.',
  resumed: 'Your conversation continues where you left off.',
  expired: 'Your previous conversation has expired. We are starting a new conversation.',
  unavailable: 'The chat is not working right now. Please try again later.',
  offline: 'You have no internet connection right now. Your messages are not being sent.',
  sendFailed:
    'Your message was not sent. Check that you have internet. Then click "Retry" next to your message.',
  online: 'You have internet again. Does your message say "Send failed"? Then click "Retry".',
  sendRecovered: 'Your message has been sent. You can continue.',
  tooManyMessages:
    'You are sending many messages in a short time. Your message was not sent. Wait half a minute. Then click "Retry" next to your message.',
  tooLong: (maxChars: number) =>
    `Your message is too long. Please make it shorter, less than ${maxChars} characters.`,
  chatLabel: 'Conversation with the digitale wijkwijzer',
  privacyNote: 'Do not share your BSN (citizen service number) or bank account number in the chat.',
  botSaid: 'The wijkwijzer said:',
  botAttached: 'Attachment from the wijkwijzer:',
  clearDevice: 'Clear this chat on this device',
  clearDeviceHint:
    'Erases this conversation from this device. After that the wijkwijzer no longer recognises this device.',
  clearDeviceConfirm:
    'Do you want to clear the conversation from this device? Whoever uses this device next will not see it.',
  cleared: 'The conversation has been cleared from this device. You can start a new conversation.',
  newResident:
    'We have started a new conversation. The earlier conversation is no longer on this device.',
};
