import { inGemeente, ofGemeente } from './gemeenteName.js';
import type { handoverTexts as dutch } from '../nl/handover.js';
import type { Translation } from '../translation.js';
import { wijkteamCalled } from './wijkteamName.js';

/**
 * English for residents who write English. The `staff` part is not translated: the wijkteam reads
 * the case in Dutch.
 */
export const handoverTexts: Translation<Omit<typeof dutch, 'staff'>> = {
  intro: {
    whatHappens: (team: string, days: number) =>
      `I can send your question to ${team}. Someone from the wijkteam (neighbourhood team) will then contact you within ${days} working days. It is free.`,
    team: (name: string) => wijkteamCalled(name),
    noWijk: (team: string) =>
      `I do not know which neighbourhood you live in. So your question goes to ${team}. They make sure the right wijkteam gets it.`,
    outside: (place: string, team: string, gemeente?: string) =>
      `You live in ${place}, not ${inGemeente(gemeente)}. The wijkteam ${ofGemeente(gemeente)} may not be able to help you. I can still send your question to ${team}. They will see who can help you.`,
    noRetelling: 'I will send your question along. Then you do not have to tell your story again.',
  },
  story: {
    question:
      'Would you like to tell me in a few sentences what is going on? Then you do not have to tell the wijkteam again.',
    skip: 'Skip',
  },
  where: {
    question: (example?: string) =>
      `What is your postcode? Then I can choose the right wijkteam.${example === undefined ? '' : ` For example ${example}.`} The name of your neighbourhood is fine too.`,
    skip: 'Skip',
  },
  consent: {
    question: 'May I share your question and your contact details with the wijkteam?',
    yes: 'Yes, you may',
    no: 'No',
    retry: 'Type "yes" if I may send your question. Type "no" if I may not.',
  },
  selfContact: {
    intro: 'That is fine. I will not send anything.',
    phone: {
      wijkteam: (phone: string) => `You can also call the wijkteam yourself: ${phone}.`,
      gemeente: (phone: string) =>
        `You can also call the municipality: ${phone}. Ask for the wijkteam of your neighbourhood.`,
    },
    website: (link: string) => `Or look at ${link}.`,
    websiteOnly: (link: string) => `Look at ${link} for the wijkteam of your neighbourhood.`,
    askGemeente: 'Ask the municipality for the wijkteam of your neighbourhood.',
  },
  name: {
    question: 'What may the wijkteam call you? Your first name or nickname is enough.',
    retry: 'Please type only your name, without numbers. For example: Fatima.',
    notAName:
      'The wijkteam wants to know what to call you. Please type only your first name or nickname. For example: Fatima.',
    declined:
      'I understand. The wijkteam only uses your name to address you. Your first name is enough. Another name is fine too.',
    otherAnswer:
      'I do not have your name yet. First type what the wijkteam may call you. For example: Fatima.',
    contactDetail:
      'That looks like a phone number or e-mail address. I will ask for that next. First type your first name or nickname.',
  },
  contact: {
    question: 'How can the wijkteam reach you? Type your phone number or your e-mail address.',
    phone_length:
      'This phone number is not right. A Dutch number has 10 digits, for example 06 12345678. Please try again.',
    email:
      'This e-mail address is not right. An e-mail address looks like this: name@example.nl. Please try again.',
    neither:
      'That is not a phone number or an e-mail address. Type for example 06 12345678 or name@example.nl.',
    giveUp: 'It does not work with the number or address right now. That is all right.',
  },
  calls: {
    question: 'May the wijkteam call you?',
    yes: 'Yes, calling is fine',
    no: 'No, only text or e-mail',
    needEmail:
      'A text message only works with a 06 number. What is your e-mail address? Then the wijkteam will e-mail you.',
  },
  moment: {
    question:
      'When is the best time for the wijkteam to reach you? For example: "in the morning" or "after 3 pm".',
    any: 'Any time',
    retry: 'Type a moment in a few words. Or choose "Any time".',
  },
  summary: {
    language:
      'The wijkteam reads Dutch: they get this summary in Dutch. Your own words go as you wrote them.',
    alsoSent: (topics: string) => `We also send what your question is about: ${topics}.`,
    alsoShown: (names: string) => `And which support I already showed you: ${names}.`,
    question: 'Is this right? Choose "Yes, send", "Change" or "Do not send".',
    confirm: 'Yes, send',
    change: 'Change',
    cancel: 'Do not send',
    masked:
      'I removed a number from your text, such as a BSN or bank account number. That does not belong in the chat.',
  },
  change: {
    what: 'What would you like to change?',
    story: 'My question',
    contact: 'My details',
    newStory:
      'Type your question as the wijkteam may read it. Short is fine. What you type now replaces the old text.',
  },
  sent: {
    reference: (reference: string, team: string) =>
      `Your question has been sent to ${team}. Your number is ${reference}. Please keep this number.`,
    next: (days: number) =>
      `Someone from the wijkteam will contact you within ${days} working days. You do not have to do anything.`,
    urgent: (alarm: string, veiligThuis: string) =>
      `Does it become urgent while the wijkteam is closed? In danger, call ${alarm}. For medical help, call your GP or the GP out-of-hours service (huisartsenpost). Worried about violence at home? Call Veilig Thuis: ${veiligThuis}, day and night.`,
    comeBack: 'You can come back here later to see how your question is doing.',
  },
  cancelled: 'Fine. Nothing has been sent.',
  failed: 'Sorry, sending did not work. Nothing has been stored. Please try again later.',
};
