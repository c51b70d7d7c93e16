import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { FirstMessageFacts } from '../conversation/firstMessage.js';
import { findProjectRoot } from '../shared/projectRoot.js';
import { WijkwijzerError } from '../shared/errors.js';
import { tokenize } from '../text/normalise.js';
import { extractFeatures, FEATURE_BITS, wordFeature, type FeatureVector } from './features.js';

/**
 * The shipped weights of the learned layer: a linear (softmax) model over hashed word and
 * character n-grams, trained by `npm run train` (training/train.ts) and stored sparse and
 * quantised: per feature bucket, the classes whose weight survived pruning, as int8 times `scale`.
 */
export const MODEL_FORMAT = 'wijkwijzer-linear-v1';
export const DEFAULT_MODEL_FILE = 'models/understanding.model.json';

const base64 = z.string().max(16_000_000);
export const modelFileSchema = z.strictObject({
  format: z.literal(MODEL_FORMAT),
  featureBits: z.literal(FEATURE_BITS),
  labels: z.array(z.string().min(1).max(80)).min(2).max(255),
  bias: z.array(z.number()),
  scale: z.number().positive(),
  /** Int32 feature buckets, ascending (little-endian, base64). */
  features: base64,
  /** Uint32 start of each feature's weights; one more than features (base64). */
  offsets: base64,
  /** Uint8 class index per weight (base64). */
  classes: base64,
  /** Int8 quantised weight (base64). */
  weights: base64,
  /** Per need: the words of training/behoeften.yaml the model was trained with. */
  vocabulary: z.record(z.string(), z.array(z.string().max(80)).max(200)),
});
export type ModelFile = z.output<typeof modelFileSchema>;

export interface PredictOptions {
  readonly knowledge?: boolean;
  readonly facts?: FirstMessageFacts;
}

export interface LinearModel {
  readonly labels: readonly string[];
  /** Per need: its words (training/behoeften.yaml at training time). */
  readonly vocabulary: Readonly<Record<string, readonly string[]>>;
  /**
   * Probabilities per label (softmax), in `labels` order. `knowledge: true` for texts of the
   * sociale kaart, whose words may be remembered to read the next reload faster. `facts`: the
   * stated facts of this very text as the model reads them (`extractFirstMessageFacts(text,
   * 'model')`), when the caller has them
   * already; the model reads them itself otherwise. Not used for texts of the knowledge.
   */
  predict(text: string, options?: PredictOptions): Float64Array;
  predictFeatures(features: FeatureVector): Float64Array;
  /**
   * How many words of the text the model has weights for as whole words: 0 for "sdfg hjk", which
   * only shares character n-grams with real words by chance.
   */
  knownWords(text: string): number;
}

function decode<T>(text: string, make: (buffer: ArrayBuffer) => T): T {
  const bytes = Buffer.from(text, 'base64');
  const copy = new ArrayBuffer(bytes.length);
  new Uint8Array(copy).set(bytes);
  return make(copy);
}

