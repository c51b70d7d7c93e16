import { defineConfig } from 'vitest/config';
import { testTiers } from './test/tiers.js';

// Dates in the product are Dutch dates: run every test in the gemeente's own time zone.
process.env.TZ = 'Europe/Amsterdam';

export const config = defineConfig({
  test: {
    environment: 'node',
    testTimeout: 20_000,
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
