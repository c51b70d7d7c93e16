import { wijkteamCalled, WijkteamCalled } from './wijkteamName.js';

/**
 * Texts about a handed-over question (a "case"): labels staff see in Teams, the Casusbord and the
 * `wijkwijzer cases` command, and what residents read about their own question. Residents are
 * addressed with "u"; B1: short sentences, common words.
 */
export const casesTexts = {
  status: {
    nieuw: 'Nieuw',
    opgepakt: 'Opgepakt',
    contact_gelegd: 'Contact gelegd',
    afgerond: 'Afgerond',
    geannuleerd: 'Geannuleerd',
  },
  outcome: {
    voorliggend_opgelost: 'Voorliggend opgelost',
    wijkteam_hulpverleend: 'Wijkteam heeft hulp gegeven',
    maatwerkindicatie: 'Maatwerkindicatie afgegeven',
    doorverwezen: 'Doorverwezen',
    geen_contact: 'Geen contact gekregen',
    ingetrokken: 'Ingetrokken door de inwoner',
  },
  action: {
    aangemaakt: 'Vraag binnengekomen',
    opgepakt: 'Opgepakt',
    contact_gelegd: 'Contact gelegd',
    afgerond: 'Afgerond',
    teruggezet: 'Teruggezet',
    geannuleerd: 'Geannuleerd',
    contact_gewist: 'Contactgegevens gewist',
  },
  delivery: {
    pending: 'Wacht op verzenden',
    delivered: 'Verstuurd naar het wijkteam',
    failed: 'Verzenden mislukt, wordt opnieuw geprobeerd',
  },
  forWhom: {
    zelf: 'Voor zichzelf',
    kind: 'Voor een kind',
    partner: 'Voor de partner',
    ouder: 'Voor een ouder',
    familielid: 'Voor een familielid',
    naaste: 'Voor iemand voor wie de inwoner zorgt (mantelzorg)',
    buur: 'Voor een buur',
    ander: 'Voor iemand anders',
    onbekend: 'Niet gezegd',
  },
  ageBand: {
    '0-11': '0 tot 12 jaar',
    '12-17': '12 tot 18 jaar',
    '18-26': '18 tot 27 jaar',
    '27-66': '27 tot 67 jaar',
    '67+': '67 jaar of ouder',
  },
  stadsdeel: {
    noord: 'Noord',
    oost: 'Oost',
    zuid: 'Zuid',
    west: 'West',
    centrum: 'Centrum',
  },
  /**
   * What replaces an identifier or contact detail a resident typed in the story. Staff read these
   * inside the summary; they must never look like the thing they replace (masking is idempotent).
   */
  mask: {
    bsn: '[BSN weggehaald]',
    iban: '[rekeningnummer weggehaald]',
    phone: '[telefoonnummer weggehaald]',
    email: '[e-mailadres weggehaald]',
  },
  /** Shown where contact details would be, to anyone who may not see them or after erasure. */
  contactHidden: 'Alleen zichtbaar voor wie de casus heeft opgepakt',
  contactErased: (date: string) => `Contactgegevens gewist op ${date}`,
  /** What a resident who comes back to the chat reads about their question. */
  residentStatus: {
    nieuw: (team: string, date: string) =>
      `Uw vraag ligt sinds ${date} bij ${wijkteamCalled(team)}. Iemand van het wijkteam neemt contact met u op.`,
    opgepakt: (team: string, date: string) =>
      `Uw vraag is opgepakt door ${wijkteamCalled(team)} op ${date}.`,
    opgepaktDoor: (firstName: string, team: string, date: string) =>
      `Uw vraag is opgepakt door ${firstName} van ${wijkteamCalled(team)} op ${date}.`,
    contact_gelegd: (team: string, date: string) =>
      `${WijkteamCalled(team)} heeft op ${date} contact met u gehad over uw vraag.`,
    afgerond: (team: string, date: string) =>
      `${WijkteamCalled(team)} heeft uw vraag op ${date} afgerond. Heeft u een nieuwe vraag? Dan helpen we u graag.`,
    geannuleerd: (date: string) =>
      `Uw vraag is op ${date} gestopt. Heeft u toch hulp nodig? Dan helpen we u graag opnieuw.`,
  },
  /** "Wat weet je van mij?": what the wijkwijzer stores about this resident, in plain words. */
  residentData: {
    /**
     * Nothing linked to this chat. A question sent before "vergeet mij" may still be with the
     * wijkteam, unlinked and without contact details: the answer must not deny that.
     */
    none: 'Bij dit gesprek vind ik geen vragen die u naar het wijkteam stuurde. Koos u eerder "vergeet mij"? Dan ligt uw vraag mogelijk nog bij het wijkteam, zonder uw naam en contactgegevens. Ik kan die vraag niet meer aan u koppelen.',
    intro: (count: number) =>
      count === 1
        ? 'Wij bewaren 1 vraag van u voor het wijkteam. Dit staat erin:'
        : `Wij bewaren ${count} vragen van u voor het wijkteam. Dit staat erin:`,
    caseHeading: (reference: string, date: string) => `Vraag ${reference}, gestuurd op ${date}`,
    status: (label: string) => `Stand: ${label}.`,
    team: (team: string) => `Wijkteam: ${team}.`,
    summary: (summary: string) => `Uw verhaal: ${summary}`,
    area: (area: string) => `Wijk: ${area}.`,
    contact: (parts: string) => `Uw contactgegevens: ${parts}.`,
    // Kinds, not values: whoever holds the browser reads this (docs/privacy.md).
    contactName: 'uw naam',
    contactPhone: (lastDigits: string) => `een telefoonnummer dat eindigt op ${lastDigits}`,
    contactEmail: (domain: string) => `een e-mailadres bij ${domain}`,
    contactNoCalls: 'liever niet bellen',
    contactErased: 'Uw contactgegevens zijn gewist.',
    consent: (date: string) => `U gaf toestemming om dit te delen op ${date}.`,
    keptUntilClosed: (contactDays: number, caseDays: number) =>
      `Wij bewaren dit tot de vraag klaar is. Daarna wissen we uw contactgegevens na ${contactDays} dagen en de hele vraag na ${caseDays} dagen.`,
    howToForget:
      'Wilt u dat wij uw contactgegevens wissen? Typ dan "vergeet mij". Het wijkteam heeft dan geen telefoonnummer of e-mailadres meer van u.',
  },
  /** The answer after "vergeet mij" erased the contact details of this resident's questions. */
  forgotten: (count: number, caseDays: number) =>
    count === 0
      ? 'Wij hadden geen contactgegevens van u. Er is niets gewist.'
      : [
          count === 1
            ? 'Wij hebben uw naam en contactgegevens bij 1 vraag gewist. Het wijkteam kan u daarover niet meer bellen of mailen.'
            : `Wij hebben uw naam en contactgegevens bij ${count} vragen gewist. Het wijkteam kan u daarover niet meer bellen of mailen.`,
          // Truthful: the story stays until the case is closed and its retention ends.
          `Uw vraag zelf blijft bij het wijkteam, zonder naam en contactgegevens, zodat zij hem kunnen afronden. Na ${caseDays} dagen wissen we ook de vraag.`,
        ].join(' '),
} as const;
