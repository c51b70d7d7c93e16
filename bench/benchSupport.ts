import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import MiniSearch from 'minisearch';
import { z } from 'zod';
import type { Catalogue, ResidentArea, Voorziening } from '../src/knowledge/catalogue.js';
import {
  ageRangeOf,
  fitsAgeRange,
  groupsBesideAgeOf,
  type AgeRange,
} from '../src/search/ageRange.js';
import { childAgesHelpIsFor, rangeMeetsSpans } from '../src/understanding/childNamed.js';
import { loadKnowledge } from '../src/knowledge/loader.js';
import { FIELDS, fieldTexts } from '../src/search/fields.js';
import { isStopWord } from '../src/search/stopWords.js';
import { foldText } from '../src/text/normalise.js';
import { ageFor, extractFirstMessageFacts, ownAgeOf } from '../src/conversation/firstMessage.js';
import { search } from '../src/search/search.js';
import type { SearchIndex } from '../src/search/searchIndex.js';
import type { SearchResult } from '../src/search/searchTypes.js';
import type { ForWhom } from '../src/cases/case.js';
import type { Asker } from '../src/search/forWhom.js';
import { searchAfterIntake } from '../src/understanding/afterIntake.js';
import {
  isGemeenteQuestion,
  recogniseGemeenteDienst,
} from '../src/understanding/gemeenteDienst.js';
import { splitOf } from '../src/understanding/corpus.js';

/** Shared by the benchmarks. */

/** The p-th percentile of ascending numbers (0 for none). */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] as number;
}

/** The resident's area from a postcode, as the dialogs look it up. */
export function areaOf(
  catalogue: Catalogue,
  postcode: string | undefined,
): ResidentArea | undefined {
  if (postcode === undefined) return undefined;
  const found = catalogue.areas.lookupPostcode(postcode);
  return typeof found === 'string' ? undefined : { wijk: found.wijk, stadsdeel: found.stadsdeel };
}

/** A knowledge folder loaded as the benchmarks load it: valid at `today`, or an error. */
export async function loadCatalogue(dir: string, today: string): Promise<Catalogue> {
  const loaded = await loadKnowledge(dir, { clock: { now: () => new Date(`${today}T10:00:00Z`) } });
  if (!loaded.ok) throw new Error(`${dir}: ${loaded.errors.length} errors`);
  return loaded.catalogue;
}

/**
 * A made-up gemeente's kaart as the benchmarks score it: without a gemeentediensten.yaml of its
 * own it borrows Enschede's (the services and their words are every Dutch gemeente's; only the
 * contact differs), so its questions for the gemeente itself get the gemeente's answer.
 */
export function withGemeenteDiensten(own: Catalogue, enschede: Catalogue): Catalogue {
  return own.gemeenteDiensten !== undefined || enschede.gemeenteDiensten === undefined
    ? own
    : { ...own, gemeenteDiensten: enschede.gemeenteDiensten };
}

/**
 * The library baseline of the search benchmarks: MiniSearch 7 over the same six fields with the
 * same weights, folded text, our stop words, fuzzy (0.2) and prefix search. Callers add the same
 * filters and boosts the wijkwijzer uses.
 */
export function miniSearchIndex(catalogue: Catalogue): MiniSearch<Record<string, string>> {
  const names = FIELDS.map((field) => field.name);
  const mini = new MiniSearch<Record<string, string>>({
    fields: names,
    idField: 'id',
    processTerm: (term) => {
      const folded = foldText(term);
      return isStopWord(folded) ? null : folded;
    },
    searchOptions: {
      boost: Object.fromEntries(FIELDS.map((field) => [field.name, field.weight])),
      fuzzy: 0.2,
      prefix: true,
      combineWith: 'OR',
    },
  });
  mini.addAll(
    catalogue.voorzieningen.map((entry) => ({
      id: entry.id,
      ...Object.fromEntries(fieldTexts(entry, catalogue).map((text, f) => [names[f], text])),
    })),
  );
  return mini;
}

/** The intake's threshold for offering a levensgebied to confirm (dialogs/intake). */
export const SIMULATED_OFFER_CONFIDENCE = 0.4;

