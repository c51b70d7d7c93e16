import type { Areas } from './areas.js';
import { addMonths } from './dates.js';
import type {
  Beheerder,
  Crisislijn,
  GebiedKeyword,
  GemeenteDiensten,
  Levensgebied,
  Synoniem,
  VoorzieningEntry,
} from './schema.js';

/** How often an entry must be re-checked before the checker warns (the review cadence). */
export const REVIEW_MONTHS = 6;
/** Crisis numbers are checked monthly: a wrong number has cost lives (inventory.md, §1). */
export const CRISIS_REVIEW_MONTHS = 1;

/** One voorziening as the bot uses it: the validated entry plus where it came from. */
export interface Voorziening extends Readonly<VoorzieningEntry> {
  /** The beheerder (partner organisation) whose file holds the entry. */
  readonly beheerder: string;
  /** File (relative to the knowledge directory) and line, for staff and the report. */
  readonly source: { readonly file: string; readonly line: number };
}

/** A validated, cross-checked knowledge directory. Immutable: reloads build a new one. */
export interface Catalogue {
  /** Short content hash of all files read: changes when any byte changes. */
  readonly version: string;
  readonly loadedAt: Date;
  readonly voorzieningen: readonly Voorziening[];
  readonly levensgebieden: readonly Levensgebied[];
  readonly areas: Areas;
  readonly synoniemen: readonly Synoniem[];
  readonly crisislijnen: readonly Crisislijn[];
  readonly beheerders: readonly Beheerder[];
  /**
   * The gemeente's own services (gemeentediensten.yaml, ADR 0013, gemeente amendment); absent when
   * the directory has no such file.
   */
  readonly gemeenteDiensten?: GemeenteDiensten;
  voorziening(id: string): Voorziening | undefined;
  levensgebied(id: string): Levensgebied | undefined;
  beheerder(id: string): Beheerder | undefined;
}

/** The part of a catalogue that says who the gemeente is and how residents reach its wijkteam. */
export type GemeenteContactSource = Pick<Catalogue, 'areas' | 'gemeenteDiensten'>;

/**
 * The gemeente's name for the texts people read: gebieden.yaml `gemeente`, else
 * gemeentediensten.yaml's; undefined when the knowledge names none (texts then say "de gemeente").
 */
export function gemeenteNameOf(catalogue: GemeenteContactSource): string | undefined {
  return catalogue.areas.gemeente ?? catalogue.gemeenteDiensten?.gemeente;
}

/**
 * The number residents call to reach the wijkteam, and whose line it is: the wijkteam's own
 * (gebieden.yaml `wijkteamtelefoon`, the card says "Bel het wijkteam") or the gemeente's general
 * number (gemeentediensten.yaml, the card says to ask there for the wijkteam).
 */
export interface WijkteamPhone {
  readonly number: string;
  readonly owner: 'wijkteam' | 'gemeente';
}

/**
 * The number residents call to reach the wijkteam themselves: gebieden.yaml `wijkteamtelefoon`,
 * else the gemeente's general number in gemeentediensten.yaml, else none. One rule for the
 * conversation and the partner page's preview, so the preview shows what a resident gets.
 */
export function wijkteamPhoneOf(catalogue: GemeenteContactSource): WijkteamPhone | undefined {
  return wijkteamPhoneFrom(
    catalogue.areas.wijkteamPhone,
    catalogue.gemeenteDiensten?.contact.telefoon,
  );
}

/**
 * The rule of `wijkteamPhoneOf` on the two numbers as the files give them, for the loader's check,
 * which runs before a catalogue exists.
 */
export function wijkteamPhoneFrom(
  own: string | undefined,
  general: string | undefined,
): WijkteamPhone | undefined {
  if (own !== undefined) return { number: own, owner: 'wijkteam' };
  return general === undefined ? undefined : { number: general, owner: 'gemeente' };
}

