import type { Language } from '../understanding/language.js';
import { normalise, normaliseKeepingDoubles } from './normalise.js';
import { safetyLanguage } from './safetyLanguage.js';

/**
 * The text the concern model reads (docs/adr/0012-safety-net.md, session 25, normalise25). A Dutch
 * message reads as the rules do (`normalise`). An English one reads with its doubled letters kept
 * (`normaliseKeepingDoubles`): squeezed, "been", "all", "will" and "better" read as the Dutch
 * "ben", "al", "wil" and "beter", and learn those words' weights. English is the text's own
 * reading (`safetyLanguage` with no conversation behind it), so training, tuning and every
 * conversation read a message alike. The word groups read each word squeezed
 * (src/safety/concernFeatures.ts), so their lists keep one spelling.
 *
 * `normalised` is `normalise(text)` when the caller has it; `detected` is the language the text
 * shows (`languageShownIn`), when the caller has read it already.
 */
export function modelReading(
  text: string,
  normalised: string = normalise(text),
  detected?: Language | null,
): string {
  return safetyLanguage(text, 'nl', normalised, detected) === 'en'
    ? normaliseKeepingDoubles(text)
    : normalised;
}
