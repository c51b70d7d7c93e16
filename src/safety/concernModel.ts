import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { WijkwijzerError } from '../shared/errors.js';
import { findProjectRoot } from '../shared/projectRoot.js';
import type { CrisisKind } from './crisisKind.js';
import { featureHash, forEachFeatureHash } from './concernFeatures.js';
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

const isWeightRow = (value: unknown): value is WeightRow =>
  Array.isArray(value) &&
  value.length === 4 &&
  value.every((weight) => typeof weight === 'number' && Number.isFinite(weight));

/**
 * Feature → one finite weight per head. Checked by one loop rather than a schema per row: zod's
 * tuple per row costs about 150 ms over 35,000 features at start-up, this about 20 ms.
 */
const weightsSchema = z.custom<Record<string, WeightRow>>(
  (value) =>
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    Object.values(value).every(isWeightRow),
  { message: 'every weight row holds four finite numbers' },
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
 * generation number instead of writing the table.
 */
const slotOf = (a: number, b: number, shift: number) =>
  Math.imul(a ^ (b << 11), 0x9e3779b1) >>> shift;

class FeatureRows {
  private readonly a: Int32Array;
  private readonly b: Int32Array;
  private readonly rows: Int32Array;
  private readonly shift: number;
  private readonly mask: number;

  constructor(capacity: number) {
    let bits = 4;
    while (1 << bits < capacity * 2) bits += 1;
    this.a = new Int32Array(1 << bits);
    this.b = new Int32Array(1 << bits);
    this.rows = new Int32Array(1 << bits).fill(-1);
    this.shift = 32 - bits;
    this.mask = (1 << bits) - 1;
  }

  /** False when the hash pair is taken already (two feature names with one hash). */
  set(a: number, b: number, row: number): boolean {
    let slot = slotOf(a, b, this.shift);
    while (this.rows[slot] !== -1) {
      if (this.a[slot] === a && this.b[slot] === b) return false;
      slot = (slot + 1) & this.mask;
    }
    this.a[slot] = a;
    this.b[slot] = b;
    this.rows[slot] = row;
    return true;
  }

  /** The row of a feature, or -1 when the model does not know it. */
  get(a: number, b: number): number {
    let slot = slotOf(a, b, this.shift);
    for (;;) {
      const row = this.rows[slot] as number;
      if (row === -1 || (this.a[slot] === a && this.b[slot] === b)) return row;
      slot = (slot + 1) & this.mask;
    }
  }
}

class SeenFeatures {
  private readonly a: Int32Array;
  private readonly b: Int32Array;
  private readonly stamps: Uint32Array;
  private generation = 0;
  private readonly shift: number;
  private readonly mask: number;

  constructor(bits: number) {
    this.a = new Int32Array(1 << bits);
    this.b = new Int32Array(1 << bits);
    this.stamps = new Uint32Array(1 << bits);
    this.shift = 32 - bits;
    this.mask = (1 << bits) - 1;
  }

  clear(): void {
    this.generation += 1;
    if (this.generation === 0xffffffff) {
      this.stamps.fill(0);
      this.generation = 1;
    }
  }

  /** True when the feature was not seen yet in this message (and is now). */
  add(a: number, b: number): boolean {
    let slot = slotOf(a, b, this.shift);
    for (;;) {
      if (this.stamps[slot] !== this.generation) {
        this.stamps[slot] = this.generation;
        this.a[slot] = a;
        this.b[slot] = b;
        return true;
      }
      if (this.a[slot] === a && this.b[slot] === b) return false;
      slot = (slot + 1) & this.mask;
    }
  }
}

/**
 * At most 300 words (maxFeatureWords) with about 17 features each, and the groups of a few
 * clauses: a table of 2^14 slots stays under a third full.
 */
const seenBits = 14;

export function concernModelFrom(file: ConcernModelFile): ConcernModel {
  const entries = Object.entries(file.weights);
  const names = entries.map(([name]) => name);
  const rows = new FeatureRows(entries.length);
  const weights = new Float64Array(entries.length * 4);
  entries.forEach(([name, row], index) => {
    const [a, b] = featureHash(name);
    // Two names with one hash would score as one feature: refuse the file instead.
    if (!rows.set(a, b, index)) {
      throw new WijkwijzerError('WW-9201', { detail: { problem: 'feature hash collision' } });
    }
    weights.set(row, index * 4);
  });
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
