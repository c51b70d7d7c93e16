import type { TestProject } from 'vitest/node';
import {
  postgresBinDirectory,
  startPostgresCluster,
  type PostgresCluster,
} from './postgresCluster.js';

/**
 * vitest globalSetup: one throwaway PostgreSQL cluster for the whole run (each test makes its own
 * database in it), stopped afterwards. Without the server binaries the PostgreSQL tests skip with a
 * message, except in CI (CI=true), where that is a failure: .ci/run installs Debian's postgresql.
 */
declare module 'vitest' {
  export interface ProvidedContext {
    /** Admin URL of the test cluster, or why there is none. */
    postgres: { readonly adminUrl: string } | { readonly unavailable: string };
  }
}

let cluster: PostgresCluster | undefined;

export async function setup(project: TestProject): Promise<void> {
  if (postgresBinDirectory() === undefined) {
    const reason =
      'PostgreSQL server binaries not found (install Debian package postgresql): PostgreSQL tests skipped';
    if (process.env.CI === 'true') throw new Error(`${reason}; CI must run them`);
    process.stderr.write(`${reason}\n`);
    project.provide('postgres', { unavailable: reason });
    return;
  }
  cluster = await startPostgresCluster();
  project.provide('postgres', { adminUrl: cluster.adminUrl });
}

export async function teardown(): Promise<void> {
  await cluster?.stop();
}
