import { re } from '../crisisRule.js';
import { ownNow, presentSelf } from './lexicon.js';
import { somethingOfNow } from './pastToldForHelp.js';

/**
 * A figure of speech whose trigger is no danger (docs/adr/0012-safety-net.md, session 22): "als ik
 * die rekening zie krijg ik een hartaanval", "mijn schoonmoeder knijpt me fijn met haar regeltjes".
 * The shared `saidInJest` needs the joke said so ("grapje", "bij wijze van spreken"). Two forms, each
 * read over the whole message and wired as an `askUnlessInMessage` on every rule (detectCrisis.ts):
 * a check with every line, never silence.
 */

/**
 * A reaction tied to seeing, hearing or reading a thing: "als ik die rekening zie krijg ik", "every
 * time I open the letter I get". Nothing of now may stand anywhere in the message.
 */
const reactionToAThing = re`^(?!.*${somethingOfNow})(?=.*\b(?:als|wanneer|elke keer als|iedere keer als|when|whenever|every time) (?:ik|i) (?:[a-z]+ ){1,4}(?:zie|hoor|lees|open|krijg|see|hear|read|open|get) (?:[a-z]+ ){0,2}(?:krijg ik|ga ik|val ik|i get|i have|i nearly|i almost)\b)`;

/** Words that say the figure is meant: a taken-back joke, a body hurt. */
const meant =
  /\b(?:geen grap|geen grapje|meen het|echt|letterlijk|serieus|really|literally|seriously|not joking|keel|nek|bloed|bloedt|pijn|blauw|blauwe|gewond|ademt|adem|throat|neck|blood|bleeding|hurt|hurts|bruise|bruises|breath)\b/;

/**
 * A violence verb whose means are rules, words or questions: "knijpt me fijn met haar regeltjes",
 * "she smothers me with her rules". Its own verb is the figure, so the list of now (which holds the
 * verbs) cannot veto it; what is meant, the writer's own crisis or a time that is now does.
 */
const violenceByWords = re`^(?!.*${meant})(?!.*${ownNow})(?!.*${presentSelf})(?=.*\b(?:knijpt|wurgt|smoort|verstikt|vermoordt|slaat|strangles|chokes|smothers|suffocates|kills|killing|murdering) (?:[a-z]+ ){0,3}(?:met|with) (?:al )?(?:haar|zijn|hun|die|her|his|their|all|those) (?:[a-z]+ )?(?:regels|regeltjes|vragen|gezeur|kritiek|opmerkingen|mails|appjes|berichten|eisen|zorgen|rules|questions|nagging|demands|emails|texts|comments|worries)\b)`;

export const figureOfSpeechInMessage = re`${reactionToAThing}|${violenceByWords}`;
