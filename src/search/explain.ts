import { searchTexts } from '../i18n/nl/search.js';
import type { AreaFit } from '../knowledge/catalogue.js';
import type { Role } from './forWhom.js';
import type { TermMatch } from './searchTypes.js';

const texts = searchTexts.why;

/** Extra notes for staff next to the matched words. */
export interface WhyNotes {
  readonly areaFit: AreaFit;
  /**
   * `group`: another age, but the resident belongs to the entry's other target group. `child`:
   * another age, but it fits a child the question names with an age (ADR 0013, session 24).
   */
  readonly age?: 'fits' | 'outside' | 'group' | 'child';
  /** For whom (ADR 0013): the entry is for a role the resident has, or only for one they lack. */
  readonly role?: { readonly fits: Role } | { readonly excludes: Role };
  readonly staffOnly: boolean;
}

/**
 * "Waarom deze?" for staff: which of the resident's words matched which fields, then why the
 * entry moved up or down. Never shown to residents, never logged.
 */
export function explain(matches: readonly TermMatch[], notes: WhyNotes): string {
  const parts = matches.map((match) => {
    const fields = match.fields.map((field) => searchTexts.fields[field]).join(', ');
    switch (match.via.kind) {
      case 'typo':
        return texts.typo(match.via.typed, match.word, fields);
      case 'part':
        return texts.part(match.word, match.via.whole, fields);
      case 'synonym':
        return texts.synonym(match.via.phrase, match.via.term, fields);
      default:
        return texts.word(match.word, fields);
    }
  });
  if (notes.areaFit === 'own-wijk') parts.push(texts.ownWijk);
  if (notes.areaFit === 'own-stadsdeel') parts.push(texts.ownStadsdeel);
  if (notes.age === 'fits') parts.push(texts.ageFits);
  if (notes.age === 'outside') parts.push(texts.ageOutside);
  if (notes.age === 'group') parts.push(texts.ageGroup);
  if (notes.age === 'child') parts.push(texts.ageChild);
  if (notes.role !== undefined && 'fits' in notes.role) parts.push(texts.roleFits[notes.role.fits]);
  if (notes.role !== undefined && 'excludes' in notes.role) {
    parts.push(texts.roleExcludes[notes.role.excludes]);
  }
  if (notes.staffOnly) parts.push(texts.staffOnly);
  return parts.join(texts.separator);
}
