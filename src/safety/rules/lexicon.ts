/**
 * Word lists shared by the rule files. Written in ordinary spelling and without anchors; the rules
 * put word boundaries around them. Informal and chat spellings are included on purpose: mn (m'n),
 * zn (z'n), dr (d'r), mam, pap.
 */
import { re } from '../crisisRule.js';
import { overEn } from './itIsOver.js';
import { shortAlarm } from './shortAlarm.js';
import { pillsEn, pillsNl, pillsPluralNl } from './swallowedMeans.js';
import { vehicleEn } from './vehicles.js';

/**
 * The Dutch "kind" (child), not the English "kind" (friendly, a sort) that is the same word
 * (twenty-seventh round, docs/adr/0012-safety-net.md): not after an English word that makes it an
 * adjective or a noun ("a", "the", "what", "so", "very", "is", "be", "not", "some") and not before an
 * English word it describes ("to", "enough", "regards", "man", "lady", "people"). "he is not the
 * kind of man who hits anyone" is no household violence; "mijn man slaat ons kind", "het kind van
 * de buren" and "mijn kind of ik" stay.
 */
export const kindDutch =
  /(?<!\b(?:a|the|be|is|so|very|too|not|what|any|some|this|that|every|same|other|really|was|are|were|also|always|never|quite|such|hes|shes|youre|theyre|im|being|how|extremely|more|most|less)\s)kind(?! (?:to|enough|regards|hearted|words|man|woman|lady|person|people|guy|soul|neighbour|neighbor|who|and)\b)/;

/**
 * The Dutch "mes" (knife), not the English "mess" that the normaliser squeezes to the same word
 * (twenty-seventh round): not after an English article, possessive or adjective ("a", "the",
 * "what", "such", "my", "his", "big"), so "he left me with a mess of bills" holds no knife. "met een
 * mes", "heeft een mes", "met n mes" and the typo "met een mess" stay.
 */
export const knifeDutch =
  /(?<!\b(?:a|the|this|that|what|such|my|your|his|her|its|our|their|big|huge|real|total|complete|whole|right|hot|awful|terrible)\s)mes/;

/**
 * A child, a grandchild, a sibling, a nephew or a niece, or one by marriage: the relatives who may
 * take an older person's money (coercionLevers.ts reads it as `moneyTaker`), and a part of
 * `householdMember`. "neef" and "nicht" are both a cousin and a nephew or a niece, so the English
 * list names the cousin beside them (session 17).
 */
export const youngerRelative =
  /(?:zoon|dochter|kleinzoon|kleindochter|kleinkind|neef|nicht|schoonzoon|schoondochter|broer|zus|son|daughter|grandson|granddaughter|nephew|niece|cousin|brother|sister)/;

/** Someone paid or trusted to care for a person at home; a part of `householdMember`. */
export const carerPerson = /(?:verzorger|verzorgster|mantelzorger|carer)/;

/**
 * People in or close to the household: partners, family, carers. Used as the doer or the victim.
 * Twenty-fourth round: the English daughter, grandparents, aunt, niece, nephew, kids and children,
 * which the Dutch list had and the English lacked ("he will slap our daughter"). Session 17: the
 * English stepmother and cousin, the Dutch stiefzoon, stiefdochter, neefje and nichtje.
 */
export const householdMember = re`(?:man|vrouw|echtgenoot|echtgenote|partner|vriend|vriendje|vriendin|ex|vader|moeder|papa|mama|pap|mam|stiefvader|stiefmoeder|stiefpapa|stiefmama|stiefzoon|stiefdochter|broertje|zusje|neefje|nichtje|${kindDutch}|kinderen|kleinkinderen|opa|oma|oom|tante|schoonvader|schoonmoeder|zwager|schoonzus|oppas|baby|${youngerRelative}|${carerPerson}|husband|wife|boyfriend|girlfriend|dad|mum|mom|father|mother|stepdad|stepfather|stepmother|stepmum|stepmom|uncle|stepson|stepdaughter|grandma|grandpa|grandmother|grandfather|aunt|kids|children)`;

/**
 * A partner of either sex, as residents name one: "mijn man", "mijn vrouw", "mijn echtgenote",
 * "mn vriendin", "my wife", "my boyfriend" (thirty-fifth round: one list for both sexes; "mijn
 * vrouw" was missing where a partner's weapon or following gives Veilig Thuis).
 */
export const partnerPerson =
  /(?:(?:mijn|mn) (?:man|vrouw|echtgenoot|echtgenote|partner|vriend|vriendje|vriendin)|my (?:husband|wife|boyfriend|girlfriend|partner|spouse))/;

/** An ex-partner, as residents name one: "mijn ex", "ex vriend", "my ex husband". */
export const exPerson =
  /(?:ex|ex man|ex vrouw|ex vriend|ex vriendin|ex partner|expartner|ex husband|ex wife|ex boyfriend|ex girlfriend)/;

/** Possessives that tie a person to the writer or to a named third person. */
export const possessive = /(?:mijn|mn|zijn|zn|haar|dr|onze|ons|de|hun|my|his|her|our|the)/;

/** Object pronouns and child words for a parent: the person something is done to. */
export const objectPronoun = /(?:me|mij|ons|hem|haar|mama|papa|mam|pap|us|him|her)/;

/**
 * The Dutch "slap" (limp), not the English verb (twenty-sixth round, docs/adr/0012-safety-net.md):
 * not after an English word that makes it a verb or a noun ("to", "will", "gonna", "a", "big",
 * "i", "she") and not before an English object or noun ("the", "my", "on", "cheek", "bracelet").
 * "will" and "she'll" are squeezed to "wil" and "shel" by the normaliser ("he'll" to "hel", as "heel"
 * is, so not that one). "de baby is slap", "heel slap",
 * "baby slap en suf" and "hangt slap" stay.
 */
export const slapDutch =
  /(?<!\b(?:to|wil|wont|would|could|might|gonna|gona|a|big|i|you|they|she|he|shel|not|dont|never|cant|and|or|please|just)\s)slap(?! (?:the|my|our|his|her|him|it|me|us|them|their|your|a|an|on|at|cheek|bracelet|bracelets|water|table|toy|and|hard)\b)/;

/**
 * An English violence verb denied or said never to happen (twenty-eighth round,
 * docs/adr/0012-safety-net.md): "he never hits the kids", "she doesnt hit me", "he has never once
 * hurt her", "didnt beat". Put right before the verb alternatives, a lookbehind: the verb right
 * after "never", "doesnt", "didnt", "has not" (with at most "ever", "once", "really", "actually",
 * "even" or "physically" between) is no violence word. "will never" and "would never" stay as the
 * twenty-third round left them (a promise or a fear after violence). A denial that tells of violence
 * at other times still fires, by what follows the verb in the clause: "never hits me where people
 * can see", "in the face", "only on my back", "except", "unless", "until", "before" or "in front
 * of", and within two words "yet", "since", "anymore" or "again" ("he didnt hit me again" is
 * violence before). "never stops hitting" is no denial of "hitting".
 */
