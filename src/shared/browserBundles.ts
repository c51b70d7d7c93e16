import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

/**
 * The prebuilt browser bundles the bot serves: Web Chat's UMD bundle for the widget and teams-js
 * for the Casusbord. Both come from npm packages that are development dependencies, because only
 * these two files of their large dependency trees are ever used (docs/dependencies.md): in
 * development they are read from node_modules; `npm run build` copies them into dist/browser/
 * (scripts/copyBrowserBundles.js), so a production install without development dependencies
 * serves the copies. Never committed to the repository.
 */
export const BROWSER_BUNDLES = {
  webchat: {
    fileName: 'webchat.js',
    packageName: 'botframework-webchat',
    /** From the package's resolved main file to the bundle. */
    fromMain: ['..', 'dist', 'webchat.js'],
  },
  teamsJs: {
    fileName: 'MicrosoftTeams.min.js',
    packageName: '@microsoft/teams-js',
    fromMain: ['MicrosoftTeams.min.js'],
  },
} as const;

export type BrowserBundle = keyof typeof BROWSER_BUNDLES;

/** Where the build puts its copies, relative to the project root. */
export const BROWSER_BUNDLE_DIR = path.join('dist', 'browser');

/** The bundle inside its npm package, or undefined when the package is not installed. */
export function bundleInPackage(projectRoot: string, bundle: BrowserBundle): string | undefined {
  const { packageName, fromMain } = BROWSER_BUNDLES[bundle];
  try {
    const main = createRequire(path.join(projectRoot, 'package.json')).resolve(packageName);
    return path.join(path.dirname(main), ...fromMain);
  } catch {
    return undefined;
  }
}

/**
 * The file to serve: the installed package's bundle when there is one (development, tests), else
 * the build's copy. Falls back to the copy's path even when it is missing, so the static file
 * route reports a missing file at the first request instead of the server refusing to start.
 */
export function browserBundlePath(projectRoot: string, bundle: BrowserBundle): string {
  const installed = bundleInPackage(projectRoot, bundle);
  if (installed !== undefined && existsSync(installed)) return installed;
  return path.join(projectRoot, BROWSER_BUNDLE_DIR, BROWSER_BUNDLES[bundle].fileName);
}
