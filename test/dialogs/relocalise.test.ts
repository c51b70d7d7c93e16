import { describe, expect, it } from 'vitest';
import { relocalise, translateText } from '../../dialogs/prompts/relocalise.js';
import { en } from '../../src/i18n/en/index.js';
import { nl } from '../../src/i18n/nl/index.js';

describe('an open question in the new language', () => {
  it('finds a stored text by its place in the old texts', () => {
    expect(translateText(nl.intake.forWhom.question, 'nl', 'en')).toBe(en.intake.forWhom.question);
    expect(translateText(en.handover.name.retry, 'en', 'nl')).toBe(nl.handover.name.retry);
  });

  it('keeps a text built from a template, which has no fixed place', () => {
    const built = nl.intake.forWhom.whoIs('Sanne');
    expect(translateText(built, 'nl', 'en')).toBe(built);
  });

  it('translates the buttons, keeps the old labels as words that still choose them', () => {
    const options = relocalise(
      {
        prompt: nl.intake.forWhom.question,
        retry: nl.intake.forWhom.retry,
        choices: [{ value: 'zelf', label: nl.intake.forWhom.self, synonyms: ['ik'] }],
        language: 'nl',
      },
      'nl',
      'en',
    );
    expect(options).toEqual({
      prompt: en.intake.forWhom.question,
      retry: en.intake.forWhom.retry,
      choices: [{ value: 'zelf', label: en.intake.forWhom.self, synonyms: ['ik', 'Voor mezelf'] }],
      language: 'en',
    });
  });
});
