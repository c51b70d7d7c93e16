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

  // The signals of a refusal and of an answer that holds, as the search gives them.
  const weather = { quality: 0, agreement: 0.02, domain: 1, outOfScope: 0.9, vague: 0 };
  const named = { quality: 1, agreement: 0.7, domain: 1, outOfScope: 0.01, vague: 0 };

  it("judges the names' answer by the words' own doubt that the question is for the kaart", () => {
    const result = searchAfterIntake(
      'wanneer is de braderie',
      ['Eenzaamheid en ontmoeting'],
      (text) =>
        text === 'wanneer is de braderie'
          ? { noGoodMatch: true, signals: weather, text }
          : { noGoodMatch: false, signals: named, text },
    );
    expect(result.query).toBe('wanneer is de braderie');
    expect(result.found.noGoodMatch).toBe(true);
  });

  it('keeps the names when the words themselves are no doubt for the kaart', () => {
    const result = searchAfterIntake('het is me niet gelukt', ['Geld'], (text) =>
      text === 'het is me niet gelukt'
        ? { noGoodMatch: true, signals: { ...weather, outOfScope: 0.02 }, text }
        : { noGoodMatch: false, signals: named, text },
    );
    expect(result.query).toBe('het is me niet gelukt Geld');
    expect(result.found.noGoodMatch).toBe(false);
  });
});
