import { doneToMe, ownNow, presentSelf } from './lexicon.js';

/**
 * Frames around a rule's words (docs/adr/0012-safety-net.md, tenth round): what places a crisis
 * phrase outside the writer's now. Each is read in the clause of the rule's match. Two strengths:
 *
 * - a frame that says it plainly (a joke said so, a story in a book or a film, a role in a play)
 *   quiets the rule (`unless`): no crisis reply from a rule, and the concern model still reads the
 *   message and may ask;
 * - a frame that leaves the words ambiguous (a dream, a past told without a sign it is over, a
 *   profession, a what-if about someone else, a joke beside words of the writer's own now, a death
 *   wish on a small trigger) lowers the rule to a check (`askUnless`): one calm question with
 *   every line, never nothing.
 *
 * None of them holds when the clause tells a crisis of the writer's own now (ownNow, presentSelf)
 * or says it is no joke.
 */

/** Words that say a phrase was meant as a joke or a figure of speech. */
const jestWords = String.raw`grapje|grapjes|geintje|grap|grappen|grapt|voor de lol|voor de gein|gekheid|dollen|bij wijze van spreken|figuurlijk|niet letterlijk|spreekwoordelijk|ik overdrijf|overdrijf ik|overdrijf natuurlijk|overdreven|ironisch|sarcastisch|just kidding|kidding|joking|joke|jokes|jokingly|for fun|as a joke|figure of speech|not literally|figuratively|just an expression|exaggerating|i exaggerate|sarcastic|ironic`;

/**
 * Words that take a joke back: "het is geen grap", "ik meen het", "I'm not joking", "maar echt";
 * session 17: a figure of speech taken back too ("it is not a figure of speech", "geen beeldspraak").
 * A resident who says so is answered as if no joke was mentioned.
 */
const notInJest = String.raw`geen (?:grap|grapje|geintje|grappen|grapjes|gein)|niet (?:als |voor de )?(?:grap|grapje|grappig|gein|lol)|(?:not|no) (?:joking|kidding|a joke|joke|funny)|(?:im|i am) not (?:joking|kidding|exaggerating)|(?:not|no|never) (?:a |just a |only a )?(?:figure of speech|expression|metaphor)|not figuratively|geen (?:beeldspraak|uitdrukking|spreekwoord|manier van spreken)|niet figuurlijk|ik meen het|meen het|i mean it|serieus|seriously|for real|(?<!niet )letterlijk|(?<!not )literally|overdrijf (?:echt |helemaal )?niet|niet overdreven|(?:maar|but) (?:[a-z]+ ){0,4}(?:echt|really)`;

/**
 * Said as a joke or a figure of speech, and said so ("grapje", "bij wijze van spreken", "ik
 * overdrijf", "just kidding"), with nothing of the writer's own now beside it: quiets the rule.
 * Not "haha" or "lol": those also cover a real message. Anchored: it reads one clause.
 */
export const saidInJest = new RegExp(
  String.raw`^(?=[^.]*\b(?:${jestWords})\b)(?![^.]*\b(?:${notInJest})\b)(?![^.]*${presentSelf.source})`,
);

/**
 * A joke said so beside words of the writer's own now ("ik overdrijf, maar als ik nog één formulier
 * moet invullen wil ik dood"): the rule asks instead of answering. Never beside violence done to
 * the writer: nobody jokes that they are beaten (doneToMe).
 */
export const jestBesideOwnWords = new RegExp(
  String.raw`^(?=[^.]*\b(?:${jestWords})\b)(?![^.]*\b(?:${notInJest})\b)(?![^.]*${doneToMe.source})`,
);

/**
 * A dream or a nightmare ("vannacht droomde ik dat mijn man me sloeg", "I had a nightmare that my
 * dad hurt me"). A dream may carry a real fear, so the rule asks; a wish told as a dream ("ik droom
 * ervan om er niet meer te zijn", "dreaming of dying") is no dream, nor one that came true ("toen
 * ik wakker werd sloeg hij me echt") or goes on ("hij zegt elke dag dat hij het gaat doen"), and a crisis of the writer's own now beside it (ownNow) lifts
 * it.
 */
