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

/**
 * Media told as a setting. Session 22: a radio or stage play, a musical, a show on stage, a board or
 * video game, an escape room, a comic, a poem or a song: each is made up, as a film is.
 * Session 23 (nearmiss23): a drama ("a crime drama where ...") and a compound of a film or a series
 * ("een misdaadserie waarin", "die oorlogsfilm over") are media too. A drama only with its kind
 * ("misdaaddrama", "a crime drama", "dramaserie"): a bare "het was een drama" is the Dutch idiom
 * for a hard time, and it was read as a medium (review23; ADR 0012, session 23, lead).
 */
const medium = String.raw`(?:film|films|movie|movies|serie|series|[a-z]+film|[a-z]+films|[a-z]+serie|[a-z]{3,}series|[a-z]+drama|[a-z]+dramas|(?:crime|tv|police|hospital|legal|costume|period|war|family|teen) dramas?|drama(?:serie|series| series)|show|boek|book|roman|novel|thriller|thrillers|detective|krimi|documentaire|documentary|podcast|reportage|journaal|nieuws|news|krant|newspaper|artikel|article|game|videogame|video game|toneel[a-z]*|theater[a-z]*|play|strip|stripboek|comic|hoorspel|luisterboek|audiobook|musical|voorstelling|opera|bordspel|kaartspel|computerspel|escape room|escaperoom|gedicht|poem|liedje|song|rap)`;

/**
 * A medium as the setting of what is told: before its plot ("een serie waarin", "het toneel van de
 * club gaat over"), or as the place it happens ("in het hoorspel", "in the game").
 */
const mediumTold = new RegExp(
  String.raw`${medium} (?:[a-z]+ ){0,4}(?:gaat|ging|is|was) (?:over|about)|${medium} (?:[a-z]+ ){0,3}(?:waarin|waar iemand|over|about|said|says|zei|zegt|meldde|showed|shows|liet zien|in which|where)|(?:in|uit) (?:de|het|die|dat|een|mijn|zijn|haar|the|a|that|my|his|her) (?:[a-z]+ )?${medium}|(?:in|op|on) (?:de|het|een|the|a) (?:krant|nieuws|journaal|news|paper) (?:stond|stonden|was|said|zei)|(?:lees|leest|lezen|las|read|reading|kijk|kijkt|keek|watch|watched|watching) (?:een|de|het|a|the) (?:[a-z]+ )?(?:film|serie|boek|roman|thriller|detective|novel|book|movie|show|series|documentaire|documentary)`,
);

/**
 * A course or a training as the question's subject. "Eerste hulp" after "naar de", "op de" or "bij
 * de" is the emergency room a person went to, not a course (session 20). Session 22 (second probe):
 * an information evening, a talk or a webinar is taught as a course is.
 */
const courseAsked =
  /(?:[a-z]*cursus|[a-z]*training|opleiding|workshop|nascholing|voorlichting[a-z]*|informatieavond|infoavond|thema-avond|themaavond|lezing|webinar|information evening|info evening|info session|awareness session|(?<!\b(?:naar|op|bij|in) de )eerste hulp|ehbo|first aid|course|courses|training|workshop)/;

/**
 * A time told as the medium's own ("het hoorspel van gisteravond", "the show from last night"): when
 * it was on, not when anything happened to the writer. Read as a lookbehind before the list of now.
 */
const mediumsTime = new RegExp(String.raw`(?<!\b${medium} (?:van|from|of) (?:[a-z]+ )?)`);

/**
 * A medium or a course told, with nothing of now (and no danger here) in the whole message, and no
 * crisis of the writer's own told beside it (the shared lists `ownNow` and `presentSelf`: "ik denk
 * er zelf ook aan", "omdat ik het zelf wil doen").
 */
export const storyOrCourseInMessage = re`^(?=.*\b(?:${mediumTold}|${courseAsked})\b)(?!.*${mediumsTime}${somethingOfNow})(?!.*${ownNow})(?!.*${mediumsTime}${presentSelf})`;
