/**
 * The locale of each language a resident can choose: the one place that maps the resident's
 * language to a locale. The bot writes it on every reply and on a proactive status line, the web
 * chat widget switches its own texts and Web Chat's labels by it, and dates for residents are
 * formatted with it. British English, like the English texts ("neighbourhood"), and its day-month
 * dates and 24-hour clock read naturally next to the Dutch ones. Web Chat reads any "en-…" locale
 * with its English strings.
 */
export const residentLocales = { nl: 'nl-NL', en: 'en-GB' } as const;

/**
 * The language a browser's locale asks for (`navigator.language`, "en-GB", "nl"): English for any
 * English, Dutch for everything else, since Dutch is what the wijkwijzer speaks by default.
 */
export function languageOfLocale(locale: string): ResidentLanguage {
  return /^en(?:-|$)/i.test(locale) ? 'en' : 'nl';
}

/** A language the resident can choose. */
export type ResidentLanguage = keyof typeof residentLocales;