/**
 * The levensgebieden a question counts as right (ADR 0013): the one it is labelled with, else every
 * levensgebied of its expected entries.
 */
export function rightLevensgebieden(
  catalogue: Catalogue,
  question: { readonly expected: readonly string[]; readonly levensgebied?: string | undefined },
): string[] {
  return question.levensgebied !== undefined
    ? [question.levensgebied]
    : question.expected.flatMap((id) => catalogue.voorziening(id)?.levensgebieden ?? []);
}

/**
 * The levensgebied a simulated resident chooses in the intake (ADR 0013, "after the intake"). The
 * resident knows which levensgebieden are right: the one the question is labelled with, else every
 * levensgebied of its expected entries. When the intake offers one of those (its one or two best
 * guesses from the first message), the resident confirms it; otherwise the resident picks from the
 * list the one most expected entries share, and among equals the one partners list first (an
 * entry's main levensgebied comes first in its file).
 */
export function simulatedChoice(
  catalogue: Catalogue,
  question: { readonly expected: readonly string[]; readonly levensgebied?: string | undefined },
  offered: readonly { readonly slug: string; readonly confidence: number }[],
): string | undefined {
  const entries = question.expected.flatMap((id) => catalogue.voorziening(id) ?? []);
  const right = new Set(rightLevensgebieden(catalogue, question));
  const offer = offered
    .filter((domain) => domain.confidence >= SIMULATED_OFFER_CONFIDENCE)
    .slice(0, 2)
    .find((domain) => right.has(domain.slug));
  if (offer !== undefined) return offer.slug;
  if (question.levensgebied !== undefined) return question.levensgebied;
  const counts = new Map<string, { count: number; position: number }>();
  for (const entry of entries) {
    entry.levensgebieden.forEach((slug, position) => {
      const tally = counts.get(slug) ?? { count: 0, position: 0 };
      counts.set(slug, { count: tally.count + 1, position: tally.position + position });
    });
  }
  return [...counts.entries()].sort(
    (a, b) => b[1].count - a[1].count || a[1].position - b[1].position || (a[0] < b[0] ? -1 : 1),
  )[0]?.[0];
}

/** Whether one of the expected entries carries this levensgebied on the kaart (its own filing). */
export function leadsToRightEntry(
  catalogue: Catalogue,
  expected: readonly string[],
  slug: string,
): boolean {
  return expected.some((id) => catalogue.voorziening(id)?.levensgebieden.includes(slug) === true);
}

/**
 * Why a first message missed the top 3 (docs/adr/0013, session 9 amendment), or undefined when a
 * right entry is in it: `need` when none of the levensgebieden of the question's label or of its
 * expected entries is among the two offered (the question's need was not read), `rank` when it is
 * and a right entry stands further down the results, `text` when it is and no right entry was
 * found at all (their text and needs do not meet the question).
 */
export function missCause(
  catalogue: Catalogue,
  question: Pick<BenchCase, 'expected' | 'levensgebied'>,
  found: {
    readonly results: readonly { readonly voorziening: { readonly id: string } }[];
    readonly domains: readonly { readonly slug: string }[];
  },
): 'need' | 'rank' | 'text' | undefined {
  const rank = found.results.findIndex((hit) => question.expected.includes(hit.voorziening.id));
  if (rank >= 0 && rank < 3) return undefined;
  const offered = found.domains.slice(0, 2).map((domain) => domain.slug);
  const read =
    (question.levensgebied !== undefined && offered.includes(question.levensgebied)) ||
    offered.some((slug) => leadsToRightEntry(catalogue, question.expected, slug));
  if (!read) return 'need';
  return rank >= 3 ? 'rank' : 'text';
}

/**
 * The age a case's question is searched with: the one the case gives, else the one its text says
 * ("mijn zoon van 6"), as the conversation reads it from the first message (ADR 0013), so the
 * bench measures what a resident gets.
 */
