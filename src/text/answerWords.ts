/**
 * The one-word yeses and noes residents type in either language: one list for the choice
 * matching's yes and no buttons (`YES_SYNONYMS`, `NO_SYNONYMS` in src/conversation/choiceMatching.ts)
 * and for the short answers that show no language (`ANSWER_WORDS` in src/understanding/language.ts),
 * so a word added for one is not missing in the other (ADR 0013, session 14). Folded. Each reader
 * keeps its own extras beside these and says why there.
 */
export const YES_WORDS: readonly string[] = [
  'ja',
  'jawel',
  'jazeker',
  'graag',
  'goed',
  'prima',
  'oke',
  'ok',
  'okay',
  'klopt',
  'mag',
  'yes',
  'yeah',
  'yep',
  'sure',
  'please',
  'correct',
  'right',
];

export const NO_WORDS: readonly string[] = ['nee', 'neen', 'nope', 'no'];