const denialEn =
  /(?:(?<!\b(?:will|would|hell|shell|theyll|youll|wil)\s)never|doesnt|does not|didnt|did not|dont|do not|hasnt|has not|havent|have not|hadnt|had not)(?: (?:ever|once|really|actually|even|physically))?/;
export const notDeniedEn = re`(?:(?<!\b${denialEn} )|(?=[a-z]+ (?:(?:[^.]{0,40} )?(?:where|in the face|on the face|only (?:on|in|at|when|with|where|behind|if|me|us|him|her|my|his|the)|except|unless|until|before|in front of)|(?:[a-z]+ ){0,2}(?:yet|since|anymore|any more|again))\b))`;

/**
 * A Dutch violence verb denied (twenty-ninth round, docs/adr/0012-safety-net.md), the Dutch of
 * notDeniedEn: "hij slaat de kinderen nooit", "papa slaat ons nooit", "mijn man slaat mij niet",
 * "heeft me nooit geslagen", "heeft nog nooit iemand geduwd". Dutch puts "nooit" or "niet" after a
 * finite verb and its object, and before a participle, so this reads the clause as a guard, not
 * as a lookbehind. Between a finite verb and "nooit" only an object ("me", "de kinderen", "mijn
 * broertje"); between "nooit" and a participle at most three words, none that starts a reported
 * clause ("ik weet niet of hij haar geslagen heeft" is no denial). "niet meer", "nooit meer" (it
 * happened before) and "niet alleen" are no denial. A denial that tells of violence at other times
 * or now still fires, by the clause: "waar", "alleen op", "alleen als", "behalve", "tenzij", "tot",
 * "voor de ogen", "in het bijzijn", "gezicht", "wel met", "maar wel", "weer", "stopt", a time now
 * ("vannacht", "gisteren", "nu") or "sinds".
 */
const violenceFiniteNl =
  /(?:slaat|sla|sloeg|sloegen|schopt|schopte|trapt|trapte|duwt|duwde|stompt|stompte|mishandelt|bedreigt|bedreigde|wurgt|knijpt)/;
const violenceParticipleNl =
  /(?:geslagen|geschopt|getrapt|geduwd|gestompt|mishandeld|bedreigd|gewurgd|geknepen|pijn gedaan)/;
const deniedObjectNl = re`(?:(?:${objectPronoun}|iemand|(?:de|het|een|${possessive}) (?:[a-z]+ )?[a-z]+) )?`;
export const deniedNl = re`^(?=[^.]*\b(?:${violenceFiniteNl} ${deniedObjectNl}(?:nooit(?! meer)|niet(?! meer| alleen| zomaar))|(?:nooit|niet) (?!meer )(?:(?!of |dat |wat |waarom |hoe |wie |als |wanneer |toen |omdat )[a-z]+ ){0,3}${violenceParticipleNl})\b)(?![^.]*\b(?:waar|alleen (?:op|in|als|wanneer|met|waar|achter|thuis|binnen|bij|me|mij|ons|haar|hem|mijn|zijn|de|het)|behalve|tenzij|tot|totdat|voordat|voor de ogen|in het bijzijn|bijzijn|gezicht|wel (?:met|thuis|als|op|in|binnen|bij|wanneer|s)|maar wel|weer|nog eens|opnieuw|stopt|ophoudt|houdt|vannacht|vanavond|vandaag|gisteren|gisteravond|vanochtend|vanmorgen|net|nu|sinds)\b)`;

/**
 * A blow from a vehicle, a ball, a door or a branch, not from a person (twenty-eighth round): "was
 * hit by a car", "got knocked over by a bike", "struck by a falling branch", and the English of the
 * Dutch "door een auto" and "van zijn fiets" in abuse.passive. "hit me with the car door" is not
 * read: the thing is what hits, not the tool of someone who does.
 */
export const accidentBlowEn = re`\b(?:(?:hit|knocked (?:down|over)|run over|struck|hurt|injured) by (?:a|an|the|some) (?:[a-z]+ )?(?:${vehicleEn}|ball|door|branch|tree|swing|horse|wave|rock|stone)|car accident|road accident|(?<!\b(?:says|said|say|claims|claimed|pretends|pretended|tells me|told me|no|not an|not by) (?:it was |its |it is |that it was |that its )?(?:an |by |)?)(?:by )?accident|accidentally)\b`;

/**
 * A blow at school, in a class or at a sport (twenty-eighth round): the English of "op school",
 * "in de klas", "klasgenoot" and "schoolplein" in abuse.violence-in-household. Only where the blow
 * is placed there ("got hit at school", "pushed off the slide", "by a classmate"): "my dad hits me
 * and the teacher at school saw it" stays.
 */
export const blowAmongChildrenEn =
  /\b(?:(?:hit|kicked|pushed|punched|slapped|beaten|beaten up|shoved) (?:[a-z]+ ){0,3}(?:at|in|on|off|during) (?:the |his |her |their |my |our )?(?:old |new )?(?:school|class|gym|playground|schoolyard|slide|swing|swings|football|football club|training|practice|sports club|club|pe)|(?:by|from) (?:a|another|his|her|some|one of (?:his|her|the)) (?:classmate|classmates|schoolmate|schoolmates|boy at school|girl at school|kid at school|teammate|teammates))\b/;

/** Verbs of physical violence, Dutch present, past and participle, plus the L2 infinitive. */
export const hitVerb =
  /(?:sla|slaat|slaan|sloeg|sloegen|geslagen|schop|schopt|schoppen|schopte|geschopt|(?<!(?:de|die|deze|onze|mijn|zijn|haar|van|op|naar|het) )trap|trapt|trapte|getrapt|duw|duwt|duwde|geduwd|wurg|wurgt|wurgde|gewurgd|knijp|knijpt|kneep|geknepen|stomp|stompt|gestompt|mishandel|mishandelt|mishandeld|mishandelde|bijt|beet|gebeten)/;

/** English verbs of physical violence. */
export const hitVerbEn =
  /(?:hits|hit|hitting|beats|beat|beating|beaten|kicks|kicked|kicking|punches|punched|punching|slaps|slapped|slapping|chokes|choked|choking|strangles|strangled|hurts|hurt|hurting|pushes|pushed|shoves|shoved)/;

/** "Myself" and the other reflexives, in Dutch and English, including typed-apart forms. */
export const reflexive =
  /(?:mezelf|mijzelf|me zelf|mij zelf|zichzelf|zich zelf|haarzelf|hemzelf|myself|my self|himself|herself|themselves)/;

/** Someone who can do harm in a home: pronouns and household members. For co-occurrence rules. */
export const doer = new RegExp(
  String.raw`\b(?:hij|ze|zij|he|she|they|${householdMember.source})\b`,
);

/**
 * Someone harm is done to: the writer, a child, a partner, a parent, an older person, or a part of
 * the body ("slaat mijn hoofd tegen de deur").
 */
