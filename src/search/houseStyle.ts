/**
 * A partner's house style (ADR 0013, session 21). Each organisation writes its entries in its own
 * way, and some write every one in the same genre: a recipe ("Neem: … Voeg toe: …"), a bingo card,
 * an insurance policy ("Polisblad … Dekking: … Verzekerde: …"). The genre's words stand in nearly
 * every entry of that writer and say nothing about the help of any one of them, yet a resident's
 * everyday word can meet them. Which words those are is read from the kaart itself when the index
 * is built: a stem in the descriptions of at least HOUSE_STYLE_SHARE of one beheerder's entries,
 * for a beheerder of at least HOUSE_STYLE_MIN_ENTRIES entries, unless the gemeente names it among
 * its levensgebied words or synonyms (a housing corporation that writes "huis" in every entry is
 * about houses). Such a stem counts HOUSE_STYLE_WEIGHT in those descriptions. Nothing here knows
 * a genre, so a new kaart's new genre is read the same way.
 */
export const HOUSE_STYLE_MIN_ENTRIES = 3;
export const HOUSE_STYLE_SHARE = 0.8;
export const HOUSE_STYLE_WEIGHT = 0.25;

/**
 * Per document, the terms of its writer's house style, or undefined when there are none.
 * `writerOf(doc)` names the writer; `termsOf(doc, visit)` visits the terms of its description,
 * repeats allowed; `keep(term)` says a term is never house style.
 */
export function houseStyleTerms(
  count: number,
  writerOf: (doc: number) => string,
  termsOf: (doc: number, visit: (term: number) => void) => void,
  keep: (term: number) => boolean,
): (ReadonlySet<number> | undefined)[] {
  const docsOf = new Map<string, number[]>();
  for (let doc = 0; doc < count; doc += 1) {
    const writer = writerOf(doc);
    const list = docsOf.get(writer);
    if (list === undefined) docsOf.set(writer, [doc]);
    else list.push(doc);
  }
  const result: (ReadonlySet<number> | undefined)[] = new Array<undefined>(count).fill(undefined);
  for (const docs of docsOf.values()) {
    if (docs.length < HOUSE_STYLE_MIN_ENTRIES) continue;
    const entriesWith = new Map<number, number>();
    for (const doc of docs) {
      const seen = new Set<number>();
      termsOf(doc, (term) => seen.add(term));
      for (const term of seen) entriesWith.set(term, (entriesWith.get(term) ?? 0) + 1);
    }
    const style = new Set<number>();
    for (const [term, entries] of entriesWith) {
      if (entries >= HOUSE_STYLE_SHARE * docs.length && !keep(term)) style.add(term);
    }
    if (style.size === 0) continue;
    for (const doc of docs) result[doc] = style;
  }
  return result;
}
