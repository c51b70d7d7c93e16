import { readdirSync } from 'node:fs';
import path from 'node:path';

/** Folders that are generated or installed, never part of the repository's own text. */
const GENERATED = new Set(['node_modules', 'dist', 'data', 'coverage', '.git', 'test-results']);

/**
 * Every file of the repository under `root`, as slash-separated paths relative to it, without the
 * generated folders (dist, data, node_modules, …). Read from disk rather than from git, so it works
 * in a copy without `.git` as well.
 */
export function repositoryFiles(root: string): string[] {
  const files: string[] = [];
  const walk = (relative: string) => {
    for (const entry of readdirSync(path.join(root, relative), { withFileTypes: true })) {
      if (GENERATED.has(entry.name)) continue;
      const child = relative === '' ? entry.name : `${relative}/${entry.name}`;
      if (entry.isDirectory()) walk(child);
      else if (entry.isFile()) files.push(child);
    }
  };
  walk('');
  return files.sort();
}
