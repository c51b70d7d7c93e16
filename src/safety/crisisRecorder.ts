import type { Clock } from '../shared/clock.js';
import type { CrisisKind } from './crisisKind.js';
import type { CrisisDetected } from './detectCrisis.js';

/**
 * The only thing kept about a crisis: which kind, and when. Never the message, the conversation id
 * or the user id, so the count can be shown to the gemeente without any risk to the resident.
 */
export interface CrisisRecord {
  readonly kind: CrisisKind;
  readonly at: Date;
}

/** Where crisis facts go. The persistent implementation comes with the insights module. */
export interface CrisisRecorder {
  record(entry: CrisisRecord): Promise<void>;
}

/** For tests and local runs: keeps records in memory, copying only the two allowed fields. */
export class InMemoryCrisisRecorder implements CrisisRecorder {
  readonly #records: CrisisRecord[] = [];

  record(entry: CrisisRecord): Promise<void> {
    // Copy field by field: a caller that passes a wider object must not smuggle text in.
    this.#records.push({ kind: entry.kind, at: new Date(entry.at.getTime()) });
    return Promise.resolve();
  }

  records(): readonly CrisisRecord[] {
    return this.#records.map((entry) => ({ kind: entry.kind, at: new Date(entry.at.getTime()) }));
  }
}

/** Records one fact per kind in the assessment, all with the same time. */
export async function recordCrisis(
  recorder: CrisisRecorder,
  assessment: CrisisDetected,
  clock: Clock,
): Promise<void> {
  const at = clock.now();
  for (const kind of assessment.kinds) {
    await recorder.record({ kind, at });
  }
}
