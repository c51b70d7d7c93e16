import type { ErrorCode } from './errors.js';

/** How many long-lived connections (web chat streams) one process keeps open (docs/adr/0015-security-posture.md). */
export interface StreamCaps {
  /** Web Chat opens one stream per conversation; a few allow a reconnect that overlaps the old. */
  readonly perConversation: number;
  /** Offices, libraries and schools share one address behind NAT: room for a busy one. */
  readonly perAddress: number;
  /** Leaves file descriptors for storage, HTTP and Teams when the streams are full. */
  readonly total: number;
}

export const DEFAULT_STREAM_CAPS: StreamCaps = { perConversation: 4, perAddress: 50, total: 5000 };

export type StreamGrant =
  | { readonly ok: true; readonly release: () => void }
  | { readonly ok: false; readonly code: ErrorCode; readonly limit: keyof StreamCaps };

/**
 * Counts open streams per conversation, per client address and in total, and refuses one over a
 * cap: WW-2110 (429) for a conversation or address, WW-2111 (503) when the server is full. In
 * memory and per process; the release a grant returns is idempotent, so every way a socket can
 * end may call it.
 */
export class StreamLimiter {
  private readonly caps: StreamCaps;
  private readonly byConversation = new Map<string, number>();
  private readonly byAddress = new Map<string, number>();
  private total = 0;

  constructor(caps: Partial<StreamCaps> = {}) {
    this.caps = { ...DEFAULT_STREAM_CAPS, ...caps };
  }

  get open(): number {
    return this.total;
  }

  acquire(conversationId: string, address: string): StreamGrant {
    if (this.total >= this.caps.total) return { ok: false, code: 'WW-2111', limit: 'total' };
    if ((this.byConversation.get(conversationId) ?? 0) >= this.caps.perConversation) {
      return { ok: false, code: 'WW-2110', limit: 'perConversation' };
    }
    if ((this.byAddress.get(address) ?? 0) >= this.caps.perAddress) {
      return { ok: false, code: 'WW-2110', limit: 'perAddress' };
    }
    this.total += 1;
    increment(this.byConversation, conversationId, 1);
    increment(this.byAddress, address, 1);
    let released = false;
    return {
      ok: true,
      release: () => {
        if (released) return;
        released = true;
        this.total -= 1;
        increment(this.byConversation, conversationId, -1);
        increment(this.byAddress, address, -1);
      },
    };
  }
}

function increment(counts: Map<string, number>, key: string, by: number): void {
  const next = (counts.get(key) ?? 0) + by;
  if (next <= 0) counts.delete(key);
  else counts.set(key, next);
}

/**
 * The client's address for the per-address cap. Behind a trusted reverse proxy it is the last
 * address in X-Forwarded-For (the one the proxy itself appended); otherwise the socket's peer.
 */
export function clientAddress(
  remoteAddress: string | undefined,
  forwardedFor: string | string[] | undefined,
  trustProxy: boolean,
): string {
  const header = Array.isArray(forwardedFor) ? forwardedFor.join(',') : forwardedFor;
  if (trustProxy && header !== undefined) {
    const last = header
      .split(',')
      .map((part) => part.trim())
      .filter(Boolean)
      .at(-1);
    if (last !== undefined && last.length <= 64) return last;
  }
  return remoteAddress ?? 'unknown';
}
