import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  BROWSER_BUNDLE_DIR,
  browserBundlePath,
  bundleInPackage,
} from '../../src/shared/browserBundles.js';
import { findProjectRoot } from '../../src/shared/projectRoot.js';

describe('browser bundles', () => {
  let work: string | undefined;
  afterEach(async () => {
    if (work !== undefined) await rm(work, { recursive: true, force: true });
    work = undefined;
  });

  it('in development: the bundles inside the installed packages', () => {
    const root = findProjectRoot();
    const webchat = browserBundlePath(root, 'webchat');
    expect(webchat).toBe(bundleInPackage(root, 'webchat'));
    expect(webchat).toMatch(/node_modules\/botframework-webchat\/dist\/webchat\.js$/);
    expect(existsSync(webchat)).toBe(true);
    expect(browserBundlePath(root, 'teamsJs')).toMatch(
      /node_modules\/@microsoft\/teams-js\/.*MicrosoftTeams\.min\.js$/,
    );
    expect(existsSync(browserBundlePath(root, 'teamsJs'))).toBe(true);
  });

  it('in production (no development dependencies): the copies the build put in dist/browser', async () => {
    work = await mkdtemp(path.join(tmpdir(), 'wijkwijzer-bundles-'));
    await writeFile(path.join(work, 'package.json'), '{"name":"installed","type":"module"}');
    await mkdir(path.join(work, BROWSER_BUNDLE_DIR), { recursive: true });
    expect(bundleInPackage(work, 'webchat')).toBeUndefined();
    expect(browserBundlePath(work, 'webchat')).toBe(path.join(work, 'dist/browser/webchat.js'));
    expect(browserBundlePath(work, 'teamsJs')).toBe(
      path.join(work, 'dist/browser/MicrosoftTeams.min.js'),
    );
  });
});