export const victim = new RegExp(
  String.raw`\b(?:me|mij|ons|mama|papa|haar|hem|us|him|her|${possessive.source} ${householdMember.source}|(?:mijn|mn|haar|zijn|zn|my|her|his) (?:hoofd|gezicht|haren|haar|arm|armen|nek|keel|lichaam|buik|rug|head|face|hair|arm|neck|throat))\b`,
);

/**
 * "die" typed for "dye" (twenty-eighth round): "i want to die my hair pink", "die my old jeans
 * black", "die eggs for easter". A lookahead after "die" or "dying": a thing one dyes, then no verb
 * of its own ("i want to die my hair keeps falling out", "... my hair is all gone" and "... my hair
 * and my face disgust me" are death wishes: the hair is the subject of the next clause).
 */
export const dyedThing =
  /(?! (?:(?:my|her|his|their|our|your|the|some|old|own|new) ){0,2}(?:[a-z]+ )?(?:hair|beard|roots|fringe|eyebrows|eyelashes|moustache|mustache|jeans|shirt|shirts|tshirt|dress|clothes|hoodie|jacket|shoes|trousers|fabric|wool|yarn|curtains|eggs)\b(?! (?:is|was|are|were|keeps|kept|falls|fell|falling|has|have|had|will|wont|doesnt|dont|grows|hurts|makes|and (?:my|i|me|everything))\b))/;

/** Words for a death wish or for death as a way out, used together with a wish or thought word. */
export const deathTerm = re`\b(?:dood|doodgaan|dood gaan|doodga|sterven|doden|doodmaken|dood maken|niet meer leven|niet meer leve|niet meer wakker|er niet meer (?:zijn|ben|was)|uit het leven|einde aan (?:mijn|m?n|zijn|haar) leven|to die${dyedThing}|dead|dying${dyedThing}|kill myself|end my life|(?:wont|not|never|dont) wake up)\b`;

/** Wish, thought, plan or attempt markers. */
export const wishTerm =
  /\b(?:wil|wilt|wou|wilde|willen|wens|wenste|hoop|hoopte|hope|verlang|denk|denkt|dacht|gedachte|gedachten|liever|beter|plan|plannen|geprobeerd|probeer|probeerde|overweeg|zou|zouden|ga|gaat|want|wanted|wish|wishing|hoping|praying|think|thinking|thought|rather|better|plan|tried|try)\b/;

/**
 * Figures of speech, past deaths and pets: the phrases that make "dood" harmless. Only for the broad
 * co-occurrence rules; the specific phrase rules never use it.
 */
export const deathFigureOfSpeech =
  /\b(?:(?:dood|sterf|sterven|doodgaan|dood gaan) (?:van|aan) (?:de |het |mijn |die |dat )?[a-z]+|(?:lach|schrik|schaam|verveel|werk|erger|zoek|wacht|vries|zweet) (?:me|mij|mezelf|je|zich) (?:[a-z]+ )?dood|om dood te gaan (?:zo|van)|ga dood als|(?:kat|poes|hond|konijn|cavia|hamster|vogel|vis|paard|plant|plantje|telefoon|batterij|accu|moeder|vader|mama|papa|man|vrouw|opa|oma|broer|zus|zoon|dochter|kind|buurman|buurvrouw|vriend|vriendin|tante|oom) (?:[a-z]+ ){0,4}(?:is|was|zijn|waren) (?:[a-z]+ ){0,3}(?:dood|overleden|gestorven|doodgegaan)|(?:is|zijn|wordt|worden|was|waren|word) (?:nog (?:eens |een keer )?)?(?:mijn|mn|zijn|zn|haar|onze) dood|de dood van|na de dood|na het overlijden|(?:dying|die|dead) (?:to|for|of laughter|tired|on my feet)|to die for|(?:my|our|his|her) (?:[a-z]+ )?(?:died|passed away|is dead))\b/;

/**
 * Talking about a crisis as a subject (docs/adr/0012-safety-net.md): a course, a talk, teaching material, research,
 * news, a memorial, a support group for the bereaved. Guards only the rules that fire on the mere
 * word ("zelfdoding", "huiselijk geweld"), never the ones that describe something happening; the
 * concern model still reads every message, so a disclosure inside such a sentence can still reach
 * a check (docs/adr/0012-safety-net.md).
 */
/**
 * The writer's own crisis now, in the first person (docs/adr/0012-safety-net.md, tenth round): a
 * wish or a plan ("ik wil niet meer leven", "wil ik dood", "I want to kill myself"), violence
 * done to the writer ("slaat me", "beats me"), or a course or a story that is "eigenlijk over mij".
 * It lifts every guard that quiets a frame (a course, a profession, a film or a book, a dream, a
 * joke): "ik werk als docent en ik wil niet meer leven" stays a crisis. Deliberately without a
 * bare "mezelf": a joke is told about oneself ("ik verhang mezelf nog eens aan die printer").
 */
/**
 * Violence done to the writer, in any order: "slaat me", "mijn vader me slaat", "slaat hij mij",
 * "om me te slaan", "mij gisteren sloeg", "beats me"; a past form only with a time that is now or
 * lately ("droomde dat hij me sloeg" is the dream's). No frame holds beside it, and no joke: "hij
 * vindt het grappig om me te slaan" is a crisis.
 * Twenty-fourth round: "slaat me dood als ik ..." is the figure of speech (as "vermoordt me als"),
 * so a joke said beside it may quiet the rule; "hij slaat me dood" without one still fires.
 */
export const doneToMe =
  /\b(?:(?:slaat|schopt|sloeg|schopte|betast|bedreigt|wurgt|mishandelt|hits|beats|kicks|touches|hurts|threatens) (?:me|mij)(?! dood als)|(?:hij|zij|ze|(?:mijn|mn|my) [a-z]+) (?:me|mij) (?:slaat|schopt|betast|bedreigt|wurgt|mishandelt)|(?:slaat|schopt|betast|bedreigt|wurgt|mishandelt) (?:hij|ze|zij|mijn [a-z]+|mn [a-z]+) (?:me|mij)|(?:me|mij) (?:[a-z]+ ){0,2}(?:te )?(?:slaan|schoppen|wurgen|pijn (?:te )?doen|bedreigen|betasten|mishandelen)|(?:me|mij) (?:[a-z]+ ){0,2}(?:slaat|schopt|duwt|wurgt|betast|bedreigt|mishandelt)|(?:me|mij) (?:gisteren|vannacht|gisteravond|vanavond|vanochtend|vorige week|net|zojuist|laatst|weer) (?:[a-z]+ )?(?:sloeg|schopte|duwde|wurgde|betastte|bedreigde|mishandelde))\b/;

