import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { z } from 'zod';
import { WijkwijzerError } from '../src/shared/errors.js';
import type { CorpusLine } from '../src/understanding/corpus.js';
import {
  extractFeatures,
  FEATURE_BITS,
  type FeatureVector,
} from '../src/understanding/features.js';
import { MODEL_FORMAT, type ModelFile } from '../src/understanding/linearModel.js';
import { levensgebiedOfNeed, OUT_OF_SCOPE } from '../src/understanding/needs.js';
import { withoutPerson } from './withoutPerson.js';

/**
 * The trainer of the learned layer (ADR 0013), shared by `npm run train` (training/train.ts) and
 * the cross-validation of training/crossValidate.ts: softmax regression over hashed word and
 * character n-grams with AdaGrad, then centring, pruning and int8 quantisation of the weights.
 * Deterministic for a given random source.
 */
export interface TrainerSettings {
  readonly epochs: number;
  readonly learningRate: number;
  readonly l2: number;
  /** Weights smaller than this (after centring) are dropped. */
  readonly prune: number;
  /** Per feature, only the classes with the largest weights are kept: the file stays small. */
  readonly topK: number;
  /** Share of each example's target that goes to the other needs of its levensgebied. */
  readonly domainSmoothing: number;
  /**
   * The weight of a line's copy without its person words and numbers (ADR 0013, session 22, "the
   * situation taught without the person"); 0 adds no copy. The copy keeps the line's labels, so
   * the situation words must carry the label on their own, while the line itself still teaches
   * the person word where the person is the point.
   */
  readonly personDrop: number;
}

/** Chosen on dev and by cross-validation over train + dev (docs/adr/0013). */
export const DEFAULT_SETTINGS: TrainerSettings = {
  epochs: 15,
  learningRate: 0.3,
  l2: 1e-4,
  // 0.05 → 0.1 in round 16: every dev figure (corpus dev, golden train+dev, the three dev kaarten)
  // the same to the question, the file 3.15 → 2.98 MB, back under its 3 MiB guard. 0.1 → 0.2 in
  // round 19 (808 more phrasings made it 3.59 MB): the model's dev figures the same, the four dev
  // kaarten within one question, the file 2.83 MB.
  prune: 0.2,
  topK: 20,
  domainSmoothing: 0.1,
  personDrop: 0,
};

/**
 * The defaults, with `TRAIN_EPOCHS`, `TRAIN_LR`, `TRAIN_L2`, `TRAIN_PRUNE`, `TRAIN_TOPK`,
 * `TRAIN_SMOOTHING` and `TRAIN_PERSON_DROP` for a trial.
 */
export function settingsFromEnvironment(env: NodeJS.ProcessEnv = process.env): TrainerSettings {
  const value = (name: string, fallback: number) =>
    env[name] === undefined ? fallback : Number(env[name]);
  return {
    epochs: value('TRAIN_EPOCHS', DEFAULT_SETTINGS.epochs),
    learningRate: value('TRAIN_LR', DEFAULT_SETTINGS.learningRate),
    l2: value('TRAIN_L2', DEFAULT_SETTINGS.l2),
    prune: value('TRAIN_PRUNE', DEFAULT_SETTINGS.prune),
    topK: value('TRAIN_TOPK', DEFAULT_SETTINGS.topK),
    domainSmoothing: value('TRAIN_SMOOTHING', DEFAULT_SETTINGS.domainSmoothing),
    personDrop: value('TRAIN_PERSON_DROP', DEFAULT_SETTINGS.personDrop),
  };
}

export interface TrainedLinear {
  readonly rowOf: Map<number, number>;
  readonly weights: Float64Array;
  readonly bias: Float64Array;
}

export interface Behoefte {
  readonly id: string;
  readonly woorden: readonly string[];
  /** English words for the need (training only): residents who write English use other words. */
  readonly english?: readonly string[];
}

const behoeftenSchema = z.object({
  behoeften: z.array(z.object({ id: z.string(), woorden: z.array(z.string()) })),
  english: z.record(z.string(), z.array(z.string())).optional(),
});

/**
 * training/behoeften.yaml: the needs with their words, and per need its English words (ADR 0013,
 * fourth amendment). An English list for a need that does not exist is WW-5004, like a corpus
 * line with an unknown need.
 */