/** Builds the runtime model from a parsed weights file. */
export function createLinearModel(file: ModelFile): LinearModel {
  const features = decode(file.features, (buffer) => new Int32Array(buffer));
  const offsets = decode(file.offsets, (buffer) => new Uint32Array(buffer));
  const classes = decode(file.classes, (buffer) => new Uint8Array(buffer));
  const weights = decode(file.weights, (buffer) => new Int8Array(buffer));
  const labelCount = file.labels.length;
  if (
    file.bias.length !== labelCount ||
    offsets.length !== features.length + 1 ||
    classes.length !== weights.length ||
    (offsets[features.length] ?? 0) !== weights.length ||
    classes.some((label) => label >= labelCount)
  ) {
    throw new WijkwijzerError('WW-5003', { detail: { reason: 'inconsistent weights' } });
  }
  const bias = Float64Array.from(file.bias);
  const scale = file.scale;

  // An open-addressing table from feature bucket to where its weights are: one or two probes per
  // feature, where a binary search over 40,000 buckets took sixteen (entries are read at every
  // reload). Reading the ~10,000 entries of a large kaart looks up five million features and is
  // bound by memory, not arithmetic, so everything one feature needs lies together: its slot holds
  // the bucket, the start and the end of its weights (four int32 per slot, four slots per cache
  // line), and its weights are one run of (class, weight) pairs in a Uint16Array. Same sums in the
  // same order as the sparse rows of the file, so the same probabilities to the last bit.
  let size = 1;
  while (size * 3 < features.length * 4) size *= 2;
  const mask = size - 1;
  const SLOT = 4;
  const table = new Int32Array(size * SLOT).fill(-1);
  const wrap = size * SLOT - 1;
  features.forEach((bucket, row) => {
    let slot = (Math.imul(bucket, 0x9e3779b1) >>> 0) & mask;
    while (table[slot * SLOT] !== -1) slot = (slot + 1) & mask;
    table[slot * SLOT] = bucket;
    table[slot * SLOT + 1] = offsets[row] as number;
    table[slot * SLOT + 2] = offsets[row + 1] as number;
  });
  /** Class in the low byte, the int8 weight in the high byte. */
  const pairs = new Uint16Array(weights.length);
  for (let k = 0; k < weights.length; k += 1) {
    pairs[k] = (classes[k] as number) | (((weights[k] as number) & 0xff) << 8);
  }

  const predictFeatures = (vector: FeatureVector): Float64Array => {
    const logits = Float64Array.from(bias);
    const ids = vector.ids;
    for (let i = 0; i < ids.length; i += 1) {
      const id = ids[i] as number;
      let at = ((Math.imul(id, 0x9e3779b1) >>> 0) & mask) * SLOT;
      let key = table[at] as number;
      while (key !== id && key !== -1) {
        at = (at + SLOT) & wrap;
        key = table[at] as number;
      }
      if (key === -1) continue;
      const value = (vector.values[i] as number) * scale;
      const end = table[at + 2] as number;
      for (let k = table[at + 1] as number; k < end; k += 1) {
        const pair = pairs[k] as number;
        const label = pair & 0xff;
        // The high byte as a signed int8: shift it to the top of 32 bits and back.
        logits[label] = (logits[label] as number) + value * ((pair << 16) >> 24);
      }
    }
    let max = -Infinity;
    for (const logit of logits) max = Math.max(max, logit);
    let sum = 0;
    for (let c = 0; c < labelCount; c += 1) {
      const e = Math.exp((logits[c] as number) - max);
      logits[c] = e;
      sum += e;
    }
    for (let c = 0; c < labelCount; c += 1) logits[c] = (logits[c] as number) / sum;
    return logits;
  };

  // The same probe as in predictFeatures, where it is written out inline: that loop runs five
  // million times for a large kaart, and calling this from it measured about 9% more CPU.
  const hasFeature = (id: number): boolean => {
    let at = ((Math.imul(id, 0x9e3779b1) >>> 0) & mask) * SLOT;
    let key = table[at] as number;
    while (key !== id && key !== -1) {
      at = (at + SLOT) & wrap;
      key = table[at] as number;
    }
    return key !== -1;
  };

  return Object.freeze({
    labels: Object.freeze([...file.labels]),
    vocabulary: file.vocabulary,
    predict: (text: string, options?: PredictOptions) =>
      predictFeatures(extractFeatures(text, options?.knowledge === true, options?.facts)),
    predictFeatures,
    knownWords: (text: string) =>
      tokenize(text).filter((token) => hasFeature(wordFeature(token))).length,
  });
}

let shipped: LinearModel | undefined;

/**
 * The model shipped in the repository (models/understanding.model.json), read once per process.
 * Synchronous and local: no network, no download. A missing or broken file is WW-5003.
 */
export function shippedModel(): LinearModel {
  if (shipped !== undefined) return shipped;
  shipped = loadModelFile(path.join(findProjectRoot(), DEFAULT_MODEL_FILE));
  return shipped;
}

export function loadModelFile(file: string): LinearModel {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    throw new WijkwijzerError('WW-5003', { detail: { reason: 'unreadable' } });
  }
  const parsed = modelFileSchema.safeParse(raw);
  if (!parsed.success) {
    throw new WijkwijzerError('WW-5003', { detail: { reason: 'schema' } });
  }
  return createLinearModel(parsed.data);
}
