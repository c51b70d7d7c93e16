import type { safetyTexts as dutch } from '../nl/safety.js';
import type { Translation } from '../translation.js';

/** English crisis texts; same keys as the Dutch module, so nothing is missing. */
export const safetyTexts: Translation<typeof dutch> = {
  opening: {
    danger: 'This sounds like an emergency.',
    suicide: 'Thank you for telling me. It sounds like things are very hard right now.',
    abuse:
      'Thank you for telling me. Everyone should be safe at home. Children and older people too.',
  },
  line: {
    danger: (number: string) =>
      `Call ${number} right now. The call is free and works day and night. Help will come quickly.`,
    suicide: (freeNumber: string, site: string) =>
      `You do not have to carry this alone. At 113 Zelfmoordpreventie (suicide prevention) you can talk to someone day and night. Also if you are worried about someone else. Call ${freeNumber} for free, or chat via ${site}.`,
    abuse: (freeNumber: string, site: string) =>
      `Veilig Thuis (Safe at Home) helps, day and night. Also if you are worried about someone else. Call ${freeNumber} for free. You do not have to give your name. See also ${site}. Need to close this screen quickly? Choose the "Snel weg" (quick exit) button.`,
  },
  ifInDanger: (number: string) =>
    `Are you or someone else in danger right now? Then call ${number}.`,
  comeBack: 'Afterwards you can always come back to this chat. Then we will look further together.',
  actions: {
    call112: (number: string) => `Call ${number}`,
    call113: (number: string) => `Call 113 free: ${number}`,
    chat113: 'Chat with 113',
    callVeiligThuis: (number: string) => `Call Veilig Thuis: ${number}`,
    siteVeiligThuis: 'Veilig Thuis website',
  },
  check: {
    opening: 'I want to make sure you are all right.',
    question: {
      danger: 'Are you or someone else in danger right now?',
      suicide: 'Are you thinking about harming yourself?',
      abuse: 'Are you, or someone in your home, in danger right now?',
      'danger+suicide':
        'Are you or someone else in danger right now? Or are you thinking about harming yourself?',
      'danger+abuse': 'Are you or someone else in danger right now, outside or at home?',
      'suicide+abuse':
        'Are you thinking about harming yourself? Or are you, or someone in your home, not safe?',
      'danger+suicide+abuse':
        'Are you or someone else in danger right now, outside or at home? Or are you thinking about harming yourself?',
    },
    linesNote: 'This help is always there, day and night:',
    reason: {
      danger: 'If there is danger, right now',
      suicide: 'If you think about suicide, or worry about someone',
      abuse: 'If there is violence or home is not safe, also for someone else',
    },
    wayBack:
      'Is it about something else? Choose "No, I am okay". Then we will go on with your question.',
    yes: 'Yes',
    no: 'No, I am okay',
    backToQuestion: 'Good to hear. Let us go on with your question.',
    soft: {
      wayOn:
        'If your answer is yes, choose "Yes, I need help now". You can also do that later. If you are all right, you do not need to do anything. I will go on with your question.',
      yes: 'Yes, I need help now',
      noThanks: 'Good to hear.',
    },
  },
};