// Twenty-fourth round: "mag ik ook komen" (also kan, moet) asks leave and is no "ik ook".
export const ownNow = new RegExp(
  String.raw`\b(?:${doneToMe.source}|ik (?:wil|wilt|ga|zal|denk) (?:echt |gewoon |zelf |ook |nu |er |weer |soms |vaak )?(?:niet meer (?:leven|leve|verder|zijn|bestaan)|dood|er niet meer zijn|(?:er )?een eind|aan zelfmoord|mezelf (?:iets|wat|pijn|dood|van kant)|me (?:iets|wat) aan)|wil ik (?:echt |gewoon |zelf |ook |nu |weer )?(?:niet meer|dood)|i (?:want|wanna|am going|m going|im going|will) (?:to )?(?:die|kill|end|hurt)|(?:eigenlijk|in feite|stiekem|vooral) (?:gaat|ging) (?:het|dit|dat) (?:over|om) (?:mij|mezelf|mijzelf|ons)|(?:het|dit|dat) (?:gaat|ging) (?:eigenlijk |ook |vooral )?(?:over|om) (?:mij|mezelf|mijzelf)|(?:its|it is|this is) (?:actually |really |also )?about me|(?:nu|now) (?:wil|denk|ga|want|think|am) (?:ik|i) (?:[a-z]+ ){0,3}(?:ook|zelf|too|also|myself)|(?:ik|i) (?:wil|want) (?:het|dat|it|that) (?:nu )?(?:ook|too|also)|zelf ook|ook zelf|(?<!\b(?:mag|kan|moet|mogen|kunnen|kun|mocht|mogen we) )ik ook|me too|myself too|i do too|(?:ik|i) (?:het |it )?zelf (?:wil|wilt|ga|doe)|(?:wil|ga) (?:ik )?(?:het|dat) zelf (?:doen|ook))\b`,
);

/**
 * A resident telling of a crisis of their own now, in the same clause as a course or a talk: "ik heb
 * een training gevolgd maar nu wil ik zelf dood", "I went to a course but now I want to kill
 * myself". It lifts the informational guard (docs/adr/0012-safety-net.md, sixth round): a guard may
 * quiet a mention, never a present crisis told beside one.
 * Twenty-fourth round: "mag ik ook" is a question, not "me too" (as in ownNow).
 */
export const presentSelf = new RegExp(
  String.raw`(?:\b(?:maar nu|en nu|nu (?:wil|denk|ben|heb|voel|zit|sta|ga|kan|word|snij|sla) ik|ik (?:wil|ga|denk|kan|word|ben) (?:er )?(?:zelf )?nu|zelf (?:nu|ook|dood|niet meer|een eind|aan)|mezelf|mijzelf|myself|me too|(?<!\b(?:mag|kan|moet|mogen|kunnen|kun|mocht) )ik ook|but now|now i|maar ik (?:wil|ga|denk|kan|zie) (?:[a-z]+ ){0,2}(?:niet meer|dood|een eind|eruit|mezelf|het zelf)|i (?:want|wanna|am going|m going|im going) to (?:die|kill|end)|i now|vannacht|vanavond|gisteravond|tonight|last night|right now|op dit moment|ik word|word ik|im being|i am being|(?:me|mij|hem|haar|ons) net|zojuist|just now|has just|(?:heeft|hebben|had) (?:me|mij)|(?:has|have) (?:[a-z]+ )?(?:hurt|hit|beaten|choked|strangled|raped) me|maar (?:mijn|mn|thuis|hij|zij)|but (?:my|at home|he|she)|nog steeds|still|zelf wil|zelf wilt|wil ik zelf|(?:me|mij) nu|do it myself|(?:slaat|schopt|sloeg|schopte|betast|hits|hit|beats|kicks|touches) (?:me|mij)(?! dood als))\b|${ownNow.source})`,
);

export const informationalContext = new RegExp(
  String.raw`^(?=[^.]*\b(?:[a-z]*(?:training|trainingen|cursus|cursussen)|workshop|workshops|voorlichting|lezing|presentatie|sessie|scholing|nascholing|e ?learning|webinar|informatieavond|themaavond|ouderavond|gastles|gastspreker|spreker|lesmateriaal|spreekbeurt|scriptie|werkstuk|project|artikel|onderzoek|boek|boeken|folder|folders|podcast|documentaire|film|theaterstuk|meldcode|protocol|aandachtsfunctionaris|herdenking|cijfers|nieuws|nieuwsbrief|krant|wijkkrant|journalist|ervaringsdeskundige|lotgenoten|lotgenotengroep|nabestaanden|rouwgroep|preventie|course|courses|talk|leaflet|leaflets|research|paper|newsletter|reporting code|documentary|first aid|informatie|uitleg|bijeenkomst|aanpak|beleid|docenten|voor mijn werk|for my work|leren (?:hoe|om|over|herkennen|praten|omgaan)|herkennen|signalen|opdracht|studeer|studie|opleiding|gesprek over|praten over|bespreekbaar|ervaringsverhaal|verhaal delen|verhaal te delen|article|articles|newspaper|share (?:her|his|my|their) story|learn (?:how|about|to)|signs|lesbrief|gastlessen|lesprogramma|module|modules|instructie|verslag|leesclub|leesgroep|profielwerkstuk|stagiair|stagiaire|signaleren|scholen|congres|symposium|seminar|campagne|statistieken|(?:avond|middag|ochtend|dag|uur|bijeenkomst|gesprek|les|lessen|training) over|een les|lecture|lesson|lessons|class about|in (?:our|my|the) (?:[a-z]+ )?(?:class|lesson|course)|school project|assignment|essay|thesis|book club|presentation|awareness|spotting|recognising|recognizing|statistics|campaign|webinar|workshop on|talk on|talk about|evening on|evening about|session on|session about)\b)(?![^.]*${presentSelf.source})`,
);

/**
 * A study as the setting of the clause ("voor mijn opleiding", "voor mijn scriptie", "for my
 * course"): part of informationalSetting, so presentSelf lifts it. A profession is not: a worker
 * telling of a case now may tell a crisis (professionalSetting in frames.ts asks).
 */
export const studySetting = String.raw`voor (?:mijn|onze|de|haar|zijn|hun) (?:opleiding|studie|stage|scriptie|klas|les|lessen|cursus|minor|master|bachelor|vak|afstudeeropdracht|werkstuk)|voor school|for (?:my|our|a|the) (?:course|studies|degree|training|school|class|thesis|internship|dissertation|module)|for school`;

/**
 * The narrow core of informationalContext, read by every suicide and abuse rule (detectCrisis,
 * sixth round): the crisis is the subject of a course, a lesson, a talk, a school project or
 * reading matter. Only settings, never words a disclosure also uses ("praten over", "informatie",
 * "talk"): "hij slaat me als ik wil praten over scheiden" must stay a crisis. Lifted by
 * presentSelf like the broad list.
 * Twenty-fourth round: "in our class" in informationalContext. An event held about it with words
 * between ("een avond houden over") is not read here: the frame reader lowers that rule's reply to
 * a check, which asks calmly (test/dialogs/safetyFrames.test.ts).
 */
