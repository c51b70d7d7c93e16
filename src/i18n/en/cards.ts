import type { cardsTexts as dutch } from '../nl/cards.js';
import type { Translation } from '../translation.js';

/**
 * The project's own words on the voorziening cards, for residents who write English: labels,
 * buttons and how-to-get-in sentences. What a partner wrote (name, description, how to sign up)
 * stays as written (docs/adr/0010-conversation-design.md). Staff cards stay Dutch.
 */
export const cardsTexts: { readonly voorziening: Translation<typeof dutch.voorziening> } = {
  voorziening: {
    howToApply: 'How to get there',
    contact: 'Contact',
    call: (number: string) => `Call ${number}`,
    email: 'Send an e-mail',
    website: 'Go to the website',
    verifiedOn: (date: string) => `Checked on ${date}.`,
    notVerified: 'Not checked yet.',
    callFirst: 'Call before you go.',
    lookFirst: 'Look at the website before you go.',
    phoneFact: 'Phone',
    emailFact: 'E-mail',
    addressFact: 'Address',
    gemeenteFact: 'Gemeente',
    viaGemeente: (name: string) =>
      `Call the gemeente and ask for the wijkteam. Say that you want to know more about: ${name}.`,
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
};
