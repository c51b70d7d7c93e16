import type { ForWhom } from '../../../src/cases/case.js';
import type { Persona } from './simulatedResident.js';

/**
 * Realistic residents for the journey suite and `npm run bench:journey` (ADR 0014, "Done when"):
 * money, loneliness, parenting, mantelzorg, language, NT2, English, a wish to see a person, a long
 * story with many problems, a returning resident. Written from how residents write to a gemeente
 * chat (typos, no capitals, half sentences), not from the bot's own phrases.
 */

export interface HandoverExpectation {
  readonly wijkteam: string;
  readonly forWhom: ForWhom;
  readonly wijk: string | null;
  readonly levensgebiedenInclude?: readonly string[];
  readonly summaryContains?: readonly string[];
  /** Never in any field the wijkteam reads (identifiers, words the resident never said). */
  readonly nowhere?: readonly string[];
  readonly melder: { readonly phone: string | null; readonly email: string | null };
}

export interface Journey {
  readonly persona: Persona;
  /** At most this many resident messages from the first one to a result card. */
  readonly maxTurnsToResult?: number;
  /** What the bot must have said somewhere in the conversation. */
  readonly said?: readonly string[];
  readonly notSaid?: readonly string[];
  readonly handover?: HandoverExpectation;
  /** A first conversation of the same resident, played before this one (a returning resident). */
  readonly before?: Persona;
  /** Days between `before` and this conversation. */
  readonly daysLater?: number;
}

const MONEY = 'Geld, schulden en administratie';
const MEET = 'Eenzaamheid en ontmoeting';
const RAISE = 'Opvoeden en opgroeien';
const CARE = 'Zorgen voor een naaste';
const LANGUAGE = 'Taal, lezen en digitaal';