export const informationalSetting = new RegExp(
  String.raw`^(?=[^.]*\b(?:[a-z]*(?:training|trainingen|cursus|cursussen)|workshop|workshops|voorlichting|lezing|presentatie|gastles|gastlessen|lesmateriaal|lesbrief|lesprogramma|spreekbeurt|scriptie|werkstuk|profielwerkstuk|webinar|e ?learning|module|congres|symposium|seminar|nascholing|scholing|themaavond|informatieavond|bijeenkomst|bijeenkomsten|[a-z]*lezing|roman|folder|folders|artikel|meldcode|protocol|campagne|lotgenotengroep|nabestaanden|rouwgroep|preventie|[a-z]*(?:avond|middag|ochtend|bijeenkomst|les|lessen|training|boek) over|een les|course|courses|workshop on|talk on|a talk|webinar|lecture|lesson|lessons|school project|assignment|essay|thesis|presentation|leaflet|leaflets|article|articles|campaign|prevention|awareness|session on|session about|evening on|evening about|${studySetting})\b)(?![^.]*${presentSelf.source})`,
);

/**
 * Past and well (docs/adr/0012-safety-net.md): a clause that places the event in the past and says it is over now.
 * Both are needed: "vijf jaar geleden een poging" alone stays a crisis, "vijf jaar geleden een
 * poging, nu gaat het goed" does not. A death by suicide in the past is grief, not a crisis now.
 * Anchored: guards are tested against one clause (or, below, the message), and an unanchored pair
 * of lookaheads rescans the clause from every position (quadratic on a long clause). Sixth round:
 * more pasts ("in mijn studententijd", "vijf jaar terug", "as a teenager") and signs it is over
 * ("achter de rug", "stabiel", "gescheiden", "de dader zit vast", "behind me"), and never when
 * the clause says it goes on ("nog steeds", "opnieuw", "again"), or tells of danger now beside the past
 ("…is veroordeeld maar ik wil nu dood", "hij slaat me", "nu heeft hij er weer een genomen"): a
 guard may quiet a past, never a present crisis told beside one.
 * Twenty-fourth round: "decades ago", "back in college", and the signs of Dutch as a second
 * language ("nu gescheiden", "alles goed").
 */
export const pastAndWell =
  /^(?![^.]*\b(?:nog steeds|nog altijd|still|opnieuw|again|maar (?:vanavond|vannacht|vandaag|gisteren|gisteravond|vanochtend|net|sinds kort)|but (?:tonight|today|last night|lately|this week|now i|now im)|(?:me|mij|ons) (?:nu )?weer|begint weer|is weer begonnen|doet (?:het|hij|ze) weer|(?:slaat|schopt|bedreigt) (?:me|mij|ons) (?:nu )?weer|weer (?:een )?(?:[a-z]+ )?(?:genomen|geslikt|geprobeerd)|(?:ik wil|wil ik|ik ga|nu wil ik|nu ga ik) (?:[a-z]+ ){0,2}(?:nu )?(?:[a-z]+ ){0,2}(?:dood|niet meer (?:leven|verder|zijn)|een eind|er een eind|eruit stappen|springen|mezelf)|(?:slaat|schopt|bedreigt|betast|wurgt) (?:me|mij)(?! niet| nooit)|(?:slaat|schopt|bedreigt|betast|wurgt) (?:hij|ze|zij) (?:me|mij)(?! niet| nooit)|nu (?:slaat|schopt|bedreigt|betast|wurgt|hits|is hitting))\b)(?=[^.]*\b(?:geleden|vroeger|destijds|toen|als kind|als tiener|als (?:jongen|meisje|puber|student|jonge moeder)|in (?:mijn|haar|zijn|hun|onze|ons) (?:jeugd|kindertijd|studententijd|studietijd|tienerjaren|tienertijd|puberteit|puberjaren|jonge jaren|twintiger jaren|twintigerjaren)|toen (?:ik|hij|ze|zij|we|wij) (?:nog )?(?:klein|jong|kind|tiener|puber|student|[0-9]+|[a-z]+tig|[a-z]+tien|twaalf|elf)(?: jaar)? (?:was|waren)|(?:[a-z]+ )?jaar terug|in (?:19[0-9]{2}|20[0-2][0-9])|vorig jaar|jaren terug|lang geleden|al lang|ooit|een tijd|in de oorlog|tijdens de oorlog|na (?:mijn|haar|zijn) (?:scheiding|burn ?out|ontslag)|years ago|long ago|a long time ago|back then|in the past|used to|when i was|when we were|decades ago|back in (?:college|school|high school|uni|university|the day|the [a-z]+ties)|in (?:college|high school)|in the war|in (?:my|her|his|their) (?:teens|twenties|thirties|youth)|as a (?:teenager|student|child|kid|girl|boy))\b)(?=[^.]*\b(?:gaat (?:het )?(?:nu )?(?:al (?:jaren|lang|een tijd) )?(?:heel |weer |erg |echt )?(?:goed|prima|beter)|hersteld|overleefd|overleden|passed away|nu veilig|woon nu veilig|woont nu veilig|therapie gehad|(?<!niet |niet meer |nooit )gelukkig|(?<!dan is het |dan is alles )voorbij|dankbaar|(?<!niet |niet meer |nooit )rustig|goed leven|nuchter|nu (?:[a-z]+ ){0,2}veilig|rouw|rouwen|nabestaanden|verwerkt|er (?:nu |weer |helemaal |goed |echt )?(?:bovenop|overheen|over heen)|(?:nu|ben nu) (?:ben ik )?volwassen|nu (?:coach|help|begeleid|train) ik|het gaat goed met|doing well|doing great|doing fine|safe now|now well|(?:fine|okay|ok|well|better|safe) now|been years|over it|achter de rug|achter (?:me|mij|ons|haar|hem) (?:gelaten|liggen)|ver achter|afgesloten|stabiel|behind (?:me|us|her|him|them)|stable now|lives safely|living safely|thriving|(?:is|zit|zijn) (?:nu )?in therapie|dader zit vast|zit (?:nu )?vast|veroordeeld|(?:zijn|we zijn|wij zijn|ben|is) (?:nu |al (?:lang|jaren) )?(?:gescheiden|uit elkaar)|is veranderd|divorced|separated|been stable|stable for|in prison|in jail|convicted|nu (?:heb ik|hebben we|heeft (?:hij|ze|zij)) (?:zelf )?(?:een |weer )?(?:gezin|baan|werk|kinderen|relatie)|(?:heeft|heb|hebben) (?:nu |inmiddels |weer )?(?:een )?(?:goede |vaste |fijne |leuke |eigen )?(?:baan|gezin|relatie|opleiding)|(?:al|sinds) (?:[0-9]+|een paar|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|[a-z]+tien|[a-z]+tig) jaar (?:uit elkaar|gescheiden|clean|nuchter|stabiel|goed|weg|veilig|vrij)|(?:heb|hebben|heeft) (?:ik |we |hij |ze |zij )?het (?:nu |weer |echt )?(?:goed|fijn|prima)|(?:woon|wonen|woont) (?:nu |weer )?(?:fijn|goed|prettig)|stevig in (?:mijn|haar|zijn) schoenen|inmiddels (?:gaat|heb|heeft|hebben|ben|is|zijn|woon|woont|wonen|werk|werkt|leef|leeft|studeer|studeert)|(?:gaat|gaan) (?:het )?inmiddels (?:[a-z]+ )?(?:goed|prima|beter)|al (?:jaren|lang|een tijd|tijden) (?:veilig|gelukkig|stabiel|clean|nuchter|goed|rustig|vrij)|(?:is|are|am|im|were) (?:now )?(?:doing )?(?:well|great|fine|good) now|(?:and|but) (?:i am|im|i m) (?:now )?(?:doing )?(?:well|fine|okay|ok)(?! (?:aware|enough|and|but|except|until))|(?:weer )?op de rit|nu gescheiden|alles (?:is )?(?:nu |weer )?goed|dankzij (?:de |mijn |haar |zijn )?(?:therapie|hulp|behandeling|begeleiding)|(?:dat|het) is (?:nu |al lang |al jaren |lang |allang )?(?:over|voorbij)|(?:en|maar) (?:hij |ze |zij )?(?:leeft|leven) (?:gelukkig )?nog(?! steeds| altijd| bij| met| in| samen)|(?:that|it) is (?:all )?over|its (?:all )?over|been (?:fine|well|good|okay|ok|stable|clean|sober|safe) (?:for|since)|(?:fine|well|okay|stable|safe) for years|(?:live|living) (?:safely|safe)|thanks to (?:therapy|treatment|help))\b)/;