export const dreamt = new RegExp(
  String.raw`^(?=[^.]*\b(?:droom|dromen|droomde|droomden|gedroomd|nachtmerrie|nachtmerries|dream|dreams|dreamt|dreamed|nightmare|nightmares)\b)(?![^.]*\b(?:droom (?:er ?)?van|dromen (?:er ?)?van|droom ervan|dream(?:s|ing)? of|mijn droom is|my dream is|in het echt|echt gebeurd|toen ik wakker werd|when i woke|in real life|for real|(?:en|maar|and|but) (?:[a-z]+ ){0,6}(?:echt|really)|(?:hij|zij|ze|he|she) (?:zegt|dreigt|doet|slaat|says|threatens|does))\b)(?![^.]*${ownNow.source})`,
);

/**
 * Words that put a clause in the present or say it goes on: a past told beside them is not over.
 * Present tense of the wish and violence verbs too ("wil", "slaat"): "vroeger sloeg hij me en nu
 * slaat hij de kinderen" is about now.
 */
const goesOn = String.raw`nu|nou|weer|opnieuw|nog|gisteren|vandaag|vannacht|vanavond|vanochtend|vanmorgen|vanmiddag|deze week|sinds|steeds|elke|iedere|altijd|soms|vaak|al (?:jaren|lang|maanden|weken|een tijd)|laatst|de laatste tijd|tegenwoordig|momenteel|niet meer|wil|wilt|slaat|schopt|bedreigt|betast|snijdt|krast|denk|denkt|bang|durf|durft|still|again|now|today|tonight|yesterday|every|always|sometimes|lately|anymore|these days|since|want|wants|hits|beats|scared|afraid`;

/**
 * A past, told without a sign that it is over and without anything that is now ("jaren geleden
 * deed mijn broer een poging, hoe vertel ik dat mijn kinderen", "als kind werd ik geslagen door
 * mijn oom"): the rule asks. pastAndWell (in lexicon.ts) quiets a past that is told as over. Only
 * clear pasts: a bare "toen" is also last night ("toen ik thuiskwam sloeg hij me"), and "al lang"
 * goes on.
 */
export const pastOnly = new RegExp(
  String.raw`^(?=[^.]*\b(?:geleden|vroeger|destijds|jaren terug|(?:[a-z]+ )?jaar terug|lang geleden|ooit|in (?:19[0-9]{2}|20[0-2][0-9])|als (?:kind|klein kind|tiener|puber|student|studente|jong meisje|jonge jongen|meisje|jongen)|toen (?:ik|hij|ze|zij|we|wij) (?:nog )?(?:klein|jong|kind|tiener|puber|student|[0-9]+|twaalf|dertien|veertien|vijftien|zestien|zeventien|achttien|negentien|twintig|dertig|veertig|vijftig|[a-z]+tig|[a-z]+tien)(?: jaar)? (?:was|waren)|in (?:mijn|haar|zijn|hun|onze|ons) (?:jeugd|studententijd|studietijd|tienerjaren|tienertijd|puberteit|puberjaren|jonge jaren|kindertijd)|years ago|long ago|back then|in the past|as a (?:child|kid|teenager|teen|student|girl|boy)|when (?:i|he|she|we) (?:was|were) (?:a |little|young|small|[0-9]+)|in (?:my|her|his|their) (?:teens|youth|childhood|twenties))\b)(?![^.]*\b(?:${goesOn})\b)`,
);

/** Words that say a what-if happens or happened already, or that something is there now ("heeft"). */
const happening = String.raw`nog steeds|gisteren|vannacht|vanavond|vandaag|net|nu|weer|al|heeft|again|still|yesterday|tonight|now|today|already|has`;

/**
 * A what-if about someone else, opening the clause ("stel dat mijn zus zichzelf iets aandoet, wat
 * doe ik dan", "what if my friend hurts herself"), or someone imagined telling it ("als mijn
 * buurvrouw zegt dat ..., wat zeg ik dan"), with nothing that says it happens or happened and
 * nothing done to the writer ("me", "mezelf"): the rule asks. With "ooit" or "one day" it is
 * further off (whatIfOneDay in lexicon.ts quiets it). "wat als mijn man me vanavond weer slaat" is about the
 * writer, now, and stays a crisis.
 * Twenty-fourth round: "stel je voor dat er brand uitbreekt" ("er", "there"); danger rules read it
 * too and ask.
 */
