import { re } from '../crisisRule.js';
import { ownNow, presentSelf } from './lexicon.js';
import { somethingOfNow } from './pastToldForHelp.js';

/**
 * A story on screen or in print, or a course, told to ask for help (docs/adr/0012-safety-net.md,
 * session 19, "Near misses told as the past ...", candidate B): "the news said a man stabbed
 * someone near the station, is there extra patrol", "ik lees een thriller waarin iemand vergiftigd
 * wordt", "moet ik een cursus eerste hulp bij vergiftiging". The shared `toldFromMedia` reads one
 * clause and a fixed list of media; `informationalSetting` never guards a danger rule. Read over
 * the whole message and wired as an `askUnlessInMessage` on every rule (detectCrisis.ts): a check
 * with every line, never silence.
 */

/** A medium as the setting of what is told. */
const mediumTold =
  /(?:film|films|movie|movies|serie|series|show|boek|book|roman|novel|thriller|thrillers|detective|krimi|documentaire|documentary|podcast|reportage|journaal|nieuws|news|krant|newspaper|artikel|article|game|toneelstuk|play|strip|comic) (?:[a-z]+ ){0,3}(?:waarin|waar iemand|over|about|said|says|zei|zegt|meldde|showed|shows|liet zien|in which|where)|(?:in|op|on) (?:de|het|een|the|a) (?:krant|nieuws|journaal|news|paper) (?:stond|stonden|was|said|zei)|(?:lees|leest|lezen|las|read|reading|kijk|kijkt|keek|watch|watched|watching) (?:een|de|het|a|the) (?:[a-z]+ )?(?:film|serie|boek|roman|thriller|detective|novel|book|movie|show|series|documentaire|documentary)/;

/**
 * A course or a training as the question's subject. "Eerste hulp" after "naar de", "op de" or "bij
 * de" is the emergency room a person went to, not a course (session 20).
 */
const courseAsked =
  /(?:[a-z]*cursus|[a-z]*training|opleiding|workshop|nascholing|(?<!\b(?:naar|op|bij|in) de )eerste hulp|ehbo|first aid|course|courses|training|workshop)/;

/**
 * A medium or a course told, with nothing of now (and no danger here) in the whole message, and no
 * crisis of the writer's own told beside it (the shared lists `ownNow` and `presentSelf`: "ik denk
 * er zelf ook aan", "omdat ik het zelf wil doen").
 */
export const storyOrCourseInMessage = re`^(?!.*${somethingOfNow})(?!.*${ownNow})(?!.*${presentSelf})(?=.*\b(?:${mediumTold}|${courseAsked})\b)`;
