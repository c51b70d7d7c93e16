import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { WijkwijzerError } from '../shared/errors.js';
import { findProjectRoot } from '../shared/projectRoot.js';
import type { CrisisKind } from './crisisKind.js';
import { featureHashA, featureHashB, forEachFeatureHash } from './concernFeatures.js';
import { normalise } from './normalise.js';

/**
 * The concern model: the second layer of the safety check (docs/adr/0012-safety-net.md). Four
 * logistic regressions over the same features, one "any crisis" head and one head per kind, with
 * fixed weights trained by `npm run train:safety` and shipped in models/safety-concern.json; the
 * thresholds come from cross-validation (`npm run tune:safety`). Scoring is a sum of weights over
 * hashed features in typed arrays: deterministic, no network, no state, no strings per feature.
 */
export const concernHeads = ['crisis', 'danger', 'suicide', 'abuse'] as const;
export type ConcernHead = (typeof concernHeads)[number];

const probability = z.number().min(0).max(1);

const thresholdsSchema = z.strictObject({
  /**
   * At or above this concern the model alone shows the lines at once (messages of 8 words or
   * more); null when cross-validation found no threshold that keeps such replies off near misses:
   * then only the rules say crisis, and the model asks.
   */
  crisis: probability.nullable(),
  /** At or above this concern the bot asks one calm question, with the lines visible (8+ words). */
  check: probability,
  /** The same for a message of 3 to 7 words, where one feature can decide. */
  checkShort: probability,
  /**
   * A kind is plausible for a check when its head reaches this share of the strongest kind's; the
   * check shows the line of every plausible kind, each with its reason.
   */
  kind: probability,
  /** When the rules saw danger only, the model adds 113 or Veilig Thuis at or above this. */
  behindDanger: probability,
  /**
   * The floor of a weak signal: a message adds to the conversation's concern only above this
   * concern, from nothing at the floor to one at `check`. Chosen so that ordinary conversations
   * (cross-validation scores, eight questions drawn at random) almost never build up to a check.
   */
  weakSignal: probability,
  /** How much of the concern carries over to the next message. */
  carryOver: probability,
  /**
   * A check from the model alone on a message of 8 words or more holds up the intake only at or
   * above this concern (a firm check); between `check` and this it is a soft check: the lines and
   * the question are shown and the intake goes on in the same turn (docs/adr/0012-safety-net.md,
   * fourth round). Chosen so that real help questions of the train and dev parts rarely wait.
   */
  firmCheck: probability,
  /** The same for a model-only check on a message of 3 to 7 words (above `checkShort`). */
  firmCheckShort: probability,
});

type WeightRow = [number, number, number, number];

/** Number.isFinite is false for anything that is not a number. */
const isWeightRow = (value: unknown): value is WeightRow =>
  Array.isArray(value) &&
  value.length === 4 &&
  Number.isFinite(value[0]) &&
  Number.isFinite(value[1]) &&
  Number.isFinite(value[2]) &&
  Number.isFinite(value[3]);

/**
 * Feature → one finite weight per head. The schema checks the object; each row is checked by
 * `concernModelFrom` while it builds the tables, in the one pass over the names it makes anyway:
 * zod's tuple per row cost about 150 ms over 35,000 features at start-up, and a second pass over
 * the values of an object of 57,000 keys (Object.values) most of a hundred.
 */
const weightsSchema = z.custom<Record<string, WeightRow>>(
  (value) => typeof value === 'object' && value !== null && !Array.isArray(value),
  { message: 'weights map feature names to rows' },
);

export const concernModelFileSchema = z.strictObject({
  format: z.literal('wijkwijzer-concern-model/2'),
  heads: z.tuple([
    z.literal('crisis'),
    z.literal('danger'),
    z.literal('suicide'),
    z.literal('abuse'),
  ]),
  bias: z.tuple([z.number(), z.number(), z.number(), z.number()]),
  thresholds: thresholdsSchema,
  /** How the file was made: corpus sizes, settings, cross-validation. For reviewers only. */
  training: z.record(z.string(), z.unknown()),
  /** Feature → one weight per head. */
  weights: weightsSchema,
});

export type ConcernModelFile = z.infer<typeof concernModelFileSchema>;
export type ConcernThresholds = z.infer<typeof thresholdsSchema>;