export function ageOfCase(question: {
  readonly text: string;
  readonly age?: number | undefined;
  readonly for?: ForOfCase | undefined;
}): number | undefined {
  if (question.age !== undefined) return question.age;
  const facts = extractFirstMessageFacts(question.text);
  const forWhom = question.for === undefined ? facts.forWhom : FOR_WHOM_OF_CASE[question.for];
  return ageFor(facts, forWhom ?? 'zelf');
}

/**
 * Whether an entry's age range lets it be shown for this question (ADR 0013, session 24, "whose
 * age counts when a child is named"): it fits the age of a person the help may be for, the case's
 * `age` (whose it is says `for`; without it, the resident's own) or a child the question's own
 * words name with an age ("mijn dochter van 2", a baby, "zwanger") and say the help is for
 * (`childAgesHelpIsFor`, the very reader the search uses; a child told of beside the resident's own
 * wish opens nothing, session 24, forwhom24b). An entry without a range, or a case without an
 * age, always fits. What the bench's "results in the top 3 outside the age range" counts is an
 * entry for which this is false.
 */
export function ageFitsCase(
  entry: Pick<Voorziening, 'doelgroep'>,
  question: AgedQuestion,
): boolean {
  const range = entry.doelgroep.leeftijd;
  return range === undefined || rangeFitsCase(range, question);
}

interface AgedQuestion {
  readonly text: string;
  readonly age?: number | undefined;
}

/** A range fits a question without an age, its age, or a child the help is for. */
function rangeFitsCase(range: AgeRange, question: AgedQuestion): boolean {
  return (
    question.age === undefined ||
    fitsAgeRange(range, question.age) ||
    rangeMeetsSpans(range, childAgesHelpIsFor(question.text))
  );
}

/**
 * The same question for an entry without its own `leeftijd` whose target groups imply ages
 * (`ageRangeOf`: kinderen 0–17, jongeren 12–27, 65-plussers from 65), the ages the search itself
 * keeps to (ADR 0013, "age ignored": a youth club written as `kenmerken: [jongeren]`). Session 24
 * (forwhom24b) found that `ageFitsCase` reads only `leeftijd`, so a children's fund without a range
 * in the top 3 of a 72-year-old went uncounted. An entry that also names a group beside age
 * (`groupsBesideAgeOf`: a person of another age who names that group may see it) is not counted:
 * the bench does not know whether the question named the group.
 */
export function impliedAgeFitsCase(
  entry: Pick<Voorziening, 'doelgroep'>,
  question: AgedQuestion,
): boolean {
  if (entry.doelgroep.leeftijd !== undefined) return true;
  const range = ageRangeOf(entry);
  return (
    range === undefined || groupsBesideAgeOf(entry).length > 0 || rangeFitsCase(range, question)
  );
}

/** Whom a bench question is about, when its file says it (`for`), as the intake's ForWhom. */
export const FOR_WHOM_OF_CASE = {
  self: 'zelf',
  child: 'kind',
  parent: 'ouder',
  partner: 'partner',
  other: 'ander',
} as const satisfies Record<string, ForWhom>;
const forOfCaseSchema = z.enum(['self', 'child', 'parent', 'partner', 'other']);
export type ForOfCase = z.infer<typeof forOfCaseSchema>;

/**
 * Who asks and for whom, as the conversation reads it from the first message (ADR 0013, "for
 * whom"): "voor mezelf", "mijn zoon van 15", "ik ben 15". A file that says whom the question is
 * about (`for`) decides that part, as the resident's answer to "Voor wie?" would; the own age is
 * still what the text says.
 */
export function askerOfCase(question: {
  readonly text: string;
  readonly for?: ForOfCase | undefined;
}): Asker {
  const facts = extractFirstMessageFacts(question.text);
  const ownAge = ownAgeOf(facts);
  const forWhom = question.for === undefined ? facts.forWhom : FOR_WHOM_OF_CASE[question.for];
  return {
    ...(forWhom === undefined ? {} : { forWhom }),
    ...(ownAge === undefined ? {} : { ownAge }),
    // "ik zorg voor mijn vader": a mantelzorger, as the intake reads it from the same words.
    ...(facts.caresFor === true ? { caresFor: true } : {}),
  };
}

