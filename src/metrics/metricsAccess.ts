import { createHash, timingSafeEqual } from 'node:crypto';

/**
 * Who may read /metrics. Counts carry no personal data, but they tell an outsider how busy the
 * service is and which failures it has, so they are closed unless an operator opens them: with a
 * bearer token (METRICS_TOKEN) on the public port, or on an internal listener (METRICS_PORT,
 * 127.0.0.1 by default) that only the monitoring network reaches.
 */

/** Compares a presented `Authorization` header with the token in constant time. */
export function hasMetricsToken(authorization: string | undefined, token: string): boolean {
  const presented = /^Bearer\s+(\S+)$/i.exec(authorization ?? '')?.[1];
  if (presented === undefined) return false;
  // Hash both sides: timingSafeEqual needs equal lengths, and the length must not leak either.
  const digest = (value: string) => createHash('sha256').update(value).digest();
  return timingSafeEqual(digest(presented), digest(token));
}
