import { execFileSync } from 'node:child_process';
import { readFile, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadStaffFile, parseStaffFile } from '../../src/board/staffRegister.js';
import { loadRoutingFile, parseRoutingFile } from '../../src/cases/routing.js';
import { MAX_FILE_BYTES } from '../../src/knowledge/yamlSource.js';
import { createTempDirectory, type TempDirectory } from '../support/tempDirectory.js';

/**
 * docs/adr/0015-security-posture.md §1, for the operator's YAML files: the routing file (knowledge/routering.yaml)
 * and the staff file (STAFF_FILE) were parsed with no limit on size, nesting or aliases, and read
 * with readFile, which waits for ever on a FIFO. They now go through the reader of the knowledge
 * files, with its limits; a refusal is the file's own error (WW-6006, WW-8007) naming the problem
 * by code and line, never by content (the staff file holds colleagues' names).
 */

const realRouting = fileURLToPath(new URL('../../knowledge/routering.yaml', import.meta.url));
const STAFF =
  'versie: 1\nmedewerkers:\n  - { id: 6f1c2b3a-0000-4000-8000-000000000001, naam: Echte Naam, wijkteams: [centrum] }\n';

/** `levels` nested block mappings under the file's first key. */
function nested(first: string, levels: number): string {
  return [
    `${first}:`,
    ...Array.from({ length: levels }, (_, i) => `${'  '.repeat(i + 1)}k${i}:`),
    `${'  '.repeat(levels + 1)}x: 1`,
  ].join('\n');
}

/** A "billion laughs": each alias doubles the expansion. */
function aliasBomb(first: string): string {
  const lines = [`${first}: &a0 [x, x]`];
  for (let i = 1; i < 60; i += 1) lines.push(`k${i}: &a${i} [*a${i - 1}, *a${i - 1}]`);
  return lines.join('\n');
}

const files = [
  {
    name: 'the routing file',
    code: 'WW-6006',
    valid: () => readFile(realRouting, 'utf8'),
    parse: (text: string) => parseRoutingFile(text, 'routering.yaml'),
    load: (file: string) => loadRoutingFile(file),
    problems: (error: unknown) => (error as { problems: readonly string[] }).problems.join('\n'),
  },
  {
    name: 'the staff file',
    code: 'WW-8007',
    valid: async () => STAFF,
    parse: (text: string) => parseStaffFile(text, 'staff.yaml'),
    load: (file: string) => loadStaffFile(file),
    problems: (error: unknown) =>
      String((error as { detail: { problems: string } }).detail.problems),
  },
] as const;

describe.each(files)('$name', (file) => {
  let temp: TempDirectory;
  beforeEach(async () => {
    temp = await createTempDirectory();
  });
  afterEach(async () => {
    await temp.remove();
  });

  const refusal = (work: () => unknown): unknown => {
    try {
      work();
    } catch (error) {
      return error;
    }
    return undefined;
  };

  it('refuses nesting deeper than the knowledge files may, before parsing it', () => {
    const error = refusal(() => file.parse(nested('versie', 40)));
    expect(error).toMatchObject({ code: file.code });
    expect(file.problems(error)).toContain('yaml-too-deep');
  });

  it('refuses more aliases than the knowledge files may, with its own error', () => {
    const error = refusal(() => file.parse(aliasBomb('versie')));
    expect(error).toMatchObject({ code: file.code });
    expect(file.problems(error)).toContain('yaml-syntax');
  });

  it('refuses a file larger than a knowledge file may be', async () => {
    const big = temp.file('big.yaml');
    await writeFile(big, `${await file.valid()}# ${'x'.repeat(MAX_FILE_BYTES)}\n`);
    const error = await file.load(big).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ code: file.code });
    expect(file.problems(error)).toContain('file-too-large');
  });

  it('refuses a FIFO at once instead of waiting for it for ever', async () => {
    const fifo = temp.file('pipe.yaml');
    execFileSync('mkfifo', [fifo]);
    const error = await file.load(fifo).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ code: file.code });
    expect(file.problems(error)).toContain('not-regular-file');
  });

  it('still reads a valid file, also through a symlink the operator made (a mounted config)', async () => {
    const real = temp.file('real.yaml');
    await writeFile(real, await file.valid());
    const link = path.join(path.dirname(real), 'linked.yaml');
    await symlink(real, link);
    await expect(file.load(real)).resolves.toBeDefined();
    await expect(file.load(link)).resolves.toBeDefined();
  });

  it('names the line of a syntax error, and no content of the file', () => {
    const error = refusal(() => file.parse(`${STAFF}  - { id: Echte Naam\n`));
    expect(error).toMatchObject({ code: file.code });
    expect(file.problems(error)).toMatch(/line \d+/);
    expect(file.problems(error)).not.toContain('Echte Naam');
  });
});
