import { describe, expect, it } from 'vitest';
import {
  areaFit,
  fitsAge,
  freshness,
  residentVisibility,
  toTelUri,
} from '../../src/knowledge/catalogue.js';
import { addMonths } from '../../src/knowledge/dates.js';
import { localDate } from '../../src/shared/gemeenteTime.js';
import { readabilityProblems } from '../../src/knowledge/readability.js';
import { similarNames } from '../../src/knowledge/checks.js';
import { closest } from '../../src/knowledge/suggest.js';

describe('catalogue helpers', () => {
  it('makes tel: links from numbers as partners write them', () => {
    expect(toTelUri('0800-0113')).toBe('tel:08000113');
    expect(toTelUri('14 053')).toBe('tel:14053');
    expect(toTelUri('+31 53 123 4567')).toBe('tel:+31531234567');
    expect(toTelUri('113')).toBe('tel:113');
  });

  it('tells checked, overdue and never-checked entries apart (6 months, calendar-aware)', () => {
    expect(freshness({ gecontroleerd: null }, '2026-11-23')).toEqual({ state: 'never' });
    expect(freshness({ gecontroleerd: undefined }, '2026-11-23')).toEqual({ state: 'never' });
    expect(freshness({ gecontroleerd: '2026-05-23' }, '2026-11-23')).toEqual({
      state: 'checked',
      checkedOn: '2026-05-23',
      dueOn: '2026-11-23',
    });
    expect(freshness({ gecontroleerd: '2026-05-22' }, '2026-11-23').state).toBe('overdue');
    expect(addMonths('2026-08-31', 6)).toBe('2027-02-28');
    expect(addMonths('2027-08-31', 6)).toBe('2028-02-29');
    expect(addMonths('2026-11-30', 1)).toBe('2026-12-30');
  });

  it('uses the Dutch calendar date, also just after midnight in summer', () => {
    expect(localDate(new Date('2026-06-30T22:30:00Z'))).toBe('2026-07-01');
    expect(localDate(new Date('2026-12-31T22:59:00Z'))).toBe('2026-12-31');
  });

  it('hides staff-only, closed and expired entries from residents', () => {
    const base = { toegang: 'aanmelden', status: 'actief', geldig_tot: undefined } as const;
    expect(residentVisibility(base, '2026-11-23')).toEqual({ visible: true });
    expect(residentVisibility({ ...base, status: 'wachtlijst' }, '2026-11-23')).toEqual({
      visible: true,
    });
    expect(residentVisibility({ ...base, toegang: 'alleen-via-wijkteam' }, '2026-11-23')).toEqual({
      visible: false,
      reason: 'staff-only',
    });
    expect(residentVisibility({ ...base, status: 'tijdelijk-gesloten' }, '2026-11-23')).toEqual({
      visible: false,
      reason: 'temporarily-closed',
    });
    expect(residentVisibility({ ...base, geldig_tot: '2026-11-23' }, '2026-11-23')).toEqual({
      visible: true,
    });
    expect(residentVisibility({ ...base, geldig_tot: '2026-11-22' }, '2026-11-23')).toEqual({
      visible: false,
      reason: 'expired',
    });
  });

  it('ranks areas: own wijk, own stadsdeel, city, national, other area', () => {
    const wijk = { gebied: { wijken: ['Wesselerbrink'] } } as const;
    const stadsdeel = { gebied: { stadsdelen: ['Zuid'] } } as const;
    const resident = { wijk: 'Wesselerbrink', stadsdeel: 'Zuid' };
    expect(areaFit(wijk, resident)).toBe('own-wijk');
    expect(areaFit(stadsdeel, resident)).toBe('own-stadsdeel');
    expect(areaFit({ gebied: 'heel-de-gemeente' }, resident)).toBe('city');
    expect(areaFit({ gebied: 'landelijk' }, resident)).toBe('national');
    expect(areaFit(wijk, { wijk: 'Boswinkel', stadsdeel: 'West' })).toBe('other-area');
    expect(areaFit(wijk, undefined)).toBe('location-unknown');
    expect(
      areaFit({ gebied: { stadsdelen: ['Zuid'], wijken: ['Boswinkel'] } }, { wijk: 'Boswinkel' }),
    ).toBe('own-wijk');
  });

  it('checks ages against the doelgroep', () => {
    const range = { doelgroep: { leeftijd: { min: 8, max: 18 }, kenmerken: [] } };
    expect(fitsAge(range, 8)).toBe(true);
    expect(fitsAge(range, 18)).toBe(true);
    expect(fitsAge(range, 19)).toBe(false);
    expect(fitsAge(range, 7)).toBe(false);
    expect(fitsAge({ doelgroep: { kenmerken: [] } }, 90)).toBe(true);
  });
});

describe('checker helpers', () => {
  it('finds long sentences and long words, and ignores addresses and short text', () => {
    expect(
      readabilityProblems(
        'Kom langs. U bent welkom op https://www.heel-lange-naam-van-een-website.nl.',
      ),
    ).toEqual([]);
    expect(readabilityProblems('Wij bieden mantelzorgondersteuning.')).toEqual([
      { kind: 'long-word', word: 'mantelzorgondersteuning', letters: 23 },
    ]);
    const long = Array.from({ length: 21 }, (_, index) => `woord${index}`).join(' ');
    expect(readabilityProblems(`${long}.`)).toEqual([
      { kind: 'long-sentence', words: 21, start: 'woord0 woord1 woord2 woord3' },
    ]);
    expect(readabilityProblems('Hulp bij Helmerhoek/Stroinkslanden.')).toEqual([]);
  });

  it('calls names similar only when they really are', () => {
    expect(similarNames('Koffie in de wijk', 'Koffie in de Wijk')).toBe(true);
    expect(similarNames('Huiskamer van de Buurt', 'De Huiskamer van de buurt')).toBe(true);
    expect(similarNames('Budgetbeheer', 'Budgetbeheerr')).toBe(true);
    expect(similarNames('Hulp bij schulden', 'Budgetbeheer')).toBe(false);
    expect(similarNames('Jongerenwerk Noord', 'Jongerenwerk Zuid')).toBe(false);
  });

  it('suggests the closest allowed value only when it is close', () => {
    expect(closest('woonen', ['geld', 'wonen', 'werk'])).toBe('wonen');
    expect(closest('Weselerbrink', ['Wesselerbrink', 'Boswinkel'])).toBe('Wesselerbrink');
    expect(closest('xyz', ['geld', 'wonen'])).toBeUndefined();
  });
});
