import { inGemeente, wholeGemeente } from './gemeenteName.js';
import { wijkteamCalled, WijkteamCalled } from './wijkteamName.js';

/**
 * What the bot says during the intake, and to the commands a resident can type at any moment
 * (help, opnieuw, stop, privacy, "wat weet je van mij", "vergeet mij"). Form of address "u";
 * B1: short sentences, common words, one question per message (docs/adr/0004-tone-of-voice.md).
 * Never a lecture about eigen kracht: asking for help is a step, and we say so.
 */
export const intakeTexts = {
  welcome: {
    hello:
      'Hallo! Ik ben de digitale wijkwijzer van de gemeente. Ik ben een computerprogramma, geen mens.',
    whatICanDo:
      'Ik zoek met u naar gratis hulp en activiteiten in uw wijk. Lukt dat niet? Dan kan iemand van het wijkteam met u meedenken.',
    whatIKeep:
      'Ik bewaar zo weinig mogelijk. Typ "privacy" om te lezen wat ik bewaar. Typ "help" als u vastloopt.',
    /**
     * The one sentence in English on the Dutch side, on purpose: a resident who reads no Dutch
     * must learn from the welcome that English works (like a language link on a website).
     */
    otherLanguage: 'You can also write in English.',
  },
  welcomeBack: 'Welkom terug bij de digitale wijkwijzer. Ik ben een computerprogramma, geen mens.',
  askQuestion: 'Waar kan ik u mee helpen? Schrijf het in uw eigen woorden.',
  askNextQuestion: 'Waar zoekt u hulp bij? Schrijf het in uw eigen woorden.',
  questionTooShort:
    'Kunt u iets meer vertellen? Bijvoorbeeld: "Ik voel me eenzaam" of "Ik heb schulden".',
  /** A message without one word the bot knows ("sdfg hjk"): asked again, without a topic guess. */
  notUnderstood:
    'Sorry, dat begreep ik niet. Kunt u het anders zeggen? Bijvoorbeeld: "Ik kan mijn rekeningen niet betalen".',
  questionReceived: 'Dank u wel. Ik heb uw vraag gelezen.',
  /** A greeting without a question ("hallo ik ben terug"): said before the question is asked again. */
  greetedBack: 'Hallo! Fijn dat u er bent.',
  /** Said instead of "Ik heb uw vraag gelezen" when the message brings hard news. */
  hardNews: {
    loss: 'Wat verdrietig. Gecondoleerd met uw verlies.',
    illness: 'Wat naar om te horen. Dat is zwaar voor u.',
  },
  /**
   * A question about a service of the gemeente itself, not the sociale basis (ADR 0013, gemeente
   * amendment): said honestly, with the gemeente's contact, instead of unrelated help.
   */
  gemeente: {
    notForUs: (dienst: string) =>
      `Uw vraag gaat over: ${dienst}. Dit is een vraag voor de gemeente zelf. Daar kan ik u niet mee helpen. Ik zoek gratis hulp en activiteiten in uw wijk.`,
    phone: (gemeente: string, phone: string) => `U kunt de gemeente ${gemeente} bellen: ${phone}.`,
    website: (site: string) => `Of kijk op ${site}.`,
    websiteOnly: (gemeente: string, site: string) =>
      `Kijk op de website van de gemeente ${gemeente}: ${site}.`,
  },
  /**
   * A question about the wijkteam itself ("hoe bereik ik het wijkteam", "wat doet het wijkteam"):
   * what it is and does, how to reach the wijkteam of the resident's wijk, and the warm handover
   * (ADR 0013, session 18). The ways to reach it are the handover's (`selfContact`).
   */
  aboutWijkteam: {
    what: 'Het wijkteam is een team van hulpverleners in uw wijk. U kunt er terecht met vragen over bijvoorbeeld geld, opvoeden, gezondheid, zorg, wonen of eenzaamheid. Het wijkteam denkt met u mee. Ze helpen u zelf of zoeken samen met u de goede hulp. Dat is gratis.',
    /** `team`: the team's name in a sentence (wijkteamCalled). */
    yourTeam: (team: string) => `Uw wijkteam is ${team}.`,
    offer: 'Wilt u dat iemand van het wijkteam contact met u opneemt?',
    yes: 'Ja, graag',
    no: 'Nee, dank u',
    declined: 'Goed. U kunt mij ook altijd een vraag stellen. Dan zoek ik hulp in uw wijk.',
    /** No, when the question came at a question of the intake: that question comes again. */
    declinedGoOn: 'Goed. We gaan verder waar we waren.',
    /** Before the kaart's own wijkteam entry, shown beside a wish to speak to the wijkteam. */
    ownEntry: 'U kunt het wijkteam ook zelf bereiken:',
  },
  /**
   * Care that a huisarts, tandarts, fysiotherapeut, apotheek or ziekenhuis gives (ADR 0013, session
   * 14): not the sociale basis and not the gemeente, so said honestly with where to go instead.
   */
  care: {
    notForUs: (zorg: string) =>
      `Uw vraag gaat over: ${zorg}. Daar kan ik u niet mee helpen. Ik zoek gratis hulp en activiteiten in uw wijk.`,
    /** `emergency`: the alarm number as a tappable link (src/safety/crisisLines.ts). */
    whereToGo: (emergency: string) =>
      `Heeft u een vraag over uw gezondheid? Bel uw huisarts. Zoekt u een nieuwe huisarts, tandarts of fysiotherapeut? Uw zorgverzekeraar helpt u zoeken. Is het dringend en is uw huisarts dicht? Bel de huisartsenpost. Is het levensgevaarlijk? Bel ${emergency}.`,
  },
  /** After masking a BSN, rekeningnummer, phone number or e-mail address in the resident's words. */
  maskedNote:
    'Ik heb een nummer of adres uit uw tekst gehaald, zoals een BSN of rekeningnummer. Dat hoeft u hier niet te geven.',

  domains: {
    confirmOne: (label: string) => `Ik denk dat uw vraag gaat over: ${label}. Klopt dat?`,
    chooseOfFew: 'Ik denk dat uw vraag hierover gaat. Welke past het best?',
    /** A question about three things or more, after the resident chose to search on (ADR 0014). */
    chooseFirst: 'Waar wilt u eerst hulp bij? Kies er één.',
    both: 'Allebei',
    somethingElse: 'Iets anders',
    chooseFromList: 'Waar gaat uw vraag vooral over? Kies een onderwerp.',
    chosen: (labels: string) => `Goed. Ik zoek hulp bij: ${labels}.`,
    retry:
      'Ik weet nog niet welk onderwerp u bedoelt. Kies een onderwerp in de lijst, of typ het nummer. Past er geen? Kies dan "Iets anders of weet ik niet".',
    change: 'Onderwerp',
    /** The last choice of the list, and what the bot says when it is chosen. */
    none: 'Iets anders of weet ik niet',
    noneChosen: 'Goed. Dan zoek ik met de woorden van uw vraag.',
  },

  forWhom: {
    question: 'Voor wie zoekt u hulp?',
    self: 'Voor mezelf',
    child: 'Voor mijn kind',
    caredFor: 'Voor iemand voor wie ik zorg',
    someoneElse: 'Voor iemand anders',
    retry: 'Dat begreep ik niet. Kies een knop, of typ het nummer.',
    /** A name typed at "Voor wie": said back, never taken as a choice. */
    whoIs: (name: string) =>
      `Wie is ${name} voor u? Is ${name} uw kind, iemand voor wie u zorgt, of iemand anders? Kies een knop.`,
    /** A wijk, buurt, street or town typed at "Voor wie": a place, no person (ADR 0014, 2026-12-03). */
    notAPerson: (wijk?: string) =>
      `${wijk === undefined ? '' : `U noemt de wijk ${wijk}. `}Dat is een plek, geen persoon. Kies hieronder voor wie u hulp zoekt.`,
    /** "ik woon in …" typed at "Voor wie": said after what the "where" question took from it. */
    livesAt: 'Kies hieronder nog voor wie u hulp zoekt.',
    change: 'Voor wie',
  },

  /** The person a question is for, as the age question names them (src/understanding/personWords.ts). */
  relations: {
    moeder: 'uw moeder',
    vader: 'uw vader',
    zoon: 'uw zoon',
    dochter: 'uw dochter',
    kind: 'uw kind',
    partner: 'uw partner',
    man: 'uw man',
    vrouw: 'uw vrouw',
    opa: 'uw opa',
    oma: 'uw oma',
    broer: 'uw broer',
    zus: 'uw zus',
    oom: 'uw oom',
    tante: 'uw tante',
    kleinkind: 'uw kleinkind',
    buurman: 'uw buurman',
    buurvrouw: 'uw buurvrouw',
    schoonmoeder: 'uw schoonmoeder',
    schoonvader: 'uw schoonvader',
    vriend: 'uw vriend',
    vriendin: 'uw vriendin',
  },

  age: {
    self: 'Hoe oud bent u? Typ uw leeftijd of kies een knop.',
    child: 'Hoe oud is uw kind? Typ de leeftijd of kies een knop.',
    other: 'Hoe oud is degene voor wie u zoekt? Typ de leeftijd of kies een knop.',
    of: (who: string) => `Hoe oud is ${who}? Typ de leeftijd of kies een knop.`,
    bands: {
      '0-11': 'Jonger dan 12',
      '12-17': '12 tot 18 jaar',
      '18-26': '18 tot 27 jaar',
      '27-66': '27 tot 67 jaar',
      '67+': '67 jaar of ouder',
    },
    skip: 'Zeg ik liever niet',
    retry: 'Typ een leeftijd, bijvoorbeeld 45. Of kies "Zeg ik liever niet".',
    change: 'Leeftijd',
  },

  where: {
    /** `example`: a postcode of the gemeente's gebieden.yaml; without one the question gives none. */
    question: (example?: string) =>
      example === undefined
        ? 'In welke wijk zoekt u hulp? Typ de postcode (4 cijfers). Of typ de naam van de wijk.'
        : `In welke wijk zoekt u hulp? Typ de postcode, bijvoorbeeld ${example}. Of typ de naam van de wijk.`,
    skip: 'Overslaan',
    found: (wijk: string) => `Dat is de wijk ${wijk}.`,
    foundInMessage: (wijk: string) => `U noemde de wijk ${wijk}. Daar zoek ik.`,
    stadsdeel: (name: string) => `Dan zoek ik in stadsdeel ${name}.`,
    /** `gemeente`: the name in the knowledge (gebieden.yaml); without one, "deze gemeente". */
    outside: (place: string, gemeente?: string) =>
      `${place} ligt niet ${inGemeente(gemeente)}. Ik ken alleen hulp ${inGemeente(gemeente)}. Voor hulp in uw eigen gemeente kunt u bij die gemeente terecht.`,
    postcodeWithoutWijk: (postcode: string, gemeente?: string) =>
      `${postcode} is een postcode ${inGemeente(gemeente)}. Bij welke wijk die hoort, weet ik niet. Ik zoek in ${wholeGemeente(gemeente)}.`,
    unknown: 'Die postcode of wijk ken ik niet. Probeer het nog een keer, of kies "Overslaan".',
    /** A phone number typed where the postcode is asked (the resident expects to be called). */
    phoneNumber: (example?: string) =>
      `Dat lijkt een telefoonnummer. Typ de 4 cijfers van uw postcode${example === undefined ? '' : `, bijvoorbeeld ${example}`}. Of kies "Overslaan".`,
    unknownSaid: (said: string, gemeente?: string) =>
      `"${said}" ken ik niet als wijk of postcode ${inGemeente(gemeente)}. Typ de postcode (4 cijfers) of de naam van uw wijk. Of kies "Overslaan".`,
    whichOf: (names: string) => `Welke wijk bedoelt u: ${names}?`,
    skipped: (gemeente?: string) => `Goed. Ik zoek in ${wholeGemeente(gemeente)}.`,
    gaveUp: (gemeente?: string) =>
      `Ik weet niet in welke wijk u woont. Daarom zoek ik in ${wholeGemeente(gemeente)}.`,
    change: 'Wijk',
  },

  tried: {
    question: 'Heeft u al iets geprobeerd? Dat helpt mij om betere hulp te vinden.',
    self: 'Ja, zelf',
    network: 'Ja, met mensen om mij heen',
    alreadyHelp: 'Ik krijg al hulp',
    nothing: 'Nog niets',
    skip: 'Overslaan',
    thanks: 'Dank u. Dat is goed om te weten.',
    change: 'Wat ik al geprobeerd heb',
  },

  results: {
    intro: (count: number) =>
      count === 1 ? 'Dit heb ik voor u gevonden:' : `Ik heb ${count} dingen voor u gevonden:`,
    /** Empty in Dutch: the cards are Dutch already. */
    cardsLanguage: '',
    helpful: 'Helpt dit u verder?',
    yes: 'Ja',
    searchAgain: 'Iets anders zoeken',
    talkToSomeone: 'Ik wil met iemand praten',
    nothingFound: 'Ik heb niets gevonden dat goed past bij uw vraag.',
    /** Distress without crisis: the help and a person, side by side (docs/adr/0014). */
    personToo:
      'Het klinkt alsof er veel op u afkomt. U hoeft het niet alleen te doen. Wilt u liever met iemand van het wijkteam praten? Kies dan "Ik wil met iemand praten".',
    /** A returning resident: the same help is not shown again. */
    notAgain: 'De hulp die ik u de vorige keer liet zien, laat ik nu niet nog een keer zien.',
    /** ADR 0013: what fits is for another age (search noAgeFit). */
    noAgeFit: 'Ik vond wel hulp bij uw vraag, maar die is voor mensen van een andere leeftijd.',
    glad: 'Fijn dat ik u kon helpen.',
    scoreQuestion: 'Wilt u dit gesprek een cijfer geven? Kies 1 (slecht) tot 5 (goed).',
    scoreSkip: 'Liever niet',
    scoreThanks: 'Dank u wel voor uw cijfer.',
    goodbye: 'U kunt altijd terugkomen. Typ dan gewoon een nieuwe vraag.',
  },

  proposal: {
    reason: {
      no_good_match: 'Ik heb geen hulp gevonden die goed past bij uw vraag.',
      many_domains: 'Uw vraag gaat over een paar dingen tegelijk.',
      loss_of_control: 'Het klinkt alsof er veel op u afkomt. Dat is heel begrijpelijk.',
      returning_unsolved: 'U vroeg hier eerder naar. Het is toen nog niet opgelost.',
    },
    /** Said instead of the reason when the resident just said the results do not help. */
    notHelped: 'Jammer dat dit niet helpt.',
    offer:
      'Iemand van het wijkteam kan met u meedenken. Dat is gratis. Zal ik uw vraag doorsturen?',
    yes: 'Ja, graag',
    no: 'Nee, zelf verder zoeken',
    declined: 'Goed. Dan zoeken we samen verder.',
    declinedNoMatch: 'Goed. U kunt het altijd later nog vragen. Typ dan "ik wil een mens spreken".',
  },

  followUp: {
    question: (labels: string) => `Vorige keer zochten we naar hulp bij: ${labels}. Is het gelukt?`,
    gotHelp: 'Ja, ik heb hulp',
    couldNotReach: 'Ik kon niemand bereiken',
    didNotQualify: 'Ik mocht er niet heen',
    noPlace: 'Er was geen plek',
    skip: 'Overslaan',
    thanksGood: 'Wat fijn! Dank u dat u het laat weten.',
    thanksBad: 'Wat vervelend. Dank u dat u het laat weten. We zoeken nu samen verder.',
    /** "Het is me niet gelukt" as a first message, after an earlier search. */
    notSolved: (labels: string) =>
      `Wat vervelend dat het niet gelukt is. Vorige keer zochten we naar hulp bij: ${labels}.`,
    notSolvedReason: 'Wat ging er mis?',
  },

  caseStatus: {
    nieuw: (team: string, date: string) =>
      `Uw vraag ligt sinds ${date} bij ${wijkteamCalled(team)}. Iemand van het wijkteam neemt contact met u op.`,
    opgepakt: (team: string, date: string) =>
      `Uw vraag is opgepakt door ${wijkteamCalled(team)} op ${date}.`,
    contact_gelegd: (team: string, date: string) =>
      `${WijkteamCalled(team)} heeft op ${date} contact met u gehad over uw vraag.`,
    afgerond: (team: string, date: string) =>
      `${WijkteamCalled(team)} heeft uw vraag op ${date} afgerond.`,
    geannuleerd: (_team: string, date: string) => `Uw vraag is op ${date} gestopt.`,
  },

  choices: {
    yes: 'Ja',
    no: 'Nee',
    retry: 'Dat begreep ik niet. Kies een knop, of typ het nummer of het woord.',
    numberedHint: 'U mag ook het nummer typen.',
    listHint: 'Kies in de lijst hieronder. U mag ook het nummer of het woord typen.',
    listLabel: 'Maak een keuze',
    listPlaceholder: 'Kies…',
    listSubmit: 'Kiezen',
    listMissing: 'Kies eerst iets in de lijst.',
  },

  interruptions: {
    help: [
      'Ik ben een computerprogramma. Ik zoek met u naar hulp en activiteiten in uw wijk.',
      'U kunt altijd een van deze woorden typen: "opnieuw", "stop", "ik wil een mens spreken", "privacy", "wat weet je van mij" of "vergeet mij".',
    ],
    /**
     * After the help text: "help" is also what someone in danger may type first, so the lines are
     * there before anything else is asked (docs/adr/0012-safety-net.md, twenty-fifth round).
     * Numbers come from src/safety/crisisLines.ts.
     */
    helpInDanger: (danger: string, suicide: string, abuse: string) =>
      `Bent u of iemand anders in gevaar? Bel dan meteen ${danger}. Denkt u aan zelfdoding? Bel gratis 113 Zelfmoordpreventie: ${suicide}. Is er geweld thuis? Bel gratis Veilig Thuis: ${abuse}.`,
    /** A short "wat is X?" about a service word the bot uses: a B1 explanation (ADR 0010). */
    serviceWords: {
      wijkteam:
        'Een wijkteam is een team van hulpverleners in uw wijk. Het werkt samen met de gemeente. Het team helpt bij vragen over bijvoorbeeld geld, zorg, wonen of opvoeden. Ik kan uw vraag naar het wijkteam sturen.',
      voorziening:
        'Een voorziening is hulp waar u terecht kunt. Bijvoorbeeld een spreekuur, een vrijwilliger die helpt, of een plek in de wijk om anderen te ontmoeten.',
      levensgebied:
        'Een levensgebied is een deel van uw leven waar uw vraag over gaat. Bijvoorbeeld geld, wonen, gezondheid of werk. Zo kan ik beter zoeken.',
      mantelzorg:
        'Mantelzorg is zorg voor iemand die u kent en die ziek is of hulp nodig heeft. Bijvoorbeeld uw partner, ouder, kind of buurman. U krijgt er geen geld voor. Wie dat doet, is mantelzorger.',
    },
    continueHere: 'We gaan verder waar we waren.',
    restart: 'Goed. We beginnen opnieuw.',
    stop: 'Goed. We stoppen. Er is niets verstuurd. Typ iets als u later verder wilt.',
    alreadyHandingOver: 'We zijn al bezig om uw vraag naar het wijkteam te sturen.',
    privacy: (stateDays: number, contactDays: number, caseDays: number) =>
      [
        'Dit bewaar ik:',
        '- Uw antwoorden in dit gesprek. Die heb ik nodig om u te helpen.',
        '- Waar u eerder naar zocht: alleen het onderwerp en de datum. Zo kan ik later vragen of het gelukt is.',
        '- Stuurt u uw vraag naar het wijkteam? Dan bewaren we uw vraag en hoe we u kunnen bereiken.',
        // Blank lines end the list: Markdown would carry the next lines into the last item.
        '',
        `Gesprekken en onderwerpen wis ik uiterlijk ${stateDays} dagen na uw laatste bericht. Uw contactgegevens wissen we ${contactDays} dagen nadat het wijkteam klaar is. De hele vraag na ${caseDays} dagen.`,
        '',
        'Typ "wat weet je van mij" om te zien wat ik weet. Typ "vergeet mij" om het te wissen.',
      ].join('\n'),
    languageChosen: 'Goed. Ik schrijf vanaf nu in het Nederlands.',
  },

  whatWeKnow: {
    intro: 'Dit weet ik van u:',
    conversationNone: 'Over dit gesprek weet ik nog niets.',
    conversation: (parts: readonly string[]) =>
      ['In dit gesprek:', ...parts.map((part) => `- ${part}`)].join('\n'),
    question: (question: string) => `uw vraag "${question}"`,
    topics: (labels: string) => `onderwerp ${labels}`,
    forWhom: (label: string) => `voor wie: ${label}`,
    /** For whom, said to the resident ("u"), not the wijkteam's label ("Voor zichzelf"). */
    forWhomLabels: {
      zelf: 'voor uzelf',
      kind: 'voor uw kind',
      partner: 'voor uw partner',
      ouder: 'voor uw vader of moeder',
      familielid: 'voor iemand uit uw familie',
      naaste: 'voor iemand voor wie u zorgt',
      buur: 'voor een buur',
      ander: 'voor iemand anders',
      onbekend: 'niet gezegd',
    },
    ageBand: (label: string) => `leeftijd ${label}`,
    area: (wijk: string) => `wijk ${wijk}`,
    contact: (details: string) =>
      `uw naam en contactgegevens: ${details}. Die bewaar ik alleen tot uw vraag verstuurd is.`,
    visitsNone: 'Ik onthoud niets van eerdere gesprekken.',
    visits: (count: number, memoryDays: number) =>
      count === 1
        ? `Ik onthoud 1 eerder gesprek: alleen de datum en het onderwerp. Dat wis ik na ${memoryDays} dagen.`
        : `Ik onthoud ${count} eerdere gesprekken: alleen de datum en het onderwerp. Die wis ik na ${memoryDays} dagen.`,
    visit: (date: string, labels: string) => `- ${date}: ${labels}`,
    pending: (date: string) =>
      `Op ${date} begon u uw vraag naar het wijkteam te sturen. Dat is niet verstuurd. Ik bewaar die vraag nog een paar dagen, zodat u verder kunt.`,
  },

  forget: {
    confirm:
      'Weet u het zeker? Ik wis dan dit gesprek en wat ik over u onthoud. Bij het wijkteam wis ik uw naam, telefoonnummer en e-mailadres. Een vraag die u al stuurde, blijft daar zonder die gegevens. Dat kan ik niet terugdraaien.',
    yes: 'Ja, wis alles',
    no: 'Nee, niet wissen',
    done: 'Ik heb dit gesprek gewist en alles wat ik over u onthield.',
    screenNote: 'Het gesprek staat nog op uw scherm. Sluit het venster, of kies "Snel weg".',
    kept: 'Goed. Ik heb niets gewist.',
  },

  resume: {
    question:
      'U was bezig om uw vraag naar het wijkteam te sturen. Er is nog niets verstuurd. Wilt u verder gaan?',
    continue: 'Ja, verder gaan',
    startOver: 'Nee, opnieuw beginnen',
  },
  /**
   * Asked of a returning browser before anything of an earlier conversation is shown: on a shared
   * computer the next visitor must not see the previous resident's story (docs/privacy.md).
   */
  returningCheck: {
    question: 'Was u hier eerder met een vraag? Dan gaan we verder waar we gebleven waren.',
    itWasMe: 'Ja, dat was ik',
    startFresh: 'Nee, nieuw beginnen',
    startedFresh:
      'Goed. We beginnen een nieuw gesprek. Wat iemand anders hier eerder vroeg, ziet u niet.',
  },
} as const;
