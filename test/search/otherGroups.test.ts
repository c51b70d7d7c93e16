import { describe, expect, it } from 'vitest';
import type { Kenmerk } from '../../src/knowledge/schema.js';
import { groupsBesideAgeOf } from '../../src/search/ageRange.js';
import { groupSignPositions, groupsNamedIn } from '../../src/search/otherGroups.js';

/**
 * Which groups beside age a resident's words show, and which an entry names next to its age
 * groups (ADR 0013, amendment session 21). Phrasings written for this test.
 */
const named = (text: string) => [...groupsNamedIn(text)].sort();

describe('the groups beside age a resident names', () => {
  it('reads a limitation from a wheelchair, sight, hearing or autism, in Dutch and English', () => {
    expect(named('sinds het ongeluk ben ik rolstoelgebruiker')).toEqual([
      'mensen-met-een-beperking',
    ]);
    expect(named('ik heb een gehoorbeperking')).toEqual(['mensen-met-een-beperking']);
    expect(named('mijn dochter is autistisch')).toEqual(['mensen-met-een-beperking']);
    expect(named('ik ben bijna blind')).toEqual(['mensen-met-een-beperking']);
    expect(named('I use a wheelchair since last year')).toEqual(['mensen-met-een-beperking']);
    expect(named('I am partially sighted')).toEqual(['mensen-met-een-beperking']);
  });

  it('reads a newcomer and low literacy', () => {
    expect(named('wij zijn vorig jaar als vluchtelingen gekomen')).toEqual(['nieuwkomers']);
    expect(named('ik kan niet goed lezen en schrijven')).toEqual(['laaggeletterden']);
    expect(named("I can't read the letters from the council")).toEqual(['laaggeletterden']);
  });

  it('reads nothing from a question that names no such group, or denies it', () => {
    expect(named('ik ben 40 en wil samen eten en kaarten')).toEqual([]);
    expect(named('ik heb een beperkt budget')).toEqual([]);
    expect(named('ik heb geen beperking, ik wil alleen vervoer')).toEqual([]);
  });
});

describe('the groups beside age an entry names', () => {
  const entry = (kenmerken: Kenmerk[], leeftijd?: { min?: number; max?: number }) => ({
    doelgroep: { kenmerken, ...(leeftijd === undefined ? {} : { leeftijd }) },
  });

  it('names the other group beside an age group', () => {
    expect(groupsBesideAgeOf(entry(['65-plussers', 'mensen-met-een-beperking']))).toEqual([
      'mensen-met-een-beperking',
    ]);
    expect(groupsBesideAgeOf(entry(['jongeren', 'nieuwkomers']))).toEqual(['nieuwkomers']);
  });

  it('names none for a written age, an age group alone, a circumstance or no age group', () => {
    expect(
      groupsBesideAgeOf(entry(['65-plussers', 'mensen-met-een-beperking'], { min: 65 })),
    ).toEqual([]);
    expect(groupsBesideAgeOf(entry(['65-plussers']))).toEqual([]);
    expect(groupsBesideAgeOf(entry(['kinderen', 'jongeren', 'mensen-met-weinig-geld']))).toEqual(
      [],
    );
    expect(groupsBesideAgeOf(entry(['mensen-met-een-beperking']))).toEqual([]);
  });
});

describe('the words that show a group', () => {
  const words = (text: string) => text.split(' ');

  it('finds the positions of the single words that name the group', () => {
    expect([
      ...groupSignPositions(
        words('mijn dochter rijdt in een Rolstoel en wil sporten'),
        new Set(['mensen-met-een-beperking']),
      ),
    ]).toEqual([5]);
    expect([
      ...groupSignPositions(words('ik ben statushouder sinds mei'), new Set(['nieuwkomers'])),
    ]).toEqual([2]);
  });

  it('skips a denied word, a group not asked for, and a phrase whose words also carry the question', () => {
    const limitation = new Set(['mensen-met-een-beperking'] as const);
    expect(groupSignPositions(words('ik heb geen beperking'), limitation).size).toBe(0);
    expect(groupSignPositions(words('ik zit in een rolstoel'), new Set(['nieuwkomers'])).size).toBe(
      0,
    );
    expect(
      groupSignPositions(words('ik kan niet goed lezen'), new Set(['laaggeletterden'])).size,
    ).toBe(0);
  });
});
