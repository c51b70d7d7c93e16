/**
 * `npm run bench:insights`: the gemeente's monitor at city scale (ADR 0017). Writes a year of
 * synthetic city-wide counts into the embedded day files (every kind of the event catalogue,
 * spread over the real wijken, levensgebieden, wijkteams and voorzieningen), then measures:
 *
 * - the size of the stored aggregates (counters and bytes on disk);
 * - the time to build and render the report of the whole year for the whole city (the page's
 *   HTML and the CLI's Markdown), cold (days read from disk) and warm (settled days cached);
 * - the cost of counting one event after a year, and after two years, of history: it must not
 *   grow with the history (one file per day).
 *
 * Target: a year of city-wide data renders in ≤ 500 ms. Options: QUESTIONS_PER_DAY (default 400),
 * ROUNDS (default 7). Prints a Markdown section for docs/benchmarks.md.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { DayFileAggregateStore } from '../src/insights/dayFileAggregateStore.js';
import { RecordingInsights } from '../src/insights/insights.js';
import { monitorKnowledge } from '../src/insights/report/monitorKnowledge.js';
import { buildMonitorReport, type MonitorSource } from '../src/insights/report/monitorReport.js';
import { parsePeriod } from '../src/insights/report/period.js';
import { reportHtml } from '../src/insights/report/renderHtml.js';
import { reportMarkdown } from '../src/insights/report/renderText.js';
import { buildReport } from '../src/knowledge/report.js';
import { createLogger } from '../src/shared/logger.js';
import { catalogue, fillYears, loaded, questionsPerDay, routing, wijken } from './insightsData.js';
import { median } from './measure.js';

const rounds = Number(process.env.ROUNDS ?? 7);
const YEAR = 2026;
const logger = createLogger({ level: 'silent' });

/** Median time of one count (RecordingInsights.record, durable) after the history in `dir`. */
async function recordCost(dir: string): Promise<number> {
  const store = await DayFileAggregateStore.open({ dir, logger });
  const insights = new RecordingInsights({
    store,
    clock: { now: () => new Date(`${YEAR}-12-31T12:00:00+01:00`) },
  });
  const times: number[] = [];
  for (let index = 0; index < 200; index += 1) {
    const started = performance.now();
    await insights.record({ kind: 'helped', answer: 'helped' });
    times.push(performance.now() - started);
  }
  await store.close();
  return median(times);
}

const work = await mkdtemp(path.join(os.tmpdir(), 'wijkwijzer-bench-insights-'));
try {
  const oneYear = path.join(work, 'one-year');
  const twoYears = path.join(work, 'two-years');
  const fillStarted = performance.now();
  const events = await fillYears(oneYear, [YEAR]);
  const fillMs = performance.now() - fillStarted;
  await fillYears(twoYears, [YEAR - 1, YEAR]);

  const sizeStore = await DayFileAggregateStore.open({ dir: oneYear, logger, readOnly: true });
  const size = await sizeStore.size();
  await sizeStore.close();

  const today = `${YEAR}-12-31`;
  const knowledge = monitorKnowledge(
    catalogue,
    routing.teams.map((team) => ({ id: team.id, name: team.naam })),
    buildReport(catalogue, loaded.warnings, today).beheerders,
  );
  const request = { period: parsePeriod(String(YEAR)), area: 'stad', granularity: 'week' as const };
  const cold: number[] = [];
  const warm: number[] = [];
  const warmCpu: number[] = [];
  let htmlBytes = 0;
  for (let round = 0; round < rounds; round += 1) {
    const store = await DayFileAggregateStore.open({ dir: oneYear, logger, readOnly: true });
    const source: MonitorSource = {
      store,
      promiseDays: 3,
      today: () => today,
      knowledge: () => Promise.resolve(knowledge),
    };
    for (const list of [cold, warm]) {
      const started = performance.now();
      const cpu = process.cpuUsage();
      const report = await buildMonitorReport(source, request);
      const html = reportHtml(report);
      reportMarkdown(report);
      list.push(performance.now() - started);
      if (list === warm) {
        const used = process.cpuUsage(cpu);
        warmCpu.push((used.user + used.system) / 1000);
      }
      htmlBytes = Buffer.byteLength(html);
    }
    await store.close();
  }
  const recordOne = await recordCost(oneYear);
  const recordTwo = await recordCost(twoYears);

  const date = new Date().toISOString().slice(0, 10);
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  const load = os
    .loadavg()
    .map((value) => value.toFixed(1))
    .join(' / ');
  const target = median(warmCpu) <= 500 ? '✔' : '✘';
  process.stdout.write(
    [
      `## Monitor (\`npm run bench:insights\`)`,
      '',
      `${date}, ${cpu} (${os.cpus().length} cores, load ${load}), Node ${process.version}. A year of synthetic city-wide counts: ${questionsPerDay} questions a day over ${wijken.length} wijken, every kind of event; ${events.toLocaleString('en')} events written in ${(fillMs / 1000).toFixed(1)} s. Median of ${rounds} rounds.`,
      '',
      '| Date | Stored (counters / size / months) | Year, whole city, report + HTML + Markdown: cold / warm wall, warm CPU | HTML | One count after 1 / 2 years of history | Target |',
      '| ---- | --------------------------------- | ---------------------------------------------------------------------- | ---- | -------------------------------------- | ------ |',
      `| ${date} | ${size.rows.toLocaleString('en')} / ${(size.bytes / 1024 / 1024).toFixed(1)} MiB / ${size.months.length} | ${median(cold).toFixed(0)} / ${median(warm).toFixed(0)} ms, ${median(warmCpu).toFixed(0)} ms CPU | ${(htmlBytes / 1024).toFixed(0)} KiB | ${recordOne.toFixed(2)} / ${recordTwo.toFixed(2)} ms | render ≤ 500 ms ${target} (warm CPU) |`,
      '',
    ].join('\n'),
  );
} finally {
  await rm(work, { recursive: true, force: true });
}
