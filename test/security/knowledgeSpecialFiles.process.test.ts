import { execFileSync } from 'node:child_process';
import { rm, symlink } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/knowledge/loader.js';
import { fixedClock, knowledgeDir, removeCreatedDirs } from '../knowledge/fixtures.js';

/**
 * Hardening (docs/adr/0015-security-posture.md): a FIFO hung the reloader for good, a link to /dev/zero read until memory ran
 * out, and symlinks were skipped without a word. Only regular files are read; everything else gets
 * a Dutch diagnostic. Each load here must finish (the test's timeout is the hang detector).
 */

afterEach(removeCreatedDirs);

const mkfifo = (file: string) => execFileSync('mkfifo', [file]);

describe('special files in the knowledge directory', () => {
  it('refuses a FIFO in place of a required file at once, with a Dutch error', async () => {
    const dir = await knowledgeDir();
    await rm(path.join(dir, 'synoniemen.yaml'));
    mkfifo(path.join(dir, 'synoniemen.yaml'));
    const result = await loadKnowledge(dir, { clock: fixedClock });
    expect(result.ok).toBe(false);
    expect(result.errors).toMatchObject([
      {
        code: 'not-regular-file',
        file: 'synoniemen.yaml',
        message: expect.stringMatching(/pijp \(FIFO\)/),
      },
    ]);
  }, 10_000);

  it('refuses a link to /dev/zero in place of a required file without reading it', async () => {
    const dir = await knowledgeDir();
    await rm(path.join(dir, 'synoniemen.yaml'));
    await symlink('/dev/zero', path.join(dir, 'synoniemen.yaml'));
    const result = await loadKnowledge(dir, { clock: fixedClock });
    expect(result.errors).toMatchObject([
      { code: 'not-regular-file', message: expect.stringMatching(/snelkoppeling/) },
    ]);
  }, 10_000);

  it('skips special files among the partner files with a warning and loads the rest', async () => {
    const dir = await knowledgeDir();
    const voorzieningen = path.join(dir, 'voorzieningen');
    mkfifo(path.join(voorzieningen, 'pijp.yaml'));
    await symlink('/dev/zero', path.join(voorzieningen, 'nul.yaml'));
    await symlink(path.join(voorzieningen, 'alifa.yaml'), path.join(voorzieningen, 'kopie.yaml'));
    const result = await loadKnowledge(dir, { clock: fixedClock });
    expect(result.ok).toBe(true);
    const skipped = result.warnings.filter((warning) => warning.code === 'special-file-skipped');
    expect(skipped.map((warning) => warning.file).sort()).toEqual([
      'voorzieningen/kopie.yaml',
      'voorzieningen/nul.yaml',
      'voorzieningen/pijp.yaml',
    ]);
    expect(skipped.every((warning) => /slaat het over/.test(warning.message))).toBe(true);
  }, 10_000);
});
