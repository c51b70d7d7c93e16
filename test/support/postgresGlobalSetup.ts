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

/**
 * The integration and e2e tiers both name this file as their globalSetup. vitest calls setup and
 * teardown once per tier, in the main process: the cluster lives on `globalThis` with a count of
 * the tiers using it, so a run starts one cluster and the last teardown stops it.
 */
interface SharedCluster {
  started?: Promise<PostgresCluster>;
  users: number;
}
const SHARED = Symbol.for('wijkwijzer.test.postgresCluster');
const registry = globalThis as typeof globalThis & { [SHARED]?: SharedCluster };
const shared: SharedCluster = (registry[SHARED] ??= { users: 0 });

export async function setup(project: TestProject): Promise<void> {
  if (postgresBinDirectory() === undefined) {
    const reason =
      'PostgreSQL server binaries not found (install Debian package postgresql): PostgreSQL tests skipped';
    if (process.env.CI === 'true') throw new Error(`${reason}; CI must run them`);
    process.stderr.write(`${reason}\n`);
    project.provide('postgres', { unavailable: reason });
    return;
  }
  shared.users += 1;
  shared.started ??= startPostgresCluster();
  const cluster = await shared.started;
  project.provide('postgres', { adminUrl: cluster.adminUrl });
}

export async function teardown(): Promise<void> {
  if (shared.started === undefined) return;
  shared.users -= 1;
  if (shared.users > 0) return;
  const started = shared.started;
  delete shared.started;
  await (await started).stop();
}
