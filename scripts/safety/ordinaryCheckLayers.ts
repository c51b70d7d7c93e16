/**
 * `npx tsx scripts/safety/ordinaryCheckLayers.ts [--window W]`: which layer flags the dev kaarten's
 * help questions out of fold (docs/adr/0012-safety-net.md, "Ordinary questions checked by the
 * layers", session 16), and what three gates on a model-only check of a first message would cost.
 *
 * Out of fold for the tuned setting, each message decided as a first message with `decideSafety`:
 * a rule's crisis reply, a rule's question (`ruleAsks`, or a frame lowering a rule), or the model
 * alone (soft or firm). Concern built up over turns plays no part in a first message. Then, for the
 * model-only checks, the features among the three strongest that recur, and three gates that could
 * only lower a model-only check, each at the thresholds that give up 0, 2 and 5 of the crises the
 * model alone catches: (1) crisis evidence, at least one word group of danger, harm, fear, death,
 * neglect, abuse or urgency in the message; (2) the strongest window, the concern of the best run
 * of W words (default 10; messages longer than W only), scored by the same fold model; (3) the
 * strongest kind head. Train and dev, and the dev kaarten (readDevKaarten), only: the frozen test,
 * the unseen rounds, Hengelo and the kaart written apart are never read.
 */
import { concernFeatureNames } from '../../src/safety/concernFeatures.js';
import { normalise } from '../../src/safety/normalise.js';
import { trainingExamples, type TrainingExample } from './concernExamples.js';
import { readDevKaarten } from './helpQuestions.js';
import { devKaartExamples } from './tuneConcern.js';
import { decideFirstMessage, tunedOutOfFold } from './tunedOutOfFold.js';
import { readTuningRecord } from './tuningRecord.js';

const windowAt = process.argv.indexOf('--window');
const windowWords = windowAt === -1 ? 10 : Number(process.argv[windowAt + 1]);
const stride = Math.max(1, Math.floor(windowWords / 2));
const tuning = readTuningRecord();
const examples = trainingExamples();
const dev = devKaartExamples(readDevKaarten);

/** Runs of `windowWords` words, half overlapping; none for a message that short or shorter. */
function windowsOf(text: string): string[] {
  const words = normalise(text)
    .split(' ')
    .filter((word) => word !== '.');
  if (words.length <= windowWords) return [];
  const out: string[] = [];
  for (let start = 0; ; start += stride) {
    out.push(words.slice(start, start + windowWords).join(' '));
    if (start + windowWords >= words.length) return out;
  }
}

const windowTag = '#window';
const scoredParents = [
  ...examples.filter((e) => e.origin === 'corpus' || e.origin === 'help'),
  ...dev,
];
// A window keeps its message's key, so the model of the message's fold scores it.
const windows: TrainingExample[] = scoredParents.flatMap((example) =>
  windowsOf(example.text).map((text) => ({
    ...example,
    text,
    class: `${example.class}${windowTag}${example.origin}`,
  })),
);
const scored = tunedOutOfFold(tuning, examples, [...dev, ...windows]);

const idOf = (example: TrainingExample) =>
  `${example.origin}|${example.key}|${example.class.split(windowTag)[0] ?? ''}`;
const strongestWindow = new Map<string, number>();
for (const { example, score } of scored) {
  if (!example.class.includes(windowTag)) continue;
  const id = idOf(example);
  strongestWindow.set(id, Math.max(strongestWindow.get(id) ?? 0, score.concern));
}

type Layer = 'rule crisis' | 'rule asks' | 'model soft' | 'model firm' | 'none';
interface Row {
  readonly example: TrainingExample;
  readonly layer: Layer;
  readonly concern: number;
  readonly strongestKind: number;
  readonly window: number | undefined;
  readonly strongest: readonly string[];
}
const rows: Row[] = scored
  .filter(({ example }) => !example.class.includes(windowTag))
  .map(({ example, score }) => {
    const result = decideFirstMessage(example.text, score, tuning);
    const source = result.explanation.source;
    const layer: Layer =
      result.outcome === 'none'
        ? 'none'
        : source === 'rules'
          ? result.outcome === 'crisis'
            ? 'rule crisis'
            : 'rule asks'
          : result.outcome === 'crisis' || result.checkStrength === 'firm'
            ? 'model firm'
            : 'model soft';
    return {
      example,
      layer,
      concern: score.concern,
      strongestKind: Math.max(score.kinds.danger, score.kinds.suicide, score.kinds.abuse),
      window: strongestWindow.get(idOf(example)),
      strongest: score.strongest,
    };
  });

