#!/usr/bin/env node
// The `wijkwijzer` command. In a source checkout it runs the TypeScript directly (through tsx), so
// it never runs stale code; in an installed build it runs the compiled JavaScript from dist/.
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const source = `${root}src/cli/main.ts`;
const compiled = `${root}dist/src/cli/main.js`;

let entry = compiled;
if (existsSync(source)) {
  try {
    const { register } = await import('tsx/esm/api');
    register();
    entry = source;
  } catch {
    // tsx is a development dependency; without it, fall back to the compiled build.
  }
}
if (!existsSync(entry)) {
  process.stderr.write('wijkwijzer: no build found. Run `npm run build` first.\n');
  process.exit(70);
}
const { main } = await import(pathToFileURL(entry).href);
process.exitCode = await main(process.argv.slice(2));
