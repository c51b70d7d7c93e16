/**
 * `npx tsx scripts/safety/understandingGate.ts [--save FILE]`: the model-only checks of first
 * messages on dev data, each with what the understanding pass and the search read in it, and what
 * gates on those readings would cost (docs/adr/0012-safety-net.md, "What the resident asks for,
 * read by the understanding pass, as a gate on a model-only check", session 16).
 *
 * Two kinds of rows: out of fold for the tuned setting (train+dev of the safety corpus, the train
 * and dev help questions, the help questions of the thirteen dev kaarten, each scored by its fold
 * model) and with the shipped model (the class sets of every rule round in roundClassSets.ts,
 * 26–33 as of session 16; the training-only rounds and rule sets, and the dev set of ordinary
 * questions in new styles). Only messages the model alone
 * flags (a check or a crisis reply of its own) are written with their readings: a gate can only
 * lower those. Never reads the frozen test, an unseen round, Hengelo or the apart kaart.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { assessSafety } from '../../src/safety/assessSafety.js';
import type { SafetyAssessment } from '../../src/safety/assessSafety.js';
import { search } from '../../src/search/search.js';
import type { SearchIndex } from '../../src/search/searchIndex.js';
import { shippedModel } from '../../src/understanding/linearModel.js';
import { understand } from '../../src/understanding/understand.js';
import { PROBE_ROOT, PROBE_TODAY, probeKaart } from '../../training/probeKaart.js';
import { trainingExamples, type TrainingExample } from './concernExamples.js';
import { readDevKaarten } from './helpQuestions.js';
import { roundClassSets } from './roundClassSets.js';
import { parseWritten } from './safetyCorpus.js';
import { devKaartExamples, readingOf } from './tuneConcern.js';
import { decideFirstMessage, tunedOutOfFold } from './tunedOutOfFold.js';
import { readTuningRecord } from './tuningRecord.js';
import { report, type GateRow } from './understandingGateReport.js';

const saveAt = process.argv.indexOf('--save');
const saveTo = saveAt === -1 ? undefined : process.argv[saveAt + 1];
const tuning = readTuningRecord();
const model = shippedModel();

const indexes = new Map<string, SearchIndex>();
async function indexFor(kaart: string): Promise<SearchIndex> {
  let index = indexes.get(kaart);
  if (index === undefined) {
    const dir =
      kaart === 'knowledge'
        ? path.join(PROBE_ROOT, 'knowledge')
        : path.join(PROBE_ROOT, 'test/fixtures', `kaart-${kaart}`);
    index = (await probeKaart(dir)).index;
    indexes.set(kaart, index);
  }
  return index;
}

const safetyLabel = (label: string) =>
  label.startsWith('veiligheid.') || label === 'gezondheid.levensmoe';

async function readings(text: string, kaart: string): Promise<Pick<GateRow, 'u' | 's'>> {
  const u = understand(text, { assessSafety: () => undefined });
  let safetyMass = 0;
  let psychMass = 0;
  model.labels.forEach((label, i) => {
    const p = u.probabilities[i] ?? 0;
    if (safetyLabel(label)) safetyMass += p;
    if (label === 'gezondheid.psychisch') psychMass += p;
  });
  const found = search(await indexFor(kaart), {
    audience: 'resident',
    today: PROBE_TODAY,
    top: 3,
    text,
  });
  return {
    u: {
      needs: u.needs,
      safetyMass,
      psychMass,
      vague: u.vague,
      outOfScope: u.outOfScope,
      intent: u.intent.kind,
      levensgebieden: u.levensgebieden,
    },
    s: {
      confidence: found.confidence,
      noGoodMatch: found.noGoodMatch,
      quality: found.matchQuality,
      ...(found.results[0] === undefined
        ? {}
        : { top: found.results[0].voorziening.levensgebieden }),
    },
  };
}

function outcomeOf(result: SafetyAssessment): string {
  if (result.outcome === 'none') return 'none';
  if (result.explanation.source !== 'model') return 'rule';
  return result.outcome === 'crisis' ? 'crisis' : (result.checkStrength ?? 'firm');
}

const rows: GateRow[] = [];
async function add(
  set: string,
  example: Pick<TrainingExample, 'label' | 'kinds' | 'class' | 'text'> & {
    readonly origin: TrainingExample['origin'] | 'class' | 'new-styles';
  },
  result: SafetyAssessment,
  words: number,
  kaart: string,
): Promise<void> {
  const outcome = outcomeOf(result);
  const modelOnly = outcome === 'crisis' || outcome === 'firm' || outcome === 'soft';
  // Crises are kept whatever caught them (to count recall); others only when the model flags them.
  if (!modelOnly && example.label !== 'crisis') return;
  rows.push({
    set,
    origin: example.origin,
    label: example.label,
    kinds: example.kinds,
    cls: example.class,
    text: example.text,
    outcome,
    concern: result.explanation.concern,
    words,
    ...(modelOnly ? await readings(example.text, kaart) : {}),
  });
}

// Out of fold, as ordinaryCheckLayers.ts does.
const examples = trainingExamples();
const dev = devKaartExamples(readDevKaarten);
for (const { example, score } of tunedOutOfFold(tuning, examples, dev)) {
  const reading = readingOf(example.text);
  const result = decideFirstMessage(example.text, score, tuning);
  const kaart = example.origin === 'dev-kaart' ? (example.class.split('-')[0] ?? '') : 'knowledge';
  await add('oof', example, result, reading.words, kaart);
}

// Shipped model: training-only rounds, rule sets, train+dev as trained.
for (const example of examples) {
  if (example.origin === 'help') continue;
  const result = assessSafety(example.text);
  await add('shipped', example, result, readingOf(example.text).words, 'knowledge');
}
for (const [round, sets] of Object.entries(roundClassSets)) {
  for (const set of sets) {
    const name = set.name;
    for (const crisis of set.crises) {
      const result = assessSafety(crisis.text);
      await add(
        `round-${round}`,
        { origin: 'class', label: 'crisis', kinds: crisis.kinds, class: name, text: crisis.text },
        result,
        readingOf(crisis.text).words,
        'knowledge',
      );
    }
    for (const text of set.nearMisses) {
      const result = assessSafety(text);
      await add(
        `round-${round}`,
        { origin: 'class', label: 'near-miss', kinds: [], class: name, text },
        result,
        readingOf(text).words,
        'knowledge',
      );
    }
  }
}
const newStyles = 'corpus/safety/dev/ordinary-new-styles.txt';
for (const record of parseWritten(newStyles, readFileSync(newStyles, 'utf8'))) {
  const result = assessSafety(record.text);
  await add(
    'new-styles',
    {
      origin: 'new-styles',
      label: record.label,
      kinds: [],
      class: record.class,
      text: record.text,
    },
    result,
    readingOf(record.text).words,
    'knowledge',
  );
}
if (saveTo !== undefined) writeFileSync(saveTo, JSON.stringify(rows));
report(rows);
