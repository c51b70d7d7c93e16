import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseEnv } from 'node:util';
import { describe, expect, it } from 'vitest';
import { environmentSchema } from '../../src/config.js';
import { findProjectRoot } from '../../src/shared/projectRoot.js';

/**
 * `.env.example` is the operator's list of settings (README, "Configuration"): every variable
 * src/config.ts reads is in it, nothing else, and each value shown is the embedded default, so
 * copying the file to `.env` changes nothing until someone edits a line.
 */

const text = readFileSync(path.join(findProjectRoot(), '.env.example'), 'utf8');
// A setting may be commented out (`# NODE_ENV=development`): still listed, with its default.
const lines = [
  ...text.matchAll(/^(?:([A-Za-z][A-Za-z0-9_]*)=(.*)|# ([A-Z][A-Z0-9_]*)=(\S*))$/gm),
].map(
  ([, name, value, commentedName, commentedValue]) =>
    [(name ?? commentedName)!, (value ?? commentedValue)!] as const,
);

/** The default as it would be written in an env file: empty when there is none. */
function written(value: unknown): string {
  if (value === undefined) return '';
  if (Array.isArray(value)) return value.join(',');
  return String(value);
}

describe('.env.example', () => {
  it('lists every setting of src/config.ts once, and no other', () => {
    const names = lines.map(([name]) => name);
    expect(new Set(names).size).toBe(names.length);
    expect([...names].sort()).toEqual(Object.keys(environmentSchema.shape).sort());
  });

  it('shows each setting with its embedded default (or empty where there is none)', () => {
    const defaults = environmentSchema.parse({}) as Record<string, unknown>;
    const differing = lines
      .filter(([name, value]) => value !== '' && value !== written(defaults[name]))
      .map(([name, value]) => `${name}=${value} (default: ${written(defaults[name])})`);
    expect(differing).toEqual([]);
  });

  it('reads the same through `node --env-file` as written (README, "Configuration")', () => {
    // Node's env file reader takes an unquoted # as the start of a comment: a line such as
    // `COLOUR=#1F4E79` would silently become empty, and a changed value would never arrive.
    const asWritten = Object.fromEntries(
      [...text.matchAll(/^([A-Za-z][A-Za-z0-9_]*)=(.*)$/gm)].map(([, name, value]) => [
        name!,
        value!,
      ]),
    );
    expect(parseEnv(text)).toEqual(asWritten);
  });

  it('is a working configuration as it stands', () => {
    expect(environmentSchema.safeParse(Object.fromEntries(lines)).success).toBe(true);
  });
});
