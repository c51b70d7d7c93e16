/**
 * Texts of the sociale kaart: labels of the fixed choices, the field help that editors show from the
 * JSON Schema, and every message of `wijkwijzer knowledge check` and `report`. The readers are
 * welzijnspartners who edit YAML now and then: B1 Dutch, say what is wrong and how to fix it.
 */

import { ofGemeente, wholeGemeente } from './gemeenteName.js';

const list = (values: readonly string[]): string => values.join(', ');

const capitalised = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

const plural = (count: number, one: string, many: string): string =>
  `${count} ${count === 1 ? one : many}`;

/** "Noord, Oost of Zuid": the choices of a short list, the way people say them. */
const orList = (values: readonly string[]): string =>
  values.length <= 1 ? list(values) : `${list(values.slice(0, -1))} of ${values.at(-1) ?? ''}`;

/** Up to this many stadsdelen are named in full in the partner form's help; more get one example. */
const STADSDELEN_NAMED_IN_FULL = 6;

/** The static help of `gebied.stadsdelen` and `gebied.wijken`: the same for every gemeente. */
const areaFields = {
  stadsdelen: 'Namen van stadsdelen uit gebieden.yaml. Schrijf ze precies zoals daar staat.',
  wijken: 'Namen van wijken uit gebieden.yaml. Schrijf ze precies zoals daar staat.',
};

