import path from 'node:path';
import { z } from 'zod';
import { AppendOnlyFile } from './appendOnlyFile.js';
import type { ChangeActor } from './partnerIdentity.js';
import type { RawEntry, RawValue } from './entryText.js';

/**
 * The change log of the partner page (`data/partners/changes.jsonl`): who, when, which entry,
 * what changed, with the entry before and after, so the redactie can read it and undo a change.
 * Append-only: an undo, an approval or a refusal is a new record that refers to an earlier one;
 * no record is ever rewritten. Who is the masked address or the staff name, never a full address.
 */

export const changeActions = [
  'edit',
  'add',
  'confirm',
  'pause',
  'resume',
  'end',
  'undo',
  'approve',
  'reject',
] as const;
export type ChangeAction = (typeof changeActions)[number];

const rawValue: z.ZodType<RawValue> = z.lazy(() =>
  z.union([
    z.string(),
    z.number(),
    z.boolean(),
    z.null(),
    z.array(rawValue),
    z.record(z.string(), rawValue),
  ]),
);
export const rawEntrySchema: z.ZodType<RawEntry> = z.record(z.string(), rawValue);

export const changeRecordSchema = z.strictObject({
  seq: z.int().positive(),
  at: z.iso.datetime(),
  actor: z.strictObject({
    kind: z.enum(['partner', 'staff']),
    key: z.string().max(64),
    label: z.string().max(260),
    beheerder: z.string().max(80).nullable(),
  }),
  beheerder: z.string().max(80),
  entryId: z.string().max(80),
  action: z.enum(changeActions),
  /** Top-level fields that differ between before and after. */
  fields: z.array(z.string().max(40)).max(40),
  before: rawEntrySchema.nullable(),
  after: rawEntrySchema.nullable(),
  /** live: written to the file; pending: waits for the redactie (PARTNERS_APPROVAL). */
  state: z.enum(['live', 'pending']),
  /** The record an undo, approve or reject is about. */
  refersTo: z.int().positive().nullable(),
});
export type ChangeRecord = z.infer<typeof changeRecordSchema>;
export type NewChange = Omit<ChangeRecord, 'seq' | 'at' | 'actor'>;

/** Fields whose values differ, in the order of `after` then `before`. */
export function changedFields(before: RawEntry | null, after: RawEntry | null): string[] {
  const keys = new Set([...Object.keys(after ?? {}), ...Object.keys(before ?? {})]);
  return [...keys].filter(
    (key) => JSON.stringify(before?.[key] ?? null) !== JSON.stringify(after?.[key] ?? null),
  );
}

/**
 * Where the records live and who numbers them: `changes.jsonl` in this process, or PostgreSQL
 * (postgresPartnerStores.ts), where a sequence numbers the changes of every instance.
 */
export interface ChangeStore {
  /** Every record, in order of `seq`. */
  all(): Promise<readonly ChangeRecord[]>;
  /** Stores the change under the next number and resolves with the stored record. */
  append(unnumbered: Omit<ChangeRecord, 'seq'>): Promise<ChangeRecord>;
  /** Removes what the retention rule lets go (`changeRetained`); resolves with how many went. */
  pruneBefore(cutoff: Date): Promise<number>;
}

/**
 * What the retention job keeps of the change log (docs/adr/0018, "Retention of the change log
 * and the audit trail"): every record made at or after `cutoff`; a pending change nobody approved
 * or rejected yet, whatever its age (it is still work for the redactie); and the newest record,
 * which carries the numbering of the embedded log, so a number is never handed out twice.
 */
export function changeRetained(
  cutoff: Date,
): (record: ChangeRecord, index: number, all: readonly ChangeRecord[]) => boolean {
  let decided: Set<number | null> | undefined;
  return (record, index, all) => {
    if (Date.parse(record.at) >= cutoff.getTime() || index === all.length - 1) return true;
    if (record.state !== 'pending') return false;
    decided ??= new Set(
      all
        .filter((other) => other.action === 'approve' || other.action === 'reject')
        .map((other) => other.refersTo),
    );
    return !decided.has(record.seq);
  };
}

/** The embedded change store: numbered in this process, appends one at a time. */
export class FileChangeStore implements ChangeStore {
  private readonly file: AppendOnlyFile<ChangeRecord>;
  private records: ChangeRecord[] | undefined;
  /** Edits of two files can append at once: each takes the number after the previous append. */
  private queue: Promise<unknown> = Promise.resolve();

  constructor(dataDir: string) {
    this.file = new AppendOnlyFile(
      path.join(dataDir, 'partners', 'changes.jsonl'),
      changeRecordSchema,
    );
  }

  async all(): Promise<readonly ChangeRecord[]> {
    this.records ??= await this.file.readAll();
    return this.records;
  }

  append(unnumbered: Omit<ChangeRecord, 'seq'>): Promise<ChangeRecord> {
    const run = this.queue.then(async () => {
      const records = await this.all();
      const record: ChangeRecord = { seq: (records.at(-1)?.seq ?? 0) + 1, ...unnumbered };
      await this.file.append(record);
      this.records = [...records, record];
      return record;
    });
    this.queue = run.catch(() => undefined);
    return run;
  }

  pruneBefore(cutoff: Date): Promise<number> {
    const run = this.queue.then(async () => {
      const removed = await this.file.retain(changeRetained(cutoff));
      // Read again from the file, so the page never shows a record that is gone.
      if (removed > 0) this.records = await this.file.readAll();
      return removed;
    });
    this.queue = run.catch(() => undefined);
    return run;
  }
}

export class ChangeLog {
  private readonly store: ChangeStore;

  constructor(dataDir: string, shared?: ChangeStore) {
    this.store = shared ?? new FileChangeStore(dataDir);
  }

  all(): Promise<readonly ChangeRecord[]> {
    return this.store.all();
  }

  /** Appends a record under the next number (unique across instances with PostgreSQL). */
  append(actor: ChangeActor, at: Date, change: NewChange): Promise<ChangeRecord> {
    return this.store.append({ at: at.toISOString(), actor, ...change });
  }

  /** The retention job's part (partnerLogRetention.ts). */
  pruneBefore(cutoff: Date): Promise<number> {
    return this.store.pruneBefore(cutoff);
  }

  async find(seq: number): Promise<ChangeRecord | undefined> {
    return (await this.all()).find((record) => record.seq === seq);
  }

  /** Pending records nobody approved or rejected yet. */
  async pending(): Promise<ChangeRecord[]> {
    const records = await this.all();
    const decided = new Set(
      records
        .filter((record) => record.action === 'approve' || record.action === 'reject')
        .map((record) => record.refersTo),
    );
    return records.filter((record) => record.state === 'pending' && !decided.has(record.seq));
  }
}