export function readBehoeften(file: string): Behoefte[] {
  const parsed = behoeftenSchema.parse(parse(readFileSync(file, 'utf8')));
  const english = parsed.english ?? {};
  const ids = new Set(parsed.behoeften.map((b) => b.id));
  for (const need of Object.keys(english)) {
    if (!ids.has(need)) throw new WijkwijzerError('WW-5004', { detail: { line: file, need } });
  }
  return parsed.behoeften.map((b) => ({ ...b, english: english[b.id] ?? [] }));
}

/** One text the model learns from; `weight` (default 1) scales its gradient. */
export interface TrainingText {
  readonly text: string;
  readonly needs: readonly string[];
  readonly weight?: number;
}

/**
 * What the model learns from: every phrasing, the same phrasing with one typo, and the words of
 * each need (training/behoeften.yaml). With `personDrop` above 0, a phrasing that names a person
 * or an age also comes without those words (`withoutPerson`), with its own labels and that weight,
 * when at least two words are left. The copy draws no random number, so the typo draws stay those
 * of the run without copies.
 */
export function trainingTexts(
  lines: readonly Pick<CorpusLine, 'text' | 'needs'>[],
  behoeften: readonly Behoefte[],
  random: () => number,
  personDrop = 0,
): TrainingText[] {
  const texts: TrainingText[] = [];
  for (const line of lines) {
    texts.push({ text: line.text, needs: line.needs });
    texts.push({ text: noisy(line.text, random), needs: line.needs });
    if (personDrop > 0) {
      const rest = withoutPerson(line.text)?.replace(/\s+/gu, ' ').trim();
      if (rest !== undefined && rest.split(' ').length >= 2)
        texts.push({ text: rest, needs: line.needs, weight: personDrop });
    }
  }
  for (const behoefte of behoeften) {
    for (const woord of [...behoefte.woorden, ...(behoefte.english ?? [])]) {
      texts.push({ text: woord, needs: [behoefte.id] });
    }
  }
  return texts;
}

/** Trains, prunes and quantises a model on these lines: the file as it would be shipped. */
export function trainModelFile(
  lines: readonly Pick<CorpusLine, 'text' | 'needs'>[],
  behoeften: readonly Behoefte[],
  random: () => number,
  settings: TrainerSettings = DEFAULT_SETTINGS,
): { file: ModelFile; texts: { text: string; needs: readonly string[] }[] } {
  return trainSoupFile(lines, behoeften, [random], settings);
}

/**
 * A "soup": one model trained per random source (each its own typo-noise draw and its own order
 * of the examples), their raw weights averaged before centring, pruning and quantising. The model
 * is linear, so the averaged weights give the averaged logits of the K models: an ensemble at the
 * run-time cost of one model, and the order noise of a single training run shrinks. One source is
 * exactly `trainModelFile`. `texts` are those of the first source (for natural's comparison).
 */
export function trainSoupFile(
  lines: readonly Pick<CorpusLine, 'text' | 'needs'>[],
  behoeften: readonly Behoefte[],
  randoms: readonly (() => number)[],
  settings: TrainerSettings = DEFAULT_SETTINGS,
): { file: ModelFile; texts: { text: string; needs: readonly string[] }[] } {
  if (randoms.length === 0) throw new RangeError('a soup needs at least one training order');
  const labels = behoeften.map((b) => b.id);
  const labelIndex = new Map(labels.map((label, i) => [label, i]));
  const vocabulary = Object.fromEntries(behoeften.map((b) => [b.id, [...b.woorden]]));
  const siblings = labels.map((label) => {
    const domain = levensgebiedOfNeed(label);
    return domain === undefined
      ? []
      : labels.flatMap((other, i) =>
          other !== label && levensgebiedOfNeed(other) === domain ? [i] : [],
        );
  });
  const soup = new LinearSoup(labels.length);
  let firstTexts: { text: string; needs: readonly string[] }[] = [];
  for (const random of randoms) {
    const texts = trainingTexts(lines, behoeften, random, settings.personDrop);
    // natural's comparison reads the lines as they are, without the weighted copies.
    if (soup.size === 0) firstTexts = texts.filter((item) => item.weight === undefined);
    const examples = texts.map((item) => toExample(item.text, item.needs, labelIndex, item.weight));
    // Added one at a time: K full weight tables are never held at once.
    soup.add(trainLinear(examples, labels.length, random, settings, siblings));
  }
  return { file: toModelFile(soup.average(), labels, vocabulary, settings), texts: firstTexts };
}