export const journeys: readonly Journey[] = [
  {
    persona: {
      name: 'debts, nothing said yet',
      theme: 'money',
      first: 'ik kan mijn rekeningen niet meer betalen en de deurwaarder belt steeds',
      topic: MONEY,
      forWhom: 'Voor mezelf',
      age: '45',
      where: '7544',
    },
    maxTurnsToResult: 6,
  },
  {
    persona: {
      name: 'debts, where and age in the first message',
      theme: 'money',
      first:
        'Ik ben 67 en woon in de Wesselerbrink. Ik heb schulden en weet niet hoe ik moet beginnen',
      topic: MONEY,
      forWhom: 'Voor mezelf',
    },
    maxTurnsToResult: 4,
    said: ['U noemde de wijk Wesselerbrink. Daar zoek ik.'],
    notSaid: ['Hoe oud bent u?', 'In welke wijk zoekt u hulp?'],
  },
  {
    persona: {
      name: 'administration, distress, wants a person with the results',
      theme: 'money',
      first: 'ik weet niet meer wat ik moet doen, de brieven over mijn huur stapelen zich op',
      topic: MONEY,
      forWhom: 'Voor mezelf',
      age: '38',
      where: 'Stroinkslanden',
      afterResults: 'person',
      callName: 'Ilse',
      contact: '06 23456789',
      moment: 'na 15 uur',
    },
    maxTurnsToResult: 6,
    // The help and a person side by side, not a person instead of the help (defect 5).
    said: ['Het klinkt alsof er veel op u afkomt. U hoeft het niet alleen te doen.'],
    notSaid: ['Zal ik uw vraag doorsturen?'],
    handover: {
      wijkteam: 'helmerhoek-stroinkslanden',
      forWhom: 'zelf',
      wijk: 'Stroinkslanden',
      summaryContains: ['de brieven over mijn huur stapelen zich op'],
      melder: { phone: '0623456789', email: null },
    },
  },
  {
    persona: {
      name: 'lonely after a loss',
      theme: 'loneliness',
      first: 'Sinds mijn man vorig jaar is overleden voel ik me erg alleen',
      topic: MEET,
      forWhom: 'Voor mezelf',
      age: '78',
      where: 'ik woon in de Roombeek',
    },
    maxTurnsToResult: 6,
    // Hard news is acknowledged (defect 6), and the man is not taken for the subject (defect 2).
    said: ['Wat verdrietig. Gecondoleerd met uw verlies.', 'Dat is de wijk Roombeek-Roomveldje.'],
    notSaid: ['Dank u wel. Ik heb uw vraag gelezen.'],
  },
  {
    persona: {
      name: 'young and lonely in a new city',
      theme: 'loneliness',
      // "ik zit de hele dag op mijn kamer" makes the safety check (ADR 0012) ask, and after "Nee,
      // het gaat wel" the question is lost (reported; see journeys.test.ts).
      first:
        'ik ben net verhuisd naar enschede, ik ben 19 en ken hier bijna niemand. ik zoek nieuwe vrienden',
      topic: MEET,
      forWhom: 'Voor mezelf',
      where: 'Enschede zuid',
    },
    // The search reads "op mijn kamer" as Wonen: "Iets anders" and the list cost two turns.
    maxTurnsToResult: 6,
    said: ['Dan zoek ik in stadsdeel Zuid.'],
  },
  {
    persona: {
      name: 'teenager skipping school',
      theme: 'parenting',
      first: 'Mijn zoon van 15 spijbelt steeds en ik krijg geen contact meer met hem',
      topic: RAISE,
      where: '7545',
    },
    maxTurnsToResult: 4,
    notSaid: ['Voor wie zoekt u hulp?', 'Hoe oud is uw kind?'],
  },
  {
    persona: {
      name: 'toddler, playmates, postcode in the message',
      theme: 'parenting',
      first:
        'Ik zoek een plek waar mijn dochtertje van 3 met andere kinderen kan spelen, wij wonen in 7523',
      topic: RAISE,
    },
    maxTurnsToResult: 3,
  },
  {
    persona: {
      name: 'a name typed at "Voor wie"',
      theme: 'parenting',
      first: 'hoe kan ik zorgen dat ze beter slaapt, ze is vaak wakker',
      topic: RAISE,
      forWhom: 'Sanne',
      whoIs: 'mijn dochter',
      age: '6',
      where: 'Pathmos',
    },
    // Two turns for the name, two for a topic the search did not see ("slaapt", "wakker"), and
    // one for the safety check, which asks about this message (ADR 0012) and then goes on with it.
    maxTurnsToResult: 9,
    said: ['Wie is Sanne voor u?'],
  },
  {
    persona: {
      name: 'carer at the end of her strength',
      theme: 'mantelzorg',
      first: 'Ik zorg al twee jaar voor mijn moeder met dementie en ik ben op',
      topic: CARE,
      forWhom: 'Voor mezelf',
      age: '58',
      where: '7531',
    },
    maxTurnsToResult: 6,
  },
  {
    persona: {
      name: 'day care for a father',
      theme: 'mantelzorg',
      // "hij zit alleen thuis" makes the safety check (ADR 0012) ask; reworded like the others.
      first: 'ik zoek iets voor overdag voor mijn vader van 82, hij is de hele dag thuis',
      topic: MEET,
      where: 'Glanerbrug',
    },
    maxTurnsToResult: 4,
    notSaid: ['Voor wie zoekt u hulp?', 'Hoe oud'],
  },
  {
    persona: {
      name: 'reading and writing',
      theme: 'language',
      first: 'Ik wil beter leren lezen en schrijven, ik schaam me ervoor',
      topic: LANGUAGE,
      forWhom: 'Voor mezelf',
      age: '52',
      where: 'Deppenbroek',
    },
    maxTurnsToResult: 6,
  },
  {
    persona: {
      name: 'NT2: a letter not understood',
      theme: 'NT2',
      first: 'ik nederlands niet goed. brief van gemeente ik begrijp niet. wat moet doen',
      topic: LANGUAGE,
      forWhom: '1',
      age: '34',
      where: '7541',
    },
    maxTurnsToResult: 7,
  },
  {
    persona: {
      name: 'NT2: no money for food',
      theme: 'NT2',
      // "mijn man weg, ik alleen met 3 kinder, geen geld voor eten" gets the Veilig Thuis crisis
      // reply from the safety check of ADR 0012 since its merge (reported).
      first: 'ik geen geld voor eten deze maand. wat moet doen',
      topic: MONEY,
      forWhom: 'Voor mezelf',
      age: '31',
      where: 'Velve Lindenhof',
    },
    maxTurnsToResult: 7,
  },
  {
    persona: {
      name: 'English: lonely newcomer',
      theme: 'English',
      first: 'I just moved to Enschede for work and I feel lonely, I am 30',
      topic: 'Loneliness and meeting people',
      forWhom: 'For myself',
      where: '7511',
    },
    maxTurnsToResult: 5,
    said: ['The description of each service comes from the organisation itself and is in Dutch.'],
  },
  {
    persona: {
      name: 'English: debts and rent',
      theme: 'English',
      first: "I have debts and I don't know how to pay my rent this month",
      topic: 'Money, debts and paperwork',
      forWhom: 'For myself',
      age: '27',
      where: 'Wesselerbrink',
    },
    maxTurnsToResult: 6,
  },
  {
    persona: {
      name: 'a person about debts, at once',
      theme: 'a person',
      first: 'Ik wil graag iemand van het wijkteam spreken over mijn schulden',
      topic: MONEY,
      where: 'Boswinkel',
      callName: 'Karin',
      contact: 'karin@example.nl',
    },
    // Heard at once (defect 11): no intake questions, no results first.
    notSaid: [
      'Voor wie zoekt u hulp?',
      'Hoe oud bent u?',
      'Heeft u al iets geprobeerd?',
      'Helpt dit u verder?',
    ],
    handover: {
      wijkteam: 'boswinkel-boekelo',
      // Nobody said for whom: the wijkteam asks, the bot does not assume (defect 2).
      forWhom: 'onbekend',
      wijk: 'Boswinkel',
      levensgebiedenInclude: ['geld'],
      summaryContains: ['Ik wil graag iemand van het wijkteam spreken over mijn schulden'],
      melder: { phone: null, email: 'karin@example.nl' },
    },
  },
  {
    persona: {
      name: 'a person, as a command, without a wijk',
      theme: 'a person',
      first: 'ik wil een mens spreken',
      topic: MONEY,
      story:
        'Mijn moeder woont ver weg en kan mij niet helpen. Ik red het niet met de administratie.',
      where: 'weet ik niet',
      callName: 'Youssef',
      contact: '053 481 1234',
      moment: 'in de ochtend',
    },
    // Without a wijk: said so, never "het wijkteam van uw wijk" (defect 3).
    said: ['Ik weet niet in welke wijk u woont. Daarom gaat uw vraag naar wijkteam Centrum.'],
    notSaid: ['het wijkteam van uw wijk'],
    handover: {
      wijkteam: 'centrum',
      // "mijn moeder … kan mij niet helpen" is not "voor een ouder" (defect 2).
      forWhom: 'onbekend',
      wijk: null,
      summaryContains: ['Ik red het niet met de administratie.'],
      melder: { phone: '0534811234', email: null },
    },
  },
  {
    persona: {
      name: 'a long story with many problems',
      theme: 'multi-problem',
      first:
        'Ik ben alleenstaande moeder van twee kinderen. Ik heb schulden en de deurwaarder komt, ons huis is te klein en vochtig en mijn dochter wordt gepest op school. Ik slaap slecht en ben steeds moe.',
      topic: MONEY,
      acceptsProposal: true,
      where: '7543',
      callName: 'Mira',
      contact: '06 34567890',
      mayCall: false,
    },
    said: ['Uw vraag gaat over een paar dingen tegelijk.'],
    handover: {
      wijkteam: 'wesselerbrink',
      forWhom: 'onbekend',
      wijk: 'Wesselerbrink',
      levensgebiedenInclude: ['geld'],
      summaryContains: ['de deurwaarder komt'],
      melder: { phone: '0634567890', email: null },
    },
  },
  {
    persona: {
      name: 'identifiers typed into the story',
      theme: 'money',
      first:
        'Mijn BSN is 111222333 en ik snap de brief over mijn toeslagen niet, bel me op 0612345678',
      topic: MONEY,
      forWhom: 'Voor mezelf',
      age: '44',
      where: '7546',
      afterResults: 'person',
      callName: 'Noor',
      contact: 'noor@example.nl',
    },
    said: ['Ik heb een nummer of adres uit uw tekst gehaald'],
    handover: {
      wijkteam: 'boswinkel-boekelo',
      forWhom: 'zelf',
      wijk: 'Boswinkel',
      summaryContains: ['[BSN weggehaald]', '[telefoonnummer weggehaald]'],
      nowhere: ['111222333', '0612345678'],
      melder: { phone: null, email: 'noor@example.nl' },
    },
  },
  {
    persona: {
      name: 'neighbour of 90',
      theme: 'loneliness',
      first: 'Mijn buurvrouw is 90 en voelt zich eenzaam, ze wil graag wat aanspraak',
      topic: MEET,
      where: 'Stadsveld',
    },
    maxTurnsToResult: 5,
    notSaid: ['Voor wie zoekt u hulp?', 'Hoe oud'],
  },
  {
    persona: {
      name: 'living in Hengelo',
      theme: 'money',
      first: 'ik woon in Hengelo en zoek hulp bij mijn administratie',
      topic: MONEY,
      forWhom: 'Voor mezelf',
      age: '60',
    },
    maxTurnsToResult: 5,
    said: ['Hengelo ligt niet in Enschede.'],
    notSaid: ['In welke wijk zoekt u hulp?'],
  },
  {
    before: {
      name: 'first time: debts, it helped',
      theme: 'returning',
      first: 'ik heb schulden',
      topic: MONEY,
      forWhom: 'Voor mezelf',
      age: '50',
      where: '7544',
    },
    daysLater: 5,
    persona: {
      name: 'returning: it did not work out',
      theme: 'returning',
      first: 'het is me niet gelukt, ik kon niemand bereiken',
      topic: MONEY,
      followUp: 'Overslaan',
      acceptsProposal: false,
    },
    // Only the topic is remembered between conversations (privacy): who, age and wijk are asked.
    maxTurnsToResult: 6,
    // Understood (defect 8): the same topic, the wijkteam offered, and not the same list again.
    said: [
      'Wat vervelend dat het niet gelukt is. Vorige keer zochten we naar hulp bij: Geld, schulden en administratie.',
      'U vroeg hier eerder naar. Het is toen nog niet opgelost.',
    ],
  },
];
