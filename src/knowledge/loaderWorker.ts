import { readlinkSync } from 'node:fs';
import { setPriority } from 'node:os';
import { parentPort } from 'node:worker_threads';
import { chunks } from '../shared/chunks.js';
import { noPause } from '../shared/timeSlicer.js';
import { loadKnowledgeData, type KnowledgeData } from './loader.js';
import {
  DIAGNOSTICS_PER_CHUNK,
  ENTRIES_PER_CHUNK,
  requestSchema,
  type LoaderReply,
} from './loaderProtocol.js';

/**
 * The knowledge loader thread (started by loaderThread.ts): reads, parses and checks a knowledge
 * directory with the same loader as the main thread, so the parsing and checks never hold up a
 * resident's turn (docs/adr/0015-security-posture.md §6). Nothing here pauses: this thread serves no one else.
 */

/**
 * Lower this thread's priority, not the process's: on Linux a thread id given to setpriority
 * names that thread alone. With one CPU, or a busy one, the main thread (residents' turns) then
 * wins when both want it. Elsewhere, or when not allowed, the thread runs at normal priority.
 */
function lowerThreadPriority(): void {
  try {
    const threadId = Number(readlinkSync('/proc/thread-self').split('/').pop());
    if (Number.isInteger(threadId) && threadId > 0) setPriority(threadId, LOADER_NICENESS);
  } catch {
    // Not Linux, or no /proc: nothing to lower.
  }
}

/** Niceness of the loader thread (0 normal, 19 lowest). */
const LOADER_NICENESS = 10;

/** Per request: the replies not yet asked for. */
const queues = new Map<number, LoaderReply[]>();

function repliesFor(id: number, data: KnowledgeData): LoaderReply[] {
  const entries = data.ok ? data.parts.voorzieningen : [];
  const rest: KnowledgeData = data.ok
    ? { ...data, parts: { ...data.parts, voorzieningen: [] }, diagnostics: [] }
    : { ...data, diagnostics: [] };
  return [
    ...chunks(entries, ENTRIES_PER_CHUNK).map((items): LoaderReply => ({
      type: 'entries',
      id,
      items,
    })),
    ...chunks(data.diagnostics, DIAGNOSTICS_PER_CHUNK).map((items): LoaderReply => ({
      type: 'diagnostics',
      id,
      items,
    })),
    { type: 'done', id, data: rest },
  ];
}

const port = parentPort;
if (port !== null) {
  lowerThreadPriority();
  const sendNext = (id: number): void => {
    const queue = queues.get(id);
    const reply = queue?.shift();
    if (queue === undefined || reply === undefined) return;
    if (queue.length === 0) queues.delete(id);
    port.postMessage(reply);
  };

  port.on('message', (raw: unknown) => {
    const request = requestSchema.safeParse(raw);
    if (!request.success) return;
    const message = request.data;
    if (message.type === 'next') {
      sendNext(message.id);
      return;
    }
    const now = new Date(message.now);
    loadKnowledgeData(message.dir, { clock: { now: () => now }, pause: noPause }).then(
      (data) => {
        queues.set(message.id, repliesFor(message.id, data));
        sendNext(message.id);
      },
      () => port.postMessage({ type: 'failed', id: message.id } satisfies LoaderReply),
    );
  });
}