export const knowledgeTexts = {
  /**
   * The labels of `gebied`'s keywords, with the gemeente's name from gebieden.yaml ("Heel
   * Hengelo"); without a name, words that fit any gemeente. The older word `heel-enschede` reads
   * as `heel-de-gemeente` and has no label of its own.
   */
  gebiedLabels: (gemeente?: string) => ({
    'heel-de-gemeente': capitalised(wholeGemeente(gemeente)),
    landelijk: `Landelijk (ook voor inwoners ${ofGemeente(gemeente)})`,
  }),
  labels: {
    toegang: {
      'vrij-inlopen': 'Vrij inlopen of bellen, zonder afspraak',
      aanmelden: 'Eerst aanmelden of een afspraak maken',
      'via-verwijzing': 'Via een verwijzer, zoals het wijkteam of de huisarts',
      'alleen-via-wijkteam': 'Alleen via het wijkteam (niet zichtbaar voor inwoners)',
    },
    status: {
      actief: 'Actief',
      'tijdelijk-gesloten': 'Tijdelijk gesloten',
      wachtlijst: 'Er is een wachtlijst',
    },
    kosten: {
      gratis: 'Gratis',
      bijdrage: 'Kleine bijdrage',
      betaald: 'U betaalt zelf',
      onbekend: 'Kosten nog niet bekend',
    },
    kenmerken: {
      kinderen: 'Kinderen',
      jongeren: 'Jongeren',
      ouders: 'Ouders en verzorgers',
      'aanstaande-ouders': 'Aanstaande ouders',
      'scheidende-ouders': 'Ouders die uit elkaar gaan',
      '65-plussers': '65-plussers',
      mantelzorgers: 'Mantelzorgers',
      nieuwkomers: 'Nieuwkomers en statushouders',
      laaggeletterden: 'Mensen die moeite hebben met lezen of schrijven',
      'mensen-met-een-beperking': 'Mensen met een beperking',
      'mensen-met-weinig-geld': 'Mensen met weinig geld',
      werkzoekenden: 'Werkzoekenden',
      huurders: 'Huurders',
      'slachtoffers-en-omstanders': 'Slachtoffers en omstanders',
      vrijwilligers: 'Vrijwilligers',
      bewonersgroepen: 'Groepen bewoners met een eigen plan',
    },
    severity: { error: 'fout', warning: 'waarschuwing' },
    notChecked: 'nog niet gecontroleerd',
    checkedOn: (date: string) => `gecontroleerd op ${date}`,
  },

  /** Field help, shown by editors through the JSON Schema files. */
  fields: {
    voorzieningenFile:
      'Eén bestand per beheerder: de organisatie die deze voorzieningen bijhoudt. Zie knowledge/README.md.',
    beheerder:
      'De code van de beheerder uit beheerders.yaml. Het bestand heet net zo, bijvoorbeeld alifa.yaml.',
    voorzieningen: 'De voorzieningen van deze beheerder. Elke voorziening begint met "- id:".',
    id: 'Vaste code van kleine letters, cijfers en streepjes, bijvoorbeeld schuldhulp-stadsbank. Uniek in de hele sociale kaart. Verander hem niet meer.',
    naam: 'De naam zoals inwoners hem kennen.',
    organisatie: 'De organisatie die de hulp geeft.',
    omschrijving:
      'Wat het is en voor wie, in gewone taal (B1). Korte zinnen. Hoogstens 400 tekens.',
    levensgebieden: 'Eén of meer codes uit levensgebieden.yaml, bijvoorbeeld geld of wonen.',
    trefwoorden: 'Woorden waarop inwoners zoeken, bijvoorbeeld deurwaarder of huur.',
    doelgroep: 'Voor wie de voorziening is. Laat weg als iedereen welkom is.',
    leeftijd: 'Leeftijd in jaren: min en/of max. Laat weg als elke leeftijd welkom is.',
    kenmerken: 'Groepen voor wie het bedoeld is, bijvoorbeeld ouders of mantelzorgers.',
    gebied:
      'Waar de voorziening voor is: heel-de-gemeente, landelijk, of een blok met stadsdelen en/of wijken. Het oude heel-enschede betekent hetzelfde als heel-de-gemeente.',
    stadsdelen: areaFields.stadsdelen,
    wijken: areaFields.wijken,
    toegang:
      'Hoe inwoners er komen. Kies uit: vrij-inlopen, aanmelden, via-verwijzing of alleen-via-wijkteam.',
    kosten: 'Kies uit: gratis, bijdrage, betaald of onbekend.',
    kostenToelichting: 'Korte uitleg over de kosten, bijvoorbeeld "1 euro voor koffie".',
    contact: 'Hoe inwoners de voorziening bereiken. Vul minstens één manier in.',
    telefoon: 'Telefoonnummer, bijvoorbeeld 053-1234567 of 0800-2000.',
    email: 'E-mailadres, bijvoorbeeld info@organisatie.nl.',
    website: 'Volledig webadres met https://, bijvoorbeeld https://www.113.nl.',
    adres: 'Bezoekadres. Nooit het adres van opvang of noodopvang.',
    openingstijden: 'Alleen invullen als u ze zeker weet.',
    hoeAanmelden: 'Wat de inwoner moet doen, in één of twee korte zinnen.',
    gecontroleerd:
      'Datum waarop iemand alles heeft nagekeken (jjjj-mm-dd). Leeg laten als dat nog niet is gebeurd.',
    geldigTot: 'Laatste dag van een tijdelijk project (jjjj-mm-dd). Laat weg als het blijft.',
    status: 'Kies uit: actief, tijdelijk-gesloten of wachtlijst. Zonder status: actief.',
    levensgebiedenFile: 'De vaste lijst levensgebieden. Alleen de gemeente past deze lijst aan.',
    levensgebiedLabel: 'De naam die inwoners zien.',
    levensgebiedUitleg: 'Korte uitleg van het levensgebied.',
    levensgebiedWoorden: 'Woorden die inwoners gebruiken voor dit levensgebied.',
    gebiedenFile:
      'Stadsdelen, wijken, postcodes (de 4 cijfers) en wijkteams van de gemeente. De gemeente beheert dit bestand.',
    gebiedenGemeente:
      'De naam van de gemeente, zoals inwoners die lezen. De wijkwijzer gebruikt die naam in zijn teksten. Zonder naam zegt hij "de gemeente".',
    voorbeeldpostcode:
      'De postcode (4 cijfers) die de wijkwijzer als voorbeeld noemt ("Typ de postcode, bijvoorbeeld 7544"). Zonder voorbeeld noemt hij de postcode van de eerste wijk.',
    buurgemeenten:
      "Plaatsen in de buurt die niet bij de gemeente horen, zoals inwoners ze noemen. Noemt een inwoner zo'n plaats, dan zegt de wijkwijzer dat die niet in de gemeente ligt en dat hij alleen hulp in de gemeente kent. Grote steden zoals Zwolle en Utrecht kent hij al. Zonder lijst kent hij alleen die grote steden.",
    wijkteamtelefoon:
      'Alleen als het wijkteam een eigen nummer heeft ("U kunt het wijkteam ook zelf bellen: 14 0599"; op een kaart zonder eigen contact: "Bel het wijkteam"). Zonder dit veld noemt de wijkwijzer het nummer uit gemeentediensten.yaml, met de tip om naar het wijkteam te vragen, of geen nummer.',
    wijkteamwebsite:
      'Een website met de adressen en nummers van de wijkteams, met https://. De wijkwijzer noemt hem als een inwoner het wijkteam zelf wil bereiken. Zonder website noemt hij alleen het nummer.',
    postcodereeksen: 'Alle postcodes (4 cijfers) van de gemeente, als reeksen van-tot.',
    wijkteams: 'De wijkteams van de gemeente.',
    wijkPostcodes: 'Postcodes (4 cijfers) waar de meeste adressen in deze wijk liggen.',
    zeker: 'true als de gemeente deze indeling heeft nagekeken, anders false.',
    opmerking: 'Toelichting, bijvoorbeeld waarom de indeling nog onzeker is.',
    buurten:
      'Namen van buurten in deze wijk, en andere namen die inwoners gebruiken. De wijkwijzer herkent ze ook.',
    crisislijnenFile:
      'Hulplijnen voor noodsituaties. Controleer de nummers elke maand, want een fout nummer is gevaarlijk.',
    crisisWanneer: 'Wanneer iemand deze lijn moet bellen.',
    crisisTelefoon: 'Nummers met een korte uitleg, bijvoorbeeld "gratis en anoniem".',
    crisisBereikbaar: 'Wanneer de lijn bereikbaar is.',
    beheerdersFile: 'De organisaties die een eigen bestand in voorzieningen/ hebben.',
    synoniemenFile:
      'Woorden van inwoners en de term uit de sociale kaart die ze bedoelen, zoals "rood staan" voor schulden.',
    synoniemTerm: 'De term zoals die in de sociale kaart staat, bijvoorbeeld schulden.',
    synoniemWoorden: 'Gewone woorden en zinnetjes van inwoners met dezelfde betekenis.',
    dienstenFile:
      'Diensten van de gemeente zelf, zoals een paspoort, een vergunning of grofvuil. Die horen niet bij de sociale kaart. Vraagt een inwoner daarnaar, dan zegt de wijkwijzer dat dit een vraag voor de gemeente is en geeft het contact van de gemeente.',
    dienstenGemeente:
      'De naam van de gemeente, zoals inwoners die lezen. Staat er ook een naam in gebieden.yaml, dan gebruikt de wijkwijzer die.',
    dienstenContact:
      'Hoe inwoners de gemeente bereiken: een telefoonnummer, een website of allebei.',
    dienstNaam:
      'De naam van de dienst zoals inwoners hem kennen, bijvoorbeeld Paspoort en ID-kaart.',
    dienstNaamEngels: 'Dezelfde naam in het Engels, voor inwoners die Engels kiezen.',
    dienstWoorden:
      'Woorden en zinnetjes van inwoners voor deze dienst, in kleine letters, ook Engels. Een woord van 8 letters of meer vindt ook samenstellingen die ermee eindigen: vergunning vindt ook parkeervergunning.',
    dienstRondom:
      'Woorden die vaak bij deze dienst staan, zoals huis, tuin of aanvragen bij een vergunning. Alleen maken ze geen vraag voor de gemeente. Naast een woord van de dienst tellen ze niet als een andere hulpvraag.',
    dienstSoort:
      'gemeente (standaard) voor een dienst van de gemeente zelf. zorg voor zorg van een huisarts, tandarts, fysiotherapeut, apotheek of ziekenhuis: dan zegt de wijkwijzer dat de inwoner daarvoor bij die zorgverlener terecht kan, zonder het contact van de gemeente.',
    dienstBehalve:
      'Woorden die erop lijken maar niet bij deze dienst horen, bijvoorbeeld verblijfsvergunning bij vergunningen.',
    medewerkers:
      'E-mailadressen van medewerkers die de voorzieningen van deze organisatie op de partnerpagina (/partners/) bijhouden. Zij krijgen daar een inloglink en de herinnering "Klopt dit nog?".',
    redactie:
      'true voor de redactie van de wijkwijzer: haar medewerkers mogen alle voorzieningen aanpassen, het logboek bekijken en wijzigingen terugdraaien.',
  },

  /**
   * The partner form's help of `gebied.stadsdelen` and `gebied.wijken`, with the names of the
   * running gemeente's gebieden.yaml as examples. The JSON Schema files are the same for every
   * gemeente, so their help (`fields` above) names none.
   */
  areaHelp: {
    stadsdelen: (names: readonly string[]): string => {
      const [first] = names;
      if (first === undefined) return areaFields.stadsdelen;
      return names.length <= STADSDELEN_NAMED_IN_FULL
        ? `Namen van stadsdelen uit gebieden.yaml: ${orList(names)}.`
        : `Namen van stadsdelen uit gebieden.yaml, bijvoorbeeld ${first}.`;
    },
    wijken: (names: readonly string[]): string => {
      const [first] = names;
      return first === undefined
        ? areaFields.wijken
        : `Namen van wijken uit gebieden.yaml, bijvoorbeeld ${first}.`;
    },
  },

  /** Messages of refinements inside the schema itself. */
  schema: {
    slug: 'Gebruik alleen kleine letters, cijfers en streepjes, bijvoorbeeld schuldhulp-stadsbank.',
    dienstenContact: 'Geef een telefoonnummer of een website van de gemeente, of allebei.',
    phone:
      'Dit is geen geldig Nederlands telefoonnummer. Schrijf bijvoorbeeld 053-1234567, 06-12345678, 0800-2000 of 113.',
    ageRange: 'De minimumleeftijd is hoger dan de maximumleeftijd. Draai ze om.',
    gebiedEmpty: 'Noem bij gebied minstens één stadsdeel of wijk, of schrijf heel-de-gemeente.',
    rangeOrder: 'Bij een postcodereeks moet "van" kleiner zijn dan of gelijk aan "tot".',
  },

  diagnostics: {
    dirUnreadable: (dir: string) =>
      `De map ${dir} bestaat niet of is niet te lezen. Geef de juiste map op.`,
    missingFile: (file: string) =>
      `Het bestand ${file} ontbreekt. Dit bestand is verplicht. Zet het terug uit de vorige versie.`,
    noVoorzieningen:
      'Er staan geen voorzieningen in de map voorzieningen/. Voeg een bestand toe, bijvoorbeeld voorzieningen/alifa.yaml.',
    tooManyFiles: (count: number, max: number) =>
      `Er staan ${count} bestanden in voorzieningen/. Het maximum is ${max}. Voeg bestanden samen of haal oude weg.`,
    fileTooLarge: (sizeKb: number, maxKb: number) =>
      `Het bestand is ${sizeKb} kB groot. Het maximum is ${maxKb} kB. Haal onderdelen weg of splits het bestand. Staat er per ongeluk iets anders in, zoals een afbeelding?`,
    readFailed:
      'Het bestand kon niet worden gelezen. Controleer of het bestaat en of u het mag lezen.',
    notRegularFile: (kind: string) =>
      `Dit is geen gewoon bestand, maar ${kind}. De wijkwijzer leest alleen gewone bestanden. Zet hier het bestand zelf neer.`,
    specialFileSkipped: (kind: string) =>
      `Dit is geen gewoon bestand, maar ${kind}. De wijkwijzer slaat het over. Zet hier het bestand zelf neer als de voorzieningen erin mee moeten doen.`,
    specialFileKinds: {
      symlink: 'een snelkoppeling (symbolische link)',
      fifo: 'een pijp (FIFO)',
      device: 'een apparaat',
      directory: 'een map',
      socket: 'een socket',
      other: 'iets anders',
    },
    yamlTooDeep: (max: number) =>
      `Het bestand is meer dan ${max} lagen diep genest. Zo diep hoeft het nooit. Schrijf het platter op, zoals in de voorbeelden.`,
    utf16:
      'Het bestand is opgeslagen als UTF-16. Sla het op als UTF-8 (in de meeste editors: "Opslaan als" en dan codering UTF-8).',
    notUtf8:
      'Hier staat een teken dat geen UTF-8 is. Sla het bestand op als UTF-8 en controleer letters als é en ë op deze plek.',
    emptyFile:
      'Het bestand is leeg of bevat alleen opmerkingen. Vul het aan of haal het bestand weg.',
    yaml: {
      prefix: 'De YAML klopt niet:',
      duplicateKey: 'dit veld staat twee keer in hetzelfde blok. Haal er één weg.',
      tab: 'gebruik spaties om in te springen, geen tabs.',
      indent:
        'de inspringing klopt niet. Velden van hetzelfde blok moeten precies even ver inspringen.',
      missingChar:
        'er ontbreekt een teken, bijvoorbeeld een sluitend aanhalingsteken, haakje of een dubbele punt.',
      implicitKey:
        'er ontbreekt waarschijnlijk een dubbele punt na de veldnaam, of een regel springt verkeerd in.',
      badStart:
        'een tekst begint met een teken dat niet mag, zoals @ of `. Zet de hele tekst tussen aanhalingstekens.',
      unexpected:
        'hier staat iets wat hier niet hoort. Kijk naar dubbele punten, streepjes en aanhalingstekens.',
      aliases:
        'er staan te veel verwijzingen (* en &) in het bestand. Schrijf de tekst gewoon uit.',
      other:
        'controleer de inspringing (spaties), dubbele punten en aanhalingstekens rond deze plek.',
    },
    inEntry: (id: string) => `Bij '${id}': `,
    missingField: (field: string, hint: string) =>
      `Het veld '${field}' ontbreekt. Vul het in.${hint === '' ? '' : ` ${hint}`}`,
    wrongType: (field: string, expected: string, actual: string) =>
      `'${field}' moet ${expected} zijn, maar hier staat ${actual}.`,
    expected: {
      string: 'een tekst',
      number: 'een getal',
      int: 'een heel getal',
      boolean: 'true of false',
      array: "een lijst (regels die beginnen met '- ', of [a, b])",
      object: 'een blok met velden',
      date: 'een datum (jjjj-mm-dd)',
      other: 'iets anders',
    },
    actual: {
      nothing: 'niets',
      text: (value: string) => `de tekst "${value}"`,
      number: (value: number) => `het getal ${value}`,
      boolean: (value: boolean) => `${value}`,
      list: 'een lijst',
      block: 'een blok met velden',
    },
    tooLongText: (field: string, length: number, max: number) =>
      `'${field}' is te lang: ${length} tekens. Het mag hoogstens ${max} tekens zijn. Maak de tekst korter.`,
    tooShortText: (field: string, min: number) =>
      min <= 1
        ? `'${field}' is leeg. Vul het in of haal het veld weg.`
        : `'${field}' is te kort. Schrijf minstens ${min} tekens.`,
    tooManyItems: (field: string, count: number, max: number) =>
      `'${field}' heeft ${count} onderdelen. Het mogen er hoogstens ${max} zijn.`,
    tooFewItems: (field: string, min: number) =>
      `'${field}' moet minstens ${plural(min, 'onderdeel', 'onderdelen')} hebben.`,
    numberTooSmall: (field: string, min: number) => `'${field}' moet minstens ${min} zijn.`,
    numberTooBig: (field: string, max: number) => `'${field}' mag hoogstens ${max} zijn.`,
    notInteger: (field: string) => `'${field}' moet een heel getal zijn, zonder komma.`,
    unknownValue: (field: string, value: string, allowed: readonly string[], suggestion?: string) =>
      `'${field}' heeft de waarde "${value}". Die waarde kennen we niet.${suggestion === undefined ? '' : ` Bedoelt u "${suggestion}"?`} Kies uit: ${list(allowed)}.`,
    unknownField: (field: string, allowed: readonly string[], suggestion?: string) =>
      suggestion === undefined
        ? `Het veld '${field}' kennen we niet. Mogelijke velden hier: ${list(allowed)}.`
        : `Het veld '${field}' kennen we niet. Bedoelt u '${suggestion}'?`,
    badEmail: (field: string) =>
      `'${field}' is geen geldig e-mailadres. Schrijf het zo: info@organisatie.nl.`,
    badUrl: (field: string) =>
      `'${field}' is geen volledig webadres. Begin met https://, bijvoorbeeld https://www.113.nl.`,
    badDate: (field: string) =>
      `'${field}' is geen geldige datum. Schrijf jaar-maand-dag, bijvoorbeeld 2026-03-01.`,
    badGebied:
      "'gebied' klopt niet. Schrijf heel-de-gemeente of landelijk, of een blok met stadsdelen en/of wijken. Zie het voorbeeld in README.md.",
    invalidGeneric: (field: string) =>
      `'${field}' klopt niet. Kijk in knowledge/README.md hoe dit veld eruit moet zien.`,
    unknownLevensgebied: (value: string, allowed: readonly string[], suggestion?: string) =>
      `Het levensgebied "${value}" bestaat niet.${suggestion === undefined ? '' : ` Bedoelt u "${suggestion}"?`} Kies uit: ${list(allowed)}.`,
    unknownStadsdeel: (value: string, allowed: readonly string[], suggestion?: string) =>
      `Het stadsdeel "${value}" bestaat niet.${suggestion === undefined ? '' : ` Bedoelt u "${suggestion}"?`} Kies uit: ${list(allowed)}.`,
    unknownWijk: (value: string, suggestion?: string) =>
      `De wijk "${value}" staat niet in gebieden.yaml.${suggestion === undefined ? ' Kijk daar hoe de wijk precies heet.' : ` Bedoelt u "${suggestion}"?`}`,
    unknownWijkteam: (value: string, allowed: readonly string[]) =>
      `Het wijkteam "${value}" bestaat niet. Kies uit: ${list(allowed)}.`,
    unknownBeheerder: (value: string, allowed: readonly string[]) =>
      `De beheerder "${value}" staat niet in beheerders.yaml. Voeg hem daar toe of kies uit: ${list(allowed)}.`,
    beheerderFileName: (beheerder: string, fileName: string) =>
      `Dit bestand is van beheerder "${beheerder}" en moet dus ${beheerder}.yaml heten, niet ${fileName}. Geef het bestand de juiste naam.`,
    duplicateId: (id: string, otherFile: string, otherLine: number) =>
      `De id "${id}" bestaat al in ${otherFile} (regel ${otherLine}). Elke id moet uniek zijn. Kies een andere id.`,
    duplicateName: (what: string, name: string, otherLine: number) =>
      `${what} "${name}" staat twee keer in dit bestand (ook op regel ${otherLine}). Haal er één weg.`,
    duplicatePostcode: (postcode: number, otherWijk: string, otherLine: number) =>
      `Postcode ${postcode} staat ook bij wijk ${otherWijk} (regel ${otherLine}). Een postcode hoort bij één wijk: kies de wijk waar de meeste adressen liggen.`,
    postcodeOutsideRange: (postcode: number) =>
      `Postcode ${postcode} valt buiten de postcodereeksen van de gemeente bovenaan dit bestand. Controleer het getal of vul de reeksen aan.`,
    notChecked:
      'Deze voorziening is nog niet gecontroleerd. Inwoners zien dan geen datum, en bij een adres het advies om eerst te bellen. Bel of mail de organisatie, kijk alles na en vul bij gecontroleerd de datum in.',
    checkOverdue: (date: string, months: number) =>
      `Laatst gecontroleerd op ${date}. Dat is meer dan ${months} maanden geleden. Inwoners zien de oude datum niet meer. Kijk alles na en vul de nieuwe datum in.`,
    checkedInFuture: (date: string) =>
      `De datum bij gecontroleerd (${date}) ligt in de toekomst. Vul de dag in waarop u alles heeft nagekeken.`,
    expired: (date: string) =>
      `Deze voorziening liep tot ${date}. Die datum is voorbij, dus inwoners zien haar niet meer. Haal haar weg, of pas geldig_tot aan als het project doorloopt.`,
    likelyDuplicate: (otherId: string, otherFile: string, otherLine: number) =>
      `Deze voorziening lijkt op "${otherId}" in ${otherFile} (regel ${otherLine}): dezelfde organisatie en bijna dezelfde naam. Is het dezelfde? Spreek dan af wie haar bijhoudt en haal de andere weg.`,
    unreachable:
      'Inwoners kunnen deze voorziening niet bereiken: er staat geen telefoon, e-mail, website, adres of uitleg bij "hoe_aanmelden". Vul minstens één manier in.',
    /** `fallbackPhone`: what the resident's card shows instead (ADR 0014, defect 4). */
    noContactMethod: (fallbackPhone?: string) =>
      `Er staat alleen uitleg bij "hoe_aanmelden". Inwoners kunnen daar niet op tikken. Vul een telefoonnummer, e-mailadres, website of adres in. ${
        fallbackPhone === undefined
          ? 'Tot dan zien inwoners geen nummer om te bellen, alleen de tip om bij de gemeente naar het wijkteam te vragen. Er staat namelijk geen wijkteamtelefoon in gebieden.yaml en geen telefoon in gemeentediensten.yaml.'
          : `Tot dan zien inwoners het nummer ${fallbackPhone}, met de tip om naar het wijkteam te vragen.`
      }`,
    circularContactHint:
      'De uitleg bij "hoe_aanmelden" stuurt inwoners naar de wijkwijzer. Maar de inwoner praat al met de wijkwijzer. Noem liever wie ze kunnen bellen of mailen, bijvoorbeeld het wijkteam.',
    hardToRead: (problems: readonly string[]) =>
      `De omschrijving is moeilijk te lezen: ${problems.join('; ')}. Schrijf korte zinnen met gewone woorden (B1).`,
    longSentence: (words: number, max: number, start: string) =>
      `de zin die begint met "${start}" heeft ${words} woorden (hoogstens ${max})`,
    longWord: (word: string, letters: number, max: number) =>
      `het woord "${word}" is lang (${letters} letters, hoogstens ${max}); splits het of gebruik een gewoner woord`,
    crisisNotChecked:
      'Dit crisisnummer is nog niet gecontroleerd. Bel het nummer, kijk of het werkt en vul bij gecontroleerd de datum in. Doe dit elke maand.',
    crisisCheckOverdue: (date: string) =>
      `Dit crisisnummer is laatst gecontroleerd op ${date}. Dat is meer dan een maand geleden. Bel het nummer en vul de nieuwe datum in.`,
    synonymTermUnused: (term: string) =>
      `De term "${term}" komt nergens in de sociale kaart voor. Inwoners die deze woorden gebruiken, vinden dus niets. Kies een term die bij een voorziening staat, bijvoorbeeld in de trefwoorden.`,
    duplicateSynonym: (phrase: string, otherLine: number) =>
      `"${phrase}" staat al bij dezelfde term (regel ${otherLine}). Haal er één weg.`,
    what: {
      levensgebied: 'Het levensgebied',
      stadsdeel: 'Het stadsdeel',
      wijk: 'De wijk',
      wijkteam: 'Het wijkteam',
      beheerder: 'De beheerder',
      crisislijn: 'De crisislijn',
      term: 'De term',
    },
  },

  check: {
    line: (location: string, severity: string, message: string) =>
      `${location}  ${severity}  ${message}`,
    summary: (errors: number, warnings: number, files: number, entries: number) =>
      `${errors === 0 ? 'Klaar' : 'Niet goed'}: ${plural(errors, 'fout', 'fouten')}, ${plural(warnings, 'waarschuwing', 'waarschuwingen')} in ${plural(files, 'bestand', 'bestanden')} (${plural(entries, 'voorziening', 'voorzieningen')}).`,
    errorsHint:
      'Los eerst de fouten op. Zolang er fouten zijn, blijft de wijkwijzer de vorige goede versie gebruiken.',
    routingProblem: (problem: string) =>
      `De verdeling over de wijkteams kan zo niet gebruikt worden: ${problem}`,
    routingHint:
      'Los de fout in routering.yaml op. Draait de wijkwijzer al, dan blijft de vorige verdeling gelden. Bij een nieuwe start stopt de wijkwijzer op dit bestand.',
    warningsHidden: (count: number) =>
      `${plural(count, 'waarschuwing', 'waarschuwingen')} niet getoond (--errors-only).`,
    schemaWritten: (files: readonly string[]) => `Schemabestanden geschreven: ${list(files)}.`,
    schemaUpToDate: 'De schemabestanden zijn actueel.',
    schemaOutdated: (files: readonly string[]) =>
      `Deze schemabestanden zijn niet actueel: ${list(files)}. Voer "wijkwijzer knowledge schema" uit.`,
  },

  report: {
    title: (date: string) => `# Controlelijst sociale kaart (${date})`,
    intro:
      'Per beheerder staat hieronder wat nagekeken moet worden, en waarom. Controleer elke voorziening minstens elke 6 maanden.',
    beheerderHeading: (naam: string, id: string) => `## ${naam} (${id})`,
    beheerderSummary: (total: number, toCheck: number) =>
      `${plural(total, 'voorziening', 'voorzieningen')}, ${toCheck} te controleren.`,
    allFine: 'Alles is op tijd gecontroleerd.',
    tableHeader: '| Voorziening | Id | Laatst gecontroleerd | Waarom nakijken |',
    tableRule: '| --- | --- | --- | --- |',
    never: 'nog nooit',
    nextDue: (date: string) => `Volgende controle uiterlijk: ${date}.`,
    reason: {
      'not-checked': 'nog nooit gecontroleerd',
      'check-overdue': 'controle is meer dan 6 maanden geleden',
      'checked-in-future': 'datum van controle ligt in de toekomst',
      expired: 'einddatum is voorbij',
      unreachable: 'geen manier om contact op te nemen',
      'hard-to-read': 'omschrijving is moeilijk te lezen',
      'likely-duplicate': 'lijkt een dubbele voorziening',
      'status-closed': 'staat op tijdelijk gesloten: is ze weer open?',
      'status-waitlist': 'staat op wachtlijst: is dat nog zo?',
    },
    crisisHeading: '## Crisislijnen (elke maand controleren)',
    crisisNeedsCheck: ' (nu controleren)',
    areasConfirmed: 'Alle wijken zijn door de gemeente nagekeken.',
    areasHeading: '## Gebieden (gemeente)',
    uncertainAreas: (count: number, names: readonly string[]) =>
      `${plural(count, 'wijk heeft', 'wijken hebben')} een onzekere indeling in postcodes en wijkteams: ${list(names)}.`,
    errorsFirst:
      'De sociale kaart heeft fouten. Los die eerst op met "wijkwijzer knowledge check".',
  },

  usage: [
    'Gebruik: wijkwijzer knowledge <opdracht> [MAP] [opties]',
    '',
    'Opdrachten:',
    '  check [MAP]    Controleert de sociale kaart. Stopt met code 1 bij fouten.',
    '                 --errors-only  toon alleen fouten, geen waarschuwingen',
    '                 --json         uitvoer als JSON',
    '  report [MAP]   Per beheerder: wat moet opnieuw gecontroleerd worden, en waarom.',
    '                 --json         uitvoer als JSON in plaats van Markdown',
    '  schema         Schrijft de JSON Schema-bestanden in de map knowledge/.',
    '                 --check        schrijft niets, stopt met code 1 als ze niet actueel zijn',
    '',
    'MAP is de map met de sociale kaart. Zonder MAP: KNOWLEDGE_DIR, of anders ./knowledge.',
  ].join('\n'),
  usageError: (detail: string) => `wijkwijzer knowledge: ${detail}\n`,
  unknownSubcommand: (name: string) => `onbekende opdracht "${name}".`,
  missingSubcommand: 'geef een opdracht: check, report of schema.',
  unknownOption: (name: string) => `onbekende optie "${name}".`,
  tooManyArguments: 'geef hoogstens één map op.',
} as const;
