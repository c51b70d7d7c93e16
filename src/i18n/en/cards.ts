import type { cardsTexts as dutch } from '../nl/cards.js';
import type { Translation } from '../translation.js';
import { wijkteamCalled } from './wijkteamName.js';

/**
 * The project's own words on the voorziening cards, for residents who write English: labels,
 * buttons and how-to-get-in sentences. What a partner wrote (name, description, how to sign up)
 * stays as written (docs/adr/0010-conversation-design.md). The handover summary the resident
 * confirms is theirs to read, so it is here too; the wijkteam gets the same in Dutch. Staff cards
 * stay Dutch.
 */
export const cardsTexts: {
  readonly voorziening: Translation<typeof dutch.voorziening>;
  readonly handoverSummary: Translation<typeof dutch.handoverSummary>;
} = {
  voorziening: {
    howToApply: 'How to get there',
    contact: 'Contact',
    call: (number: string) => `Call ${number}`,
    email: 'Send an e-mail',
    website: 'Go to the website',
    verifiedOn: (date: string) => `Checked on ${date}.`,
    callFirst: 'Call before you go.',
    lookFirst: 'Look at the website before you go.',
    phoneFact: 'Phone',
    emailFact: 'E-mail',
    addressFact: 'Address',
    gemeenteFact: 'Gemeente (municipality)',
    wijkteamFact: 'Wijkteam (neighbourhood team)',
    viaGemeente: (name: string) =>
      `Call the gemeente and ask for the wijkteam. Say that you want to know more about: ${name}.`,
    viaWijkteam: (name: string) =>
      `Call the wijkteam. Say that you want to know more about: ${name}.`,
    askWijkteam: (name: string) =>
      `Ask the gemeente for the wijkteam. Say that you want to know more about: ${name}.`,
    access: {
      walkIn: 'You can walk in without an appointment.',
      call: 'You can call without an appointment.',
      callOrOnline: 'You can call or get in touch online without an appointment.',
      online: 'You can get in touch online without an appointment.',
      askGemeente: 'You are welcome without an appointment. The wijkteam knows where and when.',
      signUpCall: 'Sign up first. Call the number below.',
      signUpCallOrOnline: 'Sign up first. Call, or look on the website.',
      signUpOnline: 'Sign up first on the website or by e-mail.',
      signUpViaGemeente: 'Sign up first. The wijkteam helps you with that.',
      referral: 'You need a referral, for example from your GP (huisarts) or the wijkteam.',
      wijkteam: 'This goes through the wijkteam.',
    },
    speak: (name: string, explanation: string) => `${name}. ${explanation}`,
  },
  handoverSummary: {
    title: (team: string) => `This is what we send to ${wijkteamCalled(team)}`,
    labels: {
      question: 'Your question',
      tried: 'What you have tried',
      forWhom: 'For whom',
      area: 'Neighbourhood',
      name: 'Your name',
      phone: 'Phone',
      email: 'E-mail',
      bestMoment: 'Best moment',
      noCalls: 'Calls',
    },
    noCalls: 'Rather not, only text or e-mail',
    nothingTried: 'Nothing mentioned',
    confirm: 'Yes, send',
    change: 'Change',
    cancel: 'Do not send',
    forWhom: {
      zelf: 'For yourself',
      kind: 'For a child',
      partner: 'For your partner',
      ouder: 'For a parent',
      familielid: 'For a family member',
      naaste: 'For someone you care for',
      buur: 'For a neighbour',
      ander: 'For someone else',
      onbekend: 'Not said',
    },
    ageBand: {
      '0-11': '0 to 12 years',
      '12-17': '12 to 18 years',
      '18-26': '18 to 27 years',
      '27-66': '27 to 67 years',
      '67+': '67 years or older',
    },
    caredFor: 'For someone you care for',
    tried: {
      self: 'You tried something yourself.',
      network: 'You tried with people around you.',
      alreadyHelp: 'You already get help.',
      nothing: 'Nothing tried yet.',
    },
    caresFor: 'You care for this person (mantelzorg).',
    noStory: 'You would like to talk to someone from the wijkteam.',
  },
};
