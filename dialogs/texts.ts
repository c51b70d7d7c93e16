import type { Language } from '../src/understanding/language.js';
import { en } from '../src/i18n/en/index.js';
import type { nl } from '../src/i18n/nl/index.js';
import type { Translation } from '../src/i18n/translation.js';
import { residentTexts } from '../src/i18n/residentTexts.js';
import type { KnowledgePort } from './ports.js';

export type IntakeTexts = Translation<typeof nl.intake>;
export type HandoverTexts = Translation<Omit<typeof nl.handover, 'staff'>>;

/** The resident texts of the conversation in the resident's language. */
export function textsFor(language: Language): {
  readonly intake: IntakeTexts;
  readonly handover: HandoverTexts;
} {
  const { intake, handover } = residentTexts(language);
  return { intake, handover };
}

/** A levensgebied's label: Dutch from the knowledge, English from our own list. */
export function domainLabel(knowledge: KnowledgePort, slug: string, language: Language): string {
  if (language === 'en') {
    const english = en.levensgebieden[slug];
    if (english !== undefined) return english;
  }
  return knowledge.levensgebieden().find((domain) => domain.id === slug)?.label ?? slug;
}

/** "Geld, schulden en administratie en Wonen": labels joined the way people say them. */
export function domainLabels(
  knowledge: KnowledgePort,
  slugs: readonly string[],
  language: Language,
): string {
  const labels = slugs.map((slug) => domainLabel(knowledge, slug, language));
  const and = language === 'en' ? ' and ' : ' en ';
  if (labels.length <= 1) return labels.join('');
  return `${labels.slice(0, -1).join('; ')}${and}${labels.at(-1) ?? ''}`;
}
