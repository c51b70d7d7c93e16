#!/usr/bin/env node
// `npm start`: compile only when the build is missing or older than the sources, then start the
// compiled bot with Node's module compile cache. Plain JavaScript, so it runs before any build.
// Why and how it was measured: docs/adr/0016-runtime-deployment-and-test-tiers.md.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import module, { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const entry = path.join(root, 'dist', 'src', 'index.js');
/** What `npm run build` (tsconfig.build.json) compiles, and the settings that shape its output. */
const SOURCE_DIRECTORIES = ['src', 'dialogs'];
// Not package-lock.json: `npm prune` rewrites it unchanged, and while Web Chat and teams-js are
// installed their bundles are served from node_modules, not from the copies in dist/browser/.
const SOURCE_FILES = ['tsconfig.json', 'tsconfig.build.json'];

/** Newest modification time (ms) of the TypeScript sources and their compiler settings. */
function newestSource() {
  let newest = 0;
  const visit = (file) => {
    const { mtimeMs } = statSync(file);
    if (mtimeMs > newest) newest = mtimeMs;
  };
  for (const directory of SOURCE_DIRECTORIES) {
    const dir = path.join(root, directory);
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir, { recursive: true })) {
      if (/\.(?:ts|json)$/.test(name)) visit(path.join(dir, name));
    }
  }
  for (const name of SOURCE_FILES) {
    if (existsSync(path.join(root, name))) visit(path.join(root, name));
  }
  return newest;
}

export function buildIsStale() {
  return !existsSync(entry) || statSync(entry).mtimeMs < newestSource();
}

/** The TypeScript compiler, when installed (it is a development dependency). */
function compiler() {
  try {
    return createRequire(path.join(root, 'package.json')).resolve('typescript/bin/tsc');
  } catch {
    return undefined;
  }
}

function buildIfStale() {
  if (!buildIsStale()) return;
  const tsc = compiler();
  if (tsc === undefined) {
    if (existsSync(entry)) {
      process.stderr.write(
        'wijkwijzer: dist/ is older than the sources, but TypeScript is not installed (a production install); starting the existing build. Run `npm run build` where the dev dependencies are installed.\n',
      );
      return;
    }
    process.stderr.write(
      'wijkwijzer: there is no build (dist/) and TypeScript is not installed. Run `npm ci && npm run build` first.\n',
    );
    process.exit(1);
  }
  process.stderr.write('wijkwijzer: compiling TypeScript (once, until the sources change)…\n');
  // The same two steps as `npm run build`: compile, then copy the browser bundles into dist/.
  for (const args of [[tsc, '-p', 'tsconfig.build.json'], ['scripts/copyBrowserBundles.js']]) {
    const result = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit' });
    if (result.status !== 0) process.exit(result.status ?? 1);
  }
}

/**
 * Node 22.1+ can cache the compiled bytecode of every module it loads. On a later start it then
 * skips most of the parsing of botbuilder, restify and friends. NODE_COMPILE_CACHE (Node's own
 * variable) wins; under systemd the unit's CacheDirectory is used; otherwise Node's default in
 * the temporary directory.
 */
function enableCompileCache() {
  if (process.env.NODE_COMPILE_CACHE !== undefined) return;
  if (process.env.NODE_DISABLE_COMPILE_CACHE !== undefined) return;
  if (typeof module.enableCompileCache !== 'function') return;
  const systemdCache = process.env.CACHE_DIRECTORY?.split(':')[0];
  module.enableCompileCache(
    systemdCache === undefined ? undefined : path.join(systemdCache, 'node-compile-cache'),
  );
}

const invokedDirectly =
  process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (invokedDirectly) {
  buildIfStale();
  enableCompileCache();
  const { main } = await import(pathToFileURL(entry).href);
  await main();
}