/** `tel:` link for a phone number as written in the file ("0800-0113" becomes tel:08000113). */
export function toTelUri(nummer: string): string {
  const trimmed = nummer.trim();
  const digits = trimmed.replace(/[^0-9]/g, '');
  return `tel:${trimmed.startsWith('+') ? '+' : ''}${digits}`;
}

export type Freshness =
  | { readonly state: 'checked'; readonly checkedOn: string; readonly dueOn: string }
  | { readonly state: 'overdue'; readonly checkedOn: string; readonly dueOn: string }
  | { readonly state: 'never' };

/**
 * Whether the bot may say "gecontroleerd op <datum>": only while `checked`; `overdue` and `never`
 * show no date, and a place to go to gets "bel eerst" (src/cards/voorzieningCard.ts).
 */
export function freshness(
  entry: Pick<VoorzieningEntry, 'gecontroleerd'>,
  today: string,
  months: number = REVIEW_MONTHS,
): Freshness {
  const checkedOn = entry.gecontroleerd;
  if (checkedOn === undefined || checkedOn === null) return { state: 'never' };
  const dueOn = addMonths(checkedOn, months);
  return { state: dueOn < today ? 'overdue' : 'checked', checkedOn, dueOn };
}

export type Visibility =
  | { readonly visible: true }
  | { readonly visible: false; readonly reason: 'staff-only' | 'temporarily-closed' | 'expired' };

/**
 * Whether residents may see an entry. "alleen-via-wijkteam" entries exist for staff and the
 * handover only; closed and expired entries leave search instead of sending people to a closed door.
 */
export function residentVisibility(
  entry: Pick<VoorzieningEntry, 'toegang' | 'status' | 'geldig_tot'>,
  today: string,
): Visibility {
  if (entry.toegang === 'alleen-via-wijkteam') return { visible: false, reason: 'staff-only' };
  if (entry.status === 'tijdelijk-gesloten')
    return { visible: false, reason: 'temporarily-closed' };
  if (entry.geldig_tot !== undefined && entry.geldig_tot < today) {
    return { visible: false, reason: 'expired' };
  }
  return { visible: true };
}

/** Where the resident lives, as far as the conversation knows. */
export interface ResidentArea {
  readonly wijk?: string;
  readonly stadsdeel?: string;
}

/**
 * How an entry's area relates to the resident: their own wijk or stadsdeel ranks above the whole
 * city, national lines come last; `other-area` entries do not serve the resident at all.
 */
export type AreaFit =
  'own-wijk' | 'own-stadsdeel' | 'city' | 'national' | 'other-area' | 'location-unknown';

/** An entry's area as `areaFit` reads it; accepts readonly arrays. */
export type AreaOfEntry =
  | GebiedKeyword
  | {
      readonly stadsdelen?: readonly string[] | undefined;
      readonly wijken?: readonly string[] | undefined;
    };

export function areaFit(entry: { readonly gebied: AreaOfEntry }, where?: ResidentArea): AreaFit {
  const gebied = entry.gebied;
  if (gebied === 'landelijk') return 'national';
  if (gebied === 'heel-de-gemeente') return 'city';
  if (where === undefined || (where.wijk === undefined && where.stadsdeel === undefined)) {
    return 'location-unknown';
  }
  if (where.wijk !== undefined && gebied.wijken?.includes(where.wijk) === true) return 'own-wijk';
  if (where.stadsdeel !== undefined && gebied.stadsdelen?.includes(where.stadsdeel) === true) {
    return 'own-stadsdeel';
  }
  return 'other-area';
}

/** Whether an age (in years) falls inside a range; an open end holds every age on that side. */
export function fitsAgeRange(
  range: { readonly min?: number | undefined; readonly max?: number | undefined },
  age: number,
): boolean {
  return (
    (range.min === undefined || age >= range.min) && (range.max === undefined || age <= range.max)
  );
}

/** Whether an age (in years) falls inside the entry's doelgroep; no age range means everyone. */
export function fitsAge(entry: Pick<VoorzieningEntry, 'doelgroep'>, age: number): boolean {
  const range = entry.doelgroep.leeftijd;
  return range === undefined || fitsAgeRange(range, age);
}