/** The same as pastAndWell, read over the whole message: the story may take more than one sentence. */
export const pastAndWellInMessage = new RegExp(pastAndWell.source.replaceAll('[^.]*', '.*'));

/**
 * A question about what one would do, told in general terms (docs/adr/0012-safety-net.md, second round): "wat kan ik doen
 * als ik vermoed dat een kind verwaarloosd wordt", "hoe reageer ik als een vriendin vertelt dat
 * haar man haar slaat", "how do I know if a friend is thinking about suicide". The person is
 * indefinite ("een kind", "iemand"), or someone is only imagined telling it. "Wat moet ik doen als
 * mijn man me slaat" names a person and stays a crisis. Guards only rules that fire on a mention
 * or a description; never the rules for danger now. Sixth round: "stel dat mijn moeder zegt dat",
 * "als mijn buurvrouw ooit vertelt", "als een klant in de taxi zegt", read by every suicide and
 * abuse rule (detectCrisis); a named person without "stel dat" or "ooit" stays a crisis.
 * Twenty-fourth round: "stel dat buurvrouw zegt" without the possessive, as beginners write it.
 */
export const hypotheticalGeneric =
  /\b(?:(?:als|wanneer|stel dat|if|when) (?:ik|je|we|u|iemand|someone|you|i) (?:[a-z]+ ){0,2}(?:vermoed|vermoedt|vermoeden|denkt|denk|merkt|merk|suspect|think|notice)\b[^.]{0,20}\b(?:een|iemand|a|someone)\b|(?:als|wanneer|if|when|what if|stel dat|suppose) (?:iemand|een [a-z]+|someone|a [a-z]+|an [a-z]+) (?:[a-z]+ ){0,4}(?:ooit |weer |ever )?(?:vertelt|zegt|meldt|tells|says|would say)\b|(?:stel dat|what if|suppose) (?:(?:mijn|mn|onze|my|our) )?[a-z]+ (?:[a-z]+ ){0,3}(?:ooit |ever )?(?:vertelt|zegt|meldt|tells|says|would say)\b|(?:als|wanneer|if) (?:mijn|mn|onze|my|our) [a-z]+ (?:[a-z]+ ){0,3}(?:ooit|ever) (?:vertelt|zegt|meldt|tells|says)\b|hoe (?:merk|herken|weet|zie) (?:je|ik|u) (?:[a-z]+ )?(?:dat|of) (?:iemand|een)\b|how do (?:i|you|we) (?:know|tell|recognise|recognize) (?:if|when|that) (?:someone|a)\b)/;

/**
 * A what-if about someone else that may happen one day (seventh round), whatever the verb: "stel
 * dat mijn buurman ooit zijn vrouw slaat, wie bel ik dan", "what if my sister ever hurts herself",
 * "als mijn broer ooit iets overkomt, wat moet ik dan". It must open the clause (within its first
 * three words) and be about a third person, and nothing in the clause may tell that it happens or
 * happened already ("mijn man slaat me, wat als hij ooit de kinderen ook slaat" is a crisis told
 * first; "wat als ik ooit ..." is the writer's own). Anchored: it reads one clause.
 * Twenty-fourth round: "ooit" or "one day" may come before the person ("wat als ooit mijn zoon").
 * A danger rule reads it too, but only asks (detectCrisis).
 */
export const whatIfOneDay =
  /^ ?(?:[a-z]+ ){0,3}(?:stel dat|stel je voor dat|wat als|what if|suppose|imagine|als|wanneer|if) (?:(?:ooit|op een dag|one day) )?(?:mijn|mn|onze|de|het|een|iemand|hij|zij|ze|my|our|the|a|someone|he|she) (?![^.]*\b(?:(?<!ooit )weer|nog steeds|gisteren|vannacht|vanavond|net|nu|al|deed|heeft (?:me|mij|haar|hem)|(?<!\bever\b[^.]*)again|still|yesterday|tonight|last night|right now|now|already|did)\b)(?:(?<=(?:ooit|op een dag|one day) [a-z]+ )|(?:[a-z]+ ){0,5}(?:ooit|ever|one day|op een dag)\b)/;

/**
 * Clearly in the past, as a contrast with now: "ik ben als kind geslagen, nu heb ik zelf kinderen".
 * For the rules that read "nu" as happening now.
 */
export const pastMarker =
  /\b(?:als kind|vroeger|ooit|toen ik (?:klein|jong|kind|tiener)|jaren geleden|jaren terug|in mijn jeugd|when i was (?:little|young|a child|a kid)|years ago|as a child)\b/;

/**
 * Pills or medicine just taken in a quantity that is an overdose: "ik heb een hele strip
 * slaappillen geslikt", "al haar pillen ingenomen", "I took all my pills". Shared by
 * danger.overdose (112) and suicide.overdose (113): an overdose needs both lines. Twenty-fifth
 * round (docs/adr/0012-safety-net.md): the quantity after the verb ("paracetamol genomen, heel
 * veel"), "i overdosed", "took an overdose" and "swallowed the whole bottle", the English ones not
 * with a time that is over ("years ago", "back in"). Twenty-sixth round: sleeping pills "allemaal"
 * before the verb, "zoveel", "a load of" or "a bunch of" them, and sleeping pills taken said
 * alone (sleepPillsTakenAlone).
 */
/**
 * Sleeping pills and tranquillisers (twenty-sixth round): one is the dose, so "all of them", "so
 * many" or the plural said alone as the whole message is an overdose, where "mijn pillen ingenomen"
 * is the day's medicine.
 */
const sleepPills =
  /(?:slaappillen|slaaptabletten|slaapmiddelen|slaapmiddel|kalmeringspillen|kalmeringstabletten|oxazepam|diazepam|temazepam|lorazepam|sleeping pills|sleeping tablets|sleeping meds|sleepers)/;

