import { casesTexts } from '../i18n/nl/cases.js';
import type { Case, HistoryAction } from './case.js';
import { dutchDate } from '../shared/gemeenteTime.js';

export interface ResidentStatusOptions {
  /** Name the colleague by first name, as in "opgepakt door Alice van wijkteam West". Default true. */
  readonly staffFirstName?: boolean;
}

function lastEntryAt(current: Case, action: HistoryAction): string {
  for (let index = current.history.length - 1; index >= 0; index -= 1) {
    const entry = current.history[index];
    if (entry?.action === action) return entry.at;
  }
  return current.updatedAt;
}

/**
 * What a resident who comes back to the chat reads about their question, such as "Uw vraag is
 * opgepakt door wijkteam West op 3 december." `teamName` is the display name from the routing table.
 */
export function residentStatusText(
  current: Case,
  teamName: string,
  options: ResidentStatusOptions = {},
): string {
  const texts = casesTexts.residentStatus;
  switch (current.status) {
    case 'nieuw':
      return texts.nieuw(teamName, dutchDate(current.createdAt));
    case 'opgepakt': {
      const date = dutchDate(lastEntryAt(current, 'opgepakt'));
      const firstName = current.assignee?.displayName.trim().split(/\s+/)[0];
      return options.staffFirstName !== false && firstName !== undefined && firstName !== ''
        ? texts.opgepaktDoor(firstName, teamName, date)
        : texts.opgepakt(teamName, date);
    }
    case 'contact_gelegd':
      return texts.contact_gelegd(teamName, dutchDate(lastEntryAt(current, 'contact_gelegd')));
    case 'afgerond':
      return texts.afgerond(teamName, dutchDate(current.closedAt ?? current.updatedAt));
    case 'geannuleerd':
      return texts.geannuleerd(dutchDate(current.closedAt ?? current.updatedAt));
  }
}
