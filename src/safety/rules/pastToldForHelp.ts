import { re } from '../crisisRule.js';

/**
 * A past told to ask for help (docs/adr/0012-safety-net.md, session 19, "Near misses told as the
 * past ..."): "mijn vader heeft mij vroeger vaak geslagen, nu zoek ik een praatgroep", "my dad used
 * to hit me when I was a kid, now I want to be a better parent", "in 2015 wilde ik een eind aan mijn
 * leven maken, nu ben ik beter". The shared clause guards miss these: `pastOnly` is lifted by any
 * "nu" or "vaak" in its clause and `pastAndWell` needs a sign that it is well. Read over the whole
 * message and wired as an `askUnlessInMessage` on every rule (detectCrisis.ts): the crisis reply
 * becomes a check with every line, never silence, since a past told this way may hide a present.
 */

/**
 * Words a "nu" or "now" may stand beside when it tells the help asked for or the writer's life
 * after it ("nu zoek ik", "nu wil ik graag praten", "nu ben ik volwassen", "now I want to be a
 * better parent", "now I am doing well"), not the danger.
 */
/**
 * The life after, told beside a "nu" or "now" (session 22): "ik heb nu een lieve man", "now I have a
 * good job". A partner, a family, a home or work that is good, not the danger.
 */
const lifeAfter = String.raw`(?:een|mijn|a|my) (?:lieve|fijne|nieuwe|goede|eigen|leuke|loving|lovely|new|good|own|great) (?:man|vrouw|partner|vriend|vriendin|gezin|baan|huis|leven|husband|wife|boyfriend|girlfriend|family|job|home|life)`;

/**
 * The writer's or the person's life now told by an age or a role (session 22, second probe): "nu is
 * hij 30", "nu ben ik zelf leraar", "now she is a mother". What they are now, not what happens.
 */
const ageOrRoleNow = String.raw`(?:is|ben|zijn|am) (?:hij|ze|zij|ik|we|wij|he|she|i)? ?(?:zelf |ook |al |myself |also |now )*(?:een |an |a )?(?:(?:[0-9]+|[a-z]+tig|[a-z]+tien)(?! (?:uur|uurtje|minuten|minuut|kwartier|dagen|dag|nachten|hours|minutes|days|nights)\b)|moeder|vader|ouder|oma|opa|getrouwd|gezond|clean|leraar|lerares|docent|juf|meester|mother|father|parent|grandmother|grandfather|married|healthy|teacher)\b`;

/**
 * A wish to tell, share, help or learn (session 22, second probe): "nu wil ik mijn verhaal
 * vertellen", "nu willen we iets doen tegen pesten". What the writer will do with the past.
 */
const wishToTellOrHelp = String.raw`(?:wil|willen|wilt) (?:ik|we|wij|hij|ze|zij)? ?(?:graag )?(?:[a-z]+ ){0,3}(?:vertellen|delen|helpen|leren|doen tegen|iets doen|worden)`;

const helpOrLifeNow = new RegExp(
  String.raw`(?:${ageOrRoleNow}|${wishToTellOrHelp}|zoek|zoeken|wil ik (?:graag )?(?:praten|hulp|een|therapie|vrijwilliger|werk|erover)|ik wil (?:graag )?(?:praten|hulp|een|therapie|vrijwilliger|werk|erover)|ben ik (?:beter|volwassen|sterk|gelukkig)|gaat (?:het )?goed|ik woon|woon ik|woont|wonen|praat|praten|pas|i want (?:a|an|some|help|therapy|someone|to (?:be|help|talk|learn|find|know|volunteer))|i am (?:an adult|doing|better|fine|ok|okay|well|grown)|im (?:an adult|doing|better|fine|ok|okay|well|grown)|i (?:have|help|work|volunteer|look)|looking for|she wants|he wants|${lifeAfter})`,
);

