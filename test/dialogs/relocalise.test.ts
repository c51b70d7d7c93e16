import { describe, expect, it } from 'vitest';
import { reasked, relocalise, translateText } from '../../dialogs/prompts/relocalise.js';
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

  it('asked again by its module, keeps the old labels as words that still choose them', () => {
    const stored = {
      prompt: nl.intake.domains.confirmOne('Wonen'),
      retry: nl.intake.choices.retry,
      choices: [
        { value: 'yes', label: nl.intake.choices.yes },
        { value: 'no', label: nl.intake.domains.somethingElse, synonyms: ['nee'] },
      ],
      language: 'nl' as const,
      reaskWith: 'search',
    };
    const fresh = {
      prompt: en.intake.domains.confirmOne('Housing'),
      retry: en.intake.choices.retry,
      choices: [
        { value: 'yes', label: en.intake.choices.yes },
        { value: 'no', label: en.intake.domains.somethingElse, synonyms: ['nee'] },
      ],
      language: 'en' as const,
    };
    expect(reasked(fresh, stored)).toEqual({
      ...fresh,
      choices: [
        { value: 'yes', label: en.intake.choices.yes, synonyms: [nl.intake.choices.yes] },
        {
          value: 'no',
          label: en.intake.domains.somethingElse,
          synonyms: ['nee', nl.intake.domains.somethingElse],
        },
      ],
      reaskWith: 'search',
    });
  });
});