/**
 * Sleeping pills taken, said as the whole message with no one's pills and no time of the day's
 * dose (twenty-sixth round): "slaappillen ingenomen", "ik heb slaaptabletten geslikt", "sleeping
 * pills taken". "ik heb mijn slaappillen ingenomen" is the evening's routine, and a sentence that
 * goes on ("... zoals de dokter zei", "... en goed geslapen") says what it was.
 */
const sleepPillsTakenAlone = new RegExp(
  String.raw`^(?:(?:ik )?heb (?:net |zojuist |nu )?|net |zojuist |i (?:just )?|just )?(?:${sleepPills.source}(?: (?:net|zojuist|nu))? (?:ingenomen|ingenome|genomen|genome|geslikt|taken|swallowed)|(?:took|taken|swallowed) (?:${sleepPills.source}))$`,
);

export const overdoseTaken = new RegExp(
  String.raw`\b(?:overdosis|overdose|(?:veel|te veel|teveel|zoveel|alle|al mijn|al haar|al zijn|hele strip|een strip|een doos|(?:een )?(?:hele|halve|volle) (?:pot|potje|doos|doosje|strip|fles|flesje|zak)|handvol|hand vol|een pot|[1-9][0-9]+|tien|twintig|dertig|veertig|vijftig|honderd)\b (?:[a-z]+ )?${pillsNl.source}\b (?:[a-z]+ )?(?:genomen|ingenomen|geslikt|opgegeten|gespoten|op)|(?:took|taken|swallowed) (?:a lot of|too many|all my|all of my|a whole (?:pack|box|bottle) of|loads of|a load of|lots of|a bunch of|a handful of|so many|all the|all of the|every) (?:${pillsEn.source}|${sleepPills.source})|(?:took|taken|swallowed) every (?:sleeping )?(?:pill|tablet)|${sleepPills.source} (?:allemaal|alles|in een keer|tegelijk|tegelijkertijd) (?:[a-z]+ )?(?:genomen|ingenomen|geslikt)|${pillsPluralNl.source} (?:[a-z]+ )?(?:genomen|ingenomen|geslikt) (?:allemaal|alles|heel veel|te veel|teveel|een hele strip|de hele strip|de hele doos)|(?:(?:i|ive|i have|i just|ive just|i think i) overdosed|(?:took|taken|had) an overdose|swallowed the whole (?:bottle|pack|box|strip))(?![^.]*\b(?:${overEn.source}|years|when (?:i|he|she) was|back in|once|in (?:19|20)\d\d)\b)|${sleepPillsTakenAlone.source})\b`,
);

/**
 * Someone on a roof, a bridge or an edge, said as the whole message (twenty-sixth round,
 * docs/adr/0012-safety-net.md; danger.ts reads it through shortAlarm): "ik sta op de brug", "ik zit op het dak van de parkeergarage", "ben nu op de brug",
 * "ik sta boven op de flat". A flat, a tower or a car park only "boven op" it, and a balcony only
 * at its edge: "ik zit op het balkon" is a summer evening.
 */
export const onAHeightAlone =
  /(?:ik )?(?:sta|zit|ben|lig)(?: nu| hier| echt)? (?:op (?:het |de |t |een )?(?:[a-z]*dak|brug|viaduct|reling|rand|balkonrand|dakrand)|(?:boven ?op|helemaal boven ?op) (?:het |de |t |een )?(?:[a-z]*dak|brug|viaduct|flat|toren|gebouw|parkeergarage))(?: (?:van|over) (?:de |het |t |mijn |een |onze |ons )?[a-z]+(?: [a-z]+)?)?(?: nu| hier)?/;

/**
 * Someone at the very edge of a height, in any sentence (twenty-sixth round): "ik zit op de reling
 * van de brug", "mijn broer staat op de rand van het dak", "zit buiten op balkonrand van zesde
 * verdieping", "ik ben op het dak van school geklommen"; session 17: the roof before its edge,
 * "ik sta op het flatdak aan de rand". Work on a roof, an animal, a view or a wait are guarded
 * (edgeInnocent).
 */
export const atTheVeryEdge =
  /(?:sta|staat|staan|zit|zitten|ben|is|zijn|lig|ligt)\b (?:[a-z]+ ){0,2}(?:boven ?op|op) (?:(?:de |het )?(?:rand|reling|richel|leuning|balustrade) van (?:het |de |een |mijn |ons |onze )?(?:[a-z]+ )?(?:[a-z]*dak|brug|balkon|flat|gebouw|parkeergarage|viaduct|toren|verdieping)|(?:de |het )?(?:balkonrand|dakrand|brugleuning|balkonreling|brugreling)\b)|\bop (?:het|de|een) (?:[a-z]*dak|brug|flat|viaduct|toren|parkeergarage) (?:[a-z]+ ){0,3}geklommen|(?:sta|staat|staan|zit|zitten|ben|is|zijn)\b (?:[a-z]+ ){0,2}op (?:het |de |ons |onze |mijn |een )?(?:[a-z]*dak|brug|viaduct|flat|parkeergarage)(?: van (?:de |het |een |ons |onze |mijn )?[a-z]+)? (?:[a-z]+ )?aan de (?:rand|dakrand|reling)/;

/**
 * The same in English (twenty-sixth round): the writer on a bridge, a roof or a ledge ("im on the
 * bridge", "im up on the roof of the shopping centre", "im on top of the car park"), anyone
 * standing or sitting at an edge ("standing on the ledge now", "sat on the edge of the
 * multistorey"), and someone on one who will not come down. Not "at the bridge" (a meeting place),
 * "the edge of my patience", a bridge club or a roof terrace.
 */
export const onAHeightEn =
  /(?:im|i am)(?: standing| sitting| stood| sat| up| right| still)? on (?:the|a|top of the|top of a) (?:bridge|roof|ledge|railing|edge|car park|multistorey|building|tower)(?! (?:club|team|night|evening|game|games|group|table|lessons|class|players|drive|terrace|garden|bar|deck|top bar|party|of (?:my|our|his|her|their|your)))|(?:im|i am)(?: standing| sitting)? at the (?:edge|ledge)(?! of (?:my|our|his|her|their|your|reason|the (?:bed|sofa|seat|chair|town|city|village|park|woods|forest|table)))|(?:standing|sitting|stood|sat) on (?:the|a) (?:ledge|railing|edge)(?! of (?:my|our|his|her|their|your|the (?:bed|sofa|seat|chair|bath|table|pool)))|\bon (?:the|a) (?:bridge|roof|ledge|railing|edge)\b[^.]{0,40}\b(?:wont|will not|refuses to|doesnt want to|does not want to) come (?:down|back)/;

/**
 * Work on a roof, an animal up there, a view, a wait or a time that is over: no one at an edge in
 * danger (twenty-sixth round). Never beside a word of jumping or an end in the clause, which the
 * rule read before this round without a guard ("ik sta op het dak en ik ga springen"). Anchored:
 * it reads one clause.
 */
