import { describe, expect, it } from 'vitest';
import { median, parentPid, processCpuMs, rssMiB } from '../../bench/measure.js';

describe("the benchmarks' measures", () => {
  it('takes the middle value, or the mean of the two middle ones, and NaN of nothing', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([7])).toBe(7);
    expect(median([])).toBeNaN();
  });

  it("reads this process's CPU time, parent and memory from /proc", () => {
    const before = processCpuMs(process.pid);
    let spin = 0;
    const until = Date.now() + 60;
    while (Date.now() < until) spin += 1;
    expect(spin).toBeGreaterThan(0);
    // Ticks of 10 ms: 60 ms of work is at least a few of them.
    expect(processCpuMs(process.pid)).toBeGreaterThan(before);
    expect(processCpuMs(process.pid, { children: true })).toBeGreaterThanOrEqual(
      processCpuMs(process.pid),
    );
    expect(parentPid(process.pid)).toBe(process.ppid);
    expect(rssMiB(process.pid)).toBeGreaterThan(1);
  });

  it('counts a process that is gone as nothing', () => {
    expect(processCpuMs(2 ** 22 + 1)).toBe(0);
  });
});
