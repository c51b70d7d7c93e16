import type { Clock } from '../shared/clock.js';
import type { CrisisKind } from './crisisKind.js';

/** A phone number as residents see it and as a tappable link. */
export interface PhoneNumber {
  /** As shown: "0800-0113". */
  readonly shown: string;
  /** RFC 3966 tel: URI without spaces or dashes: "tel:08000113". */
  readonly tel: `tel:${string}`;
  /** True when calling costs the resident nothing. */
  readonly free: boolean;
}

export type CrisisLineId = 'alarm-112' | 'zelfmoordpreventie-113' | 'veilig-thuis';

/**
 * A national crisis line. Names are proper nouns and stay the same in every language; what the
 * resident reads about them lives in src/i18n/<lang>/safety.ts.
 */
export interface CrisisLine {
  readonly id: CrisisLineId;
  readonly name: string;
  /** The kind of crisis this line is for. */
  readonly kind: CrisisKind;
  /** The number to show first: the free one where there is a choice. */
  readonly phone: PhoneNumber;
  /** Other numbers for the same line (113 also answers on the short number, at normal call cost). */
  readonly otherPhones: readonly PhoneNumber[];
  /** Website with chat or information; null where only calling makes sense. */
  readonly web: `https://${string}` | null;
  /** For staff and reviewers (English): when to use this line. */
  readonly whenToUse: string;
  readonly hours: '24/7';
}

/**
 * The three lines, from docs inventory.md §1 (public national numbers). Check every number by hand
 * once a month (docs/adr/0005-crisis-detection.md, "Monthly number check"): in 2019 people died
 * after dialling "113" when that short number did not work yet, and care workers were passing it on.
 * After a check, set crisisLinesDialledOn.
 */
export const crisisLines: Readonly<Record<CrisisKind, CrisisLine>> = {
  danger: {
    id: 'alarm-112',
    name: '112',
    kind: 'danger',
    phone: { shown: '112', tel: 'tel:112', free: true },
    otherPhones: [],
    web: null,
    whenToUse:
      'Immediate danger to life or a medical emergency now: police, ambulance, fire brigade.',
    hours: '24/7',
  },
  suicide: {
    id: 'zelfmoordpreventie-113',
    name: '113 Zelfmoordpreventie',
    kind: 'suicide',
    phone: { shown: '0800-0113', tel: 'tel:08000113', free: true },
    otherPhones: [{ shown: '113', tel: 'tel:113', free: false }],
    web: 'https://www.113.nl',
    whenToUse:
      'Suicidal thoughts or self-harm, for the person themselves or for someone worried about them. Chat on 113.nl.',
    hours: '24/7',
  },
  abuse: {
    id: 'veilig-thuis',
    name: 'Veilig Thuis',
    kind: 'abuse',
    phone: { shown: '0800-2000', tel: 'tel:08002000', free: true },
    otherPhones: [],
    web: 'https://veiligthuis.nl',
    whenToUse:
      'Domestic violence, child abuse or elder abuse, also for bystanders who are worried. Anonymous; regional chat via the site.',
    hours: '24/7',
  },
};

/**
 * The day someone last dialled every number above and saw it work (YYYY-MM-DD), or null when that
 * has not happened yet. The numbers were copied from inventory.md §1; nobody has dialled them yet.
 */
export const crisisLinesDialledOn: string | null = null;

/** How many days may pass between two checks of the numbers. */
export const crisisLineCheckIntervalDays = 31;

/**
 * True when the monthly number check is overdue (or was never done). For a readiness warning or a
 * CLI reminder; it never stops the bot from showing the lines.
 */
export function isCrisisLineCheckDue(
  clock: Clock,
  dialledOn: string | null = crisisLinesDialledOn,
): boolean {
  if (dialledOn === null) return true;
  const dialled = Date.parse(`${dialledOn}T00:00:00Z`);
  const days = (clock.now().getTime() - dialled) / 86_400_000;
  return !Number.isFinite(days) || days > crisisLineCheckIntervalDays;
}

/** "https://www.113.nl" → "113.nl": how a site is named in a sentence. */
export function displayHost(url: string): string {
  return new URL(url).host.replace(/^www\./, '');
}
