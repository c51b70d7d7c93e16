/**
 * `npx tsx training/outOfScopeProbe.ts`: what the first message gets on the twenty-two dev kaarten and
 * golden train+dev (never a frozen split, never a kaart written apart): out-of-scope questions
 * answered with results, "no good match", the gemeente reply, the care reply or the age message;
 * answerable questions refused (any of the four); hit@3 with a refusal counted as a miss. The
 * out-of-scope questions answered with results are split by cause: a gemeente service named
 * (recognised but not routed), entries left out for age, other. The same decisions as
 * bench:understanding (searchAsResident, isGemeenteQuestion with Enschede's services).
 *
 * `PROBE_CALIBRATION=<file>` decides "no good match" with the weights, threshold and doubt band of
 * a `training/calibrate.ts` JSON print (`TUNE_ONLY=1`) instead of the shipped ones, so a refit can
 * be weighed without writing it. `PROBE_MODEL=<file>` as the other probes. `PROBE_LIST=1` prints
 * the out-of-scope questions answered with results and the answerable ones refused (dev only).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  DEV_KAART_FOLDERS,
  ageOfCase,
  goldenSets,
  readCases,
  searchAsResident,
} from '../bench/benchSupport.js';
import type { BenchCase } from '../bench/benchSupport.js';
import type { GemeenteDiensten } from '../src/knowledge/schema.js';
import {
  CONFIDENCE_WEIGHTS,
  MIN_CONFIDENCE,
  OUT_OF_SCOPE_DOUBT,
  SURE_REFUSAL,
  calibratedConfidence,
  type ConfidenceSignals,
  type ConfidenceWeights,
} from '../src/search/calibration.js';
import type { SearchIndex } from '../src/search/searchIndex.js';
import {
  isGemeenteQuestion,
  recogniseGemeenteDienst,
} from '../src/understanding/gemeenteDienst.js';
import { PROBE_ROOT, PROBE_TODAY, probeKaart } from './probeKaart.js';

interface Calibration {
  readonly weights: ConfidenceWeights;
  readonly threshold: number;
  readonly doubtBand: { readonly sureRefusal: number; readonly outOfScopeDoubt: number };
}

function shippedCalibration(): Calibration {
  return {
    weights: CONFIDENCE_WEIGHTS,
    threshold: MIN_CONFIDENCE,
    doubtBand: { sureRefusal: SURE_REFUSAL, outOfScopeDoubt: OUT_OF_SCOPE_DOUBT },
  };
}

/** The calibration a probe decides with: the shipped one, or a refit printed by calibrate.ts. */
function calibration(): Calibration | undefined {
  const file = process.env.PROBE_CALIBRATION;
  if (file === undefined) return undefined;
  const text = readFileSync(file, 'utf8');
  return JSON.parse(text.slice(text.indexOf('{'))) as Calibration;
}

const used = calibration() ?? shippedCalibration();
const shipped = shippedCalibration();
const refusedBy = (
  by: Calibration,
  signals: ConfidenceSignals | undefined,
  hasResult: boolean,
): boolean => {
  if (!hasResult || signals === undefined) return true;
  const confidence = calibratedConfidence(signals, by.weights);
  if (confidence < by.doubtBand.sureRefusal) return true;
  return confidence < by.threshold && signals.outOfScope >= by.doubtBand.outOfScopeDoubt;
};
/**
 * "No good match" under the calibration used: a refusal the shipped calibration does not explain
 * came from another rule of the search (nothing found, the best entry for another age) and stays.
 */
const refused = (found: {
  readonly noGoodMatch: boolean;
  readonly signals?: ConfidenceSignals;
  readonly results: readonly unknown[];
}): boolean => {
  const hasResult = found.results.length > 0;
  const otherRule = found.noGoodMatch && !refusedBy(shipped, found.signals, hasResult);
  return otherRule || refusedBy(used, found.signals, hasResult);
};

type Outcome = 'results' | 'noGoodMatch' | 'gemeente' | 'care' | 'age';

interface Tally {
  outOfScope: number;
  handled: Record<Outcome, number>;
  causes: { gemeente: number; age: number; other: number };
  answerable: number;
  answerableRefused: number;
  hits: number;
}

function ask(
  index: SearchIndex,
  diensten: GemeenteDiensten | undefined,
  c: BenchCase,
): { outcome: Outcome; hit: boolean; named: boolean; ageLeftOut: number } {
  const search = (text: string) => {
    const found = searchAsResident(index, { ...c, text }, PROBE_TODAY);
    return { ...found, noGoodMatch: refused(found) };
  };
  const match = recogniseGemeenteDienst(c.text, diensten);
  const found = search(c.text);
  const hit = found.results.slice(0, 3).some((r) => c.expected.includes(r.voorziening.id));
  const base = { hit, named: match !== undefined, ageLeftOut: found.ageLeftOut };
  if (isGemeenteQuestion(match, c.text, search)) {
    return { ...base, outcome: match?.soort === 'zorg' ? 'care' : 'gemeente' };
  }
  const noAgeFit =
    ageOfCase(c) !== undefined &&
    found.ageLeftOut > 0 &&
    (found.noGoodMatch || found.results.length === 0);
  if (noAgeFit) return { ...base, outcome: 'age' };
  return { ...base, outcome: found.noGoodMatch ? 'noGoodMatch' : 'results' };
}

