/**
 * Need-level words the project keeps beside each gemeente's own levensgebied words (ADR 0013,
 * session 22): things a household has to buy and runs short of, which a sociale kaart files under
 * money (a kledingbank, a kledingkast, a fund for a new coat) while the resident's message names
 * only the thing and whom it is for ("de kinderen hebben geen winterschoenen"). Without them the
 * child in the message carries the question to upbringing. Read as one levensgebied word each
 * (evidence for the levensgebied, never a search term), and only on a kaart that has that
 * levensgebied. Words of needs, not of any question.
 */
export interface NeedVocabulary {
  readonly levensgebied: string;
  readonly woorden: readonly string[];
}

export const NEED_VOCABULARY: readonly NeedVocabulary[] = [
  {
    levensgebied: 'geld',
    woorden: [
      'kleding',
      'kleren',
      'kinderkleding',
      'babykleding',
      'kleertjes',
      'winterjas',
      'winterjassen',
      'jas',
      'jassen',
      'schoenen',
      'winterschoenen',
      'laarzen',
      'clothes',
      'clothing',
      'coat',
      'coats',
      'shoes',
      'boots',
    ],
  },
];
