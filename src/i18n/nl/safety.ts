/**
 * What the bot says when a message points to a crisis (src/safety/). Calm, warm, short; no panic and
 * no lecture. "u", B1. Numbers come from src/safety/crisisLines.ts, so a number is changed in one
 * place only.
 */
export const safetyTexts = {
  /** The first sentence, chosen by the most urgent kind. */
  opening: {
    danger: 'Dit klinkt als een noodgeval.',
    suicide: 'Dank u dat u dit vertelt. Het klinkt alsof het heel zwaar is.',
    abuse: 'Dank u dat u dit vertelt. Iedereen moet thuis veilig zijn. Ook kinderen en ouderen.',
  },
  /** One short paragraph per line, in order of urgency. */
  line: {
    danger: (number: string) =>
      `Bel nu meteen ${number}. Bellen is gratis en kan dag en nacht. Dan komt er snel hulp.`,
    suicide: (freeNumber: string, site: string) =>
      `U hoeft dit niet alleen te dragen. Bij 113 Zelfmoordpreventie kunt u dag en nacht met iemand praten. Ook als u zich zorgen maakt om een ander. Bel gratis ${freeNumber}, of chat via ${site}.`,
    abuse: (freeNumber: string, site: string) =>
      `Veilig Thuis helpt, dag en nacht. Ook als u zich zorgen maakt om iemand anders. Bel gratis ${freeNumber}. U hoeft uw naam niet te zeggen. Kijk ook op ${site}. Moet dit scherm snel weg? Kies dan de knop "Snel weg".`,
  },
  /** Added when 112 is not already the first line. */
  ifInDanger: (number: string) => `Bent u of iemand anders nu in gevaar? Bel dan ${number}.`,
  comeBack: 'Daarna kunt u altijd terugkomen in deze chat. Dan zoeken we samen verder.',
  /** Button labels. Short: they must fit on a phone. */
  actions: {
    call112: (number: string) => `Bel ${number}`,
    call113: (number: string) => `Bel 113 gratis: ${number}`,
    chat113: 'Chat met 113',
    callVeiligThuis: (number: string) => `Bel Veilig Thuis: ${number}`,
    siteVeiligThuis: 'Website Veilig Thuis',
  },
  /**
   * The check (docs/adr/0012-safety-net.md): one calm question when the safety check is not sure,
   * with the lines visible and an easy way back to the question the resident came with.
   */
  check: {
    opening: 'Ik wil even zeker weten dat het goed met u gaat.',
    /**
     * One question for the kinds the check asks about (most urgent first, joined by "+"): a
     * resident whose message could be about more than one thing gets a question that covers each.
     */
    question: {
      danger: 'Bent u of is iemand anders nu in gevaar?',
      suicide: 'Denkt u erover om uzelf iets aan te doen?',
      abuse: 'Bent u, of iemand bij u thuis, nu in gevaar?',
      'danger+suicide':
        'Bent u of is iemand anders nu in gevaar? Of denkt u erover om uzelf iets aan te doen?',
      'danger+abuse': 'Bent u of is iemand anders nu in gevaar, buiten of thuis?',
      'suicide+abuse':
        'Denkt u erover om uzelf iets aan te doen? Of bent u, of iemand bij u thuis, niet veilig?',
      'danger+suicide+abuse':
        'Bent u of is iemand anders nu in gevaar, buiten of thuis? Of denkt u erover om uzelf iets aan te doen?',
    },
    linesNote: 'Deze hulp is er altijd, dag en nacht:',
    /** Why each line is there, in front of its links: the resident picks the one that fits. */
    reason: {
      danger: 'Bij gevaar, nu meteen',
      suicide: 'Als u denkt aan zelfdoding, of u zich zorgen maakt om iemand',
      abuse: 'Bij geweld of als het thuis niet veilig is, ook voor een ander',
    },
    wayBack:
      'Gaat het om iets anders? Kies dan "Nee, het gaat wel". Dan gaan we verder met uw vraag.',
    yes: 'Ja',
    no: 'Nee, het gaat wel',
    backToQuestion: 'Fijn om te horen. We gaan verder met uw vraag.',
    /**
     * A soft check (docs/adr/0012-safety-net.md, fourth round): the same question and lines, and the
     * intake goes on in the same turn. The button stays in the chat, so "ja" can come later too.
     */
    soft: {
      wayOn:
        'Is uw antwoord ja? Kies dan "Ja, ik heb nu hulp nodig". Dat kan ook later nog. Gaat het wel? Dan hoeft u niets te doen. Ik zoek verder met uw vraag.',
      yes: 'Ja, ik heb nu hulp nodig',
      /** After "nee" typed right after a soft check. */
      noThanks: 'Fijn om te horen.',
    },
  },
} as const;
