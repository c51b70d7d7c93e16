import type { Clock } from '../shared/clock.js';

/**
 * A token bucket per key: `capacity` requests at once, refilled at `perSecond`. One process keeps
 * the buckets in memory (`MemoryRateLimiter`); several processes share them in PostgreSQL, so a
 * client cannot multiply its budget by the number of instances behind the load balancer.
 */
export interface RateLimit {
  readonly capacity: number;
  readonly perSecond: number;
}

export interface RateLimiter {
  /** Takes one request from the key's bucket; resolves false when the bucket is empty. */
  take(key: string, limit: RateLimit): Promise<boolean>;
}

/** How many buckets a process keeps before it drops the ones that are full again. */
const SWEEP_AT = 10_000;

export class MemoryRateLimiter implements RateLimiter {
  private readonly buckets = new Map<string, { tokens: number; atMs: number }>();

  constructor(private readonly clock: Clock) {}

  take(key: string, limit: RateLimit): Promise<boolean> {
    const now = this.clock.now().getTime();
    const bucket = this.buckets.get(key);
    const tokens =
      bucket === undefined
        ? limit.capacity
        : Math.min(limit.capacity, bucket.tokens + ((now - bucket.atMs) / 1000) * limit.perSecond);
    if (tokens < 1) return Promise.resolve(false);
    this.buckets.set(key, { tokens: tokens - 1, atMs: now });
    if (this.buckets.size > SWEEP_AT) this.sweep(now, limit);
    return Promise.resolve(true);
  }

  private sweep(now: number, limit: RateLimit): void {
    const fullAfterMs = (limit.capacity / limit.perSecond) * 1000;
    for (const [key, bucket] of this.buckets) {
      if (now - bucket.atMs > fullAfterMs) this.buckets.delete(key);
    }
  }
}
