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
const reactionToAThing = re`^(?=.*\b(?:als|wanneer|elke keer als|iedere keer als|when|whenever|every time) (?:ik|i) (?:[a-z]+ ){1,6}(?:zie|hoor|lees|open|krijg|see|hear|read|get) (?:[a-z]+ ){0,2}(?:krijg ik|ga ik|val ik|i get|i have|i nearly|i almost)\b)(?!.*${somethingOfNow})`;

/** Words that say the figure is meant: a taken-back joke, a body hurt. */
const meant =
  /\b(?:geen grap|geen grapje|meen het|echt|letterlijk|serieus|really|literally|seriously|not joking|keel|nek|bloed|bloedt|pijn|blauw|blauwe|gewond|ademt|adem|throat|neck|blood|bleeding|hurt|hurts|bruise|bruises|breath)\b/;

/** The violence verbs a figure of speech borrows. */
const violenceVerb =
  /(?:knijpt|wurgt|smoort|verstikt|vermoordt|slaat|strangles|chokes|smothers|suffocates|kills|killing|murdering)/;

/**
 * A violence verb whose means are rules, words or questions: "knijpt me fijn met haar regeltjes",
 * "she smothers me with her rules". The verb itself is the figure, so the lists of now and of the
 * writer's own crisis (which hold such verbs) are read everywhere but at the verb; what is meant
 * (a body hurt, "echt") vetoes too.
 */
const violenceByWords = re`^(?=.*\b${violenceVerb} (?:[a-z]+ ){0,3}(?:met|with) (?:al )?(?:haar|zijn|hun|die|her|his|their|all|those) (?:[a-z]+ )?(?:regels|regeltjes|vragen|gezeur|kritiek|opmerkingen|mails|appjes|berichten|eisen|zorgen|rules|questions|nagging|demands|emails|texts|comments|worries)\b)(?!.*${meant})(?!.*(?!${violenceVerb}\b)${somethingOfNow})(?!.*(?!${violenceVerb}\b)${ownNow})(?!.*(?!${violenceVerb}\b)${presentSelf})`;

/**
 * A body's danger verb with a feeling or a weather as its cause (session 22, second probe): "stikt
 * bijna van het lachen", "ik verga van de hitte", "dying of laughter". What is meant (a throat, a
 * body hurt, "echt") and anything of now outside the verb veto it.
 */
const bodyVerb =
  /(?:stik|stikt|stikte|stikken|verstikt|sterf|sterft|sterven|ga dood|gaat dood|doodga|verga|vergaat|vergaan|dying|die|died|choking|choke|choked|suffocating)/;

const ofAFeeling = re`^(?=.*\b${bodyVerb} (?:bijna |haast |zowat |nog |almost |nearly )?(?:van|of|with|from) (?:het |de |the )?(?:lachen|lach|hitte|warmte|honger|dorst|verveling|schaamte|zenuwen|pret|kou|drukte|laughter|laughing|heat|hunger|thirst|boredom|embarrassment|shame|nerves|cold)\b)(?!.*${meant})(?!.*(?!${bodyVerb}\b)${somethingOfNow})(?!.*(?!${bodyVerb}\b)${ownNow})(?!.*(?!${bodyVerb}\b)${presentSelf})`;

export const figureOfSpeechInMessage = re`${reactionToAThing}|${violenceByWords}|${ofAFeeling}`;
