import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { errnoCode } from '../storage/durableJsonFile.js';

/**
 * The key for the keyed hashes of e-mail addresses (emailAddress.ts). Made once per installation
 * in the data directory (mode 0600), so hashes stay stable across restarts without a setting to
 * configure or leak. Losing the file only resets the per-address rate limits.
 */
export async function loadPartnerSecret(dataDir: string): Promise<Uint8Array> {
  const file = path.join(dataDir, 'partners', 'secret.key');
  try {
    const text = await fs.readFile(file, 'utf8');
    const bytes = Buffer.from(text.trim(), 'base64url');
    if (bytes.length >= 32) return new Uint8Array(bytes);
  } catch (error) {
    if (errnoCode(error) !== 'ENOENT') throw error;
  }
  await fs.mkdir(path.dirname(file), { recursive: true, mode: 0o700 });
  const secret = randomBytes(32);
  try {
    await fs.writeFile(file, `${secret.toString('base64url')}\n`, { mode: 0o600, flag: 'wx' });
    return new Uint8Array(secret);
  } catch (error) {
    // Another instance made it first: use theirs.
    if (errnoCode(error) === 'EEXIST') return loadPartnerSecret(dataDir);
    throw error;
  }
}
