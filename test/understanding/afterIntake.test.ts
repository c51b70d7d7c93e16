import { describe, expect, it } from 'vitest';
import { searchAfterIntake } from '../../src/understanding/afterIntake.js';

/** The search after the intake (ADR 0013): words first, the chosen names only as a fallback. */
describe('searchAfterIntake', () => {
  const searched: string[] = [];
  const run = (good: (text: string) => boolean) => (text: string) => {
    searched.push(text);
    return { noGoodMatch: !good(text), text };
  };

  it('searches the resident words alone when they find something good', () => {
    searched.length = 0;
    const result = searchAfterIntake(
      'de koelkast is stuk',
      ['Geld'],
      run(() => true),
    );
    expect(result.query).toBe('de koelkast is stuk');
    expect(searched).toEqual(['de koelkast is stuk']);
  });

  it('lets the chosen names stand in for a subject only when the words find nothing good', () => {
    searched.length = 0;
    const result = searchAfterIntake(
      'het is me niet gelukt',
      ['Geld, schulden en administratie'],
      run((text) => text.includes('Geld')),
    );
    expect(result.query).toBe('het is me niet gelukt Geld, schulden en administratie');
    expect(result.found.noGoodMatch).toBe(false);
  });

  it('keeps the words when the names do not help either, and never adds names without a choice', () => {
    expect(
      searchAfterIntake(
        'paspoort',
        ['Wonen'],
        run(() => false),
      ).query,
    ).toBe('paspoort');
    searched.length = 0;
    expect(
      searchAfterIntake(
        'paspoort',
        [],
        run(() => false),
      ).query,
    ).toBe('paspoort');
    expect(searched).toEqual(['paspoort']);
  });
});
