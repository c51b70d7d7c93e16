/**
 * The dump `orderSensitivity.ts --dump FILE` writes and `--from-dump FILE` and
 * `compareOrderDumps.ts` read: per training order, each crisis, near miss and help question with
 * its out-of-fold concern. One shape for the writer and both readers, checked where it is read
 * back, so a dump of an older shape says so instead of counting wrongly.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';

const orderDumpPointSchema = z.object({
  key: z.string(),
  origin: z.string(),
  label: z.string(),
  concern: z.number(),
  /** A dev kaart's name (--dev-kaarten), or "probe" for the probe file's lines (--probe). */
  kaart: z.string().optional(),
  /** A dev kaart question's language (--dev-kaarten). */
  lang: z.string().optional(),
});

export type OrderDumpPoint = z.infer<typeof orderDumpPointSchema>;

/**
 * Per training order, its points; null for an order a `--first-order K` run did not train (the
 * orders before K), which JSON writes for the array's holes.
 */
export const orderDumpSchema = z.array(z.array(orderDumpPointSchema).nullable());

export function readOrderDump(file: string): (OrderDumpPoint[] | null)[] {
  return orderDumpSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
}
