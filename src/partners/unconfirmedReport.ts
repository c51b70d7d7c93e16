import { environmentSchema } from '../config.js';
import { nl } from '../i18n/nl/index.js';
import type { Catalogue } from '../knowledge/catalogue.js';
import { dutchCalendarDate } from '../shared/gemeenteTime.js';
import { unconfirmedEntries, type ReviewPolicy, type UnconfirmedEntry } from './reviewRound.js';

/**
 * The "lang niet bevestigd" part of `wijkwijzer knowledge report`: entries still unconfirmed long
 * after their check was due, with the same settings the running bot uses.
 */

export interface UnconfirmedSection {
  readonly policy: ReviewPolicy & { readonly hideUnconfirmed: boolean };
  readonly entries: readonly UnconfirmedEntry[];
}

/** The review settings from an environment (KNOWLEDGE_CHECK_MONTHS and friends), as config.ts reads them. */
export function reviewPolicyFrom(env: NodeJS.ProcessEnv): UnconfirmedSection['policy'] {
  const shape = environmentSchema.shape;
  return {
    checkMonths: shape.KNOWLEDGE_CHECK_MONTHS.parse(env.KNOWLEDGE_CHECK_MONTHS),
    graceMonths: shape.KNOWLEDGE_UNCONFIRMED_GRACE_MONTHS.parse(
      env.KNOWLEDGE_UNCONFIRMED_GRACE_MONTHS,
    ),
    hideUnconfirmed: shape.KNOWLEDGE_HIDE_UNCONFIRMED.parse(env.KNOWLEDGE_HIDE_UNCONFIRMED),
  };
}

export function unconfirmedSection(
  catalogue: Catalogue,
  today: string,
  policy: UnconfirmedSection['policy'],
): UnconfirmedSection {
  return { policy, entries: unconfirmedEntries(catalogue, today, policy) };
}

export function renderUnconfirmedMarkdown(section: UnconfirmedSection): string {
  const texts = nl.partners.report;
  const lines = [
    texts.heading,
    '',
    texts.intro(section.policy.checkMonths, section.policy.graceMonths),
    '',
  ];
  if (section.entries.length === 0) lines.push(texts.none);
  for (const entry of section.entries) {
    lines.push(
      texts.line(entry.naam, entry.id, entry.beheerder, dutchCalendarDate(entry.gecontroleerd)),
    );
  }
  if (section.entries.length > 0 && section.policy.hideUnconfirmed) lines.push('', texts.hidden);
  return `${lines.join('\n')}\n`;
}
