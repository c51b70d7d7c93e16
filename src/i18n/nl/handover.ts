import { inGemeente, ofGemeente } from './gemeenteName.js';
import { wijkteamCalled } from './wijkteamName.js';

/**
 * The warm handover to the wijkteam (docs/adr/0010-conversation-design.md, "The flow"): what happens next, consent (default no),
 * minimal contact details, the exact summary, and the reference. "u", B1, one question per
 * message. `staff` holds the Dutch words the wijkteam reads in the summary; residents who write
 * English confirm the same in English (`handoverSummary` in src/i18n/en/cards.ts).
 */
export const handoverTexts = {
  intro: {
    whatHappens: (team: string, days: number) =>
      `Ik kan uw vraag doorsturen naar ${team}. Iemand van het wijkteam neemt dan binnen ${days} werkdagen contact met u op. Dat is gratis.`,
    team: (name: string) => wijkteamCalled(name),
    /** No wijk known: the case goes to the routing's fallback team, and the resident hears so. */
    noWijk: (team: string) =>
      `Ik weet niet in welke wijk u woont. Daarom gaat uw vraag naar ${team}. Zij zorgen dat het goede wijkteam uw vraag krijgt.`,
    outside: (place: string, team: string, gemeente?: string) =>
      `U woont in ${place}, niet ${inGemeente(gemeente)}. Het wijkteam ${ofGemeente(gemeente)} kan u misschien niet helpen. Ik kan uw vraag wel naar ${team} sturen. Zij kijken wie u kan helpen.`,
    noRetelling: 'Ik stuur uw vraag mee. Dan hoeft u uw verhaal niet opnieuw te vertellen.',
  },
  story: {
    question:
      'Wilt u in een paar zinnen vertellen wat er speelt? Dan hoeft u het aan het wijkteam niet opnieuw te vertellen.',
    skip: 'Overslaan',
  },
  where: {
    /** `example`: as at the intake's where question (src/i18n/nl/intake.ts). */
    question: (example?: string) =>
      `Wat is uw postcode? Dan kies ik het goede wijkteam.${example === undefined ? '' : ` Bijvoorbeeld ${example}.`} De naam van uw wijk mag ook.`,
    skip: 'Overslaan',
  },
  consent: {
    question: 'Mag ik uw vraag en uw contactgegevens delen met het wijkteam?',
    yes: 'Ja, dat mag',
    no: 'Nee',
    retry: 'Typ "ja" als ik uw vraag mag doorsturen. Typ "nee" als dat niet mag.',
  },
  /**
   * The ways to reach the wijkteam yourself, by whose number the knowledge gives (`WijkteamPhone`
   * in src/knowledge/catalogue.ts), as the card under a voorziening says it: the wijkteam's own
   * line, or the gemeente's general number where the resident asks for the wijkteam. Without a
   * number or site the resident is still shown the way: ask the gemeente, as the card says.
   */
  selfContact: {
    intro: 'Dat is goed. Ik stuur niets door.',
    phone: {
      wijkteam: (phone: string) => `U kunt het wijkteam ook zelf bellen: ${phone}.`,
      gemeente: (phone: string) =>
        `U kunt ook de gemeente bellen: ${phone}. Vraag naar het wijkteam van uw wijk.`,
    },
    /** After a number. */
    website: (link: string) => `Of kijk op ${link}.`,
    /** Without a number to call. */
    websiteOnly: (link: string) => `Kijk op ${link} voor het wijkteam van uw wijk.`,
    /** Without a number or a site: no number to name, but never a dead end. */
    askGemeente: 'Vraag bij de gemeente naar het wijkteam van uw wijk.',
  },
  name: {
    question: 'Hoe mag het wijkteam u noemen? Uw voornaam of roepnaam is genoeg.',
    retry: 'Typ alleen uw naam, zonder cijfers. Bijvoorbeeld: Fatima.',
    notAName:
      'Het wijkteam wil weten hoe het u mag noemen. Typ alleen uw voornaam of roepnaam. Bijvoorbeeld: Fatima.',
    declined:
      'Dat begrijp ik. Het wijkteam gebruikt uw naam alleen om u aan te spreken. Uw voornaam is genoeg. Een andere naam mag ook.',
    otherAnswer:
      'Ik heb uw naam nog niet. Typ eerst hoe het wijkteam u mag noemen. Bijvoorbeeld: Fatima.',
    contactDetail:
      'Dat lijkt een telefoonnummer of e-mailadres. Daar vraag ik zo naar. Typ nu eerst uw voornaam of roepnaam.',
  },
  contact: {
    question: 'Hoe kan het wijkteam u bereiken? Typ uw telefoonnummer of uw e-mailadres.',
    phone_length:
      'Dit telefoonnummer klopt niet. Een nummer heeft 10 cijfers, bijvoorbeeld 06 12345678. Probeer het nog een keer.',
    email:
      'Dit e-mailadres klopt niet. Een e-mailadres ziet er zo uit: naam@voorbeeld.nl. Probeer het nog een keer.',
    neither:
      'Dat is geen telefoonnummer of e-mailadres. Typ bijvoorbeeld 06 12345678 of naam@voorbeeld.nl.',
    giveUp: 'Het lukt nu niet met het nummer of adres. Dat geeft niet.',
  },
  calls: {
    question: 'Mag het wijkteam u bellen?',
    yes: 'Ja, bellen mag',
    no: 'Nee, alleen sms of e-mail',
    needEmail:
      'Een sms kan alleen naar een 06-nummer. Wat is uw e-mailadres? Dan mailt het wijkteam u.',
  },
  moment: {
    question:
      'Wanneer kan het wijkteam u het best bereiken? Bijvoorbeeld: "in de ochtend" of "na 15 uur".',
    any: 'Maakt niet uit',
    retry: 'Typ een moment in een paar woorden. Of kies "Maakt niet uit".',
  },
  summary: {
    /** Empty in Dutch: the summary is Dutch already. */
    language: '',
    alsoSent: (topics: string) => `We sturen ook mee waar uw vraag over gaat: ${topics}.`,
    alsoShown: (names: string) => `En welke hulp ik u al liet zien: ${names}.`,
    question: 'Klopt dit? Kies "Ja, versturen", "Aanpassen" of "Niet versturen".',
    confirm: 'Ja, versturen',
    change: 'Aanpassen',
    cancel: 'Niet versturen',
    masked:
      'Ik heb een nummer uit uw tekst gehaald, zoals een BSN of rekeningnummer. Dat hoort niet in de chat.',
  },
  change: {
    what: 'Wat wilt u aanpassen?',
    story: 'Mijn vraag',
    contact: 'Mijn gegevens',
    newStory:
      'Typ uw vraag zoals het wijkteam hem mag lezen. Kort mag ook. Wat u nu typt, komt in plaats van de oude tekst.',
  },
  sent: {
    reference: (reference: string, team: string) =>
      `Uw vraag is verstuurd naar ${team}. Uw nummer is ${reference}. Bewaar dit nummer goed.`,
    next: (days: number) =>
      `Iemand van het wijkteam neemt binnen ${days} werkdagen contact met u op. U hoeft zelf niets te doen.`,
    urgent: (alarm: string, veiligThuis: string) =>
      `Wordt het dringend, en is het wijkteam dicht? Bij gevaar belt u ${alarm}. Voor medische hulp belt u de huisarts of de huisartsenpost. Maakt u zich zorgen over geweld thuis? Bel Veilig Thuis: ${veiligThuis}, dag en nacht.`,
    comeBack: 'U kunt later hier terugkomen. Dan ziet u hoe het met uw vraag staat.',
  },
  cancelled: 'Goed. Er is niets verstuurd.',
  failed:
    'Sorry, het versturen is niet gelukt. Er is niets opgeslagen. Probeer het later nog een keer.',
  /** Words the wijkteam reads in a case (Dutch only). */
  staff: {
    tried: {
      self: 'Heeft zelf al iets geprobeerd.',
      network: 'Heeft het geprobeerd met mensen om zich heen.',
      alreadyHelp: 'Krijgt al hulp.',
      nothing: 'Nog niets geprobeerd.',
    },
    caresFor: 'De inwoner zorgt voor deze persoon (mantelzorg).',
    noStory: 'De inwoner wil graag met iemand van het wijkteam praten.',
  },
} as const;
