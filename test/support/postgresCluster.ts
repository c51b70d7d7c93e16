import { execFile as execFileCallback } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { chmod, chown, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { freePort } from './http.js';

const execFile = promisify(execFileCallback);

/**
 * A throwaway PostgreSQL cluster for tests and benchmarks: Debian's binaries, a temporary data
 * directory, a free port on 127.0.0.1, trust authentication, fsync as in production. `initdb`
 * refuses to run as root, so as root the cluster runs as the `postgres` user (stack notes §2).
 * `stop` shuts it down and removes the directory.
 */
export interface PostgresCluster {
  /** `postgres://postgres@127.0.0.1:<port>/postgres`: the admin database. */
  readonly adminUrl: string;
  readonly port: number;
  stop(): Promise<void>;
}

/** Where Debian puts the server binaries (the newest version installed); PG_BIN overrides. */
export function postgresBinDirectory(): string | undefined {
  let versions: string[] = [];
  try {
    versions = readdirSync('/usr/lib/postgresql').sort((a, b) => Number(b) - Number(a));
  } catch {
    // No Debian PostgreSQL at all.
  }
  const candidates = [
    process.env.PG_BIN,
    ...versions.map((version) => `/usr/lib/postgresql/${version}/bin`),
  ];
  return candidates.find(
    (candidate): candidate is string =>
      candidate !== undefined && existsSync(path.join(candidate, 'initdb')),
  );
}

async function asPostgresUser(command: string, args: readonly string[]): Promise<void> {
  if (process.getuid?.() === 0) {
    const quoted = [command, ...args].map((part) => `'${part.replace(/'/g, `'\\''`)}'`).join(' ');
    await execFile('su', ['postgres', '-s', '/bin/sh', '-c', quoted]);
  } else {
    await execFile(command, [...args]);
  }
}

/** `settings`: extra server settings (`name=value`), such as the benchmarks' statement statistics. */
export async function startPostgresCluster(
  settings: readonly string[] = [],
): Promise<PostgresCluster> {
  const bin = postgresBinDirectory();
  if (bin === undefined) throw new Error('PostgreSQL server binaries not found (initdb)');
  const dir = await mkdtemp(path.join(tmpdir(), 'wijkwijzer-pg-'));
  if (process.getuid?.() === 0) {
    const { stdout } = await execFile('id', ['-u', 'postgres']);
    const { stdout: group } = await execFile('id', ['-g', 'postgres']);
    await chown(dir, Number(stdout.trim()), Number(group.trim()));
  }
  await chmod(dir, 0o700);
  const data = path.join(dir, 'data');
  const port = await freePort();
  try {
    await asPostgresUser(path.join(bin, 'initdb'), [
      '-D',
      data,
      '-U',
      'postgres',
      '--auth=trust',
      '-E',
      'UTF8',
      '--no-locale',
    ]);
    await asPostgresUser(path.join(bin, 'pg_ctl'), [
      '-D',
      data,
      '-l',
      path.join(dir, 'server.log'),
      '-o',
      [
        `-h 127.0.0.1 -p ${port} -k ${dir} -c max_connections=300 -c shared_buffers=64MB`,
        ...settings.map((setting) => `-c ${setting}`),
      ].join(' '),
      '-w',
      '-t',
      '60',
      'start',
    ]);
  } catch (error) {
    await rm(dir, { recursive: true, force: true });
    throw error;
  }
  let stopped = false;
  return {
    adminUrl: `postgres://postgres@127.0.0.1:${port}/postgres`,
    port,
    stop: async () => {
      if (stopped) return;
      stopped = true;
      await asPostgresUser(path.join(bin, 'pg_ctl'), [
        '-D',
        data,
        '-m',
        'fast',
        '-w',
        'stop',
      ]).catch(() => undefined);
      await rm(dir, { recursive: true, force: true });
    },
  };
}

let counter = 0;

/** A fresh, empty database in the cluster; resolves with its URL and a way to drop it. */
export async function createDatabase(
  adminUrl: string,
): Promise<{ url: string; drop: () => Promise<void> }> {
  counter += 1;
  const name = `wijkwijzer_test_${process.pid}_${Date.now().toString(36)}_${counter}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const client = new pg.Client({ connectionString: adminUrl });
      await client.connect();
      try {
        await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await client.end();
      }
    },
  };
}
