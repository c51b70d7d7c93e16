/**
 * `npm run bench:understanding` (ADR 0013): how well the wijkwijzer understands residents' own
 * words, in-sample and out-of-sample side by side, with MiniSearch on the same data in the same run.
 *
 * Data sets (none of them tuned on):
 * - "golden test": the frozen test split of test/golden/search.golden.jsonl over knowledge/
 *   (test/golden/split/test.jsonl; protected by a checked-in hash);
 * - "Hengelo": test/fixtures/kaart-hengelo, a second sociale kaart by other organisations in other
 *   words, with its own 131 questions;
 * - "Vechtstede": test/fixtures/kaart-vechtstede, a third sociale kaart (a made-up gemeente, another
 *   writer, 46 entries) with 94 questions in new voices, written apart before the 2026-12-02 round;
 *   measured only until 2026-12-02, a dev set since (ADR 0013, fourth amendment);
 * - "Reggedal": test/fixtures/kaart-reggedal, a fourth sociale kaart (another made-up gemeente, 67
 *   entries, another writer who never saw the models, rules or corpora) with 120 questions, measured
 *   beside Vechtstede the same way; a dev set since 2026-12-02 session 5 (ADR 0013, round 16);
 * - "Elsenvoorde": test/fixtures/kaart-elsenvoorde, a fifth sociale kaart (another made-up gemeente,
 *   65 entries in new styles, written apart in session 5) with 128 questions; a dev set since
 *   session 6 (ADR 0013), like Vechtstede and Reggedal;
 * - "Hoolterveen": test/fixtures/kaart-hoolterveen, a sixth sociale kaart (another made-up gemeente,
 *   62 entries of 13 organisations in new styles, written apart in session 6) with 130 questions;
 *   measured only in session 6, a dev set since session 7. Hengelo is no longer read for tuning
 *   since session 6 either (measured only);
 * - "Dalmolen": test/fixtures/kaart-dalmolen, a seventh sociale kaart (another made-up gemeente, 67
 *   entries of 13 organisations in new styles, written apart in session 7) with 134 questions;
 *   measured only in session 7, a dev set since session 8;
 * - "Kolthoorn": test/fixtures/kaart-kolthoorn, an eighth sociale kaart (another made-up gemeente,
 *   59 entries of 13 organisations in new styles, written apart in session 8) with 133 questions;
 *   measured only in session 8, a dev set since session 9;
 * - "Hesselbroek": test/fixtures/kaart-hesselbroek, a ninth sociale kaart (another made-up
 *   gemeente, 61 entries of 14 organisations in new styles, written apart in session 9) with 133
 *   questions; measured only in session 9, a dev set since session 10;
 * - "Brakelveen": test/fixtures/kaart-brakelveen, a tenth sociale kaart (another made-up gemeente,
 *   62 entries of 14 organisations in new styles, written apart in session 10) with 137
 *   questions; measured only in session 10, a dev set since session 11;
 * - "Ravelsloo": test/fixtures/kaart-ravelsloo, an eleventh sociale kaart (another made-up
 *   gemeente, 61 entries of 14 organisations in new styles, written apart in session 11) with 134
 *   questions; measured only in session 11, a dev set since session 12;
 * - "Wolderbeek": test/fixtures/kaart-wolderbeek, a twelfth sociale kaart (another made-up
 *   gemeente, 59 entries of 14 organisations in new styles, written apart in session 12) with 143
 *   questions; measured only in session 12, a dev set since session 13;
 * - "Lindewaard": test/fixtures/kaart-lindewaard, a thirteenth sociale kaart (another made-up
 *   gemeente, 60 entries of 14 organisations in new styles, written apart in session 13) with 141
 *   questions; measured only in session 13, a dev set since session 14;
 * - "Weversdal": test/fixtures/kaart-weversdal, a fourteenth sociale kaart (another made-up
 *   gemeente, 66 entries of 14 organisations in new styles, written apart in session 14) with 160
 *   questions; measured only in session 14, a dev set since session 15;
 * - "Kuipersveld": test/fixtures/kaart-kuipersveld, a fifteenth sociale kaart (another made-up
 *   gemeente, 67 entries of 15 organisations in new styles, written apart in session 15) with 162
 *   questions; measured only in session 15, a dev set since session 16;
 * - "Smidsbroek": test/fixtures/kaart-smidsbroek, a sixteenth sociale kaart (another made-up
 *   gemeente, 69 entries of 15 organisations in new styles, written apart in session 16) with 166
 *   questions; measured only in session 16, a dev set since session 17;
 * - "Vlasmarke": test/fixtures/kaart-vlasmarke, a seventeenth sociale kaart (another made-up
 *   gemeente, 69 entries of 14 organisations in new styles, written apart in session 17) with 163
 *   questions; measured only in session 17, a dev set since session 18;
 * - "Biezendijk": test/fixtures/kaart-biezendijk, an eighteenth sociale kaart (another made-up
 *   gemeente, 68 entries of 15 organisations in new styles, written apart in session 18) with 160
 *   questions; measured only in session 18, a dev set since session 19;
 * - "Hazelbrink": test/fixtures/kaart-hazelbrink, a nineteenth sociale kaart (another made-up
 *   gemeente, 71 entries of 15 organisations in new styles, written apart in session 19) with 160
 *   questions; measured only in session 19, a dev set since session 20;
 * - "Tichelhorst": test/fixtures/kaart-tichelhorst, a twentieth sociale kaart (another made-up
 *   gemeente, 77 entries of 16 organisations in new styles, written apart in session 20) with 172
 *   questions; measured only in session 20, a dev set since session 21;
 * - "Korfhuizen": test/fixtures/kaart-korfhuizen, a twenty-first sociale kaart (another made-up
 *   gemeente, 79 entries of 16 organisations in new styles, written apart in session 21) with 172
 *   questions; measured only in session 21, a dev set since session 22;
 * - "Slikkerwaard": test/fixtures/kaart-slikkerwaard, a twenty-second sociale kaart (another
 *   made-up gemeente, 75 entries of 16 organisations in new styles, written apart in session 22)
 *   with 179 questions; measured only in session 22, a dev set since session 23;
 * - "Rietmonde": test/fixtures/kaart-rietmonde, a twenty-third sociale kaart (another made-up
 *   gemeente, 79 entries of 16 organisations in new styles, written apart in session 23) with 178
 *   questions; measured only in session 23, a dev set since session 24;
 * - "Touwhoven": test/fixtures/kaart-touwhoven, a twenty-fourth sociale kaart (another made-up
 *   gemeente, 79 entries of 16 organisations in new styles, written apart in session 24) with 178
 *   questions; measured only in session 24, a dev set since session 25;
 * - "Turfhaven": test/fixtures/kaart-turfhaven, a twenty-fifth sociale kaart (another made-up
 *   gemeente, 80 entries of 16 organisations in new styles, written apart in session 25) with 181
 *   questions: the apart set now;
 * - "corpus test": the frozen test split of the understanding corpus, for the levensgebied guess.
 * For comparison, "golden train+dev" is the part that was tuned on (in-sample).
 *
 * Measures: hit@1 and hit@3 from the first message; hit@3 after a simulated intake in which the
 * resident picks the right levensgebied; the levensgebied in the top two (the headline: the
 * question's label) and beside it whether the top two holds a levensgebied that one of the expected
 * entries carries on that kaart (ADR 0013, tenth amendment); English hit@3; results in
 * the top 3 whose age range excludes the person (must be 0; the person is the case's `age` or a
 * child the question's words name with an age, `ageFitsCase`); "no good match" on out-of-scope
 * questions, on answerable ones, and on answerable ones asked of the kaart without the entries that
 * answer them (the other side of the doubt band's trade-off, ADR 0013 round 16); then the cost of one understanding pass and one search at
 * 10,000 entries, model load time and added memory. Options: ROUNDS=5; SHOW_MISSES=1 (in-sample
 * misses only); BENCH_SETS=tuned (in-sample only), BENCH_SETS=dev (in-sample and the dev kaarten,
 * third to twenty-fourth), BENCH_SETS=apart (in-sample and the third and later kaarten), BENCH_SETS=unfrozen
 * (all but the frozen splits); none of these opens a frozen split; the cost is timed on
 * the messages of the sets the run reads (costMessages in bench/benchSupport.ts: by default the
 * whole golden set and Hengelo's questions; golden train+dev, and Hengelo's with =unfrozen, when
 * BENCH_SETS limits the run); BENCH_COST=0 (no timing); BENCH_CONVERSATION=0
 * (not through the whole conversation: hit@3, why a conversation ended without cards, English,
 * and since session 16 "no good match" on out-of-scope questions through the whole conversation).
 */
