import type { Stadsdeel } from '../cases/case.js';
import { channelOf, UNKNOWN_LEVENSGEBIED, type InsightEvent } from './insightEvents.js';

/**
 * The events of one search in the intake, built in one place so the dialog only says what
 * happened: which levensgebied, where, through which channel and in which language, and whether
 * cards were shown or nothing fitted (then the unmet need with its generalised terms).
 */
export interface SearchOutcome {
  /** The levensgebieden the resident confirmed, most important first. */
  readonly levensgebieden: readonly string[];
  readonly wijk: string | null;
  readonly stadsdeel: Stadsdeel | null;
  /** The Bot Framework channel id of the turn. */
  readonly channelId: string | undefined;
  readonly language: 'nl' | 'en';
  /** Ids of the voorzieningen shown as cards; empty when nothing fitted. */
  readonly shown: readonly string[];
  /** The question's words in the sociale kaart's vocabulary (generalisedTerms); only for misses. */
  readonly terms: readonly string[];
}

function areaOf(outcome: Pick<SearchOutcome, 'wijk' | 'stadsdeel'>) {
  return {
    ...(outcome.wijk === null ? {} : { wijk: outcome.wijk }),
    ...(outcome.stadsdeel === null ? {} : { stadsdeel: outcome.stadsdeel }),
  };
}

export function searchEvents(outcome: SearchOutcome): InsightEvent[] {
  const levensgebied = outcome.levensgebieden[0] ?? UNKNOWN_LEVENSGEBIED;
  const area = areaOf(outcome);
  const noMatch = outcome.shown.length === 0;
  const events: InsightEvent[] = [
    {
      kind: 'question',
      levensgebied,
      channel: channelOf(outcome.channelId),
      language: outcome.language,
      result: noMatch ? 'no_match' : 'shown',
      ...area,
    },
  ];
  if (noMatch) {
    events.push({ kind: 'unmet_need', levensgebied, ...area });
    for (const term of new Set(outcome.terms)) events.push({ kind: 'unmet_term', term, ...area });
  } else {
    for (const id of new Set(outcome.shown))
      events.push({ kind: 'voorziening', id, action: 'shown' });
  }
  return events;
}

/** "Ja, dit helpt": the voorzieningen of that result count as chosen. */
export function chosenEvents(shown: readonly string[]): InsightEvent[] {
  return [...new Set(shown)].map((id) => ({ kind: 'voorziening', id, action: 'chosen' }));
}