/** A "nu" or "now" that tells the help or the life after, within three words before or four after one of those. */
const nowOfTheHelp = re`(?<!\b${helpOrLifeNow} (?:[a-z]+ ){0,2})\b(?:nu|now)\b(?! (?:[a-z]+ ){0,3}${helpOrLifeNow}\b)`;

/**
 * Someone hurt or in danger, told without a time ("my dad is lying on the floor and not breathing"
 * after a first-aid course last year): a danger rule's own present.
 */
/**
 * A danger's word told as the subject asked about (session 22, second probe): "vragen naar een
 * overdosis", "hoe je een overdosis herkent", "a talk about an overdose": a topic, not a danger here.
 * Read as a lookbehind before `dangerHere`.
 */
const dangerAsTopic = String.raw`(?<!\b(?:over|naar|about|herkennen van|hoe je|how to (?:spot|recognise|recognize|handle|treat)) (?:een |de |het |an |a |the )?)`;

/**
 * "here" or "hier" as the place of the help asked for (session 22, second probe): "a club near
 * here", "is er hier in de buurt een groep". Read as lookarounds at that word in `dangerHere`.
 */
const hereOfTheHelp = String.raw`(?<!\b(?:near|around|round|from) )(?:here|hier)(?! (?:in|uit) (?:de|het|the) (?:buurt|wijk|stad|gemeente|dorp|omgeving|neighbourhood|neighborhood|area|town|city))`;

const dangerHere =
  /(?:ligt|liggen|lag(?! (?:[a-z]+ )?(?:in coma|in het ziekenhuis|maanden|weken|jaren))|bewusteloos|flauw[a-z]*|[a-z]*gevallen|gas|ruik|ruikt|reageert niet|reageert nergens|ademt niet|ademt slecht|krijgt geen lucht|bloedt|bloed|brand|rook|vlammen|geslikt|ingenomen|overdosis|gevallen|valt|vast|verdrinkt|aanval|pijn|borst|stuip|is lying|lying|collapsed|unconscious|not breathing|isnt breathing|cant breathe|not responding|smell|smells|passed out|fainted|bleeding|blood|fire|smoke|flames|swallowed|overdose|overdosed|fell|fallen|stuck|trapped|drowning|seizure|chest|pain)/;

/**
 * Anything of now, anywhere in the message: a "now" not of the help, a time that is now, a
 * violence verb in the present, "weer" or "again", a wish to die or a means at hand, fear now, a
 * weapon told outside the past threat or a story's plot ("het stuk gaat over een moord met een
 * mes"), a call for help, someone hurt or in danger here. Written wide on purpose: a word here
 * that also says something harmless only keeps the rule's crisis reply.
 *
 * Costly: its lookbehinds are tried at every position of the message. A guard that reads it over the
 * whole message puts its own, cheaper requirement first (`^(?=.*X)(?!.*somethingOfNow)`, the same
 * match in either order), so most messages never scan it (`npm run bench:safety`, cost per message).
 */