import { recogniseWijkteamQuestion } from '../src/understanding/aboutWijkteam.js';
import { execFileSync } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { runInNewContext } from 'node:vm';
import v8 from 'node:v8';
import { areaFit, residentVisibility, type Catalogue } from '../src/knowledge/catalogue.js';
import { search } from '../src/search/search.js';
import { wijkteamEntryOf } from '../src/search/wijkteamEntry.js';
import { buildSearchIndex, type SearchIndex } from '../src/search/searchIndex.js';
import {
  answeredAsGemeente,
  ageFitsCase,
  impliedAgeFitsCase,
  areaOf,
  benchSets,
  costMessages,
  goldenSets,
  leadsToRightEntry,
  loadCatalogue,
  miniSearchIndex,
  percentile,
  readCases,
  readsDevKaarten,
  readsFrozen,
  readsHengelo,
  readsLaterKaarten,
  rightLevensgebieden,
  searchAsResident,
  simulatedChoice,
  type BenchCase,
  withGemeenteDiensten,
  withoutEntries,
} from './benchSupport.js';
import { syntheticCatalogue } from './syntheticKnowledge.js';
import { z } from 'zod';

v8.setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;
const root = path.resolve(import.meta.dirname, '..');
const TODAY = '2026-12-01';
const rounds = Number(process.env.ROUNDS ?? 5);

type Case = BenchCase;

interface Answer {
  readonly ranked: readonly string[];
  readonly noGoodMatch: boolean;
  readonly domains: readonly string[];
  /** The levensgebieden the intake would offer after this first message. */
  readonly offered: readonly { readonly slug: string; readonly confidence: number }[];
  /** Answered "a question for the gemeente itself" (ADR 0013, gemeente amendment). */
  readonly gemeente?: boolean;
}

interface Engine {
  readonly name: string;
  answer(c: Case, chosen?: string): Answer;
}

