/**
 * `npm run bench:knowledge`: how long a reload of the sociale kaart takes at 1,000, 2,500 and
 * 10,000 voorzieningen, and how long it blocks the event loop, which is how long a resident's turn
 * could wait behind it (docs/adr/0015-security-posture.md; target: no block over 50 ms at 10,000 entries for the
 * load and checks). The load (read, parse, validate, check) and the search index build are
 * measured apart: the index build is one synchronous call in src/search/.
 * Options: SIZES=1000,2500,10000, ROUNDS=3.
 */
import path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import os from 'node:os';
import { loadKnowledge } from '../src/knowledge/loader.js';
import { buildSearchIndex } from '../src/search/searchIndex.js';
import { syntheticKnowledgeDir } from './syntheticKnowledgeDir.js';

const root = path.resolve(import.meta.dirname, '..');
const sizes = (process.env.SIZES ?? '1000,2500,10000').split(',').map(Number);
const rounds = Number(process.env.ROUNDS ?? 3);
const clock = { now: () => new Date('2026-12-01T10:00:00Z') };

const cpuMs = () => {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
};

/**
 * Runs `work` while a 1 ms timer watches the event loop. Returns its wall time, the longest gap
 * between two ticks of the timer (what a waiting turn would see, including time the operating
 * system gave to other processes on a busy machine), and the CPU time this process spent in that
 * stretch (the block our own code caused, which is what the target is about).
 */
async function measure<T>(
  work: () => Promise<T> | T,
): Promise<{ ms: number; blockMs: number; cpuBlockMs: number; result: T }> {
  const histogram = monitorEventLoopDelay({ resolution: 1 });
  let longest = 0;
  let longestCpu = 0;
  let last = performance.now();
  let lastCpu = cpuMs();
  const tick = () => {
    const now = performance.now();
    const cpu = cpuMs();
    longest = Math.max(longest, now - last);
    longestCpu = Math.max(longestCpu, cpu - lastCpu);
    last = now;
    lastCpu = cpu;
  };
  const probe = setInterval(tick, 1);
  histogram.enable();
  const started = performance.now();
  const result = await work();
  const ms = performance.now() - started;
  tick();
  clearInterval(probe);
  histogram.disable();
  return { ms, blockMs: Math.max(longest, histogram.max / 1e6), cpuBlockMs: longestCpu, result };
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
};

console.log(
  `Node ${process.version}, ${os.cpus().length} cores, load ${os
    .loadavg()
    .map((v) => v.toFixed(1))
    .join(' ')}`,
);
console.log(
  '| Entries | Load + checks | Longest block (load): wall / CPU | Index build | Longest block (index): wall / CPU |',
);
console.log(
  '| ------- | ------------- | ------------------------------ | ----------- | ------------------------------- |',
);
for (const size of sizes) {
  const knowledge = await syntheticKnowledgeDir(path.join(root, 'knowledge'), size);
  const load: number[] = [];
  const loadBlock: number[] = [];
  const loadCpuBlock: number[] = [];
  const build: number[] = [];
  const buildBlock: number[] = [];
  const buildCpuBlock: number[] = [];
  try {
    for (let round = 0; round < rounds; round += 1) {
      const loaded = await measure(() => loadKnowledge(knowledge.dir, { clock }));
      if (!loaded.result.ok) {
        throw new Error(
          `synthetic knowledge did not load: ${loaded.result.errors
            .slice(0, 3)
            .map((error) => `${error.file}:${error.line} ${error.message}`)
            .join('; ')}`,
        );
      }
      const catalogue = loaded.result.catalogue;
      const indexed = await measure(() => buildSearchIndex(catalogue));
      load.push(loaded.ms);
      loadBlock.push(loaded.blockMs);
      loadCpuBlock.push(loaded.cpuBlockMs);
      build.push(indexed.ms);
      buildBlock.push(indexed.blockMs);
      buildCpuBlock.push(indexed.cpuBlockMs);
    }
  } finally {
    await knowledge.remove();
  }
  const f = (value: number) => `${Math.round(value)} ms`;
  console.log(
    `| ${size.toLocaleString('en')} | ${f(median(load))} | ${f(median(loadBlock))} / ${f(median(loadCpuBlock))} | ${f(median(build))} | ${f(median(buildBlock))} / ${f(median(buildCpuBlock))} |`,
  );
}
