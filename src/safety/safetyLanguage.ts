import { languageShownIn, languageWordCounts, type Language } from '../understanding/language.js';
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
  // Thirty-second round: words of short English messages the detector leaves undecided ("ive
  // started cutting again", "done being here"); none has a doubled letter the normaliser would
  // squeeze into a Dutch word ("been" would read as "ben").
  'ive',
  'again',
  'done',
  'someones',
]);

/** The pronouns and little words of englishOnly: an English sentence has one. */
const englishFunctionWords = squeezed([
  'i',
  'im',
  'my',
  'he',
  'she',
  'the',
  'it',
  'its',
  'this',
  'that',
  'not',
  'dont',
  'cant',
  'someone',
  'somebody',
  'ive',
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
  if (detected === 'en') return 'en';
  const words = normalised.split(' ');
  const english = words.filter((word) => englishOnly.has(word)).length;
  const dutch = words.filter((word) => dutchOnly.has(word)).length;
  // The detector reads "die" as Dutch ("de man die ..."), so "i wanna die" shows Dutch to it: two
  // English crisis words, not one Dutch one, and at most one word the detector holds Dutch say
  // English (thirty-second round) when one of them is a pronoun or a little word only English has:
  // "Die bureaucratie is echt killing" has none. The detector's own counts are read only when the
  // cheap tests leave it open, as this runs for every message.
  if (detected === 'nl') {
    const englishSentence = words.some((word) => englishFunctionWords.has(word));
    return englishSentence && english >= 2 && dutch === 0 && languageWordCounts(text).dutch <= 1
      ? 'en'
      : 'nl';
  }
  if (dutch > 0) return current;
  if (english >= 2) return 'en';
  // Undecided by the detector: a message of two words or more with one English crisis word above
  // or two English words of the detector's own lists, and no Dutch word of either, is English ("my
  // baby is choking", "help now", "i give up"). "help" is on the detector's English list but is
  // Dutch too, so "help snel" is not; one word alone ("help", "yes") keeps the conversation's.
  const shared = languageWordCounts(text);
  const englishShown = english >= 1 || shared.english >= 2;
  if (shared.words >= 2 && englishShown && shared.dutch === 0) return 'en';
  return current;
}
