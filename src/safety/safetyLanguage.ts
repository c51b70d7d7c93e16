import { languageShownIn, type Language } from '../understanding/language.js';
import { normalise } from './normalise.js';

/**
 * The language of a safety reply. The conversation's own detector (src/understanding/language.ts)
 * decides when it can; a short answer such as "ja" shows none, so the conversation's language
 * stays. A short crisis message often gives it too little ("my husband hits me": only "my" is on
 * its list). Then words that only English has in a crisis decide: a resident in
 * danger must read the lines in a language they understand (docs/adr/0012-safety-net.md).
 */
/** The normaliser squeezes doubled letters ("kill" → "kil"); the word lists go through it too. */
function squeezed(words: readonly string[]): ReadonlySet<string> {
  return new Set(words.map(normalise));
}

const englishOnly = squeezed([
  'my',
  'husband',
  'wife',
  'boyfriend',
  'girlfriend',
  'hits',
  'hit',
  'hitting',
  'beats',
  'beat',
  'hurts',
  'hurt',
  'kicks',
  'chokes',
  'kill',
  'killing',
  'myself',
  'die',
  'dying',
  'dead',
  'scared',
  'afraid',
  'someone',
  'somebody',
  'house',
  'home',
  'breathing',
  'knife',
  'please',
  'want',
  'i',
  'im',
  'he',
  'she',
  'the',
  'not',
  'dad',
  'mum',
  'mom',
  'child',
  'kid',
  'fire',
  'pills',
  'took',
  'end',
  'life',
  'anymore',
  'cant',
  'going',
  'its',
  'it',
  'too',
  'much',
  'feel',
  'alone',
  'lately',
  'nobody',
  'everything',
  'nothing',
  'tired',
  'dont',
  'this',
  'that',
  // Short calls for help in English ("call an ambulance now", "my leg is bleeding badly"), which
  // the conversation's detector leaves undecided (twenty-fifth round).
  'call',
  'an',
  'now',
  'ambulance',
  'police',
  'leg',
  'bleeding',
  'badly',
]);

/** Words that only Dutch has among those people use in a crisis message. */
const dutchOnly = squeezed([
  'ik',
  'mijn',
  'mn',
  'hij',
  'zij',
  'ze',
  'het',
  'een',
  'niet',
  'wil',
  'slaat',
  'thuis',
  'huis',
  'dood',
  'bang',
  'vrouw',
  'en',
  'de',
  'mij',
]);

/**
 * `detected` is the language `text` shows (languageShownIn; null: none, as for a short "ja"), for a
 * caller that already read it this turn; left out, it is read here.
 */
export function safetyLanguage(
  text: string,
  current: Language,
  normalised: string = normalise(text),
  detected: Language | null = languageShownIn(text) ?? null,
): Language {
  if (detected !== null) return detected;
  const words = normalised.split(' ');
  const english = words.filter((word) => englishOnly.has(word)).length;
  const dutch = words.filter((word) => dutchOnly.has(word)).length;
  if (english >= 2 && dutch === 0) return 'en';
  return current;
}
