import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { Low } from 'lowdb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { WijkwijzerError } from '../../src/shared/errors.js';
import { DurableJsonFile } from '../../src/storage/durableJsonFile.js';
import { createTempDirectory, type TempDirectory } from '../support/tempDirectory.js';

interface Notes {
  notes: string[];
}

let temp: TempDirectory;

beforeEach(async () => {
  temp = await createTempDirectory();
});

afterEach(async () => {
  await temp.remove();
});

describe('DurableJsonFile', () => {
  it('works as a lowdb adapter: defaults for a missing file, data back after a write', async () => {
    const file = temp.file('notes.json');
    const db = new Low<Notes>(new DurableJsonFile<Notes>(file), { notes: [] });
    await db.read();
    expect(db.data).toEqual({ notes: [] });
    await db.update((data) => void data.notes.push('een'));

    const again = new Low<Notes>(new DurableJsonFile<Notes>(file), { notes: [] });
    await again.read();
    expect(again.data).toEqual({ notes: ['een'] });
  });

  it('replaces the file whole and leaves no temp file behind', async () => {
    const file = temp.file('notes.json');
    const adapter = new DurableJsonFile<Notes>(file);
    await adapter.write({ notes: ['a'] });
    await adapter.write({ notes: ['b', 'c'] });
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual({ notes: ['b', 'c'] });
    expect(await readdir(temp.path)).toEqual(['notes.json']);
  });

  it('creates the file readable by its owner only (it holds personal data)', async () => {
    const file = temp.file('notes.json');
    await new DurableJsonFile<Notes>(file).write({ notes: [] });
    expect((await stat(file)).mode & 0o777).toBe(0o600);
  });

  it('names the file in the WW-3002 of a corrupt file (lowdb throws a bare SyntaxError)', async () => {
    const file = temp.file('notes.json');
    await writeFile(file, '{"notes": [');
    const error: unknown = await new DurableJsonFile<Notes>(file).read().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WijkwijzerError);
    expect((error as WijkwijzerError).code).toBe('WW-3002');
    expect((error as WijkwijzerError).detail).toMatchObject({ file, reason: 'invalid-json' });
  });

  it('reads a file that starts with a UTF-8 byte order mark', async () => {
    const file = temp.file('notes.json');
    await writeFile(file, '\uFEFF{"notes": ["café"]}');
    expect(await new DurableJsonFile<Notes>(file).read()).toEqual({ notes: ['café'] });
  });

  it('removes only its own leftover temp files', async () => {
    const file = temp.file('notes.json');
    await writeFile(temp.file('.notes.json.4242.0a1b2c.tmp'), '{}');
    await writeFile(temp.file('.other.json.4242.0a1b2c.tmp'), '{}');
    await writeFile(temp.file('.notes.json.backup'), '{}');
    expect(await new DurableJsonFile<Notes>(file).removeLeftoverTempFiles()).toBe(1);
    expect((await readdir(temp.path)).sort()).toEqual([
      '.notes.json.backup',
      '.other.json.4242.0a1b2c.tmp',
    ]);
  });
});
