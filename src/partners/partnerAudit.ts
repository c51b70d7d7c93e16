import path from 'node:path';
import { z } from 'zod';
import type { Clock } from '../shared/clock.js';
import { moduleLogger, type Logger } from '../shared/logger.js';
import { AppendOnlyFile, type RecordLog } from './appendOnlyFile.js';

/**
 * The audit trail of the partner page: who asked for a link, signed in, was refused or signed out.
 * Addresses appear only masked ("m***@alifa.nl") with their keyed hash, never in full, in the log
 * and in `data/partners/audit.jsonl`. Tokens never appear at all.
 */

export const auditEvents = [
  'link-requested',
  'link-unknown-address',
  'link-rate-limited',
  'sign-in',
  'sign-in-refused',
  'sign-out',
  'staff-sign-in',
  'access-refused',
] as const;
export type AuditEvent = (typeof auditEvents)[number];

export const auditRecordSchema = z.strictObject({
  at: z.iso.datetime(),
  event: z.enum(auditEvents),
  actorKey: z.string().max(64).nullable(),
  label: z.string().max(260).nullable(),
  beheerder: z.string().max(80).nullable(),
  reason: z.string().max(60).nullable(),
});
export type AuditRecord = z.infer<typeof auditRecordSchema>;

export interface AuditDetails {
  readonly actorKey?: string;
  readonly label?: string;
  readonly beheerder?: string;
  readonly reason?: string;
}

export class PartnerAudit {
  private readonly file: RecordLog<AuditRecord>;
  private readonly log: Logger;

  constructor(
    dataDir: string,
    private readonly clock: Clock,
    logger: Logger,
    /** Where the trail goes instead of `audit.jsonl`: PostgreSQL, one trail for every instance. */
    shared?: RecordLog<AuditRecord>,
  ) {
    this.file =
      shared ??
      new AppendOnlyFile(path.join(dataDir, 'partners', 'audit.jsonl'), auditRecordSchema);
    this.log = moduleLogger(logger, 'partners-audit');
  }

  async record(event: AuditEvent, details: AuditDetails = {}): Promise<void> {
    const record: AuditRecord = {
      at: this.clock.now().toISOString(),
      event,
      actorKey: details.actorKey ?? null,
      label: details.label ?? null,
      beheerder: details.beheerder ?? null,
      reason: details.reason ?? null,
    };
    this.log.info(
      {
        event,
        who: record.label,
        actorKey: record.actorKey,
        beheerder: record.beheerder,
        reason: record.reason,
      },
      'partner audit',
    );
    await this.file.append(record);
  }

  readAll(): Promise<AuditRecord[]> {
    return this.file.readAll();
  }

  /** The retention job's part (partnerLogRetention.ts). */
  pruneBefore(cutoff: Date): Promise<number> {
    return this.file.pruneBefore(cutoff);
  }
}
