import type { PostcodeLookup } from '../knowledge/areas.js';
import { escapeRegExp } from '../text/escapeRegExp.js';
import { foldReply } from './matchText.js';

/**
 * Where a resident says they live, recognised in their own words (ADR 0014, item 3): every wijk
 * and buurt name of knowledge/gebieden.yaml and the parts of double names ("Roombeek" for
 * Roombeek-Roomveldje), the forms people use ("in de Roombeek", "Enschede-Zuid", "stadsdeel
 * West"), small misspellings, postcodes inside and outside the gemeente, and the towns around it.
 *
 * Two modes. `mention`: somewhere in a longer message, so only clear forms count (a wrong wijk
 * would skip a question the resident must answer). `answer`: the reply to "In welke wijk …?",
 * where a bare "zuid", any four digits or a small typo may be trusted.
 */

/** What a wijk offers for recognition; `Wijk` of src/knowledge/areas.ts fits as is. */
export interface PlaceWijk {
  readonly naam: string;
  readonly stadsdeelId: string;
  /** The stadsdeel's name in gebieden.yaml ("Zuid", "Zwiepdijk"); absent for a plain name list. */
  readonly stadsdeel?: string;
  readonly buurten: readonly string[];
}

export interface PlaceSource {
  readonly wijken: readonly PlaceWijk[];
  lookupPostcode(input: string): PostcodeLookup;
  /**
   * The gemeente's name in the knowledge, so "heel Lindewaard" reads as the whole gemeente and
   * "Lindewaard-Noord" as a stadsdeel. Without a name only "de hele stad" and "overal" do.
   */
  readonly gemeente?: string;
  /**
   * Places near the gemeente that count as outside it (gebieden.yaml `buurgemeenten`); none
   * without the list. The large cities count for every gemeente but the city itself.
   */
  readonly buurgemeenten?: readonly string[];
}

export type PlaceMention =
  /** `stadsdeel` is the slug of a stadsdeel of the knowledge (noord … centrum in Enschede). */
  | { readonly kind: 'wijk'; readonly wijk: string; readonly stadsdeel: string }
  | { readonly kind: 'stadsdeel'; readonly stadsdeel: string }
  /** The gemeente without a wijk: "heel Enschede", or a postcode of it that no wijk claims. */
  | { readonly kind: 'gemeente'; readonly postcode?: string }
  /** A town or postcode of another gemeente, as the resident wrote it. */
  | { readonly kind: 'outside'; readonly place: string }
  /** A name that belongs to more than one wijk ("Hogeland"): ask which one. */
  | { readonly kind: 'ambiguous'; readonly wijken: readonly string[] };

export type PlaceMode = 'mention' | 'answer';

/**
 * Other forms of a compass-point stadsdeel name, in Dutch and English: a stadsdeel named "Zuid" is
 * also "het zuiden" and "south". Language, not a gemeente's list: it follows the names in
 * gebieden.yaml, so a gemeente without a stadsdeel "Zuid" has no "zuid" either.
 */
const COMPASS_FORMS: Readonly<Record<string, readonly string[]>> = {
  noord: ['noorden', 'north'],
  oost: ['oosten', 'east'],
  zuid: ['zuiden', 'south'],
  west: ['westen'],
  centrum: ['centre', 'center'],
};

/** Parts of double names that are ordinary words or compass points, never a wijk on their own. */
const NOT_A_NAME_ON_ITS_OWN = new Set([
  'noord',
  'zuid',
  'oost',
  'west',
  'ut',
  'lang',
  'posten',
  'toekomst',
  'de',
  'het',
  't',
]);

/** The large cities, outside any gemeente but themselves. */
const LARGE_CITIES = [
  'Deventer',
  'Zwolle',
  'Apeldoorn',
  'Arnhem',
  'Nijmegen',
  'Amsterdam',
  'Rotterdam',
  'Den Haag',
  'Utrecht',
];

const ARTICLE = /^(?:de|het|t) /;

interface Town {
  readonly town: string;
  readonly name: string;
  readonly inSentence: RegExp;
}

