/**
 * `npm run bench:insights`: the gemeente's monitor at city scale (issue 14). Writes a year of
 * synthetic city-wide counts into the embedded month files (every kind of the event catalogue,
 * spread over the real wijken, levensgebieden, wijkteams and voorzieningen), then measures:
 *
 * - the size of the stored aggregates (counters and bytes on disk);
 * - the time to build and render the report of the whole year for the whole city (the page's
 *   HTML and the CLI's Markdown), cold (months read from disk) and warm (months cached);
 * - the cost of counting one event after a year, and after two years, of history: it must not
 *   grow with the history (one file per month).
 *
 * Target: a year of city-wide data renders in ≤ 500 ms. Options: QUESTIONS_PER_DAY (default 400),
 * ROUNDS (default 7). Prints a Markdown section for docs/benchmarks.md.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { loadRoutingFile } from '../src/cases/routing.js';
import { DayFileAggregateStore } from '../src/insights/dayFileAggregateStore.js';
import type { InsightIncrement } from '../src/insights/insightCounts.js';
import { RecordingInsights } from '../src/insights/insights.js';
import { pilotOutcomes, workingDayBuckets } from '../src/insights/insightEvents.js';
import { monitorKnowledge } from '../src/insights/report/monitorKnowledge.js';
import { buildMonitorReport, type MonitorSource } from '../src/insights/report/monitorReport.js';
import { parsePeriod } from '../src/insights/report/period.js';
import { reportHtml } from '../src/insights/report/renderHtml.js';
import { reportMarkdown } from '../src/insights/report/renderText.js';
import { loadKnowledge } from '../src/knowledge/loader.js';
import { buildReport } from '../src/knowledge/report.js';
import { systemClock } from '../src/shared/clock.js';
import { createLogger } from '../src/shared/logger.js';
import { createRandom } from './syntheticKnowledge.js';

const root = path.resolve(import.meta.dirname, '..');
const knowledgeDir = path.join(root, 'knowledge');
const questionsPerDay = Number(process.env.QUESTIONS_PER_DAY ?? 400);
const rounds = Number(process.env.ROUNDS ?? 7);
const YEAR = 2026;
const logger = createLogger({ level: 'silent' });

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

function days(year: number): string[] {
  const list: string[] = [];
  for (let date = new Date(Date.UTC(year, 0, 1)); date.getUTCFullYear() === year;) {
    list.push(date.toISOString().slice(0, 10));
    date = new Date(date.getTime() + 24 * 3600 * 1000);
  }
  return list;
}

const loaded = await loadKnowledge(knowledgeDir, { clock: systemClock });
if (!loaded.ok) throw new TypeError('the knowledge has errors');
const catalogue = loaded.catalogue;
const routing = await loadRoutingFile(path.join(knowledgeDir, 'routering.yaml'));
const wijken = catalogue.areas.wijken;
const domains = catalogue.levensgebieden.map((domain) => domain.id);
const teams = routing.teams.map((team) => team.id);
const voorzieningen = catalogue.voorzieningen.map((entry) => entry.id);
const terms = catalogue.synoniemen.map((synoniem) =>
  synoniem.term
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-'),
);

/** One day of a city: questions, answers, handovers, crises, misses, cases. */
function dayOfCity(day: string, random: () => number): InsightIncrement[] {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const increments: InsightIncrement[] = [];
  const add = (kind: string, dimensions: Record<string, string>) =>
    increments.push({ day, kind, dimensions, count: 1 });
  for (let index = 0; index < questionsPerDay; index += 1) {
    const wijk = random() < 0.8 ? pick(wijken) : undefined;
    const area = wijk === undefined ? {} : { wijk: wijk.naam, stadsdeel: wijk.stadsdeelId };
    const levensgebied = random() < 0.9 ? pick(domains) : 'onbekend';
    const shown = random() < 0.8;
    add('question', {
      levensgebied,
      channel: random() < 0.95 ? 'webchat' : 'teams',
      language: random() < 0.9 ? 'nl' : 'en',
      result: shown ? 'shown' : 'no_match',
      ...area,
    });
    if (shown) {
      for (let card = 0; card < 3; card += 1)
        add('voorziening', { id: pick(voorzieningen), action: 'shown' });
      const answer = random();
      if (answer < 0.5) {
        add('helped', { answer: 'helped' });
        add('voorziening', { id: pick(voorzieningen), action: 'chosen' });
        if (random() < 0.4) add('score', { score: String(1 + Math.floor(random() * 5)) });
      } else if (answer < 0.7) add('helped', { answer: 'search_again' });
      else if (answer < 0.8) add('helped', { answer: 'wants_person' });
    } else {
      add('unmet_need', { levensgebied, ...area });
      for (let term = 0; term < 2; term += 1) add('unmet_term', { term: pick(terms), ...area });
      add('handover', { step: 'proposed', reason: 'no_good_match' });
      add('handover', { step: random() < 0.4 ? 'accepted' : 'declined', reason: 'no_good_match' });
    }
  }
  for (let index = 0; index < questionsPerDay / 20; index += 1) {
    const wijk = pick(wijken);
    const area = { wijk: wijk.naam, stadsdeel: wijk.stadsdeelId };
    add('handover', { step: 'sent', reason: 'asked_for_person' });
    add('case_created', { wijkteam: wijk.wijkteam, levensgebied: pick(domains), ...area });
    add('case_picked_up', {
      wijkteam: wijk.wijkteam,
      days: pick(workingDayBuckets.slice(0, 6)),
      ...area,
    });
    add('case_closed', {
      wijkteam: pick(teams),
      outcome: pick(pilotOutcomes.slice(0, 5)),
      days: pick(workingDayBuckets),
      ...area,
    });
  }
  if (random() < 0.5) add('crisis', { crisisKind: pick(['danger', 'suicide', 'abuse']) });
  add('follow_up', {
    outcome: pick(['got_help', 'could_not_reach', 'did_not_qualify', 'no_place']),
  });
  return increments;
}

