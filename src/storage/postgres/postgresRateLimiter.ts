import type { Clock } from '../../shared/clock.js';
import type { RateLimit, RateLimiter } from '../rateLimiter.js';
import type { Database } from './database.js';

/**
 * Token buckets in `rate_limits`, one statement per request: refill by the time since the last
 * take, take one if there is one. A refused request changes nothing, so the bucket keeps filling.
 */
export class PostgresRateLimiter implements RateLimiter {
  private takes = 0;

  constructor(
    private readonly database: Database,
    private readonly clock: Clock,
  ) {}

  async take(key: string, limit: RateLimit): Promise<boolean> {
    const now = this.clock.now();
    const result = await this.database.query(
      `INSERT INTO rate_limits AS bucket (key, tokens, updated_at) VALUES ($1, $2 - 1, $3)
       ON CONFLICT (key) DO UPDATE
         SET tokens = LEAST($2, bucket.tokens
               + GREATEST(0, EXTRACT(EPOCH FROM ($3 - bucket.updated_at))) * $4) - 1,
             updated_at = $3
         WHERE LEAST($2, bucket.tokens
               + GREATEST(0, EXTRACT(EPOCH FROM ($3 - bucket.updated_at))) * $4) >= 1
       RETURNING key`,
      [key, limit.capacity, now, limit.perSecond],
    );
    // Buckets untouched for an hour are full again anyway: drop them now and then.
    this.takes += 1;
    if (this.takes % 1000 === 0) {
      await this.database.query('DELETE FROM rate_limits WHERE updated_at < $1', [
        new Date(now.getTime() - 3_600_000),
      ]);
    }
    return (result.rowCount ?? 0) === 1;
  }
}
