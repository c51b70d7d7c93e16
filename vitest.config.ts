import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import { testTiers } from './test/tiers.js';

// Dates in the product are Dutch dates: run every test in the gemeente's own time zone.
process.env.TZ = 'Europe/Amsterdam';

export const config = defineConfig({
  test: {
    environment: 'node',
    testTimeout: 20_000,
    // Two test files at a time at least. vitest's default is one worker less than the cores, which
    // on the 2-core CI machine is one: every file ran after the other, and the cores idled while a
    // file waited on a browser, a child process, a socket or a timer (docs/contributing.md, "Tests").
    maxWorkers: Math.max(2, availableParallelism() - 1),
    hookTimeout: 30_000,
    env: { TZ: 'Europe/Amsterdam' },
    // Tiers by path and file name (test/tiers.ts; docs/contributing.md, "Tests"): `npm test` runs
    // them all, `npm run test:unit` only the fast one.
    projects: testTiers(),
    coverage: {
      provider: 'v8',
      include: ['src/**', 'dialogs/**'],
      reporter: ['text-summary'],
    },
  },
});

// Vitest reads the default export of its config file (allowed for config files only).
export default config;
