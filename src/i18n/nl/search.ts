/**
 * Texts of the search: the short explanation staff see next to a result ("waarom deze?") and the
 * command line. Readers are wijkteam staff and partners: short, concrete, B1.
 */
export const searchTexts = {
  fields: {
    naam: 'naam',
    trefwoorden: 'trefwoorden',
    omschrijving: 'omschrijving',
    organisatie: 'organisatie',
    doelgroep: 'doelgroep',
    levensgebied: 'levensgebied',
  },
  why: {
    word: (word: string, fields: string) => `"${word}" in ${fields}`,
    typo: (typed: string, word: string, fields: string) =>
      `"${typed}" (gelezen als "${word}") in ${fields}`,
    part: (part: string, whole: string, fields: string) =>
      `"${part}" (uit "${whole}") in ${fields}`,
    synonym: (phrase: string, term: string, fields: string) =>
      `"${phrase}" (betekent ${term}) in ${fields}`,
    ownWijk: 'in de eigen wijk',
    ownStadsdeel: 'in het eigen stadsdeel',
    ageFits: 'leeftijd past',
    ageOutside: 'leeftijd past niet',
    ageGroup: 'andere leeftijd, hoort bij de doelgroep',
    ageChild: 'past bij de leeftijd van het kind uit de vraag',
    roleFits: { ouders: 'voor ouders', mantelzorgers: 'voor mantelzorgers' },
    roleExcludes: {
      ouders: 'alleen voor ouders, niet voor deze inwoner',
      mantelzorgers: 'alleen voor mantelzorgers, niet voor deze inwoner',
    },
    staffOnly: 'alleen via het wijkteam',
    separator: '; ',
  },
  cli: {
    noGoodMatch: 'Geen goede match. De wijkwijzer zegt dit eerlijk en biedt een medewerker aan.',
    noResults: 'Geen resultaten.',
    domains: 'Levensgebieden',
    strong: 'sterk',
    handover: 'Meerdere sterke levensgebieden: bied het wijkteam aan.',
    /** `gemeente`: the knowledge's name for it (gebieden.yaml), when it gives one. */
    postcodeOutside: (postcode: string, gemeente: string | undefined) =>
      `Postcode ${postcode} ligt niet in ${gemeente ?? 'de gemeente'}. Er wordt gezocht zonder wijk.`,
    postcodeUnknown: (postcode: string) =>
      `Postcode ${postcode} is niet bekend. Er wordt gezocht zonder wijk.`,
    usageProblem:
      'Geef één vraag, of --batch met een bestand. Leeftijd en aantal zijn hele getallen.',
    batchUnreadable: 'dit bestand is niet te lezen.',
    batchNotJson: 'deze regel is geen geldige JSON.',
    batchWrongShape:
      'deze regel moet zijn: {"text": "...", "postcode": "7544", "age": 34, "language": "nl"}. Alleen text is verplicht; language is "nl" of "en".',
    knowledgeInvalid: (dir: string, count: number) =>
      `De sociale kaart in ${dir} heeft ${count === 1 ? '1 fout' : `${count} fouten`}. Zoeken kan pas als die zijn opgelost.`,
  },
} as const;
