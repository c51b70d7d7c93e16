import { isStopWord } from '../search/stopWords.js';
import { tokenize } from '../text/normalise.js';

/**
 * "Heeft u al iets geprobeerd?" answered in own words ("ik ben al bij de voedselbank geweest"):
 * the results the resident names as tried move below the others, so the top 3 shows help they
 * have not had yet (ADR 0014, "what was tried"). Never a filter: a tried entry stays in the list,
 * and nothing is hidden when everything found was tried.
 *
 * An entry counts as named when a word of its name or organisation that is long enough to mean
 * something (MIN_WORD letters, not a stop word) is in the answer, or shares its start with one
 * ("schuldhulp" and "schuldhulpverlening": compounds), and among the results that word belongs to
 * this entry only, or only to entries of its own organisation ("ik ben al bij de Stadsbank
 * geweest"). A word that results of several organisations share ("spreekuur", "inloop") does not
 * say which one was tried, so it moves none of them.
 */
const MIN_WORD = 5;
/** Two words of different length match on their start from this many letters (compounds). */
const MIN_PREFIX = 6;

function meaningful(text: string): string[] {
  return tokenize(text).filter((word) => word.length >= MIN_WORD && !isStopWord(word));
}

function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length >= MIN_PREFIX && long.startsWith(short);
}

interface NamedHit {
  readonly id: string;
  readonly voorziening: { readonly naam: string; readonly organisatie: string };
}

/** The ids among `hits` that the answer to "Heeft u al iets geprobeerd?" names. */
export function triedIds(triedText: string, hits: readonly NamedHit[]): Set<string> {
  const said = meaningful(triedText);
  const tried = new Set<string>();
  if (said.length === 0) return tried;
  const wordsOf = hits.map(
    (hit) => new Set(meaningful(`${hit.voorziening.naam} ${hit.voorziening.organisatie}`)),
  );
  wordsOf.forEach((words, i) => {
    const organisation = (hits[i] as NamedHit).voorziening.organisatie;
    for (const word of words) {
      if (!said.some((spoken) => sameWord(spoken, word))) continue;
      const sharedElsewhere = wordsOf.some(
        (other, j) =>
          (hits[j] as NamedHit).voorziening.organisatie !== organisation &&
          [...other].some((candidate) => sameWord(candidate, word)),
      );
      if (!sharedElsewhere) tried.add((hits[i] as NamedHit).id);
    }
  });
  return tried;
}

/** The hits with those the resident already tried moved after the others, order kept otherwise. */
export function demoteTried<Hit extends NamedHit>(hits: readonly Hit[], triedText: string): Hit[] {
  const tried = triedIds(triedText, hits);
  if (tried.size === 0) return [...hits];
  return [...hits.filter((hit) => !tried.has(hit.id)), ...hits.filter((hit) => tried.has(hit.id))];
}
