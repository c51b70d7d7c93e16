import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { WijkwijzerError } from '../shared/errors.js';
import { findProjectRoot } from '../shared/projectRoot.js';
import type { CrisisKind } from './crisisKind.js';
import { concernFeatures } from './concernFeatures.js';

/**
 * The concern model: the second layer of the safety check (docs/adr/0012-safety-net.md). Four
 * logistic regressions over the same features, one "any crisis" head and one head per kind, with
 * fixed weights trained by `npm run train:safety` and shipped in models/safety-concern.json.
 * Scoring is a sum of weights: deterministic, no network, no state, well under a millisecond.
 */
export const concernHeads = ['crisis', 'danger', 'suicide', 'abuse'] as const;
export type ConcernHead = (typeof concernHeads)[number];

const thresholdsSchema = z.strictObject({
  /** At or above this "any crisis" probability the model alone shows the lines at once. */
  crisis: z.number().min(0).max(1),
  /** At or above this the bot asks one calm question, with the lines visible. */
  check: z.number().min(0).max(1),
  /** Below this a message adds nothing to the conversation's concern (in units of `check`). */
  weakSignal: z.number().min(0).max(1),
  /** How much of the concern carries over to the next message. */
  carryOver: z.number().min(0).max(1),
});

export const concernModelFileSchema = z.strictObject({
  format: z.literal('wijkwijzer-concern-model/1'),
  heads: z.tuple([
    z.literal('crisis'),
    z.literal('danger'),
    z.literal('suicide'),
    z.literal('abuse'),
  ]),
  bias: z.array(z.number()).length(4),
  thresholds: thresholdsSchema,
  /** Feature → one weight per head. */
  weights: z.record(z.string(), z.array(z.number()).length(4)),
  /** How the file was made: corpus sizes, settings, the comparison on dev. For reviewers only. */
  training: z.record(z.string(), z.unknown()),
});

export type ConcernModelFile = z.infer<typeof concernModelFileSchema>;
export type ConcernThresholds = z.infer<typeof thresholdsSchema>;

/** What the model says about one message. No text: probabilities and the names of features. */
export interface ConcernScore {
  /** Probability that the message is a crisis of any kind. */
  readonly crisis: number;
  readonly kinds: Readonly<Record<CrisisKind, number>>;
  /** The features that pushed the "any crisis" head up most, strongest first (at most three). */
  readonly strongest: readonly string[];
}

export interface ConcernModel {
  readonly thresholds: ConcernThresholds;
  readonly featureCount: number;
  score(text: string): ConcernScore;
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

export function concernModelFrom(file: ConcernModelFile): ConcernModel {
  const weights = new Map(Object.entries(file.weights));
  const [b0, b1, b2, b3] = file.bias as [number, number, number, number];
  return {
    thresholds: file.thresholds,
    featureCount: weights.size,
    score(text: string): ConcernScore {
      const features = concernFeatures(text);
      // Binary features scaled to unit length, as in training: a long message does not score
      // higher just for being long.
      const scale = features.size === 0 ? 0 : 1 / Math.sqrt(features.size);
      let z0 = b0;
      let z1 = b1;
      let z2 = b2;
      let z3 = b3;
      // The three strongest pushes toward concern, kept without sorting or allocating per feature.
      const top: string[] = [];
      const topWeight: number[] = [];
      for (const feature of features) {
        const w = weights.get(feature);
        if (w === undefined) continue;
        const [w0 = 0, w1 = 0, w2 = 0, w3 = 0] = w;
        z0 += w0 * scale;
        z1 += w1 * scale;
        z2 += w2 * scale;
        z3 += w3 * scale;
        if (w0 <= 0) continue;
        let at = top.length;
        // Ties broken by name, so the explanation is as deterministic as the score.
        while (
          at > 0 &&
          ((topWeight[at - 1] ?? 0) < w0 ||
            ((topWeight[at - 1] ?? 0) === w0 && (top[at - 1] ?? '') > feature))
        )
          at -= 1;
        if (at < 3) {
          top.splice(at, 0, feature);
          topWeight.splice(at, 0, w0);
          top.length = Math.min(top.length, 3);
          topWeight.length = Math.min(topWeight.length, 3);
        }
      }
      return {
        crisis: sigmoid(z0),
        kinds: { danger: sigmoid(z1), suicide: sigmoid(z2), abuse: sigmoid(z3) },
        strongest: [...top],
      };
    },
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