const isDev = (row: Row) => row.example.origin === 'dev-kaart';
const devGroups: [string, (row: Row) => boolean][] = [
  [
    'twelve dev kaarten nl',
    (r) => isDev(r) && !isKuipersveld(r) && r.example.class.endsWith('-nl'),
  ],
  [
    'twelve dev kaarten en',
    (r) => isDev(r) && !isKuipersveld(r) && r.example.class.endsWith('-en'),
  ],
  ['Kuipersveld nl', (r) => isKuipersveld(r) && r.example.class.endsWith('-nl')],
  ['Kuipersveld en', (r) => isKuipersveld(r) && r.example.class.endsWith('-en')],
  ['train+dev help questions', (r) => r.example.origin === 'help'],
  ['corpus near misses', (r) => r.example.origin === 'corpus' && r.example.label === 'near-miss'],
  ['corpus ordinary', (r) => r.example.origin === 'corpus' && r.example.label === 'ordinary'],
];
function isKuipersveld(row: Row): boolean {
  return isDev(row) && row.example.class.startsWith('kuipersveld');
}
const layers: Layer[] = ['rule crisis', 'rule asks', 'model firm', 'model soft'];
console.log(`| set | questions | ${layers.join(' | ')} | flagged |`);
console.log(`| --- | --- | ${layers.map(() => '---').join(' | ')} | --- |`);
for (const [name, keep] of devGroups) {
  const group = rows.filter(keep);
  const counts = layers.map((layer) => group.filter((r) => r.layer === layer).length);
  const flagged = counts.reduce((a, b) => a + b, 0);
  const pct = group.length === 0 ? 0 : (100 * flagged) / group.length;
  console.log(
    `| ${name} | ${group.length} | ${counts.join(' | ')} | ${flagged} (${pct.toFixed(1)}%) |`,
  );
}

const modelOnly = (row: Row) => row.layer === 'model soft' || row.layer === 'model firm';
const devModel = rows.filter((r) => isDev(r) && modelOnly(r));
const features = new Map<string, number>();
for (const row of devModel) {
  for (const name of row.strongest) features.set(name, (features.get(name) ?? 0) + 1);
}
console.log(
  `\nAmong the three strongest features of the ${devModel.length} model-only checks on the dev kaarten:`,
);
console.log(
  [...features]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 25)
    .map(([name, n]) => `${name} ${n}`)
    .join(', '),
);

/** Word groups of danger, harm, fear, death, neglect, abuse or urgency: crisis evidence. */
const evidenceGroups = new Set([
  'violence',
  'fear',
  'death',
  'hopeless',
  'finality',
  'selfHarm',
  'means',
  'medical',
  'fire',
  'intrusion',
  'neglect',
  'sexual',
  'secret',
  'threat',
  'alone',
  'refuge',
  'urgent',
  'now',
  'caretaker',
  'place',
]);
const hasEvidence = (text: string) =>
  concernFeatureNames(normalise(text)).some(
    (name) => name.startsWith('k:') && !name.includes('+') && evidenceGroups.has(name.slice(2)),
  );

const crises = rows.filter(
  (r) => r.example.origin === 'corpus' && r.example.label === 'crisis' && modelOnly(r),
);
const help = rows.filter((r) => r.example.origin === 'help' && modelOnly(r));
const nearMisses = rows.filter(
  (r) => r.example.origin === 'corpus' && r.example.label === 'near-miss' && modelOnly(r),
);
console.log(
  `\nGates on a model-only check (${crises.length} crises caught by the model alone out of fold; dev kaarten ${devModel.length}, train+dev help ${help.length}, near misses ${nearMisses.length} checked by it):`,
);
console.log(
  '| gate | crises given up | dev kaarten dropped | help dropped | near misses dropped |',
);
console.log('| --- | --- | --- | --- | --- |');
const report = (name: string, drops: (row: Row) => boolean, lost: number) => {
  const count = (list: readonly Row[]) => list.filter(drops).length;
  console.log(`| ${name} | ${lost} | ${count(devModel)} | ${count(help)} | ${count(nearMisses)} |`);
};
const noEvidence = (row: Row) => !hasEvidence(row.example.text);
report('no crisis word group', noEvidence, crises.filter(noEvidence).length);
const softNoEvidence = (row: Row) => row.layer === 'model soft' && noEvidence(row);
report(
  'no crisis word group, soft checks only',
  softNoEvidence,
  crises.filter(softNoEvidence).length,
);
const byValue = (name: string, value: (row: Row) => number | undefined) => {
  const sorted = crises
    .map(value)
    .filter((v): v is number => v !== undefined)
    .sort((a, b) => a - b);
  for (const lost of [0, 2, 5]) {
    const bar = sorted[lost];
    if (bar === undefined) continue;
    report(
      `${name} below ${bar.toFixed(3)}`,
      (r) => {
        const v = value(r);
        return v !== undefined && v < bar;
      },
      lost,
    );
  }
};
byValue(`strongest window of ${windowWords} words`, (r) => r.window);
byValue('strongest kind head', (r) => r.strongestKind);
