import type { Case } from '../src/cases/case.js';
import { isClosed } from '../src/cases/case.js';
import { residentStatusText } from '../src/cases/residentStatus.js';
import { wijkteamName, type RoutingTable } from '../src/cases/routing.js';
import type { Language } from '../src/understanding/language.js';
import { englishDate } from '../src/shared/gemeenteTime.js';
import { textsFor } from './texts.js';

const DAY_MS = 24 * 60 * 60 * 1000;

/** Cases a returning resident should hear about: open ones, and ones closed within the period. */
export function casesToShow(cases: readonly Case[], now: Date, memoryDays: number): Case[] {
  const limit = now.getTime() - memoryDays * DAY_MS;
  return cases
    .filter(
      (current) => !isClosed(current) || Date.parse(current.closedAt ?? current.updatedAt) >= limit,
    )
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt))
    .slice(0, 3);
}

/** "Uw vraag is opgepakt door wijkteam West op 3 december." (docs/adr/0010-conversation-design.md, "The flow"), in the resident's language. */
export function caseStatusLine(current: Case, routing: RoutingTable, language: Language): string {
  const team = wijkteamName(routing, current.wijkteam);
  if (language === 'nl') return residentStatusText(current, team);
  const texts = textsFor('en').intake.caseStatus;
  const date = englishDate(current.updatedAt);
  return texts[current.status](team, date);
}