interface IndexedName {
  /** Folded, words separated by one space. */
  readonly folded: string;
  readonly wijken: readonly PlaceWijk[];
}

/** Built once per knowledge load (dialogs/intake/turnMessage.ts), with everything it derives. */
export interface PlaceIndex {
  readonly names: readonly IndexedName[];
  readonly source: PlaceSource;
  /** Folded stadsdeel word or name → the slug, for the stadsdelen this knowledge has. */
  readonly stadsdelen: ReadonlyMap<string, string>;
  /** The gemeente's name, folded; empty when the knowledge names none. */
  readonly gemeente: string;
  /** Places outside the gemeente that residents may name (`buurgemeenten` and the large cities). */
  readonly towns: readonly Town[];
  /** "Enschede-Zuid", "stadsdeel West" …: null when the knowledge has no stadsdelen to name. */
  readonly stadsdeelPattern: RegExp | null;
  /** "heel Enschede", "de hele stad", "overal": a reply that means the whole gemeente. */
  readonly wholeGemeente: RegExp;
}

function namesOf(name: string): string[] {
  const folded = foldReply(name);
  const forms = new Set<string>([folded]);
  const bare = folded.replace(ARTICLE, '');
  if (bare !== folded && !NOT_A_NAME_ON_ITS_OWN.has(bare) && bare.length >= 5) forms.add(bare);
  // Double names: "Roombeek-Roomveldje" is also "Roombeek"; "Hogeland-Noord" is not "Noord".
  if (/[-/]/.test(name)) {
    for (const part of name.split(/[-/]/)) {
      const partFolded = foldReply(part).replace(ARTICLE, '');
      if (partFolded.length >= 4 && !NOT_A_NAME_ON_ITS_OWN.has(partFolded)) forms.add(partFolded);
    }
  }
  return [...forms].filter((form) => form.length >= 3);
}

/** The names of every wijk and buurt, each pointing at the wijk(en) it may mean. */
export function buildPlaceIndex(source: PlaceSource): PlaceIndex {
  const byName = new Map<string, PlaceWijk[]>();
  for (const wijk of source.wijken) {
    for (const name of [wijk.naam, ...wijk.buurten]) {
      for (const form of namesOf(name)) {
        const list = byName.get(form) ?? [];
        if (!list.includes(wijk)) list.push(wijk);
        byName.set(form, list);
      }
    }
  }
  const names = [...byName.entries()]
    .map(([folded, wijken]) => ({ folded, wijken }))
    // Longest first, so "Twekkelerveld Park" wins over "Twekkelerveld".
    .sort((a, b) => b.folded.length - a.folded.length);
  const stadsdelen = new Map<string, string>();
  for (const wijk of source.wijken) {
    const name = wijk.stadsdeel === undefined ? '' : foldReply(wijk.stadsdeel);
    if (name.length < 3) continue;
    for (const form of [name, ...(COMPASS_FORMS[name] ?? [])]) {
      if (!stadsdelen.has(form)) stadsdelen.set(form, wijk.stadsdeelId);
    }
  }
  const gemeente = foldReply(source.gemeente ?? '');
  return {
    names,
    source,
    stadsdelen,
    gemeente,
    towns: townsOf(source),
    stadsdeelPattern: stadsdeelPatternOf(stadsdelen, gemeente),
    wholeGemeente: wholeGemeenteOf(gemeente),
  };
}

/**
 * "Enschede-Zuid", "Enschede zuid", "zuid Enschede", "stadsdeel West", "in het zuiden van
 * Enschede": the forms with the gemeente's name only when the knowledge gives one.
 */
function stadsdeelPatternOf(
  stadsdelen: ReadonlyMap<string, string>,
  gemeente: string,
): RegExp | null {
  const words = [...stadsdelen.keys()].map(escapeRegExp).join('|');
  if (words === '') return null;
  const city = escapeRegExp(gemeente);
  const withCity = gemeente === '' ? [] : [`${city} (${words})`, `(${words}) ${city}`];
  const ofCity = gemeente === '' ? [] : [`(?:in het|het) (${words}) van ${city}`];
  const forms = [...withCity, `stadsdeel (${words})`, ...ofCity];
  return new RegExp(`(?:^| )(?:${forms.join('|')})(?: |$)`);
}