function ourEngine(index: SearchIndex): Engine {
  const gemeente = new Map<string, boolean>();
  return {
    name: 'wijkwijzer',
    answer(c, chosen) {
      // The gemeente's answer ends the intake: no cards, now or after it. Honest "no good match"
      // for an out-of-scope question, a miss for an answerable one.
      let isGemeente = gemeente.get(c.text);
      if (isGemeente === undefined) {
        isGemeente = answeredAsGemeente(index, c, TODAY);
        gemeente.set(c.text, isGemeente);
      }
      if (isGemeente)
        return { ranked: [], noGoodMatch: true, domains: [], offered: [], gemeente: true };
      // A question about the wijkteam itself gets the wijkteam's own answer (ADR 0013, session
      // 18), with the kaart's own wijkteam entry when it has one (session 22), no other cards: a
      // miss for a question that expects other entries.
      if (recogniseWijkteamQuestion(c.text) !== undefined) {
        const team = wijkteamEntryOf(index.catalogue);
        const shown =
          team !== undefined && residentVisibility(team, TODAY).visible ? [team.id] : [];
        return { ranked: shown, noGoodMatch: shown.length === 0, domains: [], offered: [] };
      }
      // As the intake does: the question in the resident's words, with the chosen levensgebied.
      const result = searchAsResident(index, c, TODAY, chosen);
      return {
        ranked: result.results.map((hit) => hit.id),
        noGoodMatch: result.noGoodMatch,
        domains: result.domains.map((d) => d.slug),
        offered: result.domains,
      };
    },
  };
}

function miniSearchEngine(catalogue: Catalogue): Engine {
  const mini = miniSearchIndex(catalogue);
  return {
    name: 'MiniSearch 7',
    answer(c, chosen) {
      const area = areaOf(catalogue, c.postcode);
      const text =
        chosen === undefined ? c.text : `${c.text} ${catalogue.levensgebied(chosen)?.label ?? ''}`;
      const results = mini.search(text, {
        filter: (result) => {
          const entry = catalogue.voorziening(String(result.id));
          return (
            entry !== undefined &&
            residentVisibility(entry, TODAY).visible &&
            areaFit(entry, area) !== 'other-area' &&
            ageFitsCase(entry, c)
          );
        },
      });
      return {
        ranked: results.slice(0, 10).map((r) => String(r.id)),
        noGoodMatch: false,
        domains: [],
        offered: [],
      };
    },
  };
}

interface Scores {
  answerable: number;
  hit1: number;
  hit3: number;
  intake3: number;
  domainTop2: number;
  /** A levensgebied that one of the expected entries carries is among the two (see score). */
  domainLeadsTop2: number;
  english: number;
  englishHit3: number;
  ageCases: number;
  ageExcludedInTop3: number;
  impliedAgeExcludedInTop3: number;
  outOfScope: number;
  outOfScopeFlagged: number;
  answerableFlagged: number;
  /** Of the flagged: answered as a question for the gemeente itself. */
  outOfScopeGemeente: number;
  answerableGemeente: number;
  misses: string[];
}

function score(engine: Engine, cases: readonly Case[], catalogue: Catalogue): Scores {
  const s: Scores = {
    answerable: 0,
    hit1: 0,
    hit3: 0,
    intake3: 0,
    domainTop2: 0,
    domainLeadsTop2: 0,
    english: 0,
    englishHit3: 0,
    ageCases: 0,
    ageExcludedInTop3: 0,
    impliedAgeExcludedInTop3: 0,
    outOfScope: 0,
    outOfScopeFlagged: 0,
    answerableFlagged: 0,
    outOfScopeGemeente: 0,
    answerableGemeente: 0,
    misses: [],
  };
  for (const c of cases) {
    const answer = engine.answer(c);
    if (c.age !== undefined) {
      s.ageCases += 1;
      for (const id of answer.ranked.slice(0, 3)) {
        const entry = catalogue.voorziening(id);
        if (entry !== undefined && !ageFitsCase(entry, c)) s.ageExcludedInTop3 += 1;
        if (entry !== undefined && !impliedAgeFitsCase(entry, c)) s.impliedAgeExcludedInTop3 += 1;
      }
    }
    if (c.expected.length === 0) {
      s.outOfScope += 1;
      if (answer.noGoodMatch) s.outOfScopeFlagged += 1;
      if (answer.gemeente === true) s.outOfScopeGemeente += 1;
      continue;
    }
    s.answerable += 1;
    const rank = answer.ranked.findIndex((id) => c.expected.includes(id));
    if (rank === 0) s.hit1 += 1;
    if (rank >= 0 && rank < 3) s.hit3 += 1;
    else s.misses.push(`${c.text} -> ${answer.ranked.slice(0, 3).join(', ')}`);
    if (answer.noGoodMatch) s.answerableFlagged += 1;
    if (answer.gemeente === true) s.answerableGemeente += 1;
    if (c.category === 'english') {
      s.english += 1;
      if (rank >= 0 && rank < 3) s.englishHit3 += 1;
    }
    const chosen = simulatedChoice(catalogue, c, answer.offered);
    const wanted = rightLevensgebieden(catalogue, c);
    const topTwo = answer.domains.slice(0, 2);
    if (topTwo.some((slug) => wanted.includes(slug))) s.domainTop2 += 1;
    // Beside the headline (ADR 0013, tenth amendment): what a resident needs from the offer is a
    // levensgebied that leads to the right help, so any levensgebied that one of the expected
    // entries carries on this kaart counts, whatever the question's own label says.
    if (topTwo.some((slug) => leadsToRightEntry(catalogue, c.expected, slug))) {
      s.domainLeadsTop2 += 1;
    }
    const after = engine.answer(c, chosen);
    const afterRank = after.ranked.findIndex((id) => c.expected.includes(id));
    if (afterRank >= 0 && afterRank < 3) s.intake3 += 1;
    else
      s.misses.push(
        `after choosing ${chosen}: ${c.text} -> ${after.ranked.slice(0, 3).join(', ')}`,
      );
  }
  return s;
}

