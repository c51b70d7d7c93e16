import { describe, expect, it } from 'vitest';
import { allOnLoopback } from '../../src/shared/loopback.js';

/**
 * The one rule the configuration and the development gates share (docs/adr/0015-security-posture.md):
 * a Graph secret counts as a real deployment unless Graph and its sign-in are both on this machine.
 */
describe('allOnLoopback', () => {
  it('accepts URLs on 127.0.0.0/8, ::1 and localhost', () => {
    expect(allOnLoopback('http://127.0.0.1:4000/v1.0', 'http://127.45.6.7/token')).toBe(true);
    expect(allOnLoopback('http://[::1]:4000/v1.0', 'http://localhost:4001/token')).toBe(true);
    expect(allOnLoopback('https://LOCALHOST/')).toBe(true);
  });

  it('refuses a URL elsewhere, a look-alike name, a missing URL, an unparsable one and none at all', () => {
    const local = 'http://127.0.0.1:4000/';
    for (const other of [
      'https://graph.microsoft.com/v1.0',
      'http://localhost.evil.com/',
      'http://127.0.0.1.nip.io/',
      'http://128.0.0.1/',
      'http://[::2]/',
      'not a url',
      undefined,
    ]) {
      expect(allOnLoopback(local, other), String(other)).toBe(false);
      expect(allOnLoopback(other, local), String(other)).toBe(false);
    }
    expect(allOnLoopback()).toBe(false);
  });
});