/** "heel Enschede", "de hele stad", "overal": the whole gemeente, by the name its knowledge gives. */
function wholeGemeenteOf(gemeente: string): RegExp {
  const named =
    gemeente === ''
      ? []
      : [`(?:in )?(?:heel |de hele |de gemeente |gemeente )?${escapeRegExp(gemeente)}`];
  return new RegExp(
    `^(?:${[...named, '(?:in )?de hele (?:stad|gemeente)', 'maakt niet uit waar', 'overal'].join('|')})$`,
  );
}

/**
 * The places that count as outside: the knowledge's `buurgemeenten`, then the large cities. Never
 * the gemeente itself: Deventer's knowledge must not call Deventer outside.
 */
function townsOf(source: PlaceSource): Town[] {
  const near = source.buurgemeenten ?? [];
  const own = foldReply(source.gemeente ?? '');
  const seen = new Set<string>();
  const towns: Town[] = [];
  for (const town of [...near, ...LARGE_CITIES]) {
    const name = foldReply(town);
    if (name === '' || name === own || seen.has(name)) continue;
    seen.add(name);
    const inSentence = new RegExp(`(?:^| )(?:in|uit|from|near) ${escapeRegExp(name)}(?: |$)`);
    towns.push({ town, name, inSentence });
  }
  return towns;
}

function containsWords(haystack: string, needle: string): boolean {
  return ` ${haystack} `.includes(` ${needle} `);
}

function mentionOf(wijken: readonly PlaceWijk[]): PlaceMention {
  const [only] = wijken;
  if (only !== undefined && wijken.length === 1) {
    return { kind: 'wijk', wijk: only.naam, stadsdeel: only.stadsdeelId };
  }
  return { kind: 'ambiguous', wijken: wijken.map((wijk) => wijk.naam) };
}

/** Where a name may stand in a longer message: right after "in", "uit", "wijk", "woon in" … */
const LEAD_WORDS = new Set([
  'in',
  'uit',
  'bij',
  'wijk',
  'buurt',
  'woon',
  'woont',
  'wonen',
  'live',
  'from',
  'near',
]);
const ARTICLES = new Set(['de', 'het', 't', 'the']);

function afterLead(words: readonly string[], start: number): boolean {
  const previous = words[start - 1];
  if (previous === undefined) return false;
  if (LEAD_WORDS.has(previous)) return true;
  const before = words[start - 2];
  return ARTICLES.has(previous) && before !== undefined && LEAD_WORDS.has(before);
}

function typoLimit(length: number): number {
  if (length >= 9) return 2;
  return length >= 5 ? 1 : 0;
}

/**
 * Edit distance with adjacent transpositions (optimal string alignment) at most `limit`, with
 * three reused rows and an early stop as soon as a whole row exceeds the limit: most candidate
 * pairs are rejected after a few letters, which keeps a reply's typo search well under a
 * millisecond against every wijk and buurt name.
 */
function withinLimit(a: string, b: string, limit: number): boolean {
  if (Math.abs(a.length - b.length) > limit) return false;
  let before = new Array<number>(b.length + 1).fill(0);
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  let current = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i += 1) {
    current[0] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(
        (previous[j] ?? 0) + 1,
        (current[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + cost,
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, (before[j - 2] ?? 0) + 1);
      }
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > limit) return false;
    [before, previous, current] = [previous, current, before];
  }
  return (previous[b.length] ?? limit + 1) <= limit;
}

function isNear(typed: string, known: string): boolean {
  const limit = typoLimit(known.length);
  // Residents rarely mistype the first two letters both: a cheap filter before the real measure.
  if (limit === 0 || (typed[0] !== known[0] && typed[1] !== known[1])) return false;
  return withinLimit(typed, known, limit);
}

/** Runs of 1–3 words where a name may start (anywhere in an answer, after "in …" in a message). */
function wordRuns(folded: string, mode: PlaceMode): string[] {
  const words = folded.split(' ').filter((word) => word !== '');
  const runs: string[] = [];
  for (let start = 0; start < words.length; start += 1) {
    if (mode === 'mention' && !afterLead(words, start)) continue;
    for (let size = 1; size <= 3 && start + size <= words.length; size += 1) {
      runs.push(words.slice(start, start + size).join(' '));
    }
  }
  return runs;
}

