import type { ResidentLanguage } from '../shared/residentLocales.js';
import { en } from './en/index.js';
import { nl } from './nl/index.js';

/**
 * The texts a resident reads, in the language of their conversation: the one place that picks
 * between src/i18n/en and src/i18n/nl for resident texts. The levensgebied labels are left out:
 * in Dutch they come from the sociale kaart (dialogs/texts.ts, domainLabel).
 */
export type ResidentTexts = Omit<typeof en, 'levensgebieden'>;

export function residentTexts(language: ResidentLanguage): ResidentTexts {
  return language === 'en' ? en : nl;
}
