/**
 * Texts of the monitor (/monitor/ and `wijkwijzer insights report`): what the gemeente reads about
 * how the wijkwijzer is used. Readers are beleidsmedewerkers and the projectleider; B1 as
 * everywhere: short sentences, common words, a short explanation under every figure. The
 * explanations in docs/monitor.md say the same at more length.
 *
 * `page` fills the HTML template on the server; `client` goes to the browser as JSON, with
 * `{name}` placeholders instead of functions.
 */
import { wholeGemeente } from './gemeenteName.js';

export const monitorTexts = {
  page: {
    documentTitle: 'Monitor – digitale wijkwijzer',
    heading: 'Monitor digitale wijkwijzer',
    intro:
      'Wat vragen inwoners, waar komen ze terecht, en welke hulp ontbreekt nog? Alleen cijfers, nooit namen of berichten.',
    loading: 'De monitor wordt geladen…',
    noScript: 'De monitor werkt alleen als JavaScript aan staat.',
    skipLink: 'Naar de cijfers',
    unavailable: 'De monitor kan nu niet laden. Probeer het later opnieuw.',
  },
  client: {
    signedInAs: 'Aangemeld als {name}.',
    viaDevLogin: 'Testaanmelding, geen echte medewerker.',
    outsideTeams: 'U opent de monitor buiten Microsoft Teams.',
    openInTeams:
      'Open de monitor in Microsoft Teams. Buiten Teams kunt u zich hier niet aanmelden.',
    devLoginHeading: 'Aanmelden om te proberen',
    devLoginIntro:
      'Dit is een testomgeving. Kies een verzonnen medewerker met de rol beleid. Dit kan niet in de echte omgeving: daar meldt u zich aan via Teams.',
    devLoginPersona: 'Medewerker',
    devLoginButton: 'Aanmelden',
    ssoFailed: 'Aanmelden via Teams lukte niet. Laad de monitor opnieuw.',
    signedOut: 'Uw testaanmelding is verlopen. Laad de pagina opnieuw en meld u opnieuw aan.',
    failed: 'Dat lukte niet. Probeer het opnieuw.',
    filtersHeading: 'Welke cijfers wilt u zien?',
    period: 'Periode',
    area: 'Gebied',
    granularity: 'Per',
    perWeek: 'week',
    perMonth: 'maand',
    show: 'Cijfers tonen',
    print: 'Afdrukken als maandrapport',
    loadingReport: 'De cijfers worden opgehaald…',
    reportShown: 'De cijfers voor {period}, {area}, staan hieronder.',
    downloadCsv: 'Download deze tabel (CSV)',
    downloaded: 'De tabel {table} is gedownload.',
  },
  report: {
    title: (period: string, area: string) => `Monitor digitale wijkwijzer: ${period}, ${area}`,
    /** The whole gemeente as an area, by the name its knowledge gives ("heel Enschede"). */
    city: (gemeente?: string) => wholeGemeente(gemeente),
    stadsdeel: (name: string) => `stadsdeel ${name}`,
    wijk: (name: string) => `wijk ${name}`,
    generated: (date: string) => `Gemaakt op ${date}.`,
    privacy:
      'Alle cijfers zijn tellingen. Er staan geen namen, berichten of andere gegevens van inwoners in.',
    marker: 'x',
    markerExplained:
      'Een x betekent: verborgen. Het getal is kleiner dan 5, of het is verborgen zodat u een klein getal niet kunt uitrekenen. Zo blijft niemand herkenbaar.',
    /** `city`: the whole gemeente as `city` above names it ("heel Enschede"). */
    cityOnly: (city: string) =>
      `Deze cijfers zijn er alleen voor ${city}. Bij een gesprek weten we de wijk vaak nog niet.`,
    total: 'Totaal',
    count: 'Aantal',
    chartOf: (title: string) => `Grafiek: ${title}. De cijfers staan in de tabel hieronder.`,
    noData: 'Er zijn in deze periode nog geen cijfers.',
    months: [
      'januari',
      'februari',
      'maart',
      'april',
      'mei',
      'juni',
      'juli',
      'augustus',
      'september',
      'oktober',
      'november',
      'december',
    ],
    monthsShort: [
      'jan',
      'feb',
      'mrt',
      'apr',
      'mei',
      'jun',
      'jul',
      'aug',
      'sep',
      'okt',
      'nov',
      'dec',
    ],
    quarter: (quarter: number, year: number) => `${quarter}e kwartaal ${year}`,
    year: (year: number) => `heel ${year}`,
    week: (first: number, last: number, month: string) => `${first}-${last} ${month}`,
    sections: {
      vragen: {
        title: 'Vragen',
        intro:
          'Hoeveel vragen inwoners stelden, over welk levensgebied, via welk kanaal en in welke taal.',
      },
      routes: {
        title: 'Waar komen inwoners terecht?',
        intro:
          'Vond de wijkwijzer passende hulp? Hielp dat? Werd een overdracht naar het wijkteam aangeboden, aangenomen of geweigerd? Hoe vaak werden de crisislijnen getoond? En hoe vaak was een vraag er een voor de gemeente zelf, of voor een huisarts of tandarts?',
      },
      casussen: {
        title: 'Overdrachten aan het wijkteam',
        intro:
          'Vragen die het wijkteam kreeg: per wijkteam, levensgebied en gebied, en hoe ze zijn afgerond. In de woorden van de pilot: voorliggend opgelost, door het wijkteam zelf geholpen, maatwerk of indicatie nodig, geen contact of ingetrokken.',
      },
      tijd: {
        title: 'Hoe snel?',
        intro:
          'Hoeveel werkdagen het duurde tot een medewerker de vraag oppakte en tot de vraag was afgerond. We beloven inwoners contact binnen {days} werkdagen.',
      },
      opvolging: {
        title: 'Is het gelukt?',
        intro:
          'Een tot dertig dagen na een gesprek vraagt de wijkwijzer of het gelukt is. En na een goed gesprek mogen inwoners een cijfer geven.',
      },
      ontbrekend: {
        title: 'Wat ontbreekt in de sociale basis?',
        intro:
          'Vragen waarvoor de wijkwijzer geen passende hulp vond. We tonen alleen het levensgebied, het gebied en algemene woorden uit de sociale kaart, nooit wat de inwoner schreef.',
      },
      kennis: {
        title: 'De sociale kaart',
        intro:
          'Hoe actueel de gegevens per beheerder zijn, en welke voorzieningen de wijkwijzer het vaakst en het minst liet zien.',
      },
    },
    tables: {
      questionsOverTime: 'Vragen per {granularity}',
      questionsByDomain: 'Vragen per levensgebied',
      questionsDomainOverTime: 'Vragen per levensgebied per {granularity}',
      questionsByChannel: 'Vragen per kanaal',
      questionsByLanguage: 'Vragen per taal',
      searchResult: 'Uitkomst van het zoeken',
      answers: 'Antwoord op "Helpt dit u verder?"',
      handover: 'Overdracht naar het wijkteam',
      crisis: 'Crisislijnen getoond',
      gemeenteQuestions: 'Vragen voor de gemeente zelf',
      careQuestions: 'Vragen voor de huisarts, tandarts of andere zorg',
      casesCreated: 'Overdrachten per wijkteam',
      casesByDomain: 'Overdrachten per levensgebied',
      casesByArea: 'Overdrachten per gebied',
      casesDomainOverTime: 'Overdrachten per levensgebied per {granularity}',
      caseOutcomes: 'Hoe zijn de overdrachten afgerond?',
      pickUp: 'Tijd tot oppakken per wijkteam',
      closing: 'Tijd tot afronden per wijkteam',
      followUp: 'Antwoord op "Is het gelukt?"',
      score: 'Cijfer voor het gesprek',
      unmetByDomain: 'Geen passende hulp, per levensgebied',
      unmetByArea: 'Geen passende hulp, per gebied',
      unmetDomainOverTime: 'Geen passende hulp, per levensgebied per {granularity}',
      unmetTerms: 'Geen passende hulp: de meest gebruikte woorden',
      freshness: 'Actualiteit per beheerder',
      mostShown: 'Meest getoonde voorzieningen',
      leastShown: 'Minst getoonde voorzieningen',
    },
    notes: {
      questionsByDomain:
        'Een vraag telt bij het eerste levensgebied dat de inwoner koos. Onbekend: de inwoner koos er geen.',
      answers:
        'Geen antwoord: de inwoner zag hulp, maar zei niet of die hielp. Totaal: keren dat er hulp werd getoond.',
      handover:
        'Elke stap telt apart. Zelf gevraagd: de inwoner vroeg zelf om een medewerker. Verstuurd: het wijkteam kreeg de vraag.',
      crisis: 'Bij een bericht over meer dan een soort crisis telt elke soort.',
      gemeenteQuestions:
        'Vragen over een dienst van de gemeente zelf, zoals een paspoort, een vergunning of grofvuil. De wijkwijzer gaf dan het telefoonnummer en de website van de gemeente. Zo ziet u welke vragen inwoners bij de wijkwijzer stellen die bij de gemeente horen. Voor de hele gemeente: de wijkwijzer weet dan de wijk nog niet.',
      careQuestions:
        'Vragen over zorg van een huisarts, tandarts, fysiotherapeut, apotheek of ziekenhuis. Die zorg hoort niet bij de sociale basis en niet bij de gemeente. De wijkwijzer zei dan waar de inwoner wel terecht kan. Veel van deze vragen kan betekenen: inwoners vinden moeilijk een huisarts of tandarts. Voor de hele gemeente: de wijkwijzer weet dan de wijk nog niet.',
      casesByDomain:
        'Een overdracht telt bij het eerste levensgebied van de vraag. Veel overdrachten over een levensgebied kan betekenen: de vrij toegankelijke hulp is daar niet genoeg.',
      caseOutcomes:
        'Doorverwezen (oud): vragen die zijn afgerond voordat de pilot-uitkomsten er waren. Die zijn niet in te delen.',
      time: 'Binnen de belofte: binnen {days} werkdagen. Mediaan: de helft van de vragen ging sneller, de helft langzamer.',
      /** Closing has no promise: only contact within the days is promised. */
      closeTime:
        'Binnen {days} werkdagen: de vraag was binnen {days} werkdagen afgerond. Mediaan: de helft van de vragen ging sneller, de helft langzamer.',
      score: 'Gemiddeld cijfer: {average}.',
      unmetTerms:
        'Algemene woorden uit de sociale kaart die in de vraag stonden. Een vraag kan meer woorden hebben.',
      chosen:
        'Gekozen: de inwoner zei "ja, dit helpt" bij een antwoord met deze voorziening. Telt alleen mee als het getal 5 of meer is.',
      freshness:
        'Te controleren: de gegevens zijn ouder dan 6 maanden, of er klopt iets niet. Lang niet bevestigd: de partner heeft ook na de herinnering niet gezegd of het nog klopt.',
    },
    columns: {
      withinPromise: 'Binnen de belofte',
      withinDays: 'Binnen {days} werkdagen',
      later: 'Later',
      median: 'Mediaan (werkdagen)',
      shown: 'Getoond',
      chosen: 'Gekozen',
      fine: 'In orde',
      toCheck: 'Te controleren',
      nextDue: 'Volgende controle',
      unconfirmed: 'Lang niet bevestigd',
      moreThanTen: 'meer dan 10',
      /** A median or an average over no case at all: nothing is hidden, there is nothing. */
      none: 'geen',
    },
    rowHeaders: {
      default: 'Onderwerp',
      period: 'Periode',
      levensgebied: 'Levensgebied',
      wijkteam: 'Wijkteam',
      area: 'Gebied',
      term: 'Woord',
      beheerder: 'Beheerder',
      voorziening: 'Voorziening',
      channel: 'Kanaal',
      language: 'Taal',
      outcome: 'Uitkomst',
      answer: 'Antwoord',
      step: 'Stap',
      crisisLine: 'Crisislijn',
      dienst: 'Dienst van de gemeente',
      zorg: 'Soort zorg',
      score: 'Cijfer',
    },
    hidden: 'verborgen',
    categories: {
      unknown: 'Onbekend',
      /** A question for the gemeente about a service its file no longer lists. */
      otherDienst: 'Andere dienst',
      /** A question for a care provider under a care entry the file no longer lists. */
      otherZorg: 'Andere zorg',
      channel: { webchat: 'Chat op de website', teams: 'Microsoft Teams', overig: 'Anders' },
      language: { nl: 'Nederlands', en: 'Engels' },
      result: { shown: 'Hulp gevonden en getoond', no_match: 'Geen passende hulp gevonden' },
      answer: {
        helped: 'Ja, dit helpt',
        search_again: 'Iets anders zoeken',
        wants_person: 'Wil iemand spreken',
        no_answer: 'Geen antwoord',
      },
      handover: {
        proposed: 'Aangeboden door de wijkwijzer',
        asked: 'Zelf gevraagd',
        accepted: 'Aanbod aangenomen',
        declined: 'Aanbod afgeslagen',
        consent_refused: 'Geen toestemming gegeven',
        cancelled: 'Gestopt bij de samenvatting',
        sent: 'Verstuurd naar het wijkteam',
      },
      crisis: {
        danger: 'Acuut gevaar (112)',
        suicide: 'Zelfdoding (113)',
        abuse: 'Geweld of misbruik (Veilig Thuis)',
      },
      outcome: {
        voorliggend_opgelost: 'Voorliggend opgelost',
        wijkteam_zelf_geholpen: 'Door het wijkteam zelf geholpen',
        maatwerk_indicatie_nodig: 'Maatwerk / indicatie nodig',
        geen_contact: 'Geen contact',
        ingetrokken: 'Ingetrokken',
        doorverwezen_oud: 'Doorverwezen (oud)',
      },
      followUp: {
        got_help: 'Ja, ik kreeg hulp',
        could_not_reach: 'Kon niemand bereiken',
        did_not_qualify: 'Kwam er niet voor in aanmerking',
        no_place: 'Geen plek of wachtlijst',
      },
    },
  },
};
