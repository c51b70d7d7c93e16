import { promises as fs } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Diagnostic } from '../knowledge/diagnostics.js';
import { errorsAndWarnings } from '../knowledge/loader.js';
import { loaderHere, type KnowledgeLoader } from '../knowledge/loaderThread.js';
import { VOORZIENINGEN_DIR } from '../knowledge/schema.js';
import type { Clock } from '../shared/clock.js';

/**
 * Runs the real checker (`loadKnowledge`, the same as `wijkwijzer knowledge check`) on the
 * knowledge directory as it would be after a change, without touching it: the YAML files are
 * copied to a temporary directory, the changed file is written there, and the copy is loaded.
 * So the live feedback on the partner page and the guard before every write give exactly the
 * checker's diagnostics (cross-checks such as a duplicate id or an unknown wijk included), and an
 * invalid change never reaches the real directory.
 */
export async function loadWithChange(
  knowledgeDir: string,
  changedFile: string,
  text: string,
  clock: Clock,
  // The running bot passes its loader thread: a check reads every file (docs/adr/0015-security-posture.md §6).
  loader: KnowledgeLoader = loaderHere,
): Promise<{ readonly errors: readonly Diagnostic[]; readonly warnings: readonly Diagnostic[] }> {
  const staging = await fs.mkdtemp(path.join(tmpdir(), 'wijkwijzer-staging-'));
  try {
    await fs.mkdir(path.join(staging, VOORZIENINGEN_DIR));
    const copy = async (relative: string) => {
      await fs.copyFile(path.join(knowledgeDir, relative), path.join(staging, relative));
    };
    const root = await fs.readdir(knowledgeDir, { withFileTypes: true });
    await Promise.all(
      root
        .filter((entry) => entry.isFile() && /\.ya?ml$/i.test(entry.name))
        .map((entry) => copy(entry.name)),
    );
    const partners = await fs
      .readdir(path.join(knowledgeDir, VOORZIENINGEN_DIR), { withFileTypes: true })
      .catch(() => []);
    await Promise.all(
      partners
        .filter((entry) => entry.isFile() && /\.ya?ml$/i.test(entry.name))
        .map((entry) => copy(`${VOORZIENINGEN_DIR}/${entry.name}`)),
    );
    await fs.writeFile(path.join(staging, ...changedFile.split('/')), text, 'utf8');
    return errorsAndWarnings(await loader.load(staging, clock.now()));
  } finally {
    await fs.rm(staging, { recursive: true, force: true });
  }
}
