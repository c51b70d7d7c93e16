/**
 * `npx tsx scripts/safety/foldedEnglishWords.ts`: does the normaliser's doubled-letter squeeze
 * ("keep" → "kep", "will" → "wil", "been" → "ben") give the concern model English words that
 * read as other words? Dev data only (docs/adr/0012-safety-net.md, session 25, normalise25):
 * 1. the English help questions of the dev kaarten the shipped model checks, each with its concern
 *    and the concern with the weights of the squeezed words' features (w:, b:, c: of a word that
 *    had a doubled letter) taken out;
 * 2. for the squeezed words of those questions, the words of the training examples that squeeze to
 *    the same form, by language (the detector's reading) and label.
 */
import { readFileSync } from 'node:fs';
import { assessSafety } from '../../src/safety/assessSafety.js';
import { concernFeatureNames } from '../../src/safety/concernFeatures.js';
import { loadConcernModel, shippedModelFile } from '../../src/safety/concernModel.js';
import { normalise } from '../../src/safety/normalise.js';
import { safetyLanguage } from '../../src/safety/safetyLanguage.js';
import { trainingExamples } from './concernExamples.js';
import { devKaartQuestions, readDevKaarten } from './helpQuestions.js';

const model = loadConcernModel();
const file = JSON.parse(readFileSync(shippedModelFile, 'utf8')) as {
  bias: number[];
  weights: Record<string, number[]>;
};
const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));
/** The raw words of a text as the normaliser splits them, before the squeeze. */
const rawWords = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’‘`´]/g, '')
    .split(/[^a-z0-9]+/)
    .filter((w) => w !== '');
const doubled = (word: string) => /([a-z])\1/.test(word);
const squeeze = (word: string) => word.replace(/([a-z])\1+/g, '$1');

function concernWithout(normalised: string, squeezed: ReadonlySet<string>): number {
  const names = concernFeatureNames(normalised);
  const z = [0, 0, 0, 0];
  for (const name of names) {
    const row = file.weights[name];
    if (row === undefined) continue;
    const body = name.slice(2);
    const fromSqueezed =
      (name.startsWith('w:') && squeezed.has(body)) ||
      (name.startsWith('b:') && body.split(' ').some((w) => squeezed.has(w))) ||
      (name.startsWith('c:') && [...squeezed].some((w) => `_${w}_`.includes(body)));
    if (fromSqueezed) continue;
    for (let h = 0; h < 4; h += 1) z[h] = (z[h] ?? 0) + (row[h] ?? 0);
  }
  const scale = 1 / Math.sqrt(names.length);
  const p = z.map((v, h) => sigmoid((file.bias[h] ?? 0) + v * scale));
  return ((p[0] ?? 0) + Math.max(p[1] ?? 0, p[2] ?? 0, p[3] ?? 0)) / 2;
}

const check = model.thresholds.check;
const checkShort = model.thresholds.checkShort;
const asked = new Set<string>();
let flagged = 0;
let below = 0;
let withSqueezedTop = 0;
for (const q of devKaartQuestions(readDevKaarten).filter((q) => q.lang === 'en')) {
  const result = assessSafety(q.text, { model });
  if (result.outcome === 'none') continue;
  flagged += 1;
  const normalised = normalise(q.text);
  const squeezed = new Set(rawWords(q.text).filter(doubled).map(squeeze));
  for (const w of squeezed) asked.add(w);
  const without = concernWithout(normalised, squeezed);
  const words = normalised.split(' ').filter((w) => w !== '.').length;
  const threshold = words >= 8 ? check : checkShort;
  if (without < threshold) below += 1;
  const top = result.explanation.strongest.some((f) =>
    f
      .slice(2)
      .split(' ')
      .some((w) => squeezed.has(w)),
  );
  if (top) withSqueezedTop += 1;
  console.log(
    `${result.explanation.concern.toFixed(2)} → ${without.toFixed(2)} (check ${threshold}) top-squeezed=${top} [${[...squeezed].join(',')}] ${q.text}`,
  );
}
console.log(
  `${flagged} English dev-kaart questions checked; ${withSqueezedTop} with a squeezed word among the three strongest; ${below} below the check without the squeezed words' features`,
);

// 2. Training words that squeeze to the same forms, by the detector's language and the label; also
// a few forms where an English word squeezes into a common Dutch one ("will" → "wil", "all" → "al").
for (const form of ['wil', 'al', 'stil', 'wel', 'god', 'bel']) asked.add(form);
const table = new Map<string, Map<string, number>>();
for (const example of trainingExamples()) {
  if (
    example.origin === 'dev-kaart' ||
    example.origin === 'dev-set' ||
    example.origin === 'floor-set'
  )
    continue;
  const lang = safetyLanguage(example.text, 'nl');
  const label = example.label === 'crisis' ? 'crisis' : 'other';
  for (const raw of rawWords(example.text)) {
    const s = squeeze(raw);
    if (!asked.has(s)) continue;
    const cell = table.get(s) ?? new Map<string, number>();
    const key = `${raw}/${lang}/${label}`;
    cell.set(key, (cell.get(key) ?? 0) + 1);
    table.set(s, cell);
  }
}
for (const [form, cell] of [...table].sort()) {
  const parts = [...cell].sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k} ${n}`);
  const w = file.weights[`w:${form}`];
  console.log(`${form} (w: crisis weight ${w?.[0] ?? 0}): ${parts.join(', ')}`);
}