/**
 * Sums trained linear models and gives their mean. A feature bucket one model never saw has weight
 * 0 there (it adds nothing to that model's logits), so the mean is over all K models. The first
 * model is copied, not added to zeros, so the mean of one model is that model to the bit.
 */
export class LinearSoup {
  private readonly rowOf = new Map<number, number>();
  private weights = new Float64Array(0);
  private readonly bias: Float64Array;
  private count = 0;

  constructor(private readonly labelCount: number) {
    this.bias = new Float64Array(labelCount);
  }

  /** How many models were added. */
  get size(): number {
    return this.count;
  }

  add(model: TrainedLinear): void {
    const width = this.labelCount;
    if (model.bias.length !== width || model.weights.length !== model.rowOf.size * width)
      throw new RangeError('a model with another number of classes cannot join the soup');
    const first = this.count === 0;
    for (const bucket of model.rowOf.keys()) {
      if (!this.rowOf.has(bucket)) this.rowOf.set(bucket, this.rowOf.size);
    }
    if (this.weights.length < this.rowOf.size * width) {
      const grown = new Float64Array(
        Math.max(this.rowOf.size, (2 * this.weights.length) / width) * width,
      );
      grown.set(this.weights);
      this.weights = grown;
    }
    for (const [bucket, from] of model.rowOf) {
      const to = (this.rowOf.get(bucket) as number) * width;
      for (let c = 0; c < width; c += 1) {
        const w = model.weights[from * width + c] as number;
        this.weights[to + c] = first ? w : (this.weights[to + c] as number) + w;
      }
    }
    for (let c = 0; c < width; c += 1) {
      const b = model.bias[c] as number;
      this.bias[c] = first ? b : (this.bias[c] as number) + b;
    }
    this.count += 1;
  }

  /** The mean of the models added, as a fresh model (toModelFile may change it in place). */
  average(): TrainedLinear {
    if (this.count === 0) throw new RangeError('an empty soup has no average');
    const width = this.labelCount;
    const weights = this.weights.slice(0, this.rowOf.size * width);
    const bias = this.bias.slice();
    for (let i = 0; i < weights.length; i += 1) weights[i] = (weights[i] as number) / this.count;
    for (let c = 0; c < width; c += 1) bias[c] = (bias[c] as number) / this.count;
    return { rowOf: new Map(this.rowOf), weights, bias };
  }
}

/** The mean of trained linear models over the union of their feature buckets (see LinearSoup). */
export function averageLinear(models: readonly TrainedLinear[], labelCount: number): TrainedLinear {
  const soup = new LinearSoup(labelCount);
  for (const model of models) soup.add(model);
  return soup.average();
}

/** One typo in one longer word: a swap, a dropped letter or a doubled one (not counted in the corpus). */
export function noisy(text: string, random: () => number): string {
  const words = text.split(' ');
  const candidates = words.map((word, i) => (word.length >= 5 ? i : -1)).filter((i) => i >= 0);
  if (candidates.length === 0) return text;
  const index = candidates[Math.floor(random() * candidates.length)] as number;
  const word = words[index] as string;
  const at = 1 + Math.floor(random() * (word.length - 2));
  const kind = Math.floor(random() * 3);
  const changed =
    kind === 0
      ? word.slice(0, at) + (word[at + 1] ?? '') + (word[at] ?? '') + word.slice(at + 2)
      : kind === 1
        ? word.slice(0, at) + word.slice(at + 1)
        : word.slice(0, at) + (word[at] ?? '') + word.slice(at);
  words[index] = changed;
  return words.join(' ');
}

export interface Example {
  readonly features: FeatureVector;
  /** Target distribution: uniform over the labels. */
  readonly labels: readonly number[];
  /** How much this example counts (its gradient is scaled by it); 1 when absent. */
  readonly weight?: number;
}

export function toExample(
  text: string,
  needs: readonly string[],
  labelIndex: Map<string, number>,
  weight?: number,
): Example {
  return {
    ...(weight === undefined ? {} : { weight }),
    features: extractFeatures(text),
    labels: needs.map((need) => {
      const index = labelIndex.get(need);
      if (index === undefined) throw new WijkwijzerError('WW-5004', { detail: { need } });
      return index;
    }),
  };
}

/**
 * The target distribution of one example: its needs share 1 − smoothing, and the smoothing goes
 * to the other needs of the same levensgebieden (`siblings[label]`). Confusing two needs of one
 * levensgebied costs the search little (their entries overlap), confusing levensgebieden costs a
 * lot; the smoothing lets the model spend its capacity on the second.
 */