/** What the model says about one message. No text: probabilities and the names of features. */
export interface ConcernScore {
  /** Probability that the message is a crisis of any kind (the first head). */
  readonly crisis: number;
  readonly kinds: Readonly<Record<CrisisKind, number>>;
  /**
   * The number the thresholds read: the mean of the "any crisis" head and the strongest kind head.
   * Cross-validation showed the two together rank crises above ordinary questions better than
   * either alone (docs/adr/0012-safety-net.md).
   */
  readonly concern: number;
  /** The features that pushed the "any crisis" head up most, strongest first (at most three). */
  readonly strongest: readonly string[];
}

export interface ConcernModel {
  readonly thresholds: ConcernThresholds;
  readonly featureCount: number;
  /** Scores a message as written. */
  score(text: string): ConcernScore;
  /** Scores a message already normalised (src/safety/normalise.ts), as assessSafety has it. */
  scoreNormalised(normalised: string): ConcernScore;
}

export const noScore: ConcernScore = {
  crisis: 0,
  kinds: { danger: 0, suicide: 0, abuse: 0 },
  concern: 0,
  strongest: [],
};

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/**
 * Feature hash pairs (src/safety/concernFeatures.ts) in open-addressing tables of 32-bit integers:
 * no heap numbers, no strings, no allocation per lookup. `FeatureRows` maps a feature to its row
 * of weights; `SeenFeatures` counts a message's distinct features and is cleared by bumping a
 * generation number instead of writing the table. Each slot keeps its fields side by side in one
 * array (hash lanes, then row or generation), so a lookup reads one cache line, not three: the
 * table of a 57,000-feature model is larger than a core's cache, and a message looks up a few
 * hundred features.
 */
const slotOf = (a: number, b: number, shift: number) =>
  Math.imul(a ^ (b << 11), 0x9e3779b1) >>> shift;

/** Int32s per slot: the two hash lanes and the row (FeatureRows) or generation (SeenFeatures). */
const stride = 3;

class FeatureRows {
  private readonly slots: Int32Array;
  private readonly shift: number;
  private readonly mask: number;

  constructor(capacity: number) {
    let bits = 4;
    while (1 << bits < capacity * 2) bits += 1;
    this.slots = new Int32Array((1 << bits) * stride);
    for (let at = 2; at < this.slots.length; at += stride) this.slots[at] = -1;
    this.shift = 32 - bits;
    this.mask = (1 << bits) - 1;
  }

  /** False when the hash pair is taken already (two feature names with one hash). */
  set(a: number, b: number, row: number): boolean {
    const slots = this.slots;
    let slot = slotOf(a, b, this.shift);
    for (;;) {
      const at = slot * stride;
      if (slots[at + 2] === -1) {
        slots[at] = a;
        slots[at + 1] = b;
        slots[at + 2] = row;
        return true;
      }
      if (slots[at] === a && slots[at + 1] === b) return false;
      slot = (slot + 1) & this.mask;
    }
  }

  /** The row of a feature, or -1 when the model does not know it. */
  get(a: number, b: number): number {
    const slots = this.slots;
    let slot = slotOf(a, b, this.shift);
    for (;;) {
      const at = slot * stride;
      const row = slots[at + 2] as number;
      if (row === -1 || (slots[at] === a && slots[at + 1] === b)) return row;
      slot = (slot + 1) & this.mask;
    }
  }
}

class SeenFeatures {
  private readonly slots: Int32Array;
  private generation = 0;
  private readonly shift: number;
  private readonly mask: number;

  constructor(bits: number) {
    this.slots = new Int32Array((1 << bits) * stride);
    this.shift = 32 - bits;
    this.mask = (1 << bits) - 1;
  }

  clear(): void {
    this.generation += 1;
    if (this.generation === 0x7fffffff) {
      this.slots.fill(0);
      this.generation = 1;
    }
  }

  /** True when the feature was not seen yet in this message (and is now). */
  add(a: number, b: number): boolean {
    const slots = this.slots;
    let slot = slotOf(a, b, this.shift);
    for (;;) {
      const at = slot * stride;
      if (slots[at + 2] !== this.generation) {
        slots[at] = a;
        slots[at + 1] = b;
        slots[at + 2] = this.generation;
        return true;
      }
      if (slots[at] === a && slots[at + 1] === b) return false;
      slot = (slot + 1) & this.mask;
    }
  }
}

/**
 * At most 300 words (maxFeatureWords) with about 17 features each, and the groups of a few
 * clauses: a table of 2^14 slots stays under a third full.
 */
const seenBits = 14;

