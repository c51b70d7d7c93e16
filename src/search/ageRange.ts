import type { Voorziening } from '../knowledge/catalogue.js';

/**
 * The ages an entry is for (ADR 0013, "age ignored"): its own `doelgroep.leeftijd`, else what its
 * target groups say. Many partners write `kenmerken: [jongeren]` without an age range; a
 * 72-year-old asking for sport must not get a youth club for it.
 */
export interface AgeRange {
  readonly min?: number | undefined;
  readonly max?: number | undefined;
  /**
   * The range comes from the older age group named beside a group that is not an age
   * (65-plussers and people with a limitation): an age inside it fits, an age outside it does not
   * leave the entry out, since the person may belong to the other group.
   */
  readonly alongsideOtherGroups?: true;
}

/** Target groups that are an age: kinderen up to 17, jongeren 12 to 27, 65-plussers from 65. */
const AGE_GROUPS: Readonly<Record<string, AgeRange>> = {
  kinderen: { min: 0, max: 17 },
  jongeren: { min: 12, max: 27 },
  '65-plussers': { min: 65 },
};
/** The age groups of the young: named beside another group, their age still leaves others out. */
const YOUNG_GROUPS = new Set(['kinderen', 'jongeren']);
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
  // Target groups are alternatives: the entry serves anyone in one of them. A group that is not an
  // age (a limitation, low literacy, little money) can be any age, so beside one the age groups
  // say whom the entry fits, not whom it leaves out (ADR 0013, session 20, "whom an entry's age
  // is about"): an entry for 65-plussers and people with a limitation left out a wheelchair user
  // of 49.
  // Only the older age group: help for children and young people is for them by age, and a
  // group named beside them narrows it (a youth fund for families with little money), while help
  // for "ouderen en mensen met een beperking" (the Wmo's wording) serves either.
  const alongside =
    ranges.length < groups.length && groups.every((group) => !YOUNG_GROUPS.has(group))
      ? { alongsideOtherGroups: true as const }
      : {};
  return maxes.some((max) => max === undefined)
    ? { min, ...alongside }
    : { min, max: Math.max(...(maxes as number[])), ...alongside };
}

/** Whether an entry with this range is left out for a person of this age. */
export function leavesOutAge(range: AgeRange, age: number): boolean {
  return range.alongsideOtherGroups !== true && !fitsAgeRange(range, age);
}

export function fitsAgeRange(range: AgeRange, age: number): boolean {
  return (
    (range.min === undefined || age >= range.min) && (range.max === undefined || age <= range.max)
  );
}

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
