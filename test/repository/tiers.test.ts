import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findProjectRoot } from '../../src/shared/projectRoot.js';
import { repositoryFiles } from '../support/repositoryFiles.js';
import { tierOf } from '../tiers.js';

/**
 * The tier rules of test/tiers.ts hold for the files in the repository: a test that starts
 * Chromium or a child process is never in the unit tier, whose files share one module cache and
 * must stay fast (docs/contributing.md, "Tests").
 */

const root = findProjectRoot();
const matches = (file: string, glob: string) => path.matchesGlob(file, glob);

function testFiles(): string[] {
  return repositoryFiles(root).filter(
    (file) => file.startsWith('test/') && file.endsWith('.test.ts'),
  );
}

describe('test tiers', () => {
  it('sorts files by path and name', () => {
    expect(tierOf('test/e2e/widget.test.ts', matches)).toBe('e2e');
    expect(tierOf('test/storage/crash.process.test.ts', matches)).toBe('e2e');
    expect(tierOf('test/board/page.browser.test.ts', matches)).toBe('e2e');
    expect(tierOf('test/server.integration.test.ts', matches)).toBe('integration');
    expect(tierOf('test/integration/storage/postgres.test.ts', matches)).toBe('integration');
    expect(tierOf('test/search/stem.test.ts', matches)).toBe('unit');
  });

  it('keeps browsers and child processes out of the unit tier', () => {
    const misplaced = testFiles()
      .filter(
        (file) => tierOf(file, matches) === 'unit' && file !== 'test/repository/tiers.test.ts',
      )
      .filter((file) => {
        const text = readFileSync(path.join(root, file), 'utf8');
        return /from 'node:child_process'|playwright-core|support\/browser\.js/.test(text);
      });
    expect(misplaced).toEqual([]);
  });

  it('keeps servers on loopback out of the unit tier: they belong in integration', () => {
    // The helpers that start a server: the composed app, a loopback SMTP or Bot Connector, the
    // board and partner harnesses, or a plain listen().
    const serverHelpers =
      /support\/(?:app|loopbackSmtp|webChatHarness|fakeBotConnector|http)\.js|boardHarness\.js|partnerHarness\.js|\.listen\(/;
    const misplaced = testFiles()
      .filter(
        (file) => tierOf(file, matches) === 'unit' && file !== 'test/repository/tiers.test.ts',
      )
      .filter((file) => serverHelpers.test(readFileSync(path.join(root, file), 'utf8')));
    expect(misplaced).toEqual([]);
  });
});
