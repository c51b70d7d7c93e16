import {
  NO_SYNONYMS,
  YES_SYNONYMS,
  type ChoiceOption,
} from '../../src/conversation/choiceMatching.js';

/** Yes and no buttons with every way residents say them; `yes` and `no` are the values. */
export function yesNoChoices(yes: string, no: string): ChoiceOption[] {
  return [
    { value: 'yes', label: yes, synonyms: YES_SYNONYMS },
    { value: 'no', label: no, synonyms: NO_SYNONYMS },
  ];
}

export function choice(
  value: string,
  label: string,
  synonyms: readonly string[] = [],
): ChoiceOption {
  return { value, label, synonyms };
}
