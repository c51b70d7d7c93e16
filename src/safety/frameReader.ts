import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { WijkwijzerError } from '../shared/errors.js';
import { findProjectRoot } from '../shared/projectRoot.js';
import { collapseRegexSource } from './crisisRule.js';
import type { CrisisAssessment } from './detectCrisis.js';
import { frameFeatureNames } from './frameFeatures.js';
import { ownNow, presentSelf } from './rules/lexicon.js';
import { painlessDeathNamed } from './rules/painlessWay.js';

/**
 * The frame reader (docs/adr/0012-safety-net.md, thirteenth round): a small logistic regression that
 * reads whether a message tells a crisis's words inside a frame (a film, a book, a game, a course,
 * a study, a past that is over, a joke, a what-if in general, a dream) or a crisis of someone's
 * now. Trained by `npx tsx scripts/safety/trainFrames.ts` on the frame corpus
 * (corpus/safety/frames/) and the train and dev parts of the safety corpus; fixed weights in
 * models/safety-frame.json; deterministic.
 *
 * It can only lower a rule's crisis reply to a check (firm, the rule's kinds asked first, every
 * line shown), which still counts as caught. It never turns anything into "none", never touches a
 * rule that asks or a model decision, never a crisis in which a rule saw acute danger (112), and
 * never a message that tells a crisis of the writer's own now (`ownNow`: "ik wil dood", "hij slaat
 * me") or takes a frame back ("het is geen grap", "ik droom niet").
 */

export const frameReaderFileSchema = z.strictObject({
  version: z.literal(1),
  /** The reading at or above which a rule's crisis reply becomes a check (cross-validation). */
  threshold: z.number().min(0).max(1),
  bias: z.number(),
  /**
   * Feature names, sorted, and their weights at the same index; a positive weight reads as a
   * frame. Two plain arrays: they validate and load several times faster than an object of 12,000
   * keys.
   */
  features: z.array(z.string()),
  weights: z.array(z.number()),
  /** What training and cross-validation found, for review (the ADR quotes it). */
  training: z.record(z.string(), z.union([z.number(), z.string()])),
});
export type FrameReaderFile = z.infer<typeof frameReaderFileSchema>;

const sameLength = (file: FrameReaderFile) => file.features.length === file.weights.length;

/** What the reader makes of one message. Feature names only: no text. */
export interface FrameReading {
  /** The probability that the crisis's words are inside a frame, 0..1. */
  readonly framed: number;
  /** The features that weighed most toward a frame, strongest first (at most three). */
  readonly strongest: readonly string[];
}

export interface FrameReader {
  readonly threshold: number;
  readonly featureCount: number;
  readNormalised(normalised: string): FrameReading;
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

export function frameReaderFrom(file: FrameReaderFile): FrameReader {
  const weights = new Map<string, number>();
  file.features.forEach((name, index) => weights.set(name, file.weights[index] ?? 0));
  return {
    threshold: file.threshold,
    featureCount: weights.size,
    readNormalised(normalised) {
      const names = frameFeatureNames(normalised);
      if (names.length === 0) return { framed: sigmoid(file.bias), strongest: [] };
      // The trainer scales every feature by one over the square root of the message's feature
      // count (scripts/safety/linearTrainer.ts); the scorer does the same.
      const scale = 1 / Math.sqrt(names.length);
      let z = file.bias;
      const pushing: { name: string; weight: number }[] = [];
      for (const name of names) {
        const weight = weights.get(name);
        if (weight === undefined) continue;
        z += weight * scale;
        if (weight > 0) pushing.push({ name, weight });
      }
      pushing.sort((a, b) => b.weight - a.weight || (a.name < b.name ? -1 : 1));
      return { framed: sigmoid(z), strongest: pushing.slice(0, 3).map((push) => push.name) };
    },
  };
}

/**
 * What forbids lowering, read over the whole message:
 * - a crisis of the writer's own now (the rules' `ownNow`), or words that lift the informational
 *   guards of the sixth round (`presentSelf`: "but now", "maar nu", "nog steeds", "mezelf");
 * - a time of the last hours or of the coming night ("gisteren", "vannacht", "tonight"): a frame
 *   told beside it may be the opening of what happened ("vroeger sloeg hij me en gisteren weer");
 * - a frame taken back ("het is geen grap", "toen ik wakker werd ... echt", "ik droom niet");
 * - a what-if about the writer ("stel dat ik", "what if I"): a plan told as a question;
 * - a painless way to die named (session 20, `painlessDeathNamed`): "hoe je het pijnloos doet" is
 *   a method asked or found, never information to lower; a film, a course or the past still quiet
 *   or lower it through the rules' shared guards.
 * Compiled as the rules compile their patterns, so squeezed letters match.
 */
const vetoes: readonly RegExp[] = [
  ownNow,
  presentSelf,
  /\b(?:vannacht|vanavond|vandaag|gisteren|gisteravond|gisternacht|vanochtend|vanmorgen|vanmiddag|zojuist|nu meteen|op dit moment|tonight|today|yesterday|last night|this morning|right now|at the moment)\b/,
  /\b(?:geen (?:grap|grapje|geintje|gein)|niet als grap|ik meen het|meen het echt|het (?:is|was) echt|echt gebeurd|in het echt|ik droom(?:de)? niet|toen ik wakker werd|when i woke|(?:en|maar|and|but) (?:[a-z]+ ){0,6}(?:echt|really)|not (?:joking|kidding|a joke|a dream)|i mean it|it (?:is|was) real|for real)\b/,
  /\b(?:stel (?:je voor )?dat ik|wat als ik|wat (?:als|nou als) ik|what if i|suppose i|imagine if i)\b/,
  painlessDeathNamed,
].map((pattern) => new RegExp(collapseRegexSource(pattern.source), pattern.flags));

/**
 * Whether a frame may lower this message at all: a rule answered, no rule saw acute danger, and
 * nothing vetoes it. The trainer uses it to choose the threshold on the messages it applies to.
 */
export function frameMayLower(rules: CrisisAssessment, normalised: string): boolean {
  if (!rules.isCrisis || rules.kinds.includes('danger')) return false;
  return !vetoes.some((veto) => veto.test(normalised));
}

/** A frame reading that lowered a rule's crisis reply to a check, for the explanation. */
export interface FrameLowering {
  readonly framed: number;
  readonly strongest: readonly string[];
}

/**
 * Whether the frame reader lowers the rules' crisis reply for this message to a check, and why.
 * Reads the message only when a rule answered without danger among its kinds: one reading per
 * message, inside the one pass of assessSafety.
 */
export function frameLowering(
  reader: FrameReader,
  rules: CrisisAssessment,
  normalised: string,
): FrameLowering | undefined {
  if (!frameMayLower(rules, normalised)) return undefined;
  const reading = reader.readNormalised(normalised);
  return reading.framed >= reader.threshold ? reading : undefined;
}

/** The shipped weights, found from the project root like the concern model's. */
export const shippedFrameReaderFile = path.join(findProjectRoot(), 'models', 'safety-frame.json');

/** Reads and validates a frame reader file; a missing or broken file is WW-9203 at start-up. */
export function loadFrameReader(file: string = shippedFrameReaderFile): FrameReader {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new WijkwijzerError('WW-9203', { cause: error });
  }
  const parsed = frameReaderFileSchema.safeParse(raw);
  if (!parsed.success || !sameLength(parsed.data)) {
    throw new WijkwijzerError('WW-9203', { detail: { problem: 'schema' } });
  }
  return frameReaderFrom(parsed.data);
}