/** One question of a bench set (test/golden, test/fixtures/kaart-hengelo/questions.jsonl). */
const benchCaseSchema = z.object({
  text: z.string(),
  expected: z.array(z.string()),
  category: z.string(),
  age: z.number().optional(),
  postcode: z.string().optional(),
  levensgebied: z.string().optional(),
  /** The failure class of ADR 0013 (1–7) a question of the third kaart was written to test. */
  klasse: z.number().int().min(1).max(7).optional(),
  /**
   * Whom the question is about (optional): the simulated resident's answer to "Voor wie zoekt u
   * hulp?", and whose `age` is. Without it the resident answers "Voor mezelf" (test/golden/README.md).
   */
  for: forOfCaseSchema.optional(),
});
export type BenchCase = z.output<typeof benchCaseSchema>;

/** Reads a text file; the benchmarks take it as a parameter so a test can see what they open. */
export type ReadText = (file: string) => string;
const readUtf8: ReadText = (file) => readFileSync(file, 'utf8');

/** The lines of a JSON-lines file that hold a row (`//` lines are comments). */
function rowLines(content: string): string[] {
  return content.split('\n').filter((line) => line.trim() !== '' && !line.startsWith('//'));
}

/** The questions of a JSON-lines bench set; `//` lines are comments. */
export function readCases(file: string, read: ReadText = readUtf8): BenchCase[] {
  return rowLines(read(file)).map((line) => benchCaseSchema.parse(JSON.parse(line)));
}

/** The golden set, its frozen test split and the committed hashes of the frozen splits. */
export const GOLDEN_FILE = 'test/golden/search.golden.jsonl';
export const GOLDEN_FROZEN_FILE = 'test/golden/split/test.jsonl';
export const FROZEN_HASHES_FILE = 'test/understanding/frozen.sha256';

export interface GoldenSets {
  /** The whole golden set, in file order. */
  readonly all: readonly BenchCase[];
  /** Golden train+dev (in-sample), in file order. */
  readonly tuned: readonly BenchCase[];
  /** The frozen test split; only when the run reads it (`all`). */
  readonly frozen?: readonly BenchCase[];
}

/**
 * The golden set and its parts for a run with these sets. Only `all` opens the frozen split. The
 * other runs leave out the rows the split puts in test (`splitOf`, by a hash of the text, as
 * `npm run train` writes the split): no frozen text is opened. That those rows are the frozen
 * file byte for byte is checked against its committed hash (frozen.sha256), so a golden set
 * edited without a new split stops the run instead of letting a frozen question in.
 */
export function goldenSets(root: string, sets: BenchSets, read: ReadText = readUtf8): GoldenSets {
  const lines = rowLines(read(path.join(root, GOLDEN_FILE)));
  const all = lines.map((line) => benchCaseSchema.parse(JSON.parse(line)));
  if (readsFrozen(sets)) {
    const frozen = readCases(path.join(root, GOLDEN_FROZEN_FILE), read);
    const frozenTexts = new Set(frozen.map((c) => c.text));
    return { all, tuned: all.filter((c) => !frozenTexts.has(c.text)), frozen };
  }
  // The frozen rows as train.ts writes them (each row's JSON, one a line), hashed, never scored.
  const frozenRows = lines
    .map((line) => JSON.parse(line) as { text: string })
    .filter((row) => splitOf(row.text) === 'test')
    .map((row) => JSON.stringify(row));
  const written = createHash('sha256')
    .update(`${frozenRows.join('\n')}\n`)
    .digest('hex');
  const committed = read(path.join(root, FROZEN_HASHES_FILE))
    .split('\n')
    .map((line) => line.trim().split(/\s+/))
    .find(([, file]) => file === GOLDEN_FROZEN_FILE)?.[0];
  if (written !== committed) {
    throw new Error(
      `${GOLDEN_FILE} no longer splits into the committed ${GOLDEN_FROZEN_FILE}: run npm run train first`,
    );
  }
  return { all, tuned: all.filter((c) => splitOf(c.text) !== 'test') };
}

/** A fact the intake gives the search besides the question's words. */
export type IntakeFact = 'age' | 'asker' | 'area';

