import type { ChoiceOption } from '../../src/conversation/choiceMatching.js';
import type { Language } from '../../src/understanding/language.js';
import { textsFor } from '../texts.js';
import type { QuestionOptions } from './questionOptions.js';

/**
 * An open question is stored with its texts already in the resident's language (the dialog stack
 * is plain JSON). When the resident switches language while it is open, the question is asked
 * again: these helpers find each stored text's place in the old language's texts and take the
 * text at the same place in the new language (ADR 0010, "English"). A text built from a
 * template (with a name or a number in it) has no fixed place and stays as it was.
 */

type Path = readonly (string | number)[];

const indexes = new Map<Language, Map<string, Path>>();

function walk(node: unknown, path: Path, into: Map<string, Path>): void {
  if (typeof node === 'string') {
    // The first place wins: the same words in two places translate the same way.
    if (!into.has(node)) into.set(node, path);
    return;
  }
  if (Array.isArray(node)) {
    node.forEach((item: unknown, index) => walk(item, [...path, index], into));
    return;
  }
  if (node !== null && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) walk(value, [...path, key], into);
  }
}

function indexOf(language: Language): Map<string, Path> {
  let index = indexes.get(language);
  if (index === undefined) {
    index = new Map();
    walk(textsFor(language), [], index);
    indexes.set(language, index);
  }
  return index;
}

function at(language: Language, path: Path): string | undefined {
  let node: unknown = textsFor(language);
  for (const key of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string | number, unknown>)[key];
  }
  return typeof node === 'string' ? node : undefined;
}

/** The same text in the other language, or the text itself when it has no fixed place. */
export function translateText(text: string, from: Language, to: Language): string {
  if (from === to) return text;
  const path = indexOf(from).get(text);
  return path === undefined ? text : (at(to, path) ?? text);
}

function translateChoice(option: ChoiceOption, from: Language, to: Language): ChoiceOption {
  const label = translateText(option.label, from, to);
  if (label === option.label) return option;
  // The old button may still be on the screen: tapping it keeps working.
  return { ...option, label, synonyms: [...(option.synonyms ?? []), option.label] };
}

/** The stored options of an open question, in the resident's new language. */
export function relocalise(
  options: QuestionOptions,
  from: Language,
  to: Language,
): QuestionOptions {
  if (from === to) return options;
  return {
    ...options,
    prompt: translateText(options.prompt, from, to),
    retry: translateText(options.retry, from, to),
    ...(options.choices === undefined
      ? {}
      : { choices: options.choices.map((option) => translateChoice(option, from, to)) }),
    // Recognisers answer in the language the texts are in now.
    language: to,
  };
}

/**
 * A question asked again by its own module in the new language: the old buttons may still be on
 * the screen, so their labels keep choosing the same values; the asker's input is kept for the
 * next switch.
 */
export function reasked(fresh: QuestionOptions, stored: QuestionOptions): QuestionOptions {
  const oldLabels = new Map((stored.choices ?? []).map((option) => [option.value, option.label]));
  return {
    ...fresh,
    ...(fresh.choices === undefined
      ? {}
      : {
          choices: fresh.choices.map((option) => {
            const old = oldLabels.get(option.value);
            return old === undefined || old === option.label
              ? option
              : { ...option, synonyms: [...(option.synonyms ?? []), old] };
          }),
        }),
    ...(stored.reaskWith === undefined ? {} : { reaskWith: stored.reaskWith }),
  };
}
