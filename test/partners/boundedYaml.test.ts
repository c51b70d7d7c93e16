import { symlink } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readBoundedText } from '../../src/partners/boundedYaml.js';
import { parsePartnerFile, replaceEntry } from '../../src/partners/entryText.js';
import { WijkwijzerError } from '../../src/shared/errors.js';
import { createTempDirectory, type TempDirectory } from '../support/tempDirectory.js';
import { aliasBomb, deepNesting, hugeDocument } from './hostileYaml.js';

/**
 * The partner page parses partner files within the knowledge loader's limits
 * (src/partners/boundedYaml.ts): 1 MiB, 32 levels, 50 alias expansions, regular files only.
 */
function refusal(work: () => unknown): WijkwijzerError {
  try {
    work();
  } catch (error) {
    expect(error).toBeInstanceOf(WijkwijzerError);
    return error as WijkwijzerError;
  }
  throw new TypeError('not refused');
}

describe('partner files beyond the YAML limits', () => {
  const cases = [
    ['an alias bomb', aliasBomb, 'aliases'],
    ['a document over 1 MiB', hugeDocument, 'size'],
    ['5,000 levels of nesting', deepNesting, 'depth'],
  ] as const;

  for (const [name, make, limit] of cases) {
    it(`refuses ${name} with WW-4118 (${limit}), to read and to edit`, () => {
      const text = make();
      const read = refusal(() => parsePartnerFile(text));
      expect(read.code).toBe('WW-4118');
      expect(read.detail).toMatchObject({ limit });
      const edit = refusal(() => replaceEntry(text, 'alifa-bom', { id: 'alifa-bom', naam: 'x' }));
      expect(edit.code).toBe('WW-4118');
    });
  }

  it('still expands a few aliases as the knowledge loader does', () => {
    const text = [
      'voorzieningen:',
      '  - id: een',
      '    naam: Een',
      '    wijken: &w [roombeek, boddenkamp]',
      '  - id: twee',
      '    naam: Twee',
      '    wijken: *w',
      '',
    ].join('\n');
    expect(parsePartnerFile(text).entries[1]).toEqual({
      id: 'twee',
      naam: 'Twee',
      wijken: ['roombeek', 'boddenkamp'],
    });
  });

  it('refuses an edit that would make the file larger than the limit, so nothing is written', () => {
    const alifa = readFileSync(path.join('knowledge', 'voorzieningen', 'alifa.yaml'), 'utf8');
    const [first] = parsePartnerFile(alifa).entries;
    if (first === undefined) throw new TypeError('alifa.yaml has no entries');
    const edit = refusal(() =>
      replaceEntry(alifa, String(first.id), { ...first, beschrijving: 'lang '.repeat(220_000) }),
    );
    expect(edit.code).toBe('WW-4118');
  });
});

describe('reading a partner file', () => {
  let temp: TempDirectory;

  beforeEach(async () => {
    temp = await createTempDirectory();
  });

  afterEach(async () => {
    await temp.remove();
  });

  it('refuses a link (to /dev/zero) instead of reading it, and says when there is no file', async () => {
    const link = temp.file('alifa.yaml');
    await symlink('/dev/zero', link);
    const error = await readBoundedText(link).then(
      () => undefined,
      (reason: unknown) => reason,
    );
    expect(error).toBeInstanceOf(WijkwijzerError);
    expect((error as WijkwijzerError).detail).toMatchObject({ limit: 'not-regular' });
    expect(await readBoundedText(temp.file('geen.yaml'))).toBeNull();
  });
});
