/**
 * Texts of the Casusbord, the Teams tab where wijkteam staff see and work their cases. Staff read
 * these, so "u" and B1 as everywhere, with the word "casus" the wijkteams use. Status, outcome and
 * history labels come from ./cases.ts, field labels from ./cards.ts, so board and card say the same.
 *
 * `page` fills the HTML template on the server; `client` goes to the browser as JSON through
 * /api/board/config, so its texts with a value use a `{name}` placeholder instead of a function.
 */
/** Said wherever signing in again is needed, so a colleague does not retype a note. */
const DRAFT_KEPT = 'Wat u in een formulier typte, blijft bewaard';

export const boardTexts = {
  page: {
    documentTitle: 'Casusbord – digitale wijkwijzer',
    heading: 'Casusbord',
    intro: 'Vragen die inwoners via de digitale wijkwijzer aan het wijkteam hebben overgedragen.',
    loading: 'Het Casusbord wordt geladen…',
    noScript: 'Het Casusbord werkt alleen als JavaScript aan staat.',
    skipLink: 'Naar de casussen',
    unavailable: 'Het Casusbord kan nu niet laden. Probeer het later opnieuw.',
  },
  client: {
    signedInAs: 'Aangemeld als {name}.',
    teamsOf: 'Wijkteam: {teams}.',
    coordinatorScope: 'U bent coördinator: u ziet de casussen van alle wijkteams.',
    viaDevLogin: 'Testaanmelding, geen echte medewerker.',
    outsideTeams: 'U opent het Casusbord buiten Microsoft Teams.',
    openInTeams:
      'Open het Casusbord in Microsoft Teams. Buiten Teams kunt u zich hier niet aanmelden.',
    devLoginHeading: 'Aanmelden om te proberen',
    devLoginIntro:
      'Dit is een testomgeving. Kies een verzonnen medewerker. Dit kan niet in de echte omgeving: daar meldt u zich aan via Teams.',
    devLoginPersona: 'Medewerker',
    devLoginCoordinator: '{name} (coördinator, alle wijkteams)',
    devLoginMember: '{name} (wijkteam {teams})',
    devLoginButton: 'Aanmelden',
    /**
     * A note being typed is kept in the tab's sessionStorage (ADR 0011, amendment), which Teams
     * keeps while it stays open: closing and opening the Casusbord keeps it, closing Teams does not.
     */
    ssoFailed: `Aanmelden via Teams lukte niet. Sluit het Casusbord en open het opnieuw. Lukt het dan nog niet? Neem contact op met de beheerder. ${DRAFT_KEPT} zolang Teams open blijft.`,
    filtersHeading: 'Welke casussen wilt u zien?',
    filterStatus: 'Status',
    statusOpen: 'Alle open casussen',
    statusAll: 'Alle casussen',
    filterAge: 'Hoe lang al binnen',
    ageAny: 'Maakt niet uit',
    ageOverdue: 'Te lang niet opgepakt',
    ageDay: 'Langer dan 1 dag',
    ageThreeDays: 'Langer dan 3 dagen',
    ageWeek: 'Langer dan 1 week',
    filterTeam: 'Wijkteam',
    teamAll: 'Alle wijkteams',
    filterMine: 'Alleen casussen die ik heb opgepakt',
    sort: 'Volgorde',
    sortWaiting: 'Langst wachtend eerst',
    sortNewest: 'Nieuwste eerst',
    refresh: 'Lijst vernieuwen',
    listHeading: 'Casussen',
    listSummary: '{shown} van {total} casussen te zien.',
    listOverdue: '{count} te lang niet opgepakt.',
    listUpdated: 'De lijst is bijgewerkt. {shown} casussen te zien.',
    /** One case is "casus", not "casussen" (the page picks these when the count is 1). */
    listSummaryOne: '{shown} van {total} casus te zien.',
    listUpdatedOne: 'De lijst is bijgewerkt. {shown} casus te zien.',
    empty: 'Er zijn geen casussen die passen bij deze keuze.',
    columns: {
      reference: 'Casus',
      status: 'Status',
      wijkteam: 'Wijkteam',
      area: 'Wijk',
      subjects: 'Onderwerpen',
      received: 'Binnen',
      assignee: 'Opgepakt door',
    },
    overdue: 'Te lang niet opgepakt',
    mine: '(u)',
    nobody: 'Nog niemand',
    unknownArea: 'Onbekend',
    openCase: 'Bekijk casus {reference}',
    backToList: 'Terug naar de lijst',
    detailHeading: 'Casus {reference}',
    detailForTeam: 'Voor wijkteam {team}',
    sections: {
      question: 'De vraag',
      details: 'Gegevens',
      tried: 'Wat al geprobeerd is',
      shown: 'Al getoond door de wijkwijzer',
      contact: 'Contactgegevens',
      history: 'Geschiedenis',
      actions: 'Wat wilt u doen?',
    },
    labels: {
      status: 'Status',
      assignee: 'Opgepakt door',
      received: 'Binnen',
      area: 'Wijk',
      forWhom: 'Voor wie',
      ageBand: 'Leeftijd',
      subjects: 'Onderwerpen',
      conversations: 'Gesprekken met de wijkwijzer',
      outcome: 'Uitkomst',
      contactPreference: 'Contact',
      name: 'Naam',
      phone: 'Telefoon',
      email: 'E-mail',
    },
    history: {
      when: 'Wanneer',
      who: 'Wie',
      what: 'Wat',
      note: 'Notitie',
    },
    nothingTried: 'Niets genoemd.',
    nothingShown: 'Niets.',
    contactYours: 'U heeft deze casus opgepakt. Alleen u ziet de contactgegevens.',
    contactHidden: 'Alleen zichtbaar voor wie de casus heeft opgepakt.',
    contactErased: 'Contactgegevens gewist op {date}.',
    noContact:
      'Geen contactgegevens: de inwoner heeft ze laten wissen. U kunt de inwoner niet bereiken.',
    noActions: 'U kunt nu niets doen met deze casus.',
    actions: {
      claim: 'Ik pak dit op',
      contactMade: 'Contact gelegd',
      close: 'Afronden',
      release: 'Terugzetten',
    },
    closeForm: {
      legend: 'Hoe is de casus afgerond?',
      note: 'Notitie (mag leeg blijven)',
      noteHint: 'Kort. Geen BSN, adres of andere gevoelige gegevens.',
      confirm: 'Afronden',
      cancel: 'Annuleren',
      outcomeMissing: 'Kies eerst hoe de casus is afgerond.',
    },
    /** "Contact gelegd" opens this: what was agreed, for the colleague and the team. */
    contactForm: {
      note: 'Wat is er afgesproken? (mag leeg blijven)',
      noteHint: 'Kort. Geen BSN, adres of andere gevoelige gegevens.',
      confirm: 'Opslaan',
      cancel: 'Annuleren',
    },
    working: 'Even geduld…',
    failed: 'Er ging iets mis. Er is niets veranderd. Probeer het zo nog eens.',
    signedOut: `Uw aanmelding is verlopen. Laad het Casusbord opnieuw en meld u aan. ${DRAFT_KEPT}.`,
  },
  /** What the colleague reads after pressing a button on the board. */
  notice: {
    claim: 'U heeft de casus opgepakt. De contactgegevens staan hieronder.',
    contactMade: 'Genoteerd: er is contact gelegd.',
    close: 'De casus is afgerond.',
    release: 'De casus is teruggezet. Een collega kan hem nu oppakken.',
    claimedByOther: (name: string) =>
      `${name} heeft deze casus al opgepakt. Er is niets veranderd.`,
    claimedByYou: 'U had deze casus al opgepakt. Er is niets veranderd.',
    changedByOther: (name: string) =>
      `${name} heeft deze casus net gewijzigd. U ziet nu de nieuwe stand. Er is niets veranderd.`,
    changedBySomeone:
      'Deze casus is net gewijzigd. U ziet nu de nieuwe stand. Er is niets veranderd.',
    notNow: 'Deze stap kan nu niet. U ziet nu de stand van de casus.',
    notYours: 'Alleen wie de casus heeft opgepakt of een coördinator mag dit doen.',
    outcomeMissing: 'Kies eerst hoe de casus is afgerond.',
    notFound: 'Deze casus is niet gevonden. Misschien is hij al verwijderd.',
    invalid: 'Deze actie klopt niet. Er is niets veranderd. Laad het Casusbord opnieuw.',
    noContact:
      'Contact gelegd kan niet: de inwoner heeft de contactgegevens laten wissen. Er is niets veranderd. Rond af met "Geen contact gekregen" als er niets meer te doen is.',
  },
  /** Who did something, in the history of a case. */
  actor: {
    resident: 'Inwoner',
    system: 'Wijkwijzer (automatisch)',
  },
  waitingSince: (amount: string) => `${amount} geleden`,
  justNow: 'net binnen',
} as const;
