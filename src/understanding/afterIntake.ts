import {
  calibratedConfidence,
  isNoGoodMatch,
  type ConfidenceSignals,
} from '../search/calibration.js';

/** A search answer as the search after the intake judges it: its verdict and, where known, why. */
export interface JudgedAnswer {
  readonly noGoodMatch: boolean;
  readonly signals?: Partial<ConfidenceSignals>;
}

/**
 * Whether the answer found with the chosen names added still holds when the question is read by
 * its own words for what it is about: the names make any question sound like the sociale kaart's
 * ("wanneer is de kermis Eenzaamheid en ontmoeting"), so the model's doubt that the question is
 * for the kaart at all, and whether it names a subject yet, are taken from the words alone, and
 * the names count only in how well the best entry matches. Without the signals (a port that does
 * not give them) the named answer's own verdict stands.
 */
function holdsOnItsOwnWords(words: JudgedAnswer, named: JudgedAnswer): boolean {
  const own = words.signals;
  const judged = named.signals;
  if (
    own?.outOfScope === undefined ||
    own.vague === undefined ||
    judged?.quality === undefined ||
    judged.agreement === undefined ||
    judged.domain === undefined
  )
    return true;
  const signals: ConfidenceSignals = {
    quality: judged.quality,
    agreement: judged.agreement,
    domain: judged.domain,
    outOfScope: own.outOfScope,
    vague: own.vague,
  };
  return !isNoGoodMatch(calibratedConfidence(signals), signals);
}

/**
 * The search after the intake (ADR 0013, "after the intake"), shared by the conversation and
 * `npm run bench:understanding` so the bench measures what a resident gets. The resident's own
 * words are searched with the chosen levensgebieden passed as levensgebieden (a boost and their
 * needs), never their names as words: a name ("Eenzaamheid en ontmoeting") would pull entries that
 * share those words above the one the question asked for. Only when the words find nothing good
 * (a returning resident's "het is me niet gelukt" names no subject) do the names stand in for the
 * subject, and that search is kept only when it does find something good, judged with the words'
 * own doubt that the question is for the sociale kaart (`holdsOnItsOwnWords`): a question about
 * the weather stays "no good match" whatever levensgebied the resident went along with.
 */
export function searchAfterIntake<Result extends JudgedAnswer>(
  words: string,
  chosenNames: readonly string[],
  run: (text: string) => Result,
): { readonly query: string; readonly found: Result } {
  const found = run(words);
  if (!found.noGoodMatch || chosenNames.length === 0) return { query: words, found };
  const named = [words, ...chosenNames].join(' ');
  const again = run(named);
  return again.noGoodMatch || !holdsOnItsOwnWords(found, again)
    ? { query: words, found }
    : { query: named, found: again };
}
