/**
 * Texts on Adaptive Cards: the handover card wijkteam staff see in Teams, and the cards residents
 * see in the web chat. Staff cards use short neutral labels; resident cards address the resident
 * with "u" (docs/adr/0004-tone-of-voice.md). Status and outcome labels live in ./cases.ts.
 */
export const cardsTexts = {
  caseCard: {
    title: (reference: string) => `Vraag ${reference}`,
    forTeam: (team: string) => `Voor wijkteam ${team}`,
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
      bestMoment: (moment: string) => `Beste moment: ${moment}`,
    },
    contactLabels: {
      name: 'Naam',
      phone: 'Telefoon',
      email: 'E-mail',
    },
    yours: 'U heeft deze vraag opgepakt. Alleen u ziet de contactgegevens.',
    actions: {
      claim: 'Ik pak dit op',
      contactMade: 'Contact gelegd',
      close: 'Afronden',
      closeConfirm: 'Afronden',
      release: 'Terugzetten',
      refresh: 'Vernieuwen',
    },
    closeForm: {
      outcome: 'Hoe is de vraag afgerond?',
      outcomeMissing: 'Kies hoe de vraag is afgerond.',
      note: 'Notitie (mag leeg blijven)',
      notePlaceholder: 'Kort. Geen BSN, adres of andere gevoelige gegevens.',
    },
  },
  /** A line above the card for the colleague who pressed a button: what happened, or why not. */
  notice: {
    claimed: 'U heeft de vraag opgepakt. De contactgegevens staan hieronder.',
    contactMade: 'Genoteerd: er is contact gelegd.',
    closed: 'De vraag is afgerond.',
    released: 'De vraag is teruggezet. Een collega kan hem nu oppakken.',
    claimedByOther: (name: string) =>
      `${name} heeft deze vraag al opgepakt. Er is niets veranderd.`,
    claimedByYou: 'U had deze vraag al opgepakt. Er is niets veranderd.',
    changedByOther: (name: string) =>
      `${name} heeft deze vraag net gewijzigd. Hieronder ziet u de nieuwe stand. Er is niets veranderd.`,
    changedBySomeone:
      'Deze vraag is net gewijzigd. Hieronder ziet u de nieuwe stand. Er is niets veranderd.',
    notNow: 'Deze stap kan nu niet. Hieronder ziet u de stand van de vraag.',
    notYours: 'Alleen wie de vraag heeft opgepakt of een coördinator mag dit doen.',
    outcomeMissing: 'Kies eerst hoe de vraag is afgerond.',
  },
  /** A small card instead of the case card, when there is no case the caller may see. */
  message: {
    title: 'Wijkwijzer',
    unknownVerb: 'Deze knop kennen we niet. Er is niets veranderd.',
    invalid: 'Deze knop werkt niet goed. Er is niets veranderd.',
    notFound: 'Deze vraag is niet gevonden. Misschien is hij al verwijderd.',
    failed: 'Er ging iets mis. Er is niets veranderd. Probeer het zo nog eens.',
  },
  voorziening: {
    howToApply: 'Zo meldt u zich aan',
    contact: 'Contact',
    call: (number: string) => `Bel ${number}`,
    email: 'Stuur een e-mail',
    website: 'Naar de website',
    verifiedOn: (date: string) => `Gecontroleerd op ${date}.`,
    notVerified: 'Nog niet gecontroleerd. Bel eerst even voordat u gaat.',
    phoneFact: 'Telefoon',
    emailFact: 'E-mail',
  },
  handoverSummary: {
    title: 'Dit sturen we naar het wijkteam',
    intro: (team: string) => `Dit sturen we naar wijkteam ${team}. Klopt dit?`,
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
  },
} as const;