function byExactName(folded: string, index: PlaceIndex): PlaceMention | undefined {
  const exact = index.names.find((name) => containsWords(folded, name.folded));
  return exact === undefined ? undefined : mentionOf(exact.wijken);
}

/** Longer replies are sentences, not a wijk with a typo: no fuzzy search through them. */
const MAX_FUZZY_ANSWER_WORDS = 6;
const MAX_FUZZY_RUNS = 36;

function byNearName(folded: string, index: PlaceIndex, mode: PlaceMode): PlaceMention | undefined {
  if (mode === 'answer' && folded.split(' ').length > MAX_FUZZY_ANSWER_WORDS) return undefined;
  // A small misspelling: anywhere in a reply to the question, only after "in …" in a message.
  // Distinct runs only, and a bounded number: the work per message stays small for any length.
  const runs = [...new Set(wordRuns(folded, mode))]
    .filter((run) => run.replace(/ /g, '').length >= 5)
    .slice(0, MAX_FUZZY_RUNS);
  for (const name of index.names) {
    if (name.folded.length < 5) continue;
    const hit = runs.find(
      (run) =>
        isNear(run, name.folded) || isNear(run.replace(/ /g, ''), name.folded.replace(/ /g, '')),
    );
    if (hit !== undefined) return mentionOf(name.wijken);
  }
  return undefined;
}

function byStadsdeel(folded: string, index: PlaceIndex, mode: PlaceMode): PlaceMention | undefined {
  const match = index.stadsdeelPattern?.exec(folded);
  const word = match?.slice(1).find((group) => group !== undefined);
  const named = word === undefined ? undefined : index.stadsdelen.get(word);
  if (named !== undefined) return { kind: 'stadsdeel', stadsdeel: named };
  if (mode === 'answer') {
    const bare = folded
      .replace(/^(?:ik woon |wij wonen |we wonen )?(?:in )?(?:het |de |stadsdeel )?/, '')
      .trim();
    const stadsdeel = index.stadsdelen.get(bare);
    if (stadsdeel !== undefined) return { kind: 'stadsdeel', stadsdeel };
  }
  return undefined;
}

function byTown(folded: string, index: PlaceIndex, mode: PlaceMode): PlaceMention | undefined {
  const found = index.towns.find((town) =>
    mode === 'answer' ? containsWords(folded, town.name) : town.inSentence.test(folded),
  );
  return found === undefined ? undefined : { kind: 'outside', place: found.town };
}

/** Four digits that are a postcode: in an answer any; in a message with letters, after "postcode", or 75xx. */
function findPostcode(text: string, mode: PlaceMode): string | undefined {
  const withLetters = /(?<![0-9])([1-9][0-9]{3})\s?[A-Za-z]{2}(?![A-Za-z])/.exec(text);
  if (withLetters?.[1] !== undefined) return withLetters[1];
  const afterWord = /\b(?:postcode|postal code|zip)\s*:?\s*([1-9][0-9]{3})(?![0-9])/i.exec(text);
  if (afterWord?.[1] !== undefined) return afterWord[1];
  // A comma or full stop after the digits ends a postcode ("wij wonen in 7543, hoe …"); only
  // one followed by a digit makes them part of an amount ("7544,50").
  if (mode === 'answer') {
    const bare = /(?<![0-9,.€])([1-9][0-9]{3})(?![0-9]|[,.][0-9])/.exec(text);
    return bare?.[1];
  }
  const twente = /(?<![0-9,.€])(75[0-9]{2})(?![0-9]|[,.][0-9])/.exec(text);
  return twente?.[1];
}

function byPostcode(text: string, index: PlaceIndex, mode: PlaceMode): PlaceMention | undefined {
  const postcode = findPostcode(text, mode);
  if (postcode === undefined) return undefined;
  const found = index.source.lookupPostcode(postcode);
  if (found === 'outside-gemeente') return { kind: 'outside', place: postcode };
  if (found === 'unknown') return { kind: 'gemeente', postcode };
  return { kind: 'wijk', wijk: found.wijk, stadsdeel: found.stadsdeelId };
}