/**
 * The search a bench case gets, as the conversation runs it: the question in the resident's words,
 * with the age it states and its area, top 10; with `chosen`, after the intake in which the
 * resident chose that levensgebied (the same `searchAfterIntake` as the results dialog). `without`
 * leaves facts of the intake out, to read which one drops a right entry
 * (scripts/understanding/afterIntakeMisses.ts).
 */
export function searchAsResident(
  index: SearchIndex,
  question: BenchCase,
  today: string,
  chosen?: string,
  without: readonly IntakeFact[] = [],
): SearchResult {
  const catalogue = index.catalogue;
  const area = without.includes('area') ? undefined : areaOf(catalogue, question.postcode);
  const age = without.includes('age') ? undefined : ageOfCase(question);
  const base = {
    audience: 'resident' as const,
    today,
    top: 10,
    ...(without.includes('asker') ? {} : { asker: askerOfCase(question) }),
    ...(age === undefined ? {} : { age }),
    ...(area === undefined ? {} : { area }),
  };
  return searchAfterIntake(
    question.text,
    chosen === undefined ? [] : [catalogue.levensgebied(chosen)?.label ?? chosen],
    (text) =>
      search(index, {
        ...base,
        text,
        ...(chosen === undefined ? {} : { levensgebieden: [chosen] }),
      }),
  ).found;
}

/**
 * Whether the conversation answers this first message as a question for the gemeente itself
 * (ADR 0013, gemeente amendment; dialogs/intake/intakeSearch.ts `gemeenteQuestionOf`): the same
 * recognition and the same search of the whole question and of its rest.
 */
export function answeredAsGemeente(
  index: SearchIndex,
  question: BenchCase,
  today: string,
): boolean {
  const diensten = index.catalogue.gemeenteDiensten;
  return isGemeenteQuestion(
    recogniseGemeenteDienst(question.text, diensten),
    question.text,
    (text) => searchAsResident(index, { ...question, text }, today),
  );
}

/**
 * The bench's "after the intake" for one answerable question (bench/understanding.ts): the
 * levensgebied the simulated resident chooses from the levensgebieden `searchAsResident` offers,
 * then the search with it; a question the conversation answers as one for the gemeente itself gets
 * no results (and no offer). `top3` holds the ids of the first three results.
 */
export function afterIntakeAsBench(
  index: SearchIndex,
  question: BenchCase,
  today: string,
  gemeente: boolean = answeredAsGemeente(index, question, today),
): {
  readonly chosen: string | undefined;
  readonly top3: readonly string[];
  readonly hit: boolean;
} {
  const offered = gemeente ? [] : searchAsResident(index, question, today).domains;
  const chosen = simulatedChoice(index.catalogue, question, offered);
  const top3 = gemeente
    ? []
    : searchAsResident(index, question, today, chosen)
        .results.slice(0, 3)
        .map((hit) => hit.id);
  return { chosen, top3, hit: top3.some((id) => question.expected.includes(id)) };
}

/**
 * The kaart without some entries (ADR 0013, round 16): an answerable question asked of the kaart
 * without the entries that answer it measures whether "no good match" stays honest when the
 * kaart lacks the right help (any answer is then an unrelated one).
 */
export function withoutEntries(catalogue: Catalogue, ids: readonly string[]): Catalogue {
  const voorzieningen = catalogue.voorzieningen.filter((entry) => !ids.includes(entry.id));
  const byId = new Map(voorzieningen.map((entry) => [entry.id, entry]));
  return { ...catalogue, voorzieningen, voorziening: (id: string) => byId.get(id) };
}

/**
 * `BENCH_SETS` of bench:understanding: `all` (unset: every set, the frozen splits included),
 * `tuned` (in-sample only), `dev` (in-sample and the dev kaarten Vechtstede, Reggedal, Elsenvoorde,
 * Hoolterveen, Dalmolen, Kolthoorn, Hesselbroek, Brakelveen, Ravelsloo, Wolderbeek, Lindewaard,
 * Weversdal, Kuipersveld, Smidsbroek, Vlasmarke, Biezendijk, Hazelbrink, Tichelhorst, Korfhuizen,
 * Slikkerwaard, Rietmonde and Touwhoven: what may be decided on), `apart` (those and the apart
 * kaart Turfhaven, no frozen split, no Hengelo),
 * `unfrozen` (every set but the frozen splits). Any other value is an error,
 * so a typo never falls back to reading more than was asked.
 */