const list = process.env.PROBE_LIST === '1';
const enschede = (await probeKaart(path.join(PROBE_ROOT, 'knowledge'))).catalogue.gemeenteDiensten;

const emptyTally = (): Tally => ({
  outOfScope: 0,
  handled: { results: 0, noGoodMatch: 0, gemeente: 0, care: 0, age: 0 },
  causes: { gemeente: 0, age: 0, other: 0 },
  answerable: 0,
  answerableRefused: 0,
  hits: 0,
});

async function score(name: string, dir: string, cases: readonly BenchCase[]): Promise<Tally> {
  const { catalogue, index } = await probeKaart(dir);
  const diensten = catalogue.gemeenteDiensten ?? enschede;
  const t = emptyTally();
  for (const c of cases) {
    const got = ask(index, diensten, c);
    if (c.expected.length === 0) {
      t.outOfScope += 1;
      t.handled[got.outcome] += 1;
      if (got.outcome === 'results') {
        const cause = got.named ? 'gemeente' : got.ageLeftOut > 0 ? 'age' : 'other';
        t.causes[cause] += 1;
        if (list) console.log(`${name} OOS-ANSWERED ${cause} | ${c.text}`);
      }
    } else {
      t.answerable += 1;
      const refusal = got.outcome !== 'results';
      if (refusal) t.answerableRefused += 1;
      if (got.hit && !refusal) t.hits += 1;
      if (list && refusal) console.log(`${name} ANS-REFUSED ${got.outcome} | ${c.text}`);
    }
  }
  return t;
}

const row = (name: string, t: Tally) => {
  const handled = t.outOfScope - t.handled.results;
  return [
    name.padEnd(12),
    `oos ${handled}/${t.outOfScope}`,
    `(ngm ${t.handled.noGoodMatch} gem ${t.handled.gemeente} care ${t.handled.care} age ${t.handled.age})`,
    `answered by cause gem ${t.causes.gemeente} age ${t.causes.age} other ${t.causes.other}`,
    `| ans refused ${t.answerableRefused}/${t.answerable}`,
    `| hit@3 ${t.hits}`,
  ].join(' ');
};

/** Summed over session 13's ten dev kaarten, so the sum compares; a later one has its row. */
const SUMMED = DEV_KAART_FOLDERS.slice(0, 10);
const sum = emptyTally();
const lines: string[] = [];
for (const kaart of DEV_KAART_FOLDERS) {
  const dir = path.join(PROBE_ROOT, 'test/fixtures', kaart);
  const name = kaart.replace('kaart-', '');
  const t = await score(name, dir, readCases(path.join(dir, 'questions.jsonl')));
  lines.push(row(name, t));
  if (!SUMMED.includes(kaart)) continue;
  sum.outOfScope += t.outOfScope;
  sum.answerable += t.answerable;
  sum.answerableRefused += t.answerableRefused;
  sum.hits += t.hits;
  for (const k of Object.keys(sum.handled) as Outcome[]) sum.handled[k] += t.handled[k];
  for (const k of Object.keys(sum.causes) as (keyof Tally['causes'])[])
    sum.causes[k] += t.causes[k];
}
lines.push(row('ten summed', sum));
const golden = await score(
  'golden',
  path.join(PROBE_ROOT, 'knowledge'),
  goldenSets(PROBE_ROOT, 'dev').tuned,
);
lines.push(row('golden t+d', golden));
/**
 * Short everyday questions without an age in their words, asked at seven ages of the knowledge
 * (Enschede): how many get "no good match" with the age message while the search found entries
 * for that age. Written for this probe, not taken from a kaart or an issue; a check that a rule for
 * questions only other ages are helped with does not refuse common questions.
 */
const EVERYDAY = [
  'ik ben eenzaam',
  'ik voel me alleen',
  'ik wil sporten',
  'ik heb schulden',
  'ik zoek vrijwilligerswerk',
  'ik wil nederlands leren',
  'ik zit niet lekker in mijn vel',
  'ik wil bewegen',
  'ik zoek gezelschap',
  'hulp bij de computer',
  'ik wil koken met anderen',
  'ik kan mijn huur niet betalen',
  'ik zoek een hobby',
  'ik wil muziek maken',
  'ik wil zwemmen',
];
const { index: enschedeIndex } = await probeKaart(path.join(PROBE_ROOT, 'knowledge'));
let everydayAsked = 0;
let everydayAgeRefused = 0;
for (const text of EVERYDAY) {
  for (const age of [8, 15, 22, 35, 50, 70, 85]) {
    everydayAsked += 1;
    const found = searchAsResident(
      enschedeIndex,
      { text, expected: [], category: 'everyday', age },
      PROBE_TODAY,
    );
    if (found.noAgeFit && found.results.length > 0) everydayAgeRefused += 1;
  }
}
lines.push(
  `everyday questions x ages: age message over entries found ${everydayAgeRefused}/${everydayAsked}`,
);
console.log(lines.join('\n'));