/**
 * Where the text says the resident lives, or undefined when it does not say. A postcode wins over
 * a name (it is the more exact of the two); a wijk over a stadsdeel.
 */
export function findPlace(
  text: string,
  index: PlaceIndex,
  mode: PlaceMode,
): PlaceMention | undefined {
  const folded = foldReply(text);
  if (folded === '') return undefined;
  const postcode = byPostcode(text, index, mode);
  if (postcode !== undefined && postcode.kind !== 'gemeente') return postcode;
  const named =
    byExactName(folded, index) ??
    byStadsdeel(folded, index, mode) ??
    byTown(folded, index, mode) ??
    byNearName(folded, index, mode);
  if (named !== undefined) return named;
  if (postcode !== undefined) return postcode;
  if (mode === 'answer' && index.wholeGemeente.test(folded)) return { kind: 'gemeente' };
  return undefined;
}

/** Indexes of plain name lists (no buurten, no postcode lookup), by the list they were built from. */
const nameIndexes = new WeakMap<readonly string[], PlaceIndex>();

/** The index of a plain list of wijk names: no gemeente, no stadsdelen, no neighbours. */
function plainIndex(wijken: readonly string[]): PlaceIndex {
  let index = nameIndexes.get(wijken);
  if (index === undefined) {
    index = buildPlaceIndex({
      wijken: wijken.map((naam) => ({ naam, stadsdeelId: '', buurten: [] })),
      lookupPostcode: () => 'unknown',
    });
    nameIndexes.set(wijken, index);
  }
  return index;
}

/**
 * A postcode's four digits and a wijk name said in a message, for src/understanding: with the
 * knowledge's index when the caller has it (the conversation does), else from a plain list of
 * wijk names, which knows no gemeente, stadsdelen or neighbours. The intake itself reads places
 * with `findPlace` on the full index (buurten, stadsdelen, the postcode table).
 */
export function placeNamesIn(
  text: string,
  places: PlaceIndex | readonly string[],
): { readonly postcode?: string; readonly wijk?: string } {
  const index = isPlaceIndex(places) ? places : plainIndex(places);
  const place = findPlace(text, index, 'mention');
  if (place?.kind === 'wijk') return { wijk: place.wijk };
  if (place?.kind === 'gemeente' && place.postcode !== undefined)
    return { postcode: place.postcode };
  return {};
}

function isPlaceIndex(places: PlaceIndex | readonly string[]): places is PlaceIndex {
  return !Array.isArray(places);
}

/**
 * A reply of more words than this is a sentence about something, not a place on its own: the cap
 * of a street typed as a reply here, and of a place typed at "Voor wie?"
 * (dialogs/intake/questions/forWhomQuestion.ts). One number, so the two readings cannot drift apart.
 */
export const MAX_PLACE_WORDS = 4;

/** Street name endings; "weg" and "pad" only after six letters ("onderweg", "fietspad" stay words). */
const STREET =
  /^(?:\p{L}{2,}(?:straat|laan|singel|plein|dreef|steeg|gracht|kade|dijk|street|road|avenue|lane)|\p{L}{6,}(?:weg|pad))$/u;

/**
 * A reply that is a street with or without a house number ("Hengelosestraat 12",
 * "Lasondersingel"): a place, though no wijk of the knowledge. Streets are not in the knowledge,
 * so it reads the endings of Dutch and English street names; only for short replies, and only a
 * word that is not an everyday word of the project's vocabularies (the caller's `isWord`).
 */
export function looksLikeStreet(text: string, isWord: (word: string) => boolean): boolean {
  const words = foldReply(text)
    .split(' ')
    .filter((word) => word !== '');
  if (words.length === 0 || words.length > MAX_PLACE_WORDS) return false;
  const named = words.filter((word) => !/^\d+[a-z]?$/.test(word));
  const last = named.at(-1);
  return last !== undefined && STREET.test(last) && !isWord(last);
}
