import type { CrisisKind } from '../crisisKind.js';
import { collapseRegexSource, re } from '../crisisRule.js';
import { householdMember } from './lexicon.js';

/**
 * 112 first when the one doing harm lives outside the home (ADR 0012, session 20, recall20b): "de
 * buurman heeft een mes en zegt dat hij me pijn doet", "the guy next door pushed me down the
 * stairs". The abuse rules read the hand and the victim, not who the doer is, so their crisis reply
 * led with Veilig Thuis, the line for violence at home; for a neighbour or a stranger the needed
 * line is 112. This never makes a crisis reply or a check: it only adds the danger kind to a crisis
 * reply the rules already give for abuse alone, so 112 (shown in every crisis reply) moves first.
 * A household member named anywhere in the message keeps the abuse order: then it may be home.
 * The writer must be the one harmed ("me", "mij"): a neighbour's child with bruises or a neighbour
 * heard being beaten is violence in that home, where Veilig Thuis is the line that helps.
 */

/** A neighbour, a stranger, someone on the street. */
export const outsiderDoer =
  /(?:buurman|buurvrouw|buren|bovenbuurman|onderbuurman|bovenbuurvrouw|onderbuurvrouw|bovenburen|onderburen|buurjongen|buurjongens|overbuurman|een vreemde|onbekende|iemand op straat|neighbou?rs?|next door|a stranger|some stranger|strangers|someone on the street|some guy on the street)/;

const outsider = new RegExp(collapseRegexSource(re`\b${outsiderDoer}\b`.source));
const household = new RegExp(collapseRegexSource(re`\b${householdMember}\b`.source));
const writerHarmed = /\b(?:me|mij)\b/;

/** The kinds of a crisis reply, with danger added when abuse alone was read and the doer is an outsider. */
export function withDangerForOutsider(
  kinds: readonly CrisisKind[],
  normalised: string,
): readonly CrisisKind[] {
  if (!kinds.includes('abuse') || kinds.includes('danger')) return kinds;
  if (!outsider.test(normalised) || household.test(normalised)) return kinds;
  if (!writerHarmed.test(normalised)) return kinds;
  return ['danger', ...kinds];
}
