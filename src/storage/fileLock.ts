import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import type { Logger } from '../shared/logger.js';
import { WijkwijzerError } from '../shared/errors.js';
import { errnoCode } from './durableJsonFile.js';

/**
 * One writer per storage file: a lock file `<file>.lock` next to it, created with O_EXCL and
 * holding `<pid>\n<boot id>\n`. See docs/adr/0002-single-writer-file-storage.md for why.
 *
 * A lock whose pid is dead, or that was written during an earlier boot, is stale and taken over.
 * The lock is advisory and only means something on a local disk: a pid from another host (NFS,
 * SMB, a second container on a shared volume) cannot be checked.
 */
export interface FileLock {
  readonly lockFile: string;
  /** Removes the lock file if it is still ours. Safe to call twice. */
  release(): Promise<void>;
}

/**
 * Lock files held by this process. A module-level set is the exception to "no module state" on
 * purpose: the lock file records a pid, so within one process only memory can tell a second
 * opener from a lock left by an earlier run that happened to get the same pid (pid 1 in every
 * container restart).
 */
const heldByThisProcess = new Set<string>();

/** How long an empty lock file counts as "another process is writing its pid right now". */
const FRESH_EMPTY_LOCK_MS = 2_000;
const MAX_ATTEMPTS = 50;

interface LockHolder {
  readonly pid: number;
  readonly bootId: string | null;
}

export async function acquireFileLock(target: string, logger: Logger): Promise<FileLock> {
  const lockFile = `${target}.lock`;
  if (heldByThisProcess.has(lockFile)) {
    throw new WijkwijzerError('WW-3006', { detail: { file: target, pid: process.pid } });
  }
  // Claimed before the first await, so two concurrent opens in this process cannot both proceed.
  heldByThisProcess.add(lockFile);
  try {
    const bootId = await currentBootId();
    for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt += 1) {
      if (await tryCreate(lockFile, bootId, target)) {
        let released = false;
        return {
          lockFile,
          release: async () => {
            if (released) return;
            released = true;
            await releaseLock(lockFile, logger);
          },
        };
      }
      const observed = await readLockText(lockFile);
      if (observed === null) continue; // removed meanwhile: try again
      const holder = parseHolder(observed);
      if (holder === null) {
        // Another process may be between creating the file and writing its pid.
        if (await isYoungerThan(lockFile, FRESH_EMPTY_LOCK_MS)) {
          await delay(50);
          continue;
        }
      } else if (isAlive(holder, bootId)) {
        throw new WijkwijzerError('WW-3005', { detail: { file: target, pid: holder.pid } });
      }
      if (await takeOver(lockFile, observed)) {
        logger.warn(
          { file: target, stalePid: holder?.pid ?? null },
          'storage lock left by a process that no longer runs; taking it over',
        );
      }
    }
    throw new WijkwijzerError('WW-3003', { detail: { file: target, reason: 'lock-contended' } });
  } catch (error) {
    heldByThisProcess.delete(lockFile);
    if (error instanceof WijkwijzerError) throw error;
    throw new WijkwijzerError('WW-3003', {
      cause: error,
      detail: { file: target, reason: 'lock', code: errnoCode(error) },
    });
  }
}

async function tryCreate(lockFile: string, bootId: string | null, target: string) {
  let handle: fs.FileHandle;
  try {
    handle = await fs.open(lockFile, 'wx', 0o600);
  } catch (error) {
    if (errnoCode(error) === 'EEXIST') return false;
    throw new WijkwijzerError('WW-3003', {
      cause: error,
      detail: { file: target, reason: 'lock-create', code: errnoCode(error) },
    });
  }
  try {
    await handle.writeFile(`${process.pid}\n${bootId ?? ''}\n`, 'utf8');
    await handle.sync();
    await handle.close();
  } catch (error) {
    await handle.close().catch(() => undefined);
    await fs.rm(lockFile, { force: true }).catch(() => undefined);
    throw new WijkwijzerError('WW-3003', {
      cause: error,
      detail: { file: target, reason: 'lock-write', code: errnoCode(error) },
    });
  }
  return true;
}

/**
 * Moves the stale lock aside and checks that what moved is what was judged stale. Two processes
 * may find the same stale lock; if the other one already replaced it with a live lock, this one put
 * it back instead of deleting it (and will then see it as alive).
 */
async function takeOver(lockFile: string, observed: string): Promise<boolean> {
  const aside = `${lockFile}.stale-${process.pid}-${randomBytes(4).toString('hex')}`;
  try {
    await fs.rename(lockFile, aside);
  } catch (error) {
    if (errnoCode(error) === 'ENOENT') return false;
    throw error;
  }
  const moved = await fs.readFile(aside, 'utf8').catch(() => null);
  if (moved === observed) {
    await fs.rm(aside, { force: true });
    return true;
  }
  // link() fails when a lock exists again: then that one wins and the moved one is dropped.
  await fs.link(aside, lockFile).catch(() => undefined);
  await fs.rm(aside, { force: true });
  return false;
}

async function releaseLock(lockFile: string, logger: Logger): Promise<void> {
  try {
    const holder = parseHolder((await readLockText(lockFile)) ?? '');
    if (holder?.pid === process.pid) {
      await fs.rm(lockFile, { force: true });
    } else {
      logger.warn(
        { lockFile, holderPid: holder?.pid ?? null },
        'storage lock was replaced by someone else; leaving it',
      );
    }
  } finally {
    heldByThisProcess.delete(lockFile);
  }
}

function isAlive(holder: LockHolder, bootId: string | null): boolean {
  if (holder.bootId !== null && bootId !== null && holder.bootId !== bootId) return false;
  // Our own pid but not in our set: written by an earlier run that had the same pid.
  if (holder.pid === process.pid) return false;
  try {
    process.kill(holder.pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to another user.
    return errnoCode(error) === 'EPERM';
  }
}

function parseHolder(text: string): LockHolder | null {
  const [pidLine, bootLine] = text.split('\n');
  if (pidLine === undefined || !/^\d+$/.test(pidLine.trim())) return null;
  const pid = Number(pidLine.trim());
  if (!Number.isSafeInteger(pid) || pid <= 0) return null;
  const bootId = bootLine?.trim() ?? '';
  return { pid, bootId: bootId === '' ? null : bootId };
}

async function readLockText(lockFile: string): Promise<string | null> {
  try {
    return await fs.readFile(lockFile, 'utf8');
  } catch (error) {
    if (errnoCode(error) === 'ENOENT') return null;
    throw error;
  }
}

async function isYoungerThan(file: string, ms: number): Promise<boolean> {
  // File times are system time, so this compares with the system clock, not an injected Clock.
  try {
    const stat = await fs.stat(file);
    return Date.now() - stat.mtimeMs < ms;
  } catch {
    return false;
  }
}

/** Linux's per-boot id: a pid from an earlier boot says nothing about the process running now. */
async function currentBootId(): Promise<string | null> {
  try {
    return (await fs.readFile('/proc/sys/kernel/random/boot_id', 'utf8')).trim() || null;
  } catch {
    return null;
  }
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
