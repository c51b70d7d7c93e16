import { isIP } from 'node:net';

/** True for 127.0.0.0/8, ::1 (also as an IPv4-mapped address) and the name localhost. */
export function isLoopbackHost(host: string): boolean {
  const bare = host.replace(/^\[|\]$/g, '').toLowerCase();
  if (bare === 'localhost') return true;
  const mapped = bare.startsWith('::ffff:') ? bare.slice('::ffff:'.length) : bare;
  if (isIP(mapped) === 4) return mapped.startsWith('127.');
  return isIP(bare) === 6 && /^(0{0,4}:){2,7}0{0,3}1$|^::1$/.test(bare);
}

/** True when a URL points at this machine; false for anything unparsable. */
export function isLoopbackUrl(value: string): boolean {
  try {
    return isLoopbackHost(new URL(value).hostname);
  } catch {
    return false;
  }
}

/**
 * True when every URL is given and points at this machine: a loopback fake (such as the
 * end-to-end tests' Microsoft Graph and its sign-in), which no real app registration's secret is
 * sent to. False when any is missing or elsewhere, and for no URLs at all.
 */
export function allOnLoopback(...urls: readonly (string | undefined)[]): boolean {
  return urls.length > 0 && urls.every((url) => url !== undefined && isLoopbackUrl(url));
}
