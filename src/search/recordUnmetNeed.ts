import type { ResidentArea } from '../knowledge/catalogue.js';
import type { UnmetNeedsRecorder } from '../insights/unmetNeeds.js';
import type { SearchResult } from './searchTypes.js';

/** A levensgebied counts for a miss from this confidence on: one clear word is enough. */
export const UNMET_DOMAIN_CONFIDENCE = 0.4;

/**
 * Records a question nothing answered as counts per levensgebied (and wijk), never its text.
 * Returns whether anything was recorded. The dialogs call this after `search` when the answer is
 * `noGoodMatch`, so the gemeente sees where the sociale basis falls short.
 */
export async function recordUnmetNeed(
  recorder: UnmetNeedsRecorder,
  result: SearchResult,
  context: { readonly area?: ResidentArea; readonly at: Date },
): Promise<boolean> {
  if (!result.noGoodMatch) return false;
  const levensgebieden = result.domains
    .filter((domain) => domain.confidence >= UNMET_DOMAIN_CONFIDENCE)
    .map((domain) => domain.slug);
  await recorder.record({
    levensgebieden,
    ...(context.area?.wijk === undefined ? {} : { wijk: context.area.wijk }),
    at: context.at,
  });
  return true;
}