function targetsOf(
  example: Example,
  siblings: readonly (readonly number[])[],
  smoothing: number,
): { label: number; weight: number }[] {
  const share = 1 / example.labels.length;
  const targets = new Map<number, number>();
  for (const label of example.labels) {
    const others = (siblings[label] ?? []).filter((other) => !example.labels.includes(other));
    const kept = others.length === 0 ? 1 : 1 - smoothing;
    targets.set(label, (targets.get(label) ?? 0) + share * kept);
    for (const other of others) {
      targets.set(other, (targets.get(other) ?? 0) + (share * smoothing) / others.length);
    }
  }
  return [...targets].map(([label, weight]) => ({ label, weight }));
}

/** Softmax regression with AdaGrad and a little L2, over the feature buckets seen in training. */
export function trainLinear(
  examples: readonly Example[],
  labelCount: number,
  random: () => number,
  settings: TrainerSettings = DEFAULT_SETTINGS,
  siblings: readonly (readonly number[])[] = [],
): TrainedLinear {
  const { epochs: EPOCHS, learningRate: LEARNING_RATE, l2: L2 } = settings;
  const rowOf = new Map<number, number>();
  for (const example of examples) {
    for (const id of example.features.ids) if (!rowOf.has(id)) rowOf.set(id, rowOf.size);
  }
  const rows = rowOf.size;
  const weights = new Float64Array(rows * labelCount);
  const squares = new Float64Array(rows * labelCount).fill(1e-8);
  const bias = new Float64Array(labelCount);
  const biasSquares = new Float64Array(labelCount).fill(1e-8);
  const order = examples.map((_, i) => i);
  const logits = new Float64Array(labelCount);
  for (let epoch = 0; epoch < EPOCHS; epoch += 1) {
    for (let i = order.length - 1; i > 0; i -= 1) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j] as number, order[i] as number];
    }
    for (const index of order) {
      const example = examples[index] as Example;
      const { ids, values } = example.features;
      const rowIds = Array.from(ids, (id) => rowOf.get(id) as number);
      logits.set(bias);
      for (let f = 0; f < rowIds.length; f += 1) {
        const base = (rowIds[f] as number) * labelCount;
        const value = values[f] as number;
        for (let c = 0; c < labelCount; c += 1) {
          logits[c] = (logits[c] as number) + value * (weights[base + c] as number);
        }
      }
      let max = -Infinity;
      for (const logit of logits) max = Math.max(max, logit);
      let sum = 0;
      for (let c = 0; c < labelCount; c += 1) {
        logits[c] = Math.exp((logits[c] as number) - max);
        sum += logits[c] as number;
      }
      for (let c = 0; c < labelCount; c += 1) logits[c] = (logits[c] as number) / sum;
      for (const { label, weight } of targetsOf(example, siblings, settings.domainSmoothing)) {
        logits[label] = (logits[label] as number) - weight;
      }
      // A weighted example (a line's copy without its person) moves the weights less.
      if (example.weight !== undefined) {
        for (let c = 0; c < labelCount; c += 1) logits[c] = (logits[c] as number) * example.weight;
      }
      for (let c = 0; c < labelCount; c += 1) {
        const g = logits[c] as number;
        biasSquares[c] = (biasSquares[c] as number) + g * g;
        bias[c] = (bias[c] as number) - (LEARNING_RATE * g) / Math.sqrt(biasSquares[c] as number);
      }
      for (let f = 0; f < rowIds.length; f += 1) {
        const base = (rowIds[f] as number) * labelCount;
        const value = values[f] as number;
        for (let c = 0; c < labelCount; c += 1) {
          const w = weights[base + c] as number;
          const g = (logits[c] as number) * value + L2 * w;
          if (g === 0) continue;
          squares[base + c] = (squares[base + c] as number) + g * g;
          weights[base + c] = w - (LEARNING_RATE * g) / Math.sqrt(squares[base + c] as number);
        }
      }
    }
  }
  return { rowOf, weights, bias };
}

export function round(value: number, digits: number): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

