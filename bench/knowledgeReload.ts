/**
 * `npm run bench:knowledge`: how long a reload of the sociale kaart takes at 1,000, 2,500 and
 * 10,000 voorzieningen, and how long it blocks the event loop, which is how long a resident's turn
 * could wait behind it (docs/adr/0015-security-posture.md §6; target: no block over 50 ms at 10,000
 * entries).
 *
 * Two ways side by side, on the same files in the same run:
 * - "main thread": the way before the loader thread, loading and checking on the main thread
 *   (time-sliced, but each file's YAML parse in one piece), then the index in one piece;
 * - "as the bot": `KnowledgeService.reloadNow()` as the composition root wires it: read, parse
 *   and check on the loader thread, the result taken in by chunks, the index built in slices.
 * Each round changes one entry first, as a partner's edit does. Options: SIZES=1000,2500,10000,
 * ROUNDS=3.
 */
import { readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { KnowledgeService } from '../src/knowledge/knowledgeService.js';
import { loadKnowledge } from '../src/knowledge/loader.js';
import { KnowledgeLoaderThread, withFallbackHere } from '../src/knowledge/loaderThread.js';
import { buildSearchIndex, buildSearchIndexInSlices } from '../src/search/searchIndex.js';
import { createLogger } from '../src/shared/logger.js';
import { syntheticKnowledgeDir } from './syntheticKnowledgeDir.js';
import { median } from './measure.js';

const root = path.resolve(import.meta.dirname, '..');
const sizes = (process.env.SIZES ?? '1000,2500,10000').split(',').map(Number);
const rounds = Number(process.env.ROUNDS ?? 3);
const clock = { now: () => new Date('2026-12-01T10:00:00Z') };
const logger = createLogger({ level: 'warn' });

/** CPU time of the main thread alone where Node can tell (22.19+, 24): not the loader thread's. */
const threadCpuUsage = (process as { threadCpuUsage?: () => NodeJS.CpuUsage }).threadCpuUsage;
const cpuMs = () => {
  const usage = threadCpuUsage?.call(process) ?? process.cpuUsage();
  return (usage.user + usage.system) / 1000;
};

interface Measured {
  readonly ms: number;
  /** Longest gap between two ticks of a 1 ms timer: what a waiting turn would see. */
  readonly blockMs: number;
  /**
   * The most CPU time the main thread spent between two ticks: the block our own code caused.
   * On a busy machine the wall gap also holds time the system gave to other processes.
   */
  readonly cpuBlockMs: number;
}

/** Runs `work` while a 1 ms timer watches the event loop. */
async function measure(work: () => Promise<unknown>): Promise<Measured> {
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
  await work();
  const ms = performance.now() - started;
  tick();
  clearInterval(probe);
  histogram.disable();
  return { ms, blockMs: Math.max(longest, histogram.max / 1e6), cpuBlockMs: longestCpu };
}

/** Changes the name of the first entry of one partner file, as an edit on the partner page does. */
async function editOneEntry(dir: string, round: number): Promise<void> {
  const file = path.join(dir, 'voorzieningen', 'bench-beheerder-0.yaml');
  const text = await readFile(file, 'utf8');
  await writeFile(file, text.replace(/^(\s+naam: .*?)( ronde \d+)?$/m, `$1 ronde ${round}`));
}

console.log(
  `Node ${process.version}, ${os.cpus().length} cores, load ${os
    .loadavg()
    .map((v) => v.toFixed(1))
    .join(' ')}, ${new Date().toISOString().slice(0, 10)}`,
);
console.log(
  '| Entries | Main thread: load + index | Main thread: longest block, wall / CPU | As the bot: reload | As the bot: longest block, wall / CPU |',
);
console.log('| ------- | ------------------------- | ----- | ------------------ | ----- |');
for (const size of sizes) {
  const knowledge = await syntheticKnowledgeDir(path.join(root, 'knowledge'), size);
  const before: Measured[] = [];
  const after: Measured[] = [];
  const idle: Measured[] = [];
  const thread = new KnowledgeLoaderThread({ logger });
  const service = new KnowledgeService({
    dir: knowledge.dir,
    clock,
    logger,
    watch: false,
    loader: withFallbackHere(thread, logger),
    buildIndex: (catalogue, pause) => buildSearchIndexInSlices(catalogue, pause),
  });
  try {
    await service.start();
    for (let round = 1; round <= rounds; round += 1) {
      await editOneEntry(knowledge.dir, round * 2);
      before.push(
        await measure(async () => {
          const loaded = await loadKnowledge(knowledge.dir, { clock });
          if (!loaded.ok) {
            throw new TypeError(
              `synthetic knowledge did not load: ${loaded.errors
                .slice(0, 3)
                .map((error) => `${error.file}:${error.line} ${error.message}`)
                .join('; ')}`,
            );
          }
          buildSearchIndex(loaded.catalogue);
        }),
      );
      await editOneEntry(knowledge.dir, round * 2 + 1);
      const reload = await measure(async () => {
        const outcome = await service.reloadNow();
        if (!outcome.ok || !outcome.changed) throw new TypeError('the reload did not happen');
      });
      after.push(reload);
      // The same time with nothing to do: the gaps this machine's load alone causes.
      idle.push(await measure(() => new Promise((resolve) => setTimeout(resolve, reload.ms))));
    }
  } finally {
    await service.stop();
    await thread.close();
    await knowledge.remove();
  }
  const f = (value: number) => `${Math.round(value).toLocaleString('en')} ms`;
  const pick = (items: Measured[], key: keyof Measured) => median(items.map((item) => item[key]));
  console.log(
    `| ${size.toLocaleString('en')} | ${f(pick(before, 'ms'))} | ${f(pick(before, 'blockMs'))} / ${f(pick(before, 'cpuBlockMs'))} | ${f(pick(after, 'ms'))} | ${f(pick(after, 'blockMs'))} / ${f(pick(after, 'cpuBlockMs'))} |`,
  );
  console.log(
    `  as the bot, longest block of each round: ${after.map((item) => `${f(item.blockMs)} / ${f(item.cpuBlockMs)}`).join(', ')}; idle loop for as long: ${f(pick(idle, 'blockMs'))} / ${f(pick(idle, 'cpuBlockMs'))}`,
  );
}
