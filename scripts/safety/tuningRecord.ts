/**
 * The tuner's record (models/safety-concern.tuning.json, written by `npm run tune:safety`), read
 * and checked in one place: `npm run train:safety` trains with it, and the diagnostic scripts
 * (classHeldOut, diagnoseOutOfFold) score with the same settings and thresholds.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { concernModelFileSchema } from '../../src/safety/concernModel.js';
import { tuningFile } from './tuneConcern.js';

export const tuningRecordSchema = z.object({
  chosen: z.object({
    l2: z.number(),
    nonCrisisWeight: z.number(),
    helpWeight: z.number(),
    letterGroupValue: z.number().positive().max(1).default(1),
    epochs: z.number().int(),
  }),
  thresholds: concernModelFileSchema.shape.thresholds,
  outOfFold: z.record(z.string(), z.number()),
  folds: z.number().int(),
});

export type TuningRecord = z.infer<typeof tuningRecordSchema>;

/** The tuning record at `file` (the shipped one unless another is named), validated. */
export function readTuningRecord(file: string = tuningFile): TuningRecord {
  return tuningRecordSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
}
