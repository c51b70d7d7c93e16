import type { Catalogue } from '../knowledge/catalogue.js';
import { addMonths } from '../knowledge/dates.js';

/**
 * The "klopt dit nog?" round. An entry is due for a check `checkMonths` after its last
 * `gecontroleerd` (or at once when it was never checked); it is offered to its beheerder as
 * "Klopt nog" or "Aanpassen". Still not confirmed `graceMonths` after it was due, it is
 * "unconfirmed": flagged in `wijkwijzer knowledge report` and the gemeente monitor, and hidden from
 * residents when KNOWLEDGE_HIDE_UNCONFIRMED is on. An entry that was never checked has no date to
 * count from, so it is due but never "unconfirmed": hiding it would empty today's sociale kaart,
 * in which no entry has a date yet (the report lists those as "nog nooit gecontroleerd").
 */

export interface ReviewPolicy {
  readonly checkMonths: number;
  readonly graceMonths: number;
}

export type ReviewState =
  | { readonly state: 'fresh'; readonly dueOn: string }
  | { readonly state: 'due'; readonly dueOn: string | null }
  | { readonly state: 'unconfirmed'; readonly dueOn: string };

export function reviewState(
  gecontroleerd: string | null | undefined,
  today: string,
  policy: ReviewPolicy,
): ReviewState {
  if (gecontroleerd === undefined || gecontroleerd === null) return { state: 'due', dueOn: null };
  const dueOn = addMonths(gecontroleerd, policy.checkMonths);
  if (dueOn >= today) return { state: 'fresh', dueOn };
  if (addMonths(dueOn, policy.graceMonths) < today) return { state: 'unconfirmed', dueOn };
  return { state: 'due', dueOn };
}

export interface UnconfirmedEntry {
  readonly id: string;
  readonly naam: string;
  readonly beheerder: string;
  readonly gecontroleerd: string;
  readonly dueOn: string;
}

/**
 * Entries still unconfirmed long after their check was due. A small pure function so the gemeente
 * monitor can read the same list as the report (docs/adr/0018-partner-page-email-sign-in-change-log.md).
 */
export function unconfirmedEntries(
  catalogue: Pick<Catalogue, 'voorzieningen'>,
  today: string,
  policy: ReviewPolicy,
): UnconfirmedEntry[] {
  return catalogue.voorzieningen.flatMap((entry) => {
    const state = reviewState(entry.gecontroleerd, today, policy);
    return state.state === 'unconfirmed' && typeof entry.gecontroleerd === 'string'
      ? [
          {
            id: entry.id,
            naam: entry.naam,
            beheerder: entry.beheerder,
            gecontroleerd: entry.gecontroleerd,
            dueOn: state.dueOn,
          },
        ]
      : [];
  });
}

/** The catalogue residents search: without unconfirmed entries when the setting says so. */
export function residentCatalogue(
  catalogue: Catalogue,
  today: string,
  policy: ReviewPolicy & { readonly hideUnconfirmed: boolean },
): Catalogue {
  if (!policy.hideUnconfirmed) return catalogue;
  const hidden = new Set(unconfirmedEntries(catalogue, today, policy).map((entry) => entry.id));
  if (hidden.size === 0) return catalogue;
  return Object.freeze({
    ...catalogue,
    voorzieningen: Object.freeze(catalogue.voorzieningen.filter((entry) => !hidden.has(entry.id))),
  });
}