export const edgeInnocent = re`^(?![^.]*\b(?:springen|spring|springt|dood|einde|eind|genoeg geweest|jump|jumping|end it|die|kill)\b)(?=[^.]*\b(?:dakdekker|loodgieter|glazenwasser|schilder|monteur|aannemer|repareren|reparatie|schoonmaken|goot|dakgoot|antenne|schotel|zonnepanelen|zonnepaneel|klus|klussen|kat|poes|katje|kitten|hond|vogel|duif|meeuw|uitzicht|vuurwerk|foto|fotos|dakterras|terras|feest|barbecue|te wachten|wacht op|vorig|vorige|geleden|gisteren|roofer|builder|fixing|repair|repairs|gutter|gutters|solar|cleaning|antenna|cat|dog|bird|view|fireworks|photo|photos|waiting|wait for|yesterday|${overEn})\b)`;

/**
 * Looking down at a thing in one's hand (review24b, session 24: "ik sta op de rand van het perron
 * en kijk naar beneden naar mijn telefoon", "standing on the edge of the platform looking down at my
 * phone"): no farewell. Read by the place-of-end rules and by danger.at-the-edge / suicide.jump.
 * Not beside a wish, a jump or a farewell.
 */
export const lookingDownAtAThing =
  /^(?!.*\b(?:sorry|afscheid|vaarwel|dood|spring|springen|springt|einde|laatste|niet meer|niet verder|goodbye|jump|jumping|die|end it|kill|last|dont want)\b).*\b(?:(?:kijk|kijkt|keek) (?:[a-z]+ )?naar beneden naar (?:mijn|mn|zijn|haar|de|het|een) (?:telefoon|mobiel|mobieltje|gsm|scherm|app|kaart|kaartje|ovkaart|schoenen|voeten|boek|tas|kind|hond|horloge)|looking down at (?:my|his|her|the|a) (?:phone|screen|map|ticket|shoes|feet|book|watch))\b/;

/**
 * Someone on a height or at its edge now (twenty-sixth round): the whole message ("ik sta op de
 * brug", "help ik zit op het dak"), anyone at the very edge (atTheVeryEdge: "ik zit op de reling
 * van de brug", "de buurman zit op de rand van zijn balkon"), and the English of onAHeightEn. Read
 * by suicide.jump beside danger.at-the-edge, so the reply shows 113 beside 112 from the rules: the
 * one who writes it needs 113, and so does one who worries about someone up there (113's line is
 * also for "als u zich zorgen maakt om iemand"; the safety corpus labels such messages so).
 * Session 15: the whole message is read through danger.at-the-edge's own shortAlarm (shortAlarm.ts),
 * so every call word that gives 112 there ("alsjeblieft", "dringend") gives 113 here.
 */
export const edgeNow = re`${shortAlarm(onAHeightAlone)}|\b(?:${atTheVeryEdge}|${onAHeightEn})\b`;

/** A child too young to be safe alone: the words for the ages a neighbour sees on a balcony or a road. */
export const youngChild =
  /(?:peuter|peutertje|kleuter|kleutertje|baby|babytje|dreumes|kindje|klein kind|kleine kinderen|kleintje|kleintjes|jongetje|meisje van (?:een jaar of )?(?:[1-5]|een|twee|drie|vier|vijf)|jongen van (?:een jaar of )?(?:[1-5]|een|twee|drie|vier|vijf)|toddler|toddlers|infant|little (?:boy|girl|kid|child))/;

/**
 * A young child doing the hitting: "mijn zoon van 4 slaat mij als hij moe is", "my toddler hits
 * me". A parenting question, not abuse.
 */
export const youngChildHits =
  /\b(?:peuter|kleuter|dreumes|toddler|(?:zoon|zoontje|dochter|dochtertje|kind|kindje|son|daughter|kid) (?:van|is|of) (?:[1-6]|een|twee|drie|vier|vijf|zes|one|two|three|four|five|six)\b)/;

/**
 * Told from a screen or a page (docs/adr/0012-safety-net.md, third round): the clause sets the event
 * in the news, a film, a series, a game or a book ("in de film sloeg de man zijn vrouw", "op het
 * journaal: iemand neergestoken", "on the news they said"). Only the medium as the setting counts,
 * never as an activity: "hij slaat me als ik game" stays a crisis. Read by every rule, in the
 * clause of the match (detectCrisis); the concern model still reads the message. Tenth round: a
 * song, a poem, a play and a role in it, a book "over" something; and a crisis of the writer's own
 * now beside it lifts it ("ik las een boek over zelfmoord en nu wil ik het ook", ownNow). "op het
 * spel" is at stake, not a game.
 * Twenty-fourth round: a news item, a programme, a broadcast or a clip that "liet zien", "shows"
 * or is "about" it, a video game ("in het computerspel") and "een filmpje op youtube waar een
 * jongen ...".
 */
export const toldFromMedia = new RegExp(
  String.raw`^(?=[^.]*\b(?:(?:in|op|uit) (?:de|het|een|die|dat|mijn|zijn|haar|ons|onze) (?:[a-z]+ )?(?:film|serie|boek|roman|spel|game|computerspel|videospel|computergame|videogame|spelletje|podcast|documentaire|reportage|journaal|nieuws|krant|aflevering|voorstelling|toneelstuk|tv serie|musical|lied|liedje|songtekst|gedicht|strip|stripboek|manga|videoclip|script)|op (?:tv|televisie|het nieuws|het journaal)|(?:de|het|een|mijn|dat|die) (?:krant|nieuws|journaal|aflevering|serie|film|filmpje|boek|roman|reportage|documentaire|podcast|programma|tv programma|uitzending|lied|liedje|gedicht|toneelstuk|musical|song|rap)(?: [a-z]+){0,2} (?:ging over|gaat over|over|schreef|schrijft|meldde|meldt|liet (?:[a-z]+ ){0,5}zien|laat (?:[a-z]+ ){0,5}zien|toonde)|(?:film|filmpje|serie|boek|roman|game|spel|documentaire|reportage|aflevering|podcast|programma|uitzending|hoorspel|anime|video|lied|liedje|gedicht|toneelstuk|musical)(?: (?:op|van|bij) [a-z]+)?(?: gezien| gehoord| gelezen)? (?:waarin|waar (?:iemand|een))|(?:speel|speelt|spelen|speelde) (?:in (?:de|het|een) [a-z]+ )?(?:een|de) (?:rol|personage|hoofdrol) (?:van|als)|(?:in|on) (?:the|a|that|this|my|our) (?:[a-z]+ )?(?:film|movie|show|series|book|novel|game|news|podcast|documentary|episode|play|song|poem|musical|comic|script)|(?:film|movie|show|series|book|novel|documentary|episode|song|poem|play|musical|comic|story|news item|news story|news report|video|clip) (?:where|about|in which)|(?:the|a|that|this|my) (?:[a-z]+ )?(?:film|movie|show|series|documentary|episode|video|clip) (?:[a-z]+ ){0,2}(?:shows|showed|is about|was about|depicts|depicted)|on (?:tv|the news)|(?:play|playing|played) (?:a|the) (?:role|part|character) of)\b)(?![^.]*\bop het spel\b)(?![^.]*${ownNow.source})`,
);