export const whatIfSomeoneElse = new RegExp(
  String.raw`^ ?(?:[a-z]+ ){0,3}(?:(?:stel dat|stel je voor dat|wat als|what if|suppose|imagine if|mocht|in case) (?:mijn|mn|onze|de|het|een|iemand|hij|zij|ze|er|my|our|the|a|someone|he|she|there) (?![^.]*\b(?:me|mij|mezelf|mijzelf|myself|${happening})\b)|(?:als|wanneer|if|when) (?:mijn|mn|onze|een|iemand|my|our|a|someone) (?:[a-z]+ ){1,3}(?:zegt|vertelt|zou zeggen|says|tells|would say) (?:dat|that|me|mij|tegen) (?![^.]*\b(?:me|mij|mezelf|mijzelf|myself|${happening})\b))`,
);

/**
 * A death wish on a small trigger, the way a figure of speech is built: "als ik nog één formulier
 * moet invullen wil ik dood", "if I have to wait one more hour I'll jump". For the suicide rules
 * only, and never with a third person in the clause ("als hij nog een keer slaat ..."): the rule
 * asks.
 */
export const smallTrigger =
  /^(?=[^.]*\b(?:als|wanneer|if)\b[^.]{0,80}\b(?:nog (?:een|een keer|1|zon|zo een|langer|meer|vaker|eens)|(?:one|1) more|any (?:more|longer)|once more)\b)(?![^.]*\b(?:hij|zij|ze|he|she|they|niet meer leven|niet meer verder)\b)/;

/**
 * A profession or a volunteer's work as the setting ("ik werk als overblijfmoeder", "als gastouder
 * zie ik", "I work as a nurse", "I volunteer at"), or a question how to recognise or answer it
 * ("hoe herken ik", "how do I respond when"). Informational as often as not, but a worker may tell
 * a case that is a crisis now ("een jongetje zei dat zijn vader hem slaat"): the rule asks.
 * A crisis of the writer's own now beside it (presentSelf) lifts it.
 */
export const professionalSetting = new RegExp(
  String.raw`^(?=[^.]*\b(?:ik werk als|werk ik als|ik ben werkzaam als|in mijn (?:werk|beroep|functie|vak|baan) (?:als|bij|in)|als (?:docent|docente|leerkracht|juf|juffrouw|meester|mentor|verpleegkundige|wijkverpleegkundige|verzorgende|huisarts|jeugdarts|arts|wijkagent|agent|begeleider|begeleidster|vrijwilliger|vrijwilligster|buddy|coach|trainer|pedagoog|maatschappelijk werker|jongerenwerker|buurtwerker|opbouwwerker|gastouder|pleegouder|overblijfmoeder|overblijfouder|zorgverlener|hulpverlener|casemanager|consulent|intern begeleider|taxichauffeur|kapper|apotheker|stagiair|stagiaire)|ik ben vrijwilliger|hoe herken (?:ik|je|u|we|jij)|hoe (?:reageer|antwoord) (?:ik|je|u|we)|(?:i work|working) as|as a (?:teacher|nurse|volunteer|social worker|youth worker|carer|gp|doctor|coach|mentor|childminder|foster parent|police officer|trainee|lunch supervisor)|i volunteer|how (?:do|can|would|should) (?:i|you|we) (?:recognise|recognize|spot|notice|respond|react)|how to (?:respond|react|recognise|recognize|spot))\b)(?![^.]*${presentSelf.source})`,
);

/**
 * Elder financial abuse with nothing acute in the clause: no violence or injuries, no threat,
 * shouting or force, no fear of speaking up, not being allowed to talk to anyone, no food or
 * medicine withheld. Veilig Thuis is right for it, but rarely at once: abuse.money-taken
 * asks (docs/adr/0012-safety-net.md, tenth round).
 */
export const noAcuteDanger =
  /^(?![^.]*\b(?:eten|gegeten|food|hungry|eaten|blauwe plekken|bruises|gewond|injured|mag (?:niet|niks|nergens)|niet (?:praten|bellen|naar buiten)|not allowed|durf|durft|durven|dare|dares|schreeuwt|schreeuwde|scheldt|intimideert|yells|shouts|slaat|sloeg|schopt|duwt|duwde|knijpt|bedreigt|bedreigde|dreigt|dreigde|dwingt|dwong|gedwongen|bang|angst|sluit (?:haar|hem|me|mij|ons) op|opgesloten|geen eten|niks te eten|niets te eten|honger|medicijnen|pijn|geweld|agressief|hits|hit|threatens|threatened|forces|forced|scared|afraid|violent|locked|starving)\b)/;
