/**
 * A limit on hits per key: the sliding window below in one process, or a bucket every instance
 * shares in PostgreSQL (postgresPartnerStores.ts).
 */
export interface HitLimit {
  /** Records a hit for `key` at `nowMs`; false when the key is over its limit. */
  take(key: string, nowMs: number): Promise<boolean>;
}

/** The in-process window as a HitLimit. */
export function localHitLimit(window: RateWindow): HitLimit {
  return { take: (key, nowMs) => Promise.resolve(window.take(key, nowMs)) };
}

/**
 * Counts events per key in a sliding window, in memory. Used for the sign-in link requests per
 * address and the requests per partner session, in one process (the embedded default); with
 * DATABASE_URL the instances count together instead.
 */
export class RateWindow {
  private readonly hits = new Map<string, number[]>();

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
    /** Keys kept at most; the oldest are dropped first, so a flood of keys cannot grow memory. */
    private readonly maxKeys = 10_000,
  ) {}

  /** Records a hit for `key` at `nowMs`; false when the key is over its limit (the hit is not counted). */
  take(key: string, nowMs: number): boolean {
    const since = nowMs - this.windowMs;
    const recent = (this.hits.get(key) ?? []).filter((at) => at > since);
    if (recent.length >= this.limit) {
      this.hits.set(key, recent);
      return false;
    }
    recent.push(nowMs);
    this.hits.delete(key);
    this.hits.set(key, recent);
    if (this.hits.size > this.maxKeys) {
      const oldest = this.hits.keys().next().value;
      if (oldest !== undefined) this.hits.delete(oldest);
    }
    return true;
  }
}
