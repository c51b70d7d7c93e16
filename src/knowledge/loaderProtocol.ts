import { z } from 'zod';

/**
 * The messages between the main thread and the knowledge loader thread (loaderThread.ts and
 * loaderWorker.ts). A loaded knowledge directory comes back in chunks that the main thread asks for
 * one at a time: receiving a message copies it in one go on the receiving thread, and 10,000
 * entries in one message cost 55–190 ms there (docs/benchmarks.md), longer than a turn may wait.
 */

/** Entries per chunk: a few milliseconds to receive on a busy machine. */
export const ENTRIES_PER_CHUNK = 200;
/** Diagnostics per chunk: they are smaller than entries. */
export const DIAGNOSTICS_PER_CHUNK = 1000;

const requestId = z.number().int().positive();

export const requestSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('load'),
    id: requestId,
    dir: z.string().min(1),
    /** The main thread's clock: dates in the checks ("expired", "overdue") are its dates. */
    now: z.iso.datetime(),
  }),
  /** The main thread has taken in the last chunk and has time for the next. */
  z.object({ type: z.literal('next'), id: requestId }),
]);

export type LoaderRequest = z.infer<typeof requestSchema>;

/**
 * Replies. The items and the final data are checked for shape only: they are made by our own loader
 * on the other thread, and validating every entry again would cost what the thread saves.
 */
export const replySchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('entries'), id: requestId, items: z.array(z.unknown()) }),
  z.object({ type: z.literal('diagnostics'), id: requestId, items: z.array(z.unknown()) }),
  z.object({
    type: z.literal('done'),
    id: requestId,
    data: z.object({ ok: z.boolean() }).loose(),
  }),
  z.object({ type: z.literal('failed'), id: requestId }),
]);

export type LoaderReply = z.infer<typeof replySchema>;
