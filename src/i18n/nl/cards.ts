import { casesTexts } from './cases.js';
import { handoverTexts } from './handover.js';
import { wijkteamCalled } from './wijkteamName.js';

/**
 * Texts on Adaptive Cards: the handover card wijkteam staff see in Teams, and the cards residents
 * see in the web chat. Staff texts call a handover a "casus", as the Casusbord does; residents
 * read "uw vraag". Staff cards use short neutral labels; resident cards address the resident
 * with "u" (docs/adr/0004-tone-of-voice.md). Status and outcome labels live in ./cases.ts.
 */
export const cardsTexts = {
  caseCard: {
    title: (reference: string) => `Casus ${reference}`,
    forTeam: (team: string) => `Voor ${wijkteamCalled(team)}`,
    labels: {
      status: 'Status',
      assignee: 'Opgepakt door',
      received: 'Binnen',
      area: 'Wijk',
      forWhom: 'Voor wie',
      ageBand: 'Leeftijd',
      levensgebieden: 'Onderwerpen',
      conversations: 'Gesprekken met de wijkwijzer',
      outcome: 'Uitkomst',
      contactPreference: 'Contact',
      closingNote: 'Notitie bij afronden',
    },
    sections: {
      question: 'De vraag',
      tried: 'Wat al geprobeerd is',
      shown: 'Al getoond door de wijkwijzer',
      contact: 'Contactgegevens',
    },
    nothingTried: 'Niets genoemd.',
    nothingShown: 'Niets.',
    unknownArea: 'Onbekend',
    nobody: 'Nog niemand',
    waiting: {
      justNow: 'net binnen',
      minutes: (amount: number) => (amount === 1 ? '1 minuut' : `${amount} minuten`),
      hours: (amount: number) => `${amount} uur`,
      days: (amount: number) => (amount === 1 ? '1 dag' : `${amount} dagen`),
      ago: (duration: string) => `${duration} geleden`,
    },
    contactPreference: {
      noCalls: 'Niet bellen, alleen sms of e-mail',
      callsFine: 'Bellen mag',
      emailOnly: 'Alleen e-mail: de inwoner gaf geen telefoonnummer',
      none: 'Geen contactgegevens',
      bestMoment: (moment: string) => `Beste moment: ${moment}`,
      /** The resident chose English in the chat: the colleague can call back in English. */
      english: 'De inwoner schreef in het Engels',
    },
    contactLabels: {
      name: 'Naam',
      phone: 'Telefoon',
      email: 'E-mail',
    },
    yours: 'U heeft deze casus opgepakt. Alleen u ziet de contactgegevens.',
    /** Marker on a case whose contact details the resident erased ("vergeet mij"). */
    noContact:
      'Geen contactgegevens: de inwoner heeft ze laten wissen. U kunt de inwoner niet bereiken. Rond af met "Geen contact gekregen" als er niets meer te doen is.',
    actions: {
      claim: 'Ik pak dit op',
      contactMade: 'Contact gelegd',
      close: 'Afronden',
      closeConfirm: 'Afronden',
      release: 'Terugzetten',
      refresh: 'Vernieuwen',
    },
    closeForm: {
      outcome: 'Hoe is de casus afgerond?',
      outcomeMissing: 'Kies hoe de casus is afgerond.',
      note: 'Notitie (mag leeg blijven)',
      notePlaceholder: 'Kort. Geen BSN, adres of andere gevoelige gegevens.',
    },
    contactForm: {
      note: 'Wat is er afgesproken? (mag leeg blijven)',
      notePlaceholder: 'Kort. Geen BSN, adres of andere gevoelige gegevens.',
      confirm: 'Opslaan',
    },
  },
  /** A line above the card for the colleague who pressed a button: what happened, or why not. */
  notice: {
    claimed: 'U heeft de casus opgepakt. De contactgegevens staan hieronder.',
    contactMade: 'Genoteerd: er is contact gelegd.',
    closed: 'De casus is afgerond.',
    released: 'De casus is teruggezet. Een collega kan hem nu oppakken.',
    claimedByOther: (name: string) =>
      `${name} heeft deze casus al opgepakt. Er is niets veranderd.`,
    claimedByYou: 'U had deze casus al opgepakt. Er is niets veranderd.',
    changedByOther: (name: string) =>
      `${name} heeft deze casus net gewijzigd. Hieronder ziet u de nieuwe stand. Er is niets veranderd.`,
    changedBySomeone:
      'Deze casus is net gewijzigd. Hieronder ziet u de nieuwe stand. Er is niets veranderd.',
    notNow: 'Deze stap kan nu niet. Hieronder ziet u de stand van de casus.',
    notYours: 'Alleen wie de casus heeft opgepakt of een coördinator mag dit doen.',
    outcomeMissing: 'Kies eerst hoe de casus is afgerond.',
    noContact:
      'Contact gelegd kan niet: de inwoner heeft de contactgegevens laten wissen. Er is niets veranderd. Rond af met "Geen contact gekregen" als er niets meer te doen is.',
  },
  /** A small card instead of the case card, when there is no case the caller may see. */
  message: {
    title: 'Wijkwijzer',
    unknownVerb: 'Deze knop kennen we niet. Er is niets veranderd.',
    invalid: 'Deze knop werkt niet goed. Er is niets veranderd.',
    noteTooLong: 'De notitie is te lang: maximaal 1000 tekens. Er is niets veranderd.',
    notFound: 'Deze casus is niet gevonden. Misschien is hij al verwijderd.',
    failed: 'Er ging iets mis. Er is niets veranderd. Probeer het zo nog eens.',
  },
  voorziening: {
    howToApply: 'Zo komt u er',
    contact: 'Contact',
    call: (number: string) => `Bel ${number}`,
    email: 'Stuur een e-mail',
    website: 'Naar de website',
    verifiedOn: (date: string) => `Gecontroleerd op ${date}.`,
    callFirst: 'Bel eerst even voordat u gaat.',
    lookFirst: 'Kijk eerst op de website voordat u gaat.',
    phoneFact: 'Telefoon',
    emailFact: 'E-mail',
    addressFact: 'Adres',
    gemeenteFact: 'Gemeente',
    wijkteamFact: 'Wijkteam',
    /** Under a card without a contact of its own: the gemeente's general number, and what to ask for. */
    viaGemeente: (name: string) =>
      `Bel de gemeente en vraag naar het wijkteam. Zeg dat u meer wilt weten over: ${name}.`,
    /** The same, under the wijkteam's own number (gebieden.yaml `wijkteamtelefoon`). */
    viaWijkteam: (name: string) => `Bel het wijkteam. Zeg dat u meer wilt weten over: ${name}.`,
    /** The same, where the knowledge gives no number to call (gebieden.yaml, gemeentediensten.yaml). */
    askWijkteam: (name: string) =>
      `Vraag bij de gemeente naar het wijkteam. Zeg dat u meer wilt weten over: ${name}.`,
    /** How to get in, for the channel the service has (English in ../en/cards.ts). */
    access: {
      walkIn: 'U kunt zonder afspraak binnenlopen.',
      call: 'U kunt zonder afspraak bellen.',
      callOrOnline: 'U kunt zonder afspraak bellen of online contact opnemen.',
      online: 'U kunt zonder afspraak online contact opnemen.',
      askGemeente: 'U bent zonder afspraak welkom. Waar en wanneer, dat weet het wijkteam.',
      signUpCall: 'Meld u eerst aan. Bel het nummer hieronder.',
      signUpCallOrOnline: 'Meld u eerst aan. Bel of kijk op de website.',
      signUpOnline: 'Meld u eerst aan via de website of per e-mail.',
      signUpViaGemeente: 'Meld u eerst aan. Het wijkteam helpt u daarbij.',
      referral: 'U heeft een verwijzing nodig, bijvoorbeeld van de huisarts of het wijkteam.',
      wijkteam: 'Dit gaat via het wijkteam.',
    },
    /** What a screen reader says for the card. */
    speak: (name: string, explanation: string) => `${name}. ${explanation}`,
  },
  handoverSummary: {
    /** Said once, as the card's heading; the question after the card asks "Klopt dit?". */
    title: (team: string) => `Dit sturen we naar ${wijkteamCalled(team)}`,
    labels: {
      question: 'Uw vraag',
      tried: 'Wat u al heeft geprobeerd',
      forWhom: 'Voor wie',
      area: 'Wijk',
      name: 'Uw naam',
      phone: 'Telefoon',
      email: 'E-mail',
      bestMoment: 'Beste moment',
      noCalls: 'Bellen',
    },
    noCalls: 'Liever niet, alleen sms of e-mail',
    nothingTried: 'Niets genoemd',
    confirm: 'Ja, versturen',
    change: 'Aanpassen',
    cancel: 'Niet versturen',
    /*
     * The values on the card, in the resident's language. In Dutch they are the very words the
     * wijkteam reads in the case (one source: ./cases.ts and ./handover.ts, `staff`).
     */
    forWhom: casesTexts.forWhom,
    ageBand: casesTexts.ageBand,
    /** Who the question is for when the resident cares for that person (mantelzorg). */
    caredFor: 'Voor iemand voor wie u zorgt',
    tried: handoverTexts.staff.tried,
    caresFor: handoverTexts.staff.caresFor,
    noStory: handoverTexts.staff.noStory,
  },
} as const;
