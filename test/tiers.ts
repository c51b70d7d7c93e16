import { availableParallelism } from 'node:os';
import type { TestProjectInlineConfiguration } from 'vitest/config';

/**
 * The three tiers of the test suite, chosen by path and file name so a new test file lands in a
 * tier without anyone editing the config (docs/contributing.md, "Tests"; the reasons are in
 * docs/adr/0016-runtime-deployment-and-test-tiers.md):
 *
 * - **e2e**: a real browser (Chromium) or a real child process: everything under `test/e2e/`, and
 *   any `*.browser.test.ts` or `*.process.test.ts`.
 * - **integration**: the composed parts over real sockets and files: anything under
 *   `test/integration/`, and any `*.integration.test.ts`.
 * - **unit**: every other `*.test.ts`. Fast, in-process, no browser, no child process.
 *
 * `npm test` runs all three, `npm run test:unit` (or `test:integration`, `test:e2e`) one.
 */

export const TIER_NAMES = ['unit', 'integration', 'e2e'] as const;
export type TierName = (typeof TIER_NAMES)[number];

export const ALL_TESTS = 'test/**/*.test.ts';

/**
 * Starts one throwaway PostgreSQL cluster, shared by the integration and e2e tiers of a run. The
 * unit tier never talks to a database, so `npm run test:unit` does not pay for the start.
 */
const POSTGRES_SETUP = 'test/support/postgresGlobalSetup.ts';

/** Globs (relative to the project root) that put a file in a tier; unit takes the rest. */
export const TIER_GLOBS: Readonly<Record<Exclude<TierName, 'unit'>, readonly string[]>> = {
  e2e: ['test/e2e/**/*.test.ts', 'test/**/*.browser.test.ts', 'test/**/*.process.test.ts'],
  integration: ['test/integration/**/*.test.ts', 'test/**/*.integration.test.ts'],
};

/**
 * Time limits per tier. A unit test that needs more than 10 s is hanging, even on a machine busy
 * with other work. Integration tests open sockets and files; e2e tests start Chromium or a Node
 * process that compiles TypeScript, which on a loaded 2-core machine takes several seconds per
 * start. Above these a test is stuck, not slow.
 */
const LIMITS: Readonly<Record<TierName, { readonly test: number; readonly hook: number }>> = {
  unit: { test: 10_000, hook: 15_000 },
  integration: { test: 20_000, hook: 30_000 },
  e2e: { test: 60_000, hook: 60_000 },
};

/** The tier a test file belongs to, by the same rules vitest applies (for docs and a check). */
export function tierOf(file: string, matches: (file: string, glob: string) => boolean): TierName {
  if (TIER_GLOBS.e2e.some((glob) => matches(file, glob))) return 'e2e';
  if (TIER_GLOBS.integration.some((glob) => matches(file, glob))) return 'integration';
  return 'unit';
}

/**
 * Test files of the e2e tier run two at a time at least. They mostly wait (on Chromium, a child
 * process, a socket or a timer), so on the 2-core CI machine a second file uses the core the first
 * leaves idle; vitest's own default there is one worker. The unit and integration tiers keep that
 * default: their files are CPU-bound, and two of them side by side on a busy 2-core machine pushed
 * the safety scans past their limits (ADR 0016, session 23). `VITEST_MAX_WORKERS=1` runs every tier
 * one file at a time.
 */
function e2eWorkers(): number {
  const asked = Number.parseInt(process.env.VITEST_MAX_WORKERS ?? '', 10);
  return Number.isInteger(asked) && asked > 0 ? asked : Math.max(2, availableParallelism() - 1);
}

export function testTiers(): TestProjectInlineConfiguration[] {
  const e2e = [...TIER_GLOBS.e2e];
  const integration = [...TIER_GLOBS.integration];
  return [
    {
      extends: true,
      test: {
        name: 'unit',
        // One module cache per worker: botbuilder and friends load once, not once per file.
        // Unit tests keep no process-wide state; what they stub through vi is put back.
        isolate: false,
        unstubEnvs: true,
        unstubGlobals: true,
        include: [ALL_TESTS],
        exclude: [...e2e, ...integration],
        testTimeout: LIMITS.unit.test,
        hookTimeout: LIMITS.unit.hook,
      },
    },
    {
      extends: true,
      test: {
        name: 'integration',
        // One throwaway PostgreSQL cluster for the storage contract tests (test/support/).
        globalSetup: [POSTGRES_SETUP],
        // Shares the module cache like unit: each file closes its servers and files, and loading
        // the composed app again for every file was most of this tier's time.
        isolate: false,
        unstubEnvs: true,
        unstubGlobals: true,
        include: integration,
        exclude: e2e,
        testTimeout: LIMITS.integration.test,
        hookTimeout: LIMITS.integration.hook,
      },
    },
    {
      extends: true,
      test: {
        name: 'e2e',
        globalSetup: [POSTGRES_SETUP],
        include: e2e,
        testTimeout: LIMITS.e2e.test,
        hookTimeout: LIMITS.e2e.hook,
        // Browsers and child processes start last, once the fast tiers have freed the cores, and
        // two at a time (e2eWorkers): a group of its own may have its own number of workers.
        sequence: { groupOrder: 1 },
        maxWorkers: e2eWorkers(),
      },
    },
  ];
}
