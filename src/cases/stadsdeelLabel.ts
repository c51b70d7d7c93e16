import { nl } from '../i18n/nl/index.js';

const ENSCHEDE_LABELS: Readonly<Record<string, string>> = nl.cases.stadsdeel;

/**
 * The name of a stored stadsdeel slug where no knowledge is at hand (a card, the Casusbord, the
 * resident's own data): Enschede's five by their labels, any other gemeente's slug written as a
 * name ("lindewaard" → "Lindewaard", "oud-west" → "Oud-West"). The conversation itself names a
 * stadsdeel as its gebieden.yaml does (`stadsdeelName`).
 */
export function stadsdeelLabel(slug: string): string {
  return (
    ENSCHEDE_LABELS[slug] ??
    slug
      .split(/([-_])/)
      .map((part) => (part.length > 0 ? part[0]?.toUpperCase() + part.slice(1) : part))
      .join('')
      .replace(/_/g, ' ')
  );
}

/** The stadsdeel's name in the knowledge's gebieden.yaml, else its label. */
export function stadsdeelName(
  slug: string,
  wijken: readonly { readonly stadsdeelId: string; readonly stadsdeel: string }[],
): string {
  return wijken.find((wijk) => wijk.stadsdeelId === slug)?.stadsdeel ?? stadsdeelLabel(slug);
}
