#!/usr/bin/env node
// Part of `npm run build`, after tsc: copies the prebuilt browser bundles the bot serves (Web Chat
// and teams-js) from node_modules into dist/browser/, so a production install without development
// dependencies still has them. Which bundles, and why: src/shared/browserBundles.ts.
import { copyFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  BROWSER_BUNDLE_DIR,
  BROWSER_BUNDLES,
  bundleInPackage,
} from '../dist/src/shared/browserBundles.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const target = path.join(root, BROWSER_BUNDLE_DIR);
mkdirSync(target, { recursive: true });
for (const [name, bundle] of Object.entries(BROWSER_BUNDLES)) {
  const source = bundleInPackage(root, name);
  if (source === undefined) {
    process.stderr.write(`${bundle.packageName} is not installed: run npm ci first\n`);
    process.exit(1);
  }
  copyFileSync(source, path.join(target, bundle.fileName));
}
process.stdout.write(
  `copied ${Object.keys(BROWSER_BUNDLES).length} browser bundles to ${BROWSER_BUNDLE_DIR}/\n`,
);