async function fillYears(dir: string, years: readonly number[]): Promise<number> {
  const store = await DayFileAggregateStore.open({ dir, logger });
  const random = createRandom(14);
  let events = 0;
  for (const year of years) {
    for (const day of days(year)) {
      const increments = dayOfCity(day, random);
      events += increments.length;
      await store.add(increments);
    }
  }
  await store.close();
  return events;
}

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
      const report = await buildMonitorReport(source, request);
      const html = reportHtml(report);
      reportMarkdown(report);
      list.push(performance.now() - started);
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
  const target = median(cold) <= 500 ? '✔' : '✘';
  process.stdout.write(
    [
      `## Monitor (\`npm run bench:insights\`)`,
      '',
      `${date}, ${cpu} (${os.cpus().length} cores, load ${load}), Node ${process.version}. A year of synthetic city-wide counts: ${questionsPerDay} questions a day over ${wijken.length} wijken, every kind of event; ${events.toLocaleString('en')} events written in ${(fillMs / 1000).toFixed(1)} s. Median of ${rounds} rounds.`,
      '',
      '| Date | Stored (counters / bytes / files) | Year, whole city: report + HTML + Markdown, cold / warm | HTML | One count after 1 / 2 years of history | Target |',
      '| ---- | --------------------------------- | -------------------------------------------------------- | ---- | -------------------------------------- | ------ |',
      `| ${date} | ${size.rows.toLocaleString('en')} / ${(size.bytes / 1024 / 1024).toFixed(1)} MiB / ${size.months.length} | ${median(cold).toFixed(0)} / ${median(warm).toFixed(0)} ms | ${(htmlBytes / 1024).toFixed(0)} KiB | ${recordOne.toFixed(2)} / ${recordTwo.toFixed(2)} ms | render ≤ 500 ms ${target} |`,
      '',
    ].join('\n'),
  );
} finally {
  await rm(work, { recursive: true, force: true });
}
