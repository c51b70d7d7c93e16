import type { casesTexts as dutch } from '../nl/cases.js';
import type { Translation } from '../translation.js';

/**
 * What a resident who writes English reads about their own question at the wijkteam ("what do
 * you know about me", "forget me"). Staff labels stay Dutch; only the parts a resident reads.
 */
export const casesTexts: Translation<Pick<typeof dutch, 'status' | 'residentData' | 'forgotten'>> =
  {
    status: {
      nieuw: 'New',
      opgepakt: 'Picked up',
      contact_gelegd: 'Contact made',
      afgerond: 'Finished',
      geannuleerd: 'Stopped',
    },
    residentData: {
      none: 'I find no questions sent to the wijkteam from this conversation. Did you choose "forget me" before? Then your question may still be with the wijkteam, without your name and contact details. I can no longer link that question to you.',
      intro: (count: number) =>
        count === 1
          ? 'We keep 1 question of yours for the wijkteam. This is in it:'
          : `We keep ${count} questions of yours for the wijkteam. This is in them:`,
      caseHeading: (reference: string, date: string) => `Question ${reference}, sent on ${date}`,
      status: (label: string) => `Status: ${label}.`,
      team: (team: string) => `Wijkteam: ${team}.`,
      summary: (summary: string) => `Your story: ${summary}`,
      area: (area: string) => `Neighbourhood: ${area}.`,
      contact: (parts: string) => `Your contact details: ${parts}.`,
      contactName: 'your name',
      contactPhone: (lastDigits: string) => `a phone number ending in ${lastDigits}`,
      contactEmail: (domain: string) => `an e-mail address at ${domain}`,
      contactNoCalls: 'rather no phone calls',
      contactErased: 'Your contact details have been erased.',
      consent: (date: string) => `You agreed to share this on ${date}.`,
      keptUntilClosed: (contactDays: number, caseDays: number) =>
        `We keep this until the question is finished. Then we erase your contact details after ${contactDays} days and the whole question after ${caseDays} days.`,
      howToForget:
        'Do you want us to erase your contact details? Then type "forget me". The wijkteam will then no longer have your phone number or e-mail address.',
    },
    forgotten: (count: number, caseDays: number) =>
      count === 0
        ? 'We had no contact details of yours. Nothing was erased.'
        : [
            count === 1
              ? 'We have erased your name and contact details from 1 question. The wijkteam can no longer call or e-mail you about it.'
              : `We have erased your name and contact details from ${count} questions. The wijkteam can no longer call or e-mail you about them.`,
            `Your question itself stays with the wijkteam, without name and contact details, so they can finish it. After ${caseDays} days we erase the question too.`,
          ].join(' '),
  };