export function toModelFile(
  trained: TrainedLinear,
  labels: readonly string[],
  vocabulary: Record<string, string[]>,
  settings: TrainerSettings = DEFAULT_SETTINGS,
): ModelFile {
  const { prune: PRUNE, topK: TOP_K } = settings;
  const labelCount = labels.length;
  let maxAbs = 0;
  for (const w of trained.weights) maxAbs = Math.max(maxAbs, Math.abs(w));
  const buckets = [...trained.rowOf.entries()].sort((a, b) => a[0] - b[0]);
  const features: number[] = [];
  const offsets: number[] = [0];
  const classes: number[] = [];
  const weights: number[] = [];
  // Softmax does not change when one feature adds the same amount to every class, so each
  // feature's weights are first centred on their median: what is left is sparse (a feature speaks
  // for a few needs) and survives pruning.
  for (const [, row] of buckets) {
    const values = Array.from(trained.weights.subarray(row * labelCount, (row + 1) * labelCount));
    const median = [...values].sort((a, b) => a - b)[Math.floor(labelCount / 2)] as number;
    for (let c = 0; c < labelCount; c += 1) {
      trained.weights[row * labelCount + c] = (values[c] as number) - median;
    }
  }
  maxAbs = 0;
  for (const w of trained.weights) maxAbs = Math.max(maxAbs, Math.abs(w));
  const centredScale = maxAbs / 127;
  for (const [bucket, row] of buckets) {
    let kept = 0;
    const strongest = Array.from({ length: labelCount }, (_, c) => c)
      .sort(
        (a, b) =>
          Math.abs(trained.weights[row * labelCount + b] as number) -
            Math.abs(trained.weights[row * labelCount + a] as number) || a - b,
      )
      .slice(0, TOP_K)
      .sort((a, b) => a - b);
    for (const c of strongest) {
      const w = trained.weights[row * labelCount + c] as number;
      if (Math.abs(w) < PRUNE) continue;
      const q = Math.max(-127, Math.min(127, Math.round(w / centredScale)));
      if (q === 0) continue;
      classes.push(c);
      weights.push(q);
      kept += 1;
    }
    if (kept === 0) continue;
    features.push(bucket);
    offsets.push(classes.length);
  }
  const encode = (array: Int32Array | Uint32Array | Uint8Array | Int8Array) =>
    Buffer.from(array.buffer, array.byteOffset, array.byteLength).toString('base64');
  return {
    format: MODEL_FORMAT,
    featureBits: FEATURE_BITS,
    labels: [...labels],
    bias: Array.from(trained.bias, (b) => round(b, 5)),
    scale: round(centredScale, 9),
    features: encode(Int32Array.from(features)),
    offsets: encode(Uint32Array.from(offsets)),
    classes: encode(Uint8Array.from(classes)),
    weights: encode(Int8Array.from(weights)),
    vocabulary,
  };
}

// ---- evaluation ----

export interface Scores {
  readonly needAt1: number;
  readonly levensgebiedTop2: number;
  readonly outOfScopeRecall: number;
  readonly cases: number;
}

export function levensgebiedRanking(
  labels: readonly string[],
  probabilities: ArrayLike<number>,
): string[] {
  const sums = new Map<string, number>();
  labels.forEach((label, c) => {
    const domain = levensgebiedOfNeed(label) ?? label;
    sums.set(domain, (sums.get(domain) ?? 0) + (probabilities[c] as number));
  });
  return [...sums.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([d]) => d);
}

export function score(
  lines: readonly CorpusLine[],
  labels: readonly string[],
  predict: (text: string) => ArrayLike<number>,
): Scores {
  let need = 0;
  let domain = 0;
  let oos = 0;
  let oosCases = 0;
  for (const line of lines) {
    const probabilities = predict(line.text);
    let best = 0;
    for (let c = 1; c < labels.length; c += 1) {
      if ((probabilities[c] as number) > (probabilities[best] as number)) best = c;
    }
    if (line.needs.includes(labels[best] as string)) need += 1;
    const wanted = line.needs.map((n) => levensgebiedOfNeed(n) ?? n);
    const top2 = levensgebiedRanking(labels, probabilities).slice(0, 2);
    if (wanted.some((d) => top2.includes(d))) domain += 1;
    if (line.needs.includes(OUT_OF_SCOPE)) {
      oosCases += 1;
      if (labels[best] === OUT_OF_SCOPE) oos += 1;
    }
  }
  return {
    needAt1: round(need / lines.length, 4),
    levensgebiedTop2: round(domain / lines.length, 4),
    outOfScopeRecall: round(oosCases === 0 ? 0 : oos / oosCases, 4),
    cases: lines.length,
  };
}
