import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** A fresh directory under the OS temp dir; call `remove` in afterEach. */
export interface TempDirectory {
  readonly path: string;
  /** A path inside the directory (the file itself is not created). */
  file(name: string): string;
  remove(): Promise<void>;
}

export async function createTempDirectory(prefix = 'wijkwijzer-test-'): Promise<TempDirectory> {
  const directory = await mkdtemp(path.join(tmpdir(), prefix));
  return {
    path: directory,
    file: (name) => path.join(directory, name),
    remove: () => rm(directory, { recursive: true, force: true }),
  };
}
