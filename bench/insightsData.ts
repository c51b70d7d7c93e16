/**
 * A year (or more) of synthetic city-wide counts for `npm run bench:insights`: every kind of the
 * event catalogue, spread over the real wijken, levensgebieden, wijkteams and voorzieningen, with a
 * seeded random generator so runs compare.
 */
import path from 'node:path';
import { loadRoutingFile } from '../src/cases/routing.js';
import { DayFileAggregateStore } from '../src/insights/dayFileAggregateStore.js';
import type { InsightIncrement } from '../src/insights/insightCounts.js';
import { pilotOutcomes, workingDayBuckets } from '../src/insights/insightEvents.js';
import { loadKnowledge } from '../src/knowledge/loader.js';
import { systemClock } from '../src/shared/clock.js';
import { createLogger } from '../src/shared/logger.js';
import { createRandom } from './syntheticKnowledge.js';

const root = path.resolve(import.meta.dirname, '..');
export const knowledgeDir = path.join(root, 'knowledge');
export const questionsPerDay = Number(process.env.QUESTIONS_PER_DAY ?? 400);
const logger = createLogger({ level: 'silent' });

export function days(year: number): string[] {
  const list: string[] = [];
  for (let date = new Date(Date.UTC(year, 0, 1)); date.getUTCFullYear() === year;) {
    list.push(date.toISOString().slice(0, 10));
    date = new Date(date.getTime() + 24 * 3600 * 1000);
  }
  return list;
}

export const loaded = await loadKnowledge(knowledgeDir, { clock: systemClock });
if (!loaded.ok) throw new TypeError('the knowledge has errors');
export const catalogue = loaded.catalogue;
export const routing = await loadRoutingFile(path.join(knowledgeDir, 'routering.yaml'));
export const wijken = catalogue.areas.wijken;
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

export async function fillYears(dir: string, years: readonly number[]): Promise<number> {
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

// `tsx bench/insightsData.ts DIR`: write one year into DIR and stop (for profiling the report).
if (process.argv[1]?.endsWith('insightsData.ts') === true && process.argv[2] !== undefined) {
  const events = await fillYears(process.argv[2], [2026]);
  process.stdout.write(`${events} events written to ${process.argv[2]}\n`);
}