export const somethingOfNow = re`\b(?:${nowOfTheHelp}|${new RegExp(dangerAsTopic)}${dangerHere}|${new RegExp(hereOfTheHelp)}|(?:[a-z]+ )?(?:minuut|minuten|kwartier|uur|uurtje|minute|minutes|hour|hours) (?:geleden|ago)|used to be|vroeger was (?:hij|ze|zij|het)|nou|net|zojuist|daarnet|vandaag|vannacht|vanavond|vanochtend|vanmorgen|gisteren|gisteravond|straks|morgen|op dit moment|momenteel|deze week|de laatste tijd|tegenwoordig|weer|opnieuw|(?<!\b(?:jaar|jaren|maand|maanden|week|weken|tijdje) )terug|nog steeds|nog altijd|nog (?:bij|in|thuis)|elke dag|iedere dag|slaat|slaan|schopt|schoppen|bedreigt|bedreigen|dreigt|wurgt|knijpt|duwt|betast|misbruikt|mishandelt|vermoordt|snij|snijd|snijdt|snijden|kras|krast|cut|cuts|cutting|zelf ook|ook zelf|ik ook|me too|myself too|zelf wil|wil (?:het|dat) zelf|(?:het|dat|it) zelf|over mij|about me|wil (?:[a-z]+ ){0,3}(?:dood|niet meer (?:leven|verder|zijn)|een eind|er een eind|springen|mezelf)|(?:ik|i) (?:[a-z]+ )?(?:denk|think) (?:[a-z]+ ){0,2}(?:aan|about) (?:zelfmoord|zelfdoding|suicide|dood|dying|ending)|achterna|sindsdien|steeds meer|meen|afscheidsbrief|afscheidsbrieven|goodbye letter|goodbye letters|kan niet meer|cant go on|cannot go on|dak|roof|brug|bridge|spoor|rails|balkon|balcony|edge|rand|pillen|pil|tabletten|touw|strop|klaar liggen|klaarliggen|klaar|bang|angst|durf|scared|afraid|frightened|(?<!(?:bedreigd|threatened) (?:met|with) (?:een|zijn|haar|a|his|her) )(?<!(?:gaat over|ging over|waarin|is about|was about|in which) (?:[a-z]+ ){0,5})(?:mes|knife|wapen|weapon|pistool|gun)|(?:help|red) (?:me|mij|ons|us)|please|still(?! (?:bother|bothers|hurt|hurts|think|thinks|have nightmares|has nightmares|itch|itches|show|shows))|again|back|today|tonight|yesterday|last night|right now|just now|these days|lately|every day|hits|hitting|beats|beating|kicks|kicking|threatens|threatening|chokes|choking|hurts me|abuses|abusing|want to (?:die|kill|end|hurt)|wanna die|kill myself|end it|end my life|pills)\b`;

/**
 * A clear past: a time long over, a childhood, a former partner long gone. Not a bare "toen"
 * ("toen ik thuiskwam sloeg hij me" is last night). Session 23 (nearmiss23): a decade or a century
 * named ("in de jaren 60", "in de vorige eeuw", "in the fifties", "in the 19th century"), as a year
 * already was: a history question.
 */
const clearPast = re`\b(?:vroeger|destijds|geleden|jaren terug|(?:[a-z]+ )?jaar terug|als (?:kind|klein kind|peuter|kleuter|baby|tiener|puber|student|scholier|jong meisje|jongen|meisje|klein meisje|kleine jongen)|toen (?:ik|hij|ze|zij|we|wij) (?:nog )?(?:klein|jong|kind|tiener|puber|student|[0-9]+|[a-z]+tig|[a-z]+tien|twaalf|elf)(?: jaar)? (?:was|waren)|in (?:mijn|haar|zijn|hun|onze|ons) (?:jeugd|kindertijd|studententijd|tienerjaren|puberteit|jonge jaren)|in (?:19[0-9]{2}|20[01][0-9])|in de jaren (?:[1-9]0|twintig|dertig|veertig|vijftig|zestig|zeventig|tachtig|negentig)|in de (?:vorige|negentiende|achttiende|zeventiende|middel) ?eeuw(?:en)?|vorig jaar|in de oorlog|al (?:[0-9]+|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|[a-z]+tien|[a-z]+tig|jaren) (?:jaar )?(?:uit elkaar|gescheiden)|used to|when i was (?:a |little|young|younger|small|[0-9]+)|as a (?:child|kid|toddler|baby|teenager|teen|girl|boy)|in the (?:19[0-9]0s|[1-9]0s|twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)|in the (?:last|previous|nineteenth|19th|eighteenth|18th) century|in the middle ages|years ago|decades ago|long ago|a long time ago|back then|in the past|in (?:my|her|his|their) (?:teens|youth|childhood)|last year)\b`;

/** A past told to ask for help: a clear past and nothing of now in the whole message. */
export const pastToldForHelpInMessage = re`^(?=.*${clearPast})(?!.*${somethingOfNow})`;
