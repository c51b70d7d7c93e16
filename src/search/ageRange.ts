import type { Voorziening } from '../knowledge/catalogue.js';
import { GROUPS_BESIDE_AGE, type GroupBesideAge } from './otherGroups.js';

/**
 * The ages an entry is for (ADR 0013, "age ignored"): its own `doelgroep.leeftijd`, else what its
 * target groups say. Many partners write `kenmerken: [jongeren]` without an age range; a
 * 72-year-old asking for sport must not get a youth club for it.
 */
export interface AgeRange {
  readonly min?: number | undefined;
  readonly max?: number | undefined;
}

/** Target groups that are an age: kinderen up to 17, jongeren 12 to 27, 65-plussers from 65. */
const AGE_GROUPS: Readonly<Record<string, AgeRange>> = {
  kinderen: { min: 0, max: 17 },
  jongeren: { min: 12, max: 27 },
  '65-plussers': { min: 65 },
};
/**
 * Target groups that are other people than the age group: an entry for "kinderen" and "ouders"
 * helps parents of any age, so it has no implied range.
 */
const OTHER_PEOPLE = new Set([
  'ouders',
  'aanstaande-ouders',
  'scheidende-ouders',
  'mantelzorgers',
  'bewonersgroepen',
  'vrijwilligers',
]);

export function ageRangeOf(entry: Pick<Voorziening, 'doelgroep'>): AgeRange | undefined {
  if (entry.doelgroep.leeftijd !== undefined) return entry.doelgroep.leeftijd;
  const groups = entry.doelgroep.kenmerken;
  const ranges = groups.flatMap((group) => AGE_GROUPS[group] ?? []);
  if (ranges.length === 0 || groups.some((group) => OTHER_PEOPLE.has(group))) return undefined;
  const min = Math.min(...ranges.map((range) => range.min ?? 0));
  const maxes = ranges.map((range) => range.max);
  return maxes.some((max) => max === undefined)
    ? { min }
    : { min, max: Math.max(...(maxes as number[])) };
}

/**
 * The groups beside age (otherGroups.ts) an entry names next to the age groups its range comes
 * from: "65-plussers" and "mensen-met-een-beperking" serve a person of 49 who has a limitation
 * (ADR 0013, amendment session 21). Empty when the entry writes its own `leeftijd` (the partner's
 * bounds hold for everyone) or has no range from its age groups.
 */
export function groupsBesideAgeOf(
  entry: Pick<Voorziening, 'doelgroep'>,
): readonly GroupBesideAge[] {
  if (entry.doelgroep.leeftijd !== undefined || ageRangeOf(entry) === undefined) return [];
  return entry.doelgroep.kenmerken.filter((group): group is GroupBesideAge =>
    GROUPS_BESIDE_AGE.has(group),
  );
}

/** One test of an age against a range for the whole product: the catalogue's (ADR 0020). */
export { fitsAgeRange } from '../knowledge/catalogue.js';

/**
 * The stage of life an entry's ages make it for (ADR 0013, amendment session 11): `young` when
 * its range ends before YOUNG_UNTIL (a youth club 12–23, help for children up to 17), `older` when
 * it starts at OLDER_FROM or later (a soos from 55, help for 65-plussers). An entry for adults of
 * every age (18 and over) or without a range is for no one stage.
 */
export type LifeStage = 'young' | 'older';
export const YOUNG_UNTIL = 30;
export const OLDER_FROM = 50;

export function lifeStageOf(range: AgeRange | undefined): LifeStage | undefined {
  if (range === undefined) return undefined;
  if (range.max !== undefined && range.max < YOUNG_UNTIL) return 'young';
  if (range.min !== undefined && range.min >= OLDER_FROM) return 'older';
  return undefined;
}