/**
 * The model from a file's contents (read by loadConcernModel, or trained in memory by the
 * cross-validation). A weight row that is not four finite numbers is WW-9201.
 */
export function concernModelFrom(file: ConcernModelFile): ConcernModel {
  // One pass over the names, hashing each without allocating (loading is on the start-up path).
  const names = Object.keys(file.weights);
  const rows = new FeatureRows(names.length);
  const weights = new Float64Array(names.length * 4);
  for (let index = 0; index < names.length; index += 1) {
    const name = names[index] as string;
    // Two names with one hash would score as one feature: refuse the file instead.
    if (!rows.set(featureHashA(name), featureHashB(name), index)) {
      throw new WijkwijzerError('WW-9201', { detail: { problem: 'feature hash collision' } });
    }
    const row: unknown = file.weights[name];
    if (!isWeightRow(row)) {
      throw new WijkwijzerError('WW-9201', { detail: { problem: 'schema' } });
    }
    const at = index * 4;
    weights[at] = row[0];
    weights[at + 1] = row[1];
    weights[at + 2] = row[2];
    weights[at + 3] = row[3];
  }
  const [b0, b1, b2, b3] = file.bias;
  const seen = new SeenFeatures(seenBits);
  const hits: number[] = [];
  let distinct = 0;
  const visit = (a: number, b: number) => {
    if (!seen.add(a, b)) return;
    distinct += 1;
    const row = rows.get(a, b);
    if (row !== -1) hits.push(row);
  };

  const crisisWeight = (row: number) => (row < 0 ? -Infinity : (weights[row * 4] as number));
  /** Strongest first; ties broken by name, so the explanation is as deterministic as the score. */
  const before = (a: number, b: number) =>
    crisisWeight(a) > crisisWeight(b) ||
    (crisisWeight(a) === crisisWeight(b) && b >= 0 && (names[a] ?? '') < (names[b] ?? ''));

  function scoreNormalised(normalised: string): ConcernScore {
    seen.clear();
    hits.length = 0;
    distinct = 0;
    forEachFeatureHash(normalised, visit);
    // Binary features scaled to unit length over all of the message's features, as in training:
    // a long message does not score higher just for being long.
    const scale = distinct === 0 ? 0 : 1 / Math.sqrt(distinct);
    let z0 = 0;
    let z1 = 0;
    let z2 = 0;
    let z3 = 0;
    // The three strongest pushes toward concern, kept without sorting.
    let top0 = -1;
    let top1 = -1;
    let top2 = -1;
    for (const row of hits) {
      const at = row * 4;
      const w0 = weights[at] as number;
      z0 += w0;
      z1 += weights[at + 1] as number;
      z2 += weights[at + 2] as number;
      z3 += weights[at + 3] as number;
      if (w0 <= 0) continue;
      if (top0 < 0 || before(row, top0)) {
        top2 = top1;
        top1 = top0;
        top0 = row;
      } else if (top1 < 0 || before(row, top1)) {
        top2 = top1;
        top1 = row;
      } else if (top2 < 0 || before(row, top2)) {
        top2 = row;
      }
    }
    const crisis = sigmoid(b0 + z0 * scale);
    const kinds = {
      danger: sigmoid(b1 + z1 * scale),
      suicide: sigmoid(b2 + z2 * scale),
      abuse: sigmoid(b3 + z3 * scale),
    };
    return {
      crisis,
      kinds,
      concern: (crisis + Math.max(kinds.danger, kinds.suicide, kinds.abuse)) / 2,
      strongest: [top0, top1, top2].filter((row) => row >= 0).map((row) => names[row] ?? ''),
    };
  }

  return {
    thresholds: file.thresholds,
    featureCount: names.length,
    scoreNormalised,
    score: (text: string) => scoreNormalised(normalise(text)),
  };
}

/**
 * The shipped weights. A data file in the repository like knowledge/, found from the project root,
 * so the same path works from src/ (tsx, tests) and from dist/ (a build).
 */
export const shippedModelFile = path.join(findProjectRoot(), 'models', 'safety-concern.json');

/** Reads and validates a model file; a missing or broken file is WW-9201 at start-up. */
export function loadConcernModel(file: string = shippedModelFile): ConcernModel {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new WijkwijzerError('WW-9201', { cause: error });
  }
  const parsed = concernModelFileSchema.safeParse(raw);
  if (!parsed.success) {
    throw new WijkwijzerError('WW-9201', { detail: { problem: 'schema' } });
  }
  return concernModelFrom(parsed.data);
}