/** hit@3 per failure class (the `klasse` a question of the third kaart carries), as "n of m". */
function byClass(engine: Engine, cases: readonly Case[], catalogue: Catalogue): string[] {
  const classes = [...new Set(cases.flatMap((c) => (c.klasse === undefined ? [] : [c.klasse])))];
  return classes
    .sort((a, b) => a - b)
    .map((klasse) => {
      const s = score(
        engine,
        cases.filter((c) => c.klasse === klasse),
        catalogue,
      );
      return `class ${klasse} ${s.hit3}/${s.intake3}/${s.domainTop2} of ${s.answerable}`;
    });
}

const pct = (n: number, d: number) => (d === 0 ? 'n/a' : `${((100 * n) / d).toFixed(1)}%`);

const load = (dir: string) => loadCatalogue(dir, TODAY);

async function main(): Promise<void> {
  const enschede = await load(path.join(root, 'knowledge'));
  const only = benchSets(process.env.BENCH_SETS);
  // Only the full run opens the frozen split; the others leave it out by the split's hash rule.
  const { all: goldenAll, tuned: goldenTuned, frozen: goldenTest } = goldenSets(root, only);
  const enschedeIndex = buildSearchIndex(enschede);
  // The same knowledge without its everyday words (synoniemen.yaml): how the search does on a
  // kaart whose residents' words nobody listed. Tuned on like the rest of train+dev (it is how
  // the confidence is calibrated too), but harder.
  const bare: Catalogue = {
    ...enschede,
    synoniemen: [{ term: 'schulden', woorden: ['schulden'] }],
  };
  // The later kaarten, each with questions that carry the failure class they test (ADR 0013).
  const kaartSet = async (folder: string, name: string, short: string) => {
    const own = await load(path.join(root, 'test/fixtures', folder));
    const catalogue = withGemeenteDiensten(own, enschede);
    const cases = readCases(path.join(root, 'test/fixtures', folder, 'questions.jsonl'));
    return { name, short, cases, catalogue, index: buildSearchIndex(catalogue) };
  };
  const vechtstedeSet = await kaartSet(
    'kaart-vechtstede',
    'Vechtstede (third kaart, dev since 2026-12-02)',
    'Vechtstede',
  );
  const reggedalSet = await kaartSet(
    'kaart-reggedal',
    'Reggedal (fourth kaart, dev since 2026-12-02 session 5)',
    'Reggedal',
  );
  const elsenvoordeSet = await kaartSet(
    'kaart-elsenvoorde',
    'Elsenvoorde (fifth kaart, dev since session 6)',
    'Elsenvoorde',
  );
  const hoolterveenSet = await kaartSet(
    'kaart-hoolterveen',
    'Hoolterveen (sixth kaart, dev since session 7)',
    'Hoolterveen',
  );
  const dalmolenSet = await kaartSet(
    'kaart-dalmolen',
    'Dalmolen (seventh kaart, dev since session 8)',
    'Dalmolen',
  );
  const kolthoornSet = await kaartSet(
    'kaart-kolthoorn',
    'Kolthoorn (eighth kaart, dev since session 9)',
    'Kolthoorn',
  );
  const hesselbroekSet = await kaartSet(
    'kaart-hesselbroek',
    'Hesselbroek (ninth kaart, dev since session 10)',
    'Hesselbroek',
  );
  const brakelveenSet = await kaartSet(
    'kaart-brakelveen',
    'Brakelveen (tenth kaart, dev since session 11)',
    'Brakelveen',
  );
  const ravelslooSet = await kaartSet(
    'kaart-ravelsloo',
    'Ravelsloo (eleventh kaart, dev since session 12)',
    'Ravelsloo',
  );
  const wolderbeekSet = await kaartSet(
    'kaart-wolderbeek',
    'Wolderbeek (twelfth kaart, dev since session 13)',
    'Wolderbeek',
  );
  const lindewaardSet = await kaartSet(
    'kaart-lindewaard',
    'Lindewaard (thirteenth kaart, dev since session 14)',
    'Lindewaard',
  );
  const weversdalSet = await kaartSet(
    'kaart-weversdal',
    'Weversdal (fourteenth kaart, dev since session 15)',
    'Weversdal',
  );
  const kuipersveldSet = await kaartSet(
    'kaart-kuipersveld',
    'Kuipersveld (fifteenth kaart, dev since session 16)',
    'Kuipersveld',
  );
  const smidsbroekSet = await kaartSet(
    'kaart-smidsbroek',
    'Smidsbroek (sixteenth kaart, dev since session 17)',
    'Smidsbroek',
  );
  const vlasmarkeSet = await kaartSet(
    'kaart-vlasmarke',
    'Vlasmarke (seventeenth kaart, dev since session 18)',
    'Vlasmarke',
  );
  const biezendijkSet = await kaartSet(
    'kaart-biezendijk',
    'Biezendijk (eighteenth kaart, dev since session 19)',
    'Biezendijk',
  );
  const hazelbrinkSet = await kaartSet(
    'kaart-hazelbrink',
    'Hazelbrink (nineteenth kaart, dev since session 20)',
    'Hazelbrink',
  );
  const tichelhorstSet = await kaartSet(
    'kaart-tichelhorst',
    'Tichelhorst (twentieth kaart, dev since session 21)',
    'Tichelhorst',
  );
  const korfhuizenSet = await kaartSet(
    'kaart-korfhuizen',
    'Korfhuizen (twenty-first kaart, dev since session 22)',
    'Korfhuizen',
  );
  const slikkerwaardSet = await kaartSet(
    'kaart-slikkerwaard',
    'Slikkerwaard (twenty-second kaart, dev since session 23)',
    'Slikkerwaard',
  );
  const rietmondeSet = await kaartSet(
    'kaart-rietmonde',
    'Rietmonde (twenty-third kaart, dev since session 24)',
    'Rietmonde',
  );
  const touwhovenSet = await kaartSet(
    'kaart-touwhoven',
    'Touwhoven (twenty-fourth kaart, dev since session 25)',
    'Touwhoven',
  );
  // Hengelo and the apart kaart are loaded only when the run reads them (BENCH_SETS).
  const hengeloSet = readsHengelo(only)
    ? await kaartSet('kaart-hengelo', 'Hengelo (second kaart, apart since session 6)', 'Hengelo')
    : undefined;
  const turfhavenSet = readsLaterKaarten(only)
    ? await kaartSet('kaart-turfhaven', 'Turfhaven (twenty-fifth kaart, apart)', 'Turfhaven')
    : undefined;

  const sets = [
    {
      name: 'golden train+dev (in-sample)',
      cases: goldenTuned,
      catalogue: enschede,
      index: enschedeIndex,
    },
    {
      name: 'golden train+dev, no synonyms (in-sample)',
      cases: goldenTuned,
      catalogue: bare,
      index: buildSearchIndex(bare),
    },
    ...(goldenTest !== undefined
      ? [
          {
            name: 'golden frozen test',
            cases: goldenTest,
            catalogue: enschede,
            index: enschedeIndex,
          },
        ]
      : []),
    ...(hengeloSet === undefined ? [] : [hengeloSet]),
    ...(readsDevKaarten(only)
      ? [
          vechtstedeSet,
          reggedalSet,
          elsenvoordeSet,
          hoolterveenSet,
          dalmolenSet,
          kolthoornSet,
          hesselbroekSet,
          brakelveenSet,
          ravelslooSet,
          wolderbeekSet,
          lindewaardSet,
          weversdalSet,
          kuipersveldSet,
          smidsbroekSet,
          vlasmarkeSet,
          biezendijkSet,
          hazelbrinkSet,
          tichelhorstSet,
          korfhuizenSet,
          slikkerwaardSet,
          rietmondeSet,
          touwhovenSet,
        ]
      : []),
    ...(turfhavenSet === undefined ? [] : [turfhavenSet]),
  ];
  // BENCH_SETS=tuned scores only what may be tuned on (train+dev), for tuning runs; =apart adds
  // the later kaarten (the apart one is measured, never tuned on) without reading a frozen split.
  // =unfrozen: every set but the frozen splits, to re-measure the kaarten without a second read.
  const frozenRead = readsFrozen(only);
  const lines: string[] = [];
  const out = (line = '') => {
    lines.push(line);
    console.log(line);
  };
  out('## Understanding (`npm run bench:understanding`)');
  out();
  out(
    `${new Date().toISOString().slice(0, 10)}, ${os.cpus()[0]?.model ?? 'CPU'} (${os.cpus().length} cores), Node ${process.version}, load ${os.loadavg()[0]?.toFixed(1)}.`,
  );
  out();
  out(
    `| Measure | ${sets.map((set) => `${set.name} (${set.cases.length})`).join(' | ')} | Target |`,
  );
  out(`|---|${sets.map(() => '---').join('|')}|---|`);
  const ours = sets.map((set) => score(ourEngine(set.index), set.cases, set.catalogue));
  const mini = sets.map((set) => score(miniSearchEngine(set.catalogue), set.cases, set.catalogue));
  const row = (name: string, values: string[], target = '') =>
    out(`| ${name} | ${values.join(' | ')} | ${target} |`);
  row(
    'hit@1, first message',
    ours.map((s) => pct(s.hit1, s.answerable)),
  );
  row(
    'hit@3, first message',
    ours.map((s) => pct(s.hit3, s.answerable)),
    '≥ 92%',
  );
  row(
    'hit@3 after the intake (right levensgebied chosen)',
    ours.map((s) => pct(s.intake3, s.answerable)),
    '≥ 95%',
  );
  row(
    'levensgebied in the top two',
    ours.map((s) => pct(s.domainTop2, s.answerable)),
    '≥ 95%',
  );
  row(
    'levensgebied in the top two leads to a right entry (one of its levensgebieden)',
    ours.map((s) => pct(s.domainLeadsTop2, s.answerable)),
  );
  row(
    'English hit@3',
    ours.map((s) => `${pct(s.englishHit3, s.english)} (${s.english})`),
    '≥ 90%',
  );
  row(
    'results in the top 3 outside the age range',
    ours.map((s) => `${s.ageExcludedInTop3} of ${s.ageCases} cases`),
    '0',
  );
  row(
    '… outside the ages its target groups imply (no own range; session 24)',
    ours.map((s) => `${s.impliedAgeExcludedInTop3} of ${s.ageCases} cases`),
    '0',
  );
  row(
    '"no good match" on out-of-scope questions',
    ours.map((s) => `${pct(s.outOfScopeFlagged, s.outOfScope)} (${s.outOfScope})`),
  );
  row(
    '"no good match" on answerable questions',
    ours.map((s) => pct(s.answerableFlagged, s.answerable)),
  );
  row(
    'of which "a question for the gemeente itself" (out of scope / answerable)',
    ours.map(
      (s) =>
        `${s.outOfScopeGemeente} of ${s.outOfScope} / ${s.answerableGemeente} of ${s.answerable}`,
    ),
  );
  // The other side of that trade-off (ADR 0013, round 16): the same answerable questions asked of
  // the kaart without the entries that answer them, where any answer is an unrelated one.
  row(
    '"no good match" when the kaart lacks the right help (answerable, their entries left out)',
    sets.map((set) => {
      const answerable = set.cases.filter((c) => c.expected.length > 0);
      const refused = answerable.filter(
        (c) =>
          searchAsResident(buildSearchIndex(withoutEntries(set.catalogue, c.expected)), c, TODAY)
            .noGoodMatch,
      ).length;
      return pct(refused, answerable.length);
    }),
  );
  row(
    'MiniSearch hit@1, first message',
    mini.map((s) => pct(s.hit1, s.answerable)),
  );
  row(
    'MiniSearch hit@3, first message',
    mini.map((s) => pct(s.hit3, s.answerable)),
  );
  row(
    'MiniSearch hit@3, levensgebied name added',
    mini.map((s) => pct(s.intake3, s.answerable)),
  );
  row(
    'MiniSearch English hit@3',
    mini.map((s) => pct(s.englishHit3, s.english)),
  );

  // The same "after the intake" through the whole conversation (BENCH_CONVERSATION=0 skips it).
  if (process.env.BENCH_CONVERSATION !== '0') {
    const { conversationScores, outOfScopeConversation } =
      await import('./understandingConversation.js');
    const through = [];
    const outside = [];
    for (const set of sets) {
      through.push(await conversationScores(set.catalogue, set.index, set.cases, TODAY));
      outside.push(await outOfScopeConversation(set.catalogue, set.index, set.cases, TODAY));
    }
    row(
      'hit@3 after the intake, whole conversation',
      through.map((s) => pct(s.hit3, s.answerable)),
      '≥ 95%',
    );
    // Beside the target row, never instead of it: a question whose expected help is a crisis line
    // itself (Veilig Thuis, 113) is answered rightly when the safety check shows that line at once,
    // and one that expects the wijkteam itself when the conversation hands the resident over to it
    // (since session 20), though the row above counts both as misses because no card was shown.
    row(
      "right help through the whole conversation (cards, the expected help's own line, or the handover to the wijkteam it expects)",
      through.map((s) => pct(s.hit3 + s.expectedLine + s.wijkteamHandover, s.answerable)),
    );
    row(
      'ended without cards (crisis lines or a person offered)',
      through.map(
        (s) =>
          `${s.noCards} of ${s.answerable} (crisis line ${s.noCardsWhy.crisisLine}; the expected help's own line shown without a right card ${s.expectedLine}; a person ${s.noCardsWhy.person}, of them the wijkteam the question expects ${s.wijkteamHandover}; the gemeente itself ${s.noCardsWhy.gemeente}; no good match ${s.noCardsWhy.noGoodMatch}; other ${s.noCardsWhy.other})`,
      ),
    );
    // The safety net's decisions in these conversations, unchanged by the conversation's flow:
    // since session 19 the simulated resident says it is no emergency after a crisis reply and the
    // conversation goes on, so a crisis reply no longer means a conversation without cards.
    row(
      'a crisis reply shown (the resident then says it is no emergency), whole conversation',
      through.map((s) => `${s.crisisReplies} of ${s.answerable}`),
    );
    row(
      'English questions that reach the cards, whole conversation',
      through.map((s) => `${s.englishToCards} of ${s.english}`),
      '≥ 90%',
    );
    // The honesty of the first message's "no good match" row, through the whole conversation: the
    // out-of-scope questions that end without cards, whatever levensgebied the resident went along
    // with (bench/understandingConversation.ts `outOfScopeChoice`).
    row(
      '"no good match" on out-of-scope questions, whole conversation',
      outside.map(
        (s) =>
          `${pct(s.withoutCards, s.outOfScope)} (${s.withoutCards} of ${s.outOfScope}: no good match ${s.why.noGoodMatch}, the gemeente itself ${s.why.gemeente}, a crisis line ${s.why.crisisLine}, a person ${s.why.person}, other ${s.why.other})`,
      ),
    );
    // Not a score: how often the simulated resident said "Voor mezelf" because the questions
    // files do not say whom a question is about (bench/understandingConversation.ts).
    row(
      'asked for whom, answered "Voor mezelf" (of them with the file\'s age as own), whole conversation',
      through.map((s) => `${s.forSelf.asked} of ${s.answerable} (${s.forSelf.withAge})`),
    );
  }

  // Per failure class of ADR 0013 on the later kaarten (their questions carry the class they test).
  for (const kaart of [
    vechtstedeSet,
    reggedalSet,
    elsenvoordeSet,
    hoolterveenSet,
    dalmolenSet,
    kolthoornSet,
    hesselbroekSet,
    brakelveenSet,
    ravelslooSet,
    wolderbeekSet,
    lindewaardSet,
    weversdalSet,
    kuipersveldSet,
    smidsbroekSet,
    vlasmarkeSet,
    biezendijkSet,
    hazelbrinkSet,
    tichelhorstSet,
    korfhuizenSet,
    slikkerwaardSet,
    rietmondeSet,
    touwhovenSet,
    turfhavenSet,
  ]) {
    if (kaart === undefined || !sets.includes(kaart)) continue;
    out();
    out(
      `${kaart.short} per failure class (hit@3 first message / after the intake / levensgebied in the top two): ${byClass(ourEngine(kaart.index), kaart.cases, kaart.catalogue).join('; ')}.`,
    );
  }

  // The levensgebied guess on the frozen corpus test split (resident phrasings with labels).
  if (frozenRead)
    try {
      const { readCorpus, splitOf } = await import('../src/understanding/corpus.js');
      const { levensgebiedOfNeed } = await import('../src/understanding/needs.js');
      const corpusTest = readCorpus(path.join(root, 'training/corpus')).filter(
        (l) => splitOf(l.text) === 'test',
      );
      let hit = 0;
      let cases = 0;
      for (const line of corpusTest) {
        const wanted = line.needs
          .map((n) => levensgebiedOfNeed(n))
          .filter((d): d is string => d !== undefined);
        if (wanted.length === 0) continue;
        cases += 1;
        const result = search(enschedeIndex, {
          text: line.text,
          audience: 'resident',
          today: TODAY,
        });
        if (result.domains.slice(0, 2).some((d) => wanted.includes(d.slug))) hit += 1;
      }
      out();
      out(
        `Levensgebied in the top two on the frozen corpus test split (${cases} in-scope phrasings): ${pct(hit, cases)}.`,
      );
    } catch {
      out();
      out('(no understanding corpus in this version)');
    }

  // Cost at 10,000 entries (BENCH_COST=0 skips it, for tuning runs).
  if (process.env.BENCH_COST !== '0')
    await measureCost(
      enschede,
      costMessages(only, {
        goldenAll,
        goldenTuned,
        hengelo: () => hengeloSet?.cases ?? [],
      }),
      out,
    );
  // Only the in-sample misses are printed: reading those of the frozen split or the second kaart
  // would be tuning on them.
  if (process.env.SHOW_MISSES === '1') {
    console.log(`\nMisses, ${sets[0]?.name}:`);
    for (const miss of ours[0]?.misses ?? []) console.log(`  ${miss}`);
  }
}

