import { readFileSync } from 'node:fs';

/**
 * What the benchmarks measure with, in one place: the median of rounds, and a process's CPU time
 * and memory from Linux's /proc (the machine the figures in docs/benchmarks.md come from).
 */

/** The median: the middle value, or the mean of the two middle values; NaN for no values. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  if (sorted.length === 0) return Number.NaN;
  return sorted.length % 2 === 1
    ? (sorted[middle] ?? Number.NaN)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

/** The fields of /proc/<pid>/stat after the command name (which may hold spaces). */
function statFields(pid: number): string[] {
  return readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
}

/** Clock ticks of /proc/<pid>/stat (USER_HZ, 100 on Linux) in ms. */
const TICK_MS = 10;

/**
 * User plus system CPU time (ms) of a process so far; with `children`, also that of the children
 * it waited for (a compiler it ran, parallel workers that came and went). 0 when the process is
 * gone: what it used is then counted in its parent's children.
 */
export function processCpuMs(pid: number, options: { readonly children?: boolean } = {}): number {
  try {
    const fields = statFields(pid);
    // utime, stime, cutime, cstime: fields 14-17 of stat, 12-15 after the command name.
    const own = Number(fields[11] ?? 0) + Number(fields[12] ?? 0);
    const reaped =
      options.children === true ? Number(fields[13] ?? 0) + Number(fields[14] ?? 0) : 0;
    return (own + reaped) * TICK_MS;
  } catch {
    return 0;
  }
}

/** The parent process id (field 4 of stat). Throws when the process is gone. */
export function parentPid(pid: number): number {
  return Number(statFields(pid)[1] ?? 0);
}

/** Resident memory (VmRSS) of a process in MiB. */
export function rssMiB(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
}
