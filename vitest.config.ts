import { defineConfig } from 'vitest/config';

// Dates in the product are Dutch dates: run every test in the gemeente's own time zone.
process.env.TZ = 'Europe/Amsterdam';

export const config = defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
    testTimeout: 20_000,
    hookTimeout: 30_000,
    env: { TZ: 'Europe/Amsterdam' },
    // One throwaway PostgreSQL cluster per run for the storage contract tests (test/support/).
    globalSetup: ['test/support/postgresGlobalSetup.ts'],
    coverage: {
      provider: 'v8',
      include: ['src/**', 'dialogs/**'],
      reporter: ['text-summary'],
    },
  },
});

// Vitest reads the default export of its config file (allowed for config files only).
export default config;