/** The real-word lists' load in fresh processes (bench/realWordsLoad.ts): medians. */
function realWordsLoad(rounds: number): { ms: number; bytes: number; words: number } {
  const runs = Array.from({ length: rounds }, () => {
    const line = execFileSync(
      process.execPath,
      ['--expose-gc', '--import', 'tsx', path.join(root, 'bench/realWordsLoad.ts')],
      { encoding: 'utf8' },
    );
    return z
      .object({ ms: z.number(), bytes: z.number(), words: z.number() })
      .parse(JSON.parse(line));
  });
  const median = (values: number[]) =>
    percentile(
      [...values].sort((a, b) => a - b),
      50,
    );
  return {
    ms: median(runs.map((run) => run.ms)),
    bytes: median(runs.map((run) => run.bytes)),
    words: runs[0]?.words ?? 0,
  };
}

async function measureCost(
  enschede: Catalogue,
  timedCases: { readonly cases: readonly Case[]; readonly timed: string },
  out: (line?: string) => void,
): Promise<void> {
  const { cases, timed } = timedCases;
  try {
    const { understand } = await import('../src/understanding/understand.js');
    const { loadModelFile, DEFAULT_MODEL_FILE } =
      await import('../src/understanding/linearModel.js');
    const { detectCrisis } = await import('../src/safety/detectCrisis.js');
    gc();
    const used = () => process.memoryUsage().heapUsed + process.memoryUsage().external;
    const loads: number[] = [];
    let model = loadModelFile(path.join(root, DEFAULT_MODEL_FILE));
    for (let i = 0; i < rounds; i += 1) {
      const start = performance.now();
      model = loadModelFile(path.join(root, DEFAULT_MODEL_FILE));
      loads.push(performance.now() - start);
    }
    loads.sort((a, b) => a - b);
    const { buildNeedIndex } = await import('../src/search/needIndex.js');
    const synthetic = syntheticCatalogue(enschede, 10_000);
    // What understanding adds: the model and the need profiles of 10,000 entries (the rest of
    // the index is the BM25 search of bench:search). Median of a few measurements after a GC.
    const added: number[] = [];
    for (let i = 0; i < 3; i += 1) {
      gc();
      const before = used();
      const fresh = loadModelFile(path.join(root, DEFAULT_MODEL_FILE));
      const needIndex = buildNeedIndex(fresh, synthetic.voorzieningen);
      gc();
      added.push(used() - before);
      if (needIndex.profiles.length !== synthetic.voorzieningen.length) throw new Error('profiles');
    }
    added.sort((a, b) => a - b);
    gc();
    const beforeIndex = used();
    const bigIndex = buildSearchIndex(synthetic, { model });
    gc();
    const indexBytes = used() - beforeIndex;
    const texts = cases.map((c) => c.text);
    const context = {
      assessSafety: detectCrisis,
      wijken: synthetic.areas.wijken.map((w) => w.naam),
      model,
    };
    // Four costs per message: the understanding pass; the search on its own (it reads the model
    // itself); one turn as the intake runs it, the search reusing the pass's probabilities; and the
    // search after the intake, with a levensgebied chosen (it also runs the same search without
    // the choice, to know which entries the question's own words find).
    const kinds = ['understand', 'search', 'turn', 'afterIntake'] as const;
    type Kind = (typeof kinds)[number];
    const perMessage = () =>
      Object.fromEntries(kinds.map((kind) => [kind, texts.map(() => [] as number[])])) as Record<
        Kind,
        number[][]
      >;
    const costs = perMessage();
    // CPU time of the process (user + system, all its threads) per call: what the call itself
    // costs, without the time the scheduler gives other processes on a shared machine.
    const cpu = perMessage();
    const measure = (kind: Kind, i: number, work: () => void) => {
      const startCpu = process.cpuUsage();
      const start = performance.now();
      work();
      (costs[kind][i] as number[]).push(performance.now() - start);
      const used = process.cpuUsage(startCpu);
      (cpu[kind][i] as number[]).push((used.user + used.system) / 1000);
    };
    // The levensgebied each message's resident picks after the intake: the first the pass offers,
    // else the kaart's first (an out-of-scope question still gets a choice, as in the intake).
    const fallbackChoice = synthetic.levensgebieden[0]?.id;
    const choices = texts.map(
      (text) => understand(text, context).levensgebieden[0]?.slug ?? fallbackChoice,
    );
    for (const text of texts) search(bigIndex, { text, audience: 'resident', today: TODAY });
    const loadBefore = os.loadavg()[0] ?? 0;
    for (let r = 0; r < rounds + 1; r += 1) {
      texts.forEach((text, i) => {
        measure('understand', i, () => understand(text, context));
        measure('search', i, () => search(bigIndex, { text, audience: 'resident', today: TODAY }));
        measure('afterIntake', i, () => {
          const chosen = choices[i];
          search(bigIndex, {
            text,
            audience: 'resident',
            today: TODAY,
            ...(chosen === undefined ? {} : { levensgebieden: [chosen] }),
          });
        });
        measure('turn', i, () => {
          const understood = understand(text, context);
          search(bigIndex, {
            text: understood.searchText,
            audience: 'resident',
            today: TODAY,
            needProbabilities: understood.probabilities,
            language: understood.textLanguage ?? 'nl',
            readings: understood.searchReadings,
          });
        });
      });
    }
    const loadAfter = os.loadavg()[0] ?? 0;
    const ms = (v: number) => `${v.toFixed(3)} ms`;
    // The first round warms up; raw percentiles are over every later call. On a shared machine a
    // call that the scheduler pauses takes milliseconds longer, whatever its own cost: the median
    // of each message over the rounds keeps its own cost and drops those pauses.
    const summary = (times: number[][]) => {
      const raw = times.flatMap((perText) => perText.slice(1)).sort((x, y) => x - y);
      const medians = times
        .map((perText) => {
          const sorted = perText.slice(1).sort((x, y) => x - y);
          return sorted[Math.floor(sorted.length / 2)] ?? 0;
        })
        .sort((x, y) => x - y);
      return `${ms(percentile(raw, 50))} | ${ms(percentile(raw, 99))} | ${ms(percentile(medians, 99))}`;
    };
    out();
    out(
      `Cost over ${texts.length} messages (${timed}) × ${rounds} rounds, load ${loadBefore.toFixed(1)} before and ${loadAfter.toFixed(1)} after:`,
    );
    out();
    out(
      "| Cost | p50 | p99 | p99 of each message's median | CPU time p50 | CPU time p99 | Target |",
    );
    out('|---|---|---|---|---|---|---|');
    const cpuSummary = (times: number[][]) => {
      const raw = times.flatMap((perText) => perText.slice(1)).sort((x, y) => x - y);
      return `${ms(percentile(raw, 50))} | ${ms(percentile(raw, 99))}`;
    };
    out(
      `| understand(text) (language, safety rules, needs, facts, intent, query) | ${summary(costs.understand)} | ${cpuSummary(cpu.understand)} | ≤ 2 ms p99 |`,
    );
    out(
      `| search at 10,000 entries, learned layer included | ${summary(costs.search)} | ${cpuSummary(cpu.search)} | ≤ 2 ms p99 |`,
    );
    out(
      `| one turn: understand, then search at 10,000 entries with its probabilities and readings | ${summary(costs.turn)} | ${cpuSummary(cpu.turn)} | |`,
    );
    out(
      `| search after the intake at 10,000 entries, a levensgebied chosen | ${summary(costs.afterIntake)} | ${cpuSummary(cpu.afterIntake)} | ≤ 2 ms p99 |`,
    );
    out();
    out(
      `Model load (read, parse, decode ${path.basename(DEFAULT_MODEL_FILE)}): median ${ms(percentile(loads, 50))} over ${rounds} rounds (target ≤ 300 ms). ` +
        `Memory added by understanding (model + need profiles of 10,000 entries, heap + typed arrays after GC): ${(percentile(added, 50) / 1048576).toFixed(1)} MiB (target ≤ 50 MB); ` +
        `the whole search index at 10,000 entries: ${(indexBytes / 1048576).toFixed(1)} MiB.`,
    );
    const lists = realWordsLoad(rounds);
    out(
      `Real-word lists (src/search/realWords.ts, ${lists.words} words, a fresh process each round): load median ${ms(lists.ms)} over ${rounds} rounds, memory ${(lists.bytes / 1048576).toFixed(1)} MiB; ` +
        `with the model: ${ms(percentile(loads, 50) + lists.ms)} (target ≤ 300 ms) and ${((percentile(added, 50) + lists.bytes) / 1048576).toFixed(1)} MiB (target ≤ 50 MB).`,
    );
  } catch (error) {
    out();
    out(
      `(no understanding pass in this version: ${error instanceof Error ? error.message : String(error)})`,
    );
  }
}

await main();
