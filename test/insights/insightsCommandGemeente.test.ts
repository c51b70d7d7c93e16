import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { findProjectRoot } from '../../src/shared/projectRoot.js';
import { knowledgeDirFrom, removeCreatedDirs } from '../knowledge/fixtures.js';
import { createTempDirectory, type TempDirectory } from '../support/tempDirectory.js';

const LINDEWAARD = path.join(findProjectRoot(), 'test/fixtures/kaart-lindewaard');

let data: TempDirectory;
beforeEach(async () => {
  data = await createTempDirectory();
});
afterEach(async () => {
  await data.remove();
});
afterAll(removeCreatedDirs);

/** `wijkwijzer insights report` for March 2026 on `knowledge`, in one format; an empty month. */
async function reportOn(knowledge: string, format: 'md' | 'csv' | 'json'): Promise<string> {
  let stdout = '';
  const code = await main(
    ['insights', 'report', '--from', '2026-03-01', '--to', '2026-03-31', '--format', format],
    {
      stdout: (text) => void (stdout += text),
      stderr: () => undefined,
      env: { DATA_DIR: data.path, KNOWLEDGE_DIR: knowledge, LOG_LEVEL: 'silent' },
      cwd: data.path,
    },
  );
  expect(code).toBe(0);
  return stdout;
}

/**
 * The monitor on the command line names the gemeente of the knowledge it loads, by the rule the
 * bot uses (gebieden.yaml `gemeente`, else gemeentediensten.yaml's, else words for any gemeente),
 * and nothing of Enschede's: a dev kaart with and without a name.
 */
describe('wijkwijzer insights report on another gemeente’s knowledge', () => {
  it('names the gemeente its gebieden.yaml gives', async () => {
    const gebieden = await readFile(path.join(LINDEWAARD, 'gebieden.yaml'), 'utf8');
    const named = await knowledgeDirFrom(LINDEWAARD, {
      'gebieden.yaml': `gemeente: Lindewaard\n${gebieden}`,
    });
    const markdown = await reportOn(named, 'md');
    expect(markdown.split('\n')[0]).toBe(
      '# Monitor digitale wijkwijzer: maart 2026, heel Lindewaard',
    );
    for (const text of [markdown, await reportOn(named, 'csv'), await reportOn(named, 'json')]) {
      expect(text).not.toMatch(/Enschede|14 053|Wesselerbrink/);
    }
  });

  it('says "de hele gemeente" when the knowledge names none', async () => {
    const markdown = await reportOn(LINDEWAARD, 'md');
    expect(markdown.split('\n')[0]).toBe(
      '# Monitor digitale wijkwijzer: maart 2026, de hele gemeente',
    );
    expect(markdown).not.toMatch(/Enschede|hele stad/);
  });
});
