import type { Catalogue, Voorziening } from '../knowledge/catalogue.js';

/**
 * The fields of a voorziening that search reads, with their BM25F weight and length
 * normalisation (b). Names and keywords are written to be found, so they weigh most; the
 * description is long and chatty, so it is normalised by length; the levensgebied words are
 * shared by every entry of a domain, so they only tip the balance. See docs/adr/0009-dutch-search.md.
 */
export const FIELDS = [
  { name: 'naam', weight: 3.0, b: 0.5, primary: true },
  { name: 'trefwoorden', weight: 2.0, b: 0.3, primary: true },
  { name: 'omschrijving', weight: 1.0, b: 0.75, primary: true },
  { name: 'organisatie', weight: 1.5, b: 0.3, primary: true },
  { name: 'doelgroep', weight: 1.0, b: 0.3, primary: true },
  { name: 'levensgebied', weight: 0.4, b: 0.3, primary: false },
] as const;

export type FieldName = (typeof FIELDS)[number]['name'];
export const FIELD_COUNT = FIELDS.length;

/** The levensgebied field: labels and everyday words of the entry's levensgebieden. */
export function domainFieldText(
  levensgebieden: readonly string[],
  catalogue: Pick<Catalogue, 'levensgebied'>,
): string {
  return levensgebieden
    .flatMap((id) => {
      const domain = catalogue.levensgebied(id);
      return domain === undefined ? [id] : [domain.label, ...domain.woorden];
    })
    .join(' \n ');
}

/** The texts of an entry's own fields, in FIELDS order, without the shared levensgebied field. */
export function ownFieldTexts(entry: Voorziening): string[] {
  return [
    entry.naam,
    entry.trefwoorden.join(' \n '),
    entry.omschrijving,
    entry.organisatie,
    // Slugs such as "65-plussers" and "mensen-met-weinig-geld" read as words.
    entry.doelgroep.kenmerken.map((kenmerk) => kenmerk.replace(/-/g, ' ')).join(' \n '),
  ];
}

/** The text of each field of one entry, in FIELDS order. */
export function fieldTexts(
  entry: Voorziening,
  catalogue: Pick<Catalogue, 'levensgebied'>,
): string[] {
  return [...ownFieldTexts(entry), domainFieldText(entry.levensgebieden, catalogue)];
}
