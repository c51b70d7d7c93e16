import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';

/**
 * Replaces a file atomically: the new text goes to a temporary file in the same directory, is
 * fsync'd and renamed over the old one, and the directory is fsync'd. A reader (the knowledge
 * watcher, a partner's editor) sees the old file or the new one, never half of it. The temporary
 * name starts with a dot and does not end in .yaml, so the knowledge watcher ignores it.
 */
export async function writeFileAtomically(
  file: string,
  text: string,
  /** The new file's mode; 0o600 for the partner page's own records (change log, audit trail). */
  mode = 0o644,
): Promise<void> {
  const directory = path.dirname(file);
  const temporary = path.join(
    directory,
    `.${path.basename(file)}.${randomBytes(6).toString('hex')}.tmp`,
  );
  const handle = await fs.open(temporary, 'wx', mode);
  try {
    await handle.writeFile(text, 'utf8');
    await handle.sync();
  } finally {
    await handle.close();
  }
  try {
    await fs.rename(temporary, file);
  } catch (error) {
    await fs.rm(temporary, { force: true });
    throw error;
  }
  const dir = await fs.open(directory, 'r');
  try {
    await dir.sync();
  } catch {
    // Some file systems refuse fsync on a directory; the rename itself is still atomic.
  } finally {
    await dir.close();
  }
}