export type BenchSets = 'all' | 'tuned' | 'dev' | 'apart' | 'unfrozen';

export function benchSets(value: string | undefined): BenchSets {
  if (value === undefined || value === '') return 'all';
  if (value === 'tuned' || value === 'dev' || value === 'apart' || value === 'unfrozen') {
    return value;
  }
  throw new Error(`BENCH_SETS=${value}: expected tuned, dev, apart or unfrozen (or unset for all)`);
}

/** Whether a run with these sets opens the frozen test splits (only the full run does). */
export const readsFrozen = (sets: BenchSets) => sets === 'all';

/** Whether a run with these sets reads Hengelo (the second kaart, apart, measured only). */
export const readsHengelo = (sets: BenchSets) => sets === 'all' || sets === 'unfrozen';

/**
 * The dev kaarten's folders under test/fixtures/, in the order they were written: what the probes
 * and diagnostics read (never the apart kaart nor Hengelo). A kaart written apart joins this list
 * only after it has been reported as apart: Dalmolen since session 8, Kolthoorn since session 9,
 * Hesselbroek since session 10, Brakelveen since session 11, Ravelsloo since session 12,
 * Wolderbeek since session 13, Lindewaard since session 14, Weversdal since session 15,
 * Kuipersveld since session 16, Smidsbroek since session 17, Vlasmarke since session 18,
 * Biezendijk since session 19, Hazelbrink since session 20, Tichelhorst since session 21,
 * Korfhuizen since session 22, Slikkerwaard since session 23, Rietmonde since session 24,
 * Touwhoven since session 25.
 */
export const DEV_KAART_FOLDERS: readonly string[] = [
  'kaart-vechtstede',
  'kaart-reggedal',
  'kaart-elsenvoorde',
  'kaart-hoolterveen',
  'kaart-dalmolen',
  'kaart-kolthoorn',
  'kaart-hesselbroek',
  'kaart-brakelveen',
  'kaart-ravelsloo',
  'kaart-wolderbeek',
  'kaart-lindewaard',
  'kaart-weversdal',
  'kaart-kuipersveld',
  'kaart-smidsbroek',
  'kaart-vlasmarke',
  'kaart-biezendijk',
  'kaart-hazelbrink',
  'kaart-tichelhorst',
  'kaart-korfhuizen',
  'kaart-slikkerwaard',
  'kaart-rietmonde',
  'kaart-touwhoven',
];

/** Whether a run with these sets scores the dev kaarten (the third to the twenty-fourth, Touwhoven). */
export const readsDevKaarten = (sets: BenchSets) => sets !== 'tuned';

/** Whether a run with these sets scores the apart kaart (Turfhaven, the twenty-fifth, since session 25). */
export const readsLaterKaarten = (sets: BenchSets) => sets !== 'tuned' && sets !== 'dev';

/**
 * The messages whose cost bench:understanding times: only those of sets the run reads. The default
 * full run times the whole golden set (train, dev and frozen test) and Hengelo's questions, as
 * every run did before 2026-12-02 session 7, so its figures stay comparable; a run limited by
 * BENCH_SETS times golden train+dev, plus Hengelo's questions when it reads Hengelo (`unfrozen`).
 */
export function costMessages<T>(
  sets: BenchSets,
  cases: {
    readonly goldenAll: readonly T[];
    readonly goldenTuned: readonly T[];
    readonly hengelo: () => readonly T[];
  },
): { readonly cases: readonly T[]; readonly timed: string } {
  const golden = sets === 'all' ? cases.goldenAll : cases.goldenTuned;
  const goldenName =
    sets === 'all' ? 'the whole golden set (train, dev and frozen test)' : 'golden train+dev';
  if (!readsHengelo(sets)) return { cases: golden, timed: goldenName };
  return { cases: [...golden, ...cases.hengelo()], timed: `${goldenName} and Hengelo's questions` };
}
