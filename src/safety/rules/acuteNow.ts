import type { CrisisRule } from '../crisisRule.js';
import { re } from '../crisisRule.js';
import { acuteAskedOrWhatIf, acuteMomentGuards, acutePast, acuteWhenever } from './acuteGuards.js';
import { lookingDownAtAThing, toldFromMedia } from './lexicon.js';
import { resupplyOnly } from './swallowedMeans.js';
import { shortAlarm } from './shortAlarm.js';

/**
 * Acute moments told by their structure rather than by a fixed phrase (ADR 0012, session 23,
 * "acute moments told by their structure"). Session 22's acute rules read one lay word class each;
 * these read the shape a moment of danger NOW has, whatever the situation:
 * - a vital function lost (breathing, sight, moving a limb, feeling the legs, waking, answering)
 *   beside a sign it came suddenly or from an event just now;
 * - a baby or newborn in a state that cannot wait (not breathing, blue, limp, no longer crying);
 * - a means at hand with a time now and the act said in the first person ("tonight I do it");
 * - a chosen place of height or rails with a wish to be gone, or a farewell from it;
 * - a person unseen for days with a sign of someone inside who cannot come out;
 * - an attack just now on the writer, hands on a throat now, a birth or a bleeding pregnancy now;
 * - someone missing now beside a farewell or a danger.
 * Every rule only adds safety; each carries the acute-moment guards (a past, a what-if, a question
 * how to act, a course, a story) and the everyday readings of its own words.
 */

// ---------------------------------------------------------------- a vital function lost now

/**
 * A function that, lost suddenly, is an emergency: breathing, seeing, lifting an arm, feeling the
 * legs, waking, answering, speaking. Walking is left out: "kan niet meer lopen" is an everyday
 * care question.
 */
export const vitalFunctionLost =
  /(?:kan (?:ineens |opeens |plots |plotseling )?(?:niet meer|niet|geen|bijna niet) (?:goed )?(?:ademen|adem halen|kijken|zien|slikken)|kan (?:zijn|haar|mijn|mn|der|zn) (?:arm|armen|been|benen|hand) niet (?:meer )?(?:optillen|bewegen|voelen)|voelt (?:zijn|haar|mijn|mn|der|zn) (?:benen|armen|been|arm|onderlijf) niet|(?:zijn|haar|mijn|mn|der|zn) (?:benen|armen|been|arm|onderlijf) niet (?:meer )?(?:voelt|voel|kan bewegen|kan optillen)|ademt (?:niet|nauwelijks|bijna niet)|reageert (?:heel |erg |bijna |nauwelijks )traag|(?:hij|ze|zij) reageert (?:niet meer|nergens meer op|nergens op)|(?:valt|zakt) (?:steeds|telkens|weer) (?:in slaap|weg)|praat (?:ineens |opeens )?niet meer(?: goed)?|(?:haar|zijn|de) ogen draaien|is niet wakker te krijgen|krijg (?:hem|haar) niet wakker|cant (?:breathe|see|swallow|feel (?:his|her|my) legs|move (?:his|her|my) (?:legs|arm|arms))|(?:isnt|is not|not) breathing|stopped breathing|(?:he|she|baby) (?:wont|will not) wake up|cant wake (?:him|her))/;

/** What makes it now: it came suddenly, just now, or from an event told in the same clause. */
const suddenOrEvent =
  /(?:net|zojuist|ineens|opeens|plotseling|plots|begon|minuten geleden|minuut geleden|kwartier geleden|gevallen|van de (?:ladder|trap|steiger|dak)|spat|gespat|in (?:zijn|haar|mijn|mn|der) (?:ogen|oog)|greep|klap|hoofd gestoten|ongeluk|aangereden|just|suddenly|minutes ago|fell|fallen|splashed|hit (?:his|her|my) head)/;

/**
 * The same words in their everyday sense (review24, session 24): "kan niet zien of" is cannot
 * tell whether, "praat niet meer met me" is a quarrel, sleep at school is a tired pupil, glasses
 * are an aid.
 */
const vitalEveryday =
  /\b(?:kan (?:[a-z]+ )?niet (?:goed )?zien (?:of|wat|waar|wie|welke|wanneer|hoe|waarom|hoeveel)|cant see (?:if|whether|what|where|who|which|when|how|why)|praat (?:ineens |opeens )?niet meer (?:met|tegen)|in slaap (?:op|in|tijdens) (?:school|de klas|de les|het werk|zijn werk|haar werk|college)|leesbril|glasses|reading glasses)\b/;

/**
 * A lasting condition told for care or a service: an old stroke, a help question, a device, an
 * aid, a waiting list. Not a moment now.
 */
const lastingCare =
  /\b(?:sinds (?:zijn|haar|mijn|de) (?:beroerte|herseninfarct|val|operatie|ongeluk|ziekte|parkinson|dementie|chemo|bestraling)|wmo|indicatie|thuiszorg|scootmobiel|rolstoel|hulpmiddel|hulpmiddelen|aanvragen|aanpassing|wachtlijst|revalidatie|fysio|bril|lenzen|staar|recht op|vergoed|vergoeding|in the past|wheelchair|care home|aid)\b/;

// ---------------------------------------------------------------- a baby in a state that cannot wait

/** A baby, a newborn, a child of months. */
export const infant =
  /(?:baby|babytje|baby s|pasgeboren|pasgeborene|zuigeling|newborn|infant|(?:jongetje|meisje|kindje|kind|zoontje|dochtertje|tweeling) van (?:[a-z0-9]+ )?(?:maanden|weken)|(?:kind|kindje|baby) gekregen|(?:\d+|[a-z]+) (?:months|weeks) old)/;

/** The state: not breathing, blue, limp, no longer crying, not answering, a newborn left out. */
const infantStateNow =
  /(?:huilt niet (?:meer)?|ademt (?:niet|nauwelijks)|geen adem|blauw|grauw|(?:heel|erg|helemaal|zo) slap|(?:hij|ze|zij|het|baby|kindje) (?:reageert|reageerde) (?:nergens op|niet)|(?:hij|ze|zij|het|baby|kindje) wordt niet (?:meer )?wakker|navelstreng|graden|in de kou|isnt crying|not crying|stopped crying|not breathing|isnt breathing|blue|floppy|limp|wont wake)/;

/** An infant's ordinary day: sleeping through, crying less, a blue romper, a toy. */
const infantEveryday =
  /\b(?:slaapt|sliep|doorslapen|doorgeslapen|rustig|tevreden|minder|zo veel|zoveel|zo vaak|rompertje|pakje|muts|kleertjes|speelgoed|knuffel|blauwe|sleeps|asleep|sleeping|less|as much|onesie|outfit)\b/;

/**
 * Blue or red in the face from crying, with no other state beside it: a question for the
 * consultatiebureau (review24). Not when the breath, the waking or the tone is gone as well.
 */
const blueFromCrying =
  /^(?!.*\b(?:adem|ademt|ademen|reageert|reageerde|wakker|slap|grauw|breathing|breathe|limp|floppy|wake)\b).*\b(?:van het (?:huilen|krijsen|schreeuwen)|from (?:the )?crying)\b/;

/**
 * A fever in degrees with no other state beside it: a question for the GP (review24: "kindje van
 * 5 maanden heeft koorts, 39 graden, welke huisarts is open"). "graden" stays a sign for a
 * newborn in the cold.
 */
const feverOnly =
  /^(?!.*\b(?:adem|ademt|ademen|reageert|reageerde|wakker|slap|grauw|blauw|kou|koud|onderkoeld|breathing|breathe|limp|floppy|wake|blue|cold)\b).*\b(?:koorts|verhoging|fever|temperature)\b/;

// ---------------------------------------------------------------- a means at hand, a time now

/** The act said with a time now: "vannacht neem ik het", "vanavond doe ik het", "gaat het vanmiddag doen". */
export const actWithTimeNow =
  /(?:(?:vannacht|vanavond|vandaag|vanmiddag|straks|zo meteen) (?:doe|neem|slik) ik (?:het|alles)|nu doe ik het|ik (?:doe|neem|slik) (?:het|alles) (?:vannacht|vanavond|vandaag|vanmiddag|straks)|(?:ga|gaat|gaan) het (?:[a-z]+ )?(?:vannacht|vanavond|vandaag|vanmiddag|straks) (?:[a-z]+ )?doen|het (?:[a-z]+ )?(?:vannacht|vanavond|vandaag|vanmiddag|straks) (?:[a-z]+ )?(?:ga|gaat|gaan) doen|(?:im|i am) (?:doing|taking) it (?:tonight|today|now)|tonight i (?:do|take) it)/;

/** The means beside it, or the wish it is said with. */
const meansOrWish =
  /(?:gif|morfine|pillen|tabletten|slaappillen|medicijnen|touw|strop|spoor|brug|niet verder|niet meer leven|dood|pills|poison|rope|morphine|tablets|bridge|tracks)/;

/**
 * An everyday dose or task: one's usual medicine, a rope for the garden, a knife for cooking, a
 * habit given up ("vanavond doe ik het, ik stop met roken", review24).
 */
const meansEveryday =
  /\b(?:doe ik het (?:rustig|kalm|anders|zelf|wel|even|samen|met|voor|op|in|nog|zo|maar|liever|goed|beter|niet|af|uit|aan|dicht|open)|mijn (?:gewone|dagelijkse|vaste)|avondpil|vergeten|vergat|recept|apotheek|tuin|koken|snijden|klussen|usual|daily|forgot|prescription|pharmacy|garden|cooking|(?:stop|stoppen|gestopt) met (?:roken|drinken|blowen|gokken|snoepen)|(?:quit|quitting|stop) (?:smoking|drinking))\b/;

/** The day's dose taken as prescribed: "zoals de dokter zei", "this morning as prescribed". */
const dosePrescribed =
  /\b(?:zoals (?:de )?(?:dokter|arts|huisarts|apotheek) (?:zei|zegt|voorschreef)|voorgeschreven|volgens (?:het )?(?:recept|voorschrift)|(?:pillen|tabletten|medicijnen) (?:van|voor) (?:vandaag|vanochtend|vanavond|de dag|deze week)|as (?:the )?(?:doctor|gp|pharmacist) (?:said|told)|as prescribed|prescribed|this morning)\b/;

/**
 * A box or a jar of food eaten up, with no medicine named beside it ("de hele doos koekjes op"):
 * a question for a dietist, not a supply taken (review24, session 24).
 */
const foodEatenUp =
  /^(?!.*\b(?:pil|pillen|pilletjes|tabletten|tablet|medicijnen|medicijn|slaappillen|paracetamol|oxazepam|morfine|pills|tablets|medicine|medication)\b).*\b(?:koekjes|koek|snoep|snoepjes|chips|chocola|chocolade|drop|pindakaas|hagelslag|jam|ijs|bonbons|cookies|sweets|candy|chocolate|crisps|biscuits)\b/;

/** All of a strip or a box taken now: "alle tabletten van het doosje net op". */
export const wholeSupplyTaken =
  /(?:(?:heb|heeft|hebben) (?:[a-z]+ ){0,3}?(?:(?:alle|de hele|het hele|een hele) (?:[a-z]+ ){0,5}?(?:tabletten|pillen|pilletjes|strip|strips|doosje|doos|pot|potje|slaappillen|medicijnen|paracetamol) (?:[a-z]+ ){0,5}?|al (?:mijn|zijn|haar|mn) (?:[a-z]+ ){0,5}?(?:tabletten|pillen|pilletjes|slaappillen|medicijnen) (?:[a-z]+ ){0,4}?(?:tegelijk|in een keer|in 1 keer) )(?:net |zojuist )?(?:op|ingenomen|genomen|geslikt|doorgeslikt)(?= |$)(?! (?:de|het|een|tijd|tafel|straat|school|werk|vakantie))|(?:took|taken|swallowed) (?:all of|the whole|a whole|all (?:my |his |her |the )?(?:pills|tablets) at once) (?:my |his |her |the )?(?:pills|tablets|box|strip|bottle|pack|packet)?)/;

// ---------------------------------------------------------------- a chosen place, a farewell

/** Going to a place of height or rails, a place there chosen, sitting on its edge. */
export const placeOfEnd =
  /(?:(?:ik|hij|ze|zij) (?:ga|gaat|loop|loopt|fiets|fietst|rijd|rijdt|ben|is) (?:nu )?(?:naar|op weg naar|onderweg naar) (?:de|het) (?:brug|spoor|rails|spoorlijn|dak|flat|viaduct|pier|hoogste)|(?:plek|plaats|plekje) (?:bij|op|aan|onder) (?:de|het) (?:brug|spoor|rails|spoorlijn|dak|flat|viaduct) (?:[a-z]+ )?(?:uitgezocht|gekozen|gevonden)|(?:zit|sta|staat|zitten) op de (?:rand|reling|leuning|brugleuning)|(?:on|at) the (?:bridge )?(?:railing|ledge|rail|edge of the roof)|(?:going|heading|on (?:my|his|her) way) to the (?:bridge|tracks|railway|roof))/;

/** The wish or the farewell said with the place. */
const wishOrFarewell =
  /(?:wil (?:niet (?:meer|wachten|verder)|bij (?:haar|hem|hen|mijn [a-z]+) zijn|dood|er niet meer zijn)|kijk naar beneden|ik ga$|sorry|afscheid|vaarwel|niet meer leven|dont want to (?:live|wait|go on)|goodbye|there now|wants to die)/;

/**
 * Everyday reasons to be at a bridge, a roof or on an edge; an apology for a late answer, the
 * edge of a seat, waiting for an office (review24, session 24: "sorry dat ik laat reageer" is no
 * farewell, "ik zit op de rand van de bank en wil niet meer wachten op de gemeente" no wish).
 */
const placeEveryday =
  /\b(?:vissen|hengel|uitzicht|picknick|wandelen|fietstocht|werk|werken|klus|dakdekker|schilder|zwembad|bad|stoep|trottoir|fishing|view|work|picnic|pool|bath|sorry (?:voor (?:de|het|mijn) (?:overlast|late|herrie|storing|typfouten|nederlands|vertraging)|dat ik (?:laat|pas nu|nu pas|niet eerder))|sorry for (?:the|my) (?:late|delay|english)|rand van (?:de|het|mijn|mn) (?:bank|bed|stoel|tafel)|wachten op (?:de|het|mijn|mn|een) [a-z]+)\b/;

/**
 * A shared activity held close (review24b, session 24: "zijn handen om mijn nek als we dansen",
 * "zijn arm om mijn nek op de foto van de bruiloft"): a dance, a hug, a photo, not a throat held. Not beside a breath lost, a pain, a squeeze or a fear.
 */
const sharedActivityHold =
  /^(?!.*\b(?:geen lucht|geen adem|stik|stikken|pijn|knijpt|knijpen|drukt|duwt|bang|help|hulp|slaat|sloeg|dreigt|cant breathe|hurts|squeezes|scared|afraid|help)\b).*\b(?:(?:als|wanneer|terwijl) we (?:samen )?(?:dansen|slowen|knuffelen|zoenen|op de bank (?:zitten|liggen)|tv kijken|wandelen|op de foto gaan)|op (?:de|een|die|het|onze) (?:foto|fotos|selfie|trouwfoto|filmpje)|when we (?:dance|hug|cuddle|kiss)|in (?:the|a|that|our) (?:photo|picture|selfie))\b/;

/** Joining the dead: "ik wil bij haar zijn" after a loss, "going to join him". */
export const joinTheDead =
  /(?:(?:wil|ga|gaat|wilt) (?:ik |hij |ze |zij )?(?:bij (?:haar|hem|hen|ze) zijn|(?:haar|hem) achterna)|(?:going|wants|want) to (?:join|be with) (?:him|her|them))/;
const aDeath =
  /(?:gestorven|overleden|dood|verloren|doodgeboren|miskraam|died|dead|lost (?:her|his|my|our) (?:baby|child|son|daughter|husband|wife))/;

// ---------------------------------------------------------------- someone unseen, inside

/** Unseen for days: "al vier dagen niet gezien", "sinds zaterdag niet gezien", "haven't seen since". */
export const unseenForDays =
  /(?:(?:al |nu )?(?:[a-z]+ )?dagen niet (?:gezien|gehoord)|(?:sinds|since) (?:gisteren|eergisteren|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|het weekend) niet (?:meer )?gezien|zie ik (?:nu |al )?(?:[a-z]+ )?dagen niet|(?:ligt|liggen|stapelt) (?:al )?(?:[a-z]+ )?dagen op de mat|(?:havent|have not|hasnt) (?:seen|heard) (?:[a-z]+ ){0,4}?(?:since|for (?:[a-z]+ )?days))/;

/** A sign of someone inside who cannot come out. */
const signInside =
  /(?:hoor (?:hem|haar|iemand) (?:zacht )?(?:roepen|kreunen|tikken|kloppen|huilen)|(?:roept|kreunt|tikt) (?:zacht|binnen)|zie (?:[a-z]+ )?(?:voeten|benen|iemand) op de (?:vloer|grond)|doet niet (?:meer )?open|vieze lucht|stank|kan niet (?:bij|naar) de deur|hear (?:him|her|someone) (?:call|calling|moan|moaning|tap|tapping|knock)|tapping|cant get to the door|feet on the floor|smell)/;

/** Away on purpose: a holiday, a hospital stay, a move. */
const awayOnPurpose =
  /\b(?:vakantie|op reis|ziekenhuis|verhuisd|logeert|weekendje|holiday|vacation|away|hospital|moved)\b/;

// ---------------------------------------------------------------- an attack just now, a throat held

/**
 * Someone's ordinary absence: a sleepover, a late evening, staying with family, gone to a place
 * named ("is weg naar de kapper", "is weg voor zijn werk"), found again; a letter from an office
 * ("een brief van de gemeente"), not a farewell; "missing his friends" (review24, session 24).
 */
const missingEveryday =
  /\b(?:slaapt bij|logeert|blijft slapen|bij een vriend|bij een vriendin|bij opa|bij oma|te laat|sleepover|staying (?:at|with)|sleeping over|is (?:even |al )?weg (?:naar|voor|op|om)|vermist geweest|teruggevonden|(?:gelukkig|weer) (?:terug|thuis)|brief (?:van|over) (?:de|het|een|mijn|onze)|letter (?:from|about) (?:the|a|my|our)|missing (?:his|her|their|my|our|the|a|an|school|class|classes|lessons|out))\b/;

/** An animal, not a person: a pet or a wild animal down on the road. */
const animal =
  /\b(?:hond|hondje|kat|poes|katje|konijn|dier|vogel|egel|vos|ree|duif|paard|dog|cat|kitten|puppy|animal|bird|deer|fox|horse)\b/;

/** Something worn that presses on a throat: a necklace, a scarf, a collar. */
const wornAtThroat =
  /\b(?:ketting|halsketting|sjaal|kraag|das|stropdas|col|coltrui|trui|shirt|halsband|necklace|scarf|collar|tie|sweater)\b/;

/** An attack on the writer just now. */
export const attackedJustNow =
  /(?:(?:ben|werd|is) (?:[a-z]+ ){0,6}?(?:vastgepakt|vastgegrepen|in de bosjes getrokken|meegetrokken|aangevallen|aangerand|verkracht|overvallen|neergestoken|in elkaar geslagen|neergeslagen)|(?:heeft|hebben) me (?:[a-z]+ ){0,2}?(?:aangevallen|aangerand|verkracht|neergestoken|in elkaar geslagen|neergeslagen)|(?:grabbed|attacked|assaulted|raped|stabbed|mugged) me|forced (?:himself|themselves) on me)/;
const justNow = /(?:net|zojuist|vanavond|vannacht|just|tonight|minutes ago)/;

/**
 * Overcome by a feeling or a bill ("overvallen door verdriet", "door een rekening"), attacked by
 * a bill: an idiom, no attack (review24, session 24).
 */
const attackIdiom =
  /\b(?:overvallen|aangevallen|attacked) (?:door|by) (?:een |de |het |a |an |the )?(?:[a-z]+ )?(?:verdriet|emoties|emotie|heimwee|paniek|angst|gevoel|gevoelens|herinneringen|moeheid|vermoeidheid|slaap|regen|bui|rekening|rekeningen|naheffing|brief|griep|migraine|grief|panic|feelings|memories|bill|bills|flu)\b/;

/**
 * A person's violence told as earlier (ADR 0012, session 23, recall23b): last night, yesterday,
 * the night before, a Dutch "vannacht" with a past verb ("vannacht had hij ..."), with no word of
 * now in the same clause. Violence by a partner or a household member that is over, often told with
 * a fear for later ("says tonight will be worse"), is left to the older rules (fear of going home,
 * the Veilig Thuis reply or a check): not the emergency reply with 112 first.
 */
export const violenceEarlier =
  /^(?!.*\b(?:nu|zojuist|op dit moment|op het moment|now|right now|at the moment)\b).*\b(?:gisteren|gisteravond|gisternacht|gistermiddag|gisterochtend|gistermorgen|eergisteren|afgelopen (?:nacht|week|weekend|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)|last night|yesterday|the other (?:night|day)|the night before|(?:vannacht|vanochtend) (?:[a-z]+ ){0,3}?(?:had|hield|kneep|drukte|duwde|greep|sloeg|heeft|was|probeerde)|(?:had|hield|kneep|drukte|duwde|greep|sloeg|heeft|probeerde) (?:hij|ze|zij) (?:[a-z]+ ){0,2}?(?:vannacht|vanochtend))\b/;

/** Hands on a throat now: "hij drukt op mijn keel", "knijpt mijn keel dicht". */
export const throatHeld =
  /(?:(?:drukt|knijpt|duwt|houdt) (?:[a-z]+ )?(?:op |in )?(?:mijn|haar|zijn|mn|der) (?:keel|hals|strot)|(?:handen|hand|arm) om (?:mijn|haar|zijn|mn|der) (?:keel|hals|nek)|(?:is )?(?:choking|strangling) (?:me|her|him)|hands (?:around|round|on) (?:my|her|his) (?:throat|neck))/;

// ---------------------------------------------------------------- a birth or a pregnancy bleeding now

/** Pregnant, in labour, waters broken. */
export const pregnancyOrLabour =
  /(?:zwanger|weeen|bevalling|bevalt|bevallen|vliezen|water is gebroken|persen|pregnant|contractions|in labour|in labor|giving birth|waters broke)/;
const birthNow =
  /(?:veel bloed|bloed (?:heel |erg )?(?:veel|hard)|bloedt (?:heel |erg )?(?:veel|hard)|hoofdje (?:komt|is|zie)|moet persen|(?:baby|kindje) (?:komt|is) (?:er )?(?:al |half )|half (?:eruit|out)|elke minuut|heavy bleeding|bleeding (?:a lot|heavily|badly)|crowning|head is out|(?:birth|labou?r|bleeding|bleeds|contractions|waters) (?:[a-z]+ ){0,3}?right now)/;

/**
 * A pregnancy's everyday moments (review24, session 24): the head engaged, a nosebleed. "right
 * now" beside "pregnant" alone is no birth ("pregnant and right now we have no home"): birthNow
 * reads it only after the birth, the labour or the bleeding.
 */
const pregnancyEveryday =
  /\b(?:ingedaald|indalen|neusbloeding|uit (?:haar|mijn|mn|zijn) neus|nosebleed|nosebleeds|from (?:her|my) nose)\b/;

// ---------------------------------------------------------------- someone missing with a danger

/** Missing now: not come home, gone since. */
export const missingNow =
  /(?:niet thuisgekomen|niet thuis gekomen|(?:zoon|dochter|jongen|meisje|kind|puber|vader|moeder|broer|zus|man|vrouw|opa|oma) (?:[a-z0-9]+ ){0,4}?is (?:weg|verdwenen|vermist)|vermist|(?:didnt|did not|hasnt|has not) come home|is missing|went missing)/;
const missingDanger =
  /(?:sorry|brief|afscheid|niet verder|niet meer wil|insuline|medicijnen|een man|oudere man|insulin|a man|older man|goodbye)/;

// ---------------------------------------------------------------- other structural moments

/** A diabetic with a sugar far too high: drowsy, vomiting, confused. */
const diabetic = /(?:suikerziekte|diabetes|diabeet|insuline|suiker is|meter zegt|insulin|sugar is)/;
/** Told as a pattern or a lasting state ("de laatste tijd", review24): not a moment now. */
const aPattern =
  /\b(?:soms|vaak|af en toe|regelmatig|de laatste tijd|laatste tijd|steeds vaker|lately|recently|these days|sometimes|often|now and then)\b/;
const sugarHighSigns =
  /(?:aceton|reageert (?:heel |erg )?traag|valt steeds in slaap|praat raar|niet wakker|verward|braakt|ketonen|acetone|drowsy|confused|wont wake|vomiting)/;

/** A chemical in the eyes or over the skin. */
export const chemical =
  /(?:ontstopper|zoutzuur|zuur|chloor|bleekwater|bleekmiddel|ammoniak|loog|gootsteenontstopper|kalk|drain cleaner|bleach|acid|lye|ammonia)/;
const chemicalHarm =
  /(?:in (?:haar|zijn|mijn|mn|der) (?:ogen|oog|gezicht|mond)|op (?:mijn|zijn|haar) gezicht|over (?:zijn|haar|mijn) (?:armen|huid|gezicht)|huid wordt wit|oog brandt|ogen branden|in (?:his|her|my) (?:eyes|eye|face|mouth))/;

/**
 * Everyday words beside a chemical's name: descaling, and "zuur" as the sourness of sweets or a
 * stomach ("zuur in mijn mond na het eten").
 */
const chemicalEveryday =
  /\b(?:kalkaanslag|ontkalken|waterkoker|douche|tegels|descale|kettle|maagzuur|zuurbranden|brandend maagzuur|snoep|snoepjes|zure|reflux|heartburn)\b/;

/** A person lying out of doors with blood: "man ligt op straat bloed hoofd". */
export const lyingOutBleeding =
  /(?:(?:ligt|liggen) (?:[a-z]+ ){0,2}?(?:op straat|op de stoep|op de grond|op het fietspad|in de berm|op de weg)|(?:lying|lies) (?:on the (?:street|pavement|ground|road)))/;
const blood = /(?:bloed|bloedt|bloeden|bleeding|blood)/;

/** An engine left running by someone shut in a garage. */
const shutInGarage =
  /(?:(?:opgesloten|ingesloten|op slot) (?:[a-z]+ ){0,2}?(?:in )?de garage|(?:locked|shut) (?:himself|herself) in the garage)/;
const engineRuns =
  /(?:motor (?:[a-z]+ ){0,3}?(?:draaien|draait|lopen|loopt)|engine (?:running|is running|on))/;

/**
 * A young child alone beside traffic or water, no adult there. A fence asked for is a question
 * about safety at home, not a child in danger now (review24: "mijn peuter speelt alleen in de tuin
 * naast de sloot, moet er een hek komen").
 */
export const youngChild =
  /(?:peuter|peutertje|kleuter|dreumes|baby|toddler|kind van (?:een|twee|drie|1|2|3) jaar|(?:1|2|3|one|two|three) year old)/;
const noAdult =
  /(?:alleen|in zijn eentje|in haar eentje|geen (?:volwassene|ouder|ouders|begeleiding)|zonder (?:ouder|ouders|volwassene|begeleiding)|alone|on (?:his|her) own|no (?:adult|parent|one with))/;
const trafficOrWater =
  /(?:langs de (?:[a-z]+ )?weg|op de (?:[a-z]+ )?weg|op straat|snelweg|provinciale weg|rotonde|kruispunt|spoor|rails|sloot|vijver|gracht|kanaal|road|highway|motorway|street|traffic|railway|canal|pond)/;
const childEveryday =
  /\b(?:oversteken|zwemles|zwemmen|school|speeltuin|leren|mag|mogen|vanaf welke leeftijd|crossing|swimming|playground|allowed|hek|hekje|hekwerk|omheining|afrastering|schutting|fence|fencing)\b/;

/** "nu spring ik", "ik spring nu": the step said alone. */
const ownJumpAlone = /(?:ik spring|spring ik|ik ga springen|im jumping|im going to jump|ill jump)/;

/**
 * What the danger and the suicide twin of a rule share (the same words read for both kinds, each
 * its own line): defined once so the two cannot drift apart.
 */
type TwinSpec = Omit<CrisisRule, 'id' | 'kind'>;
const actWithTimeNowTwin: TwinSpec = {
  pattern: re`\b${actWithTimeNow}\b`,
  with: [re`\b${meansOrWish}\b`],
  unless: [...acuteMomentGuards, meansEveryday],
};
const wholeSupplyTakenTwin: TwinSpec = {
  pattern: re`\b${wholeSupplyTaken}`,
  unless: [...acuteMomentGuards, dosePrescribed, foodEatenUp, resupplyOnly],
};
const placeOfEndWithWishTwin: TwinSpec = {
  pattern: re`\b${placeOfEnd}\b`,
  with: [re`\b${wishOrFarewell}`],
  unless: [...acuteMomentGuards, placeEveryday, lookingDownAtAThing],
};
const shutInGarageEngineRunsTwin: TwinSpec = {
  pattern: re`\b${shutInGarage}\b`,
  with: [re`\b${engineRuns}\b`],
  unless: acuteMomentGuards,
};
const ownJumpSaidAloneTwin: TwinSpec = {
  pattern: shortAlarm(ownJumpAlone),
};

/** What keeps a hand at the throat from being an attack now: one list for both kinds' rules. */
const throatHeldGuards = [
  ...acuteMomentGuards,
  acuteWhenever,
  wornAtThroat,
  violenceEarlier,
  sharedActivityHold,
];

export const acuteNowDanger: readonly CrisisRule[] = [
  {
    id: 'danger.vital-function-lost-now',
    kind: 'danger',
    pattern: re`\b${vitalFunctionLost}\b`,
    with: [re`\b${suddenOrEvent}\b`],
    unless: [...acuteMomentGuards, acuteWhenever, lastingCare, vitalEveryday, animal],
  },
  {
    id: 'danger.infant-state-now',
    kind: 'danger',
    pattern: re`\b${infant}\b`,
    with: [re`\b${infantStateNow}\b`],
    unless: [...acuteMomentGuards, acuteWhenever, infantEveryday, blueFromCrying, feverOnly],
  },
  { id: 'danger.act-with-time-now', kind: 'danger', ...actWithTimeNowTwin },
  { id: 'danger.whole-supply-taken', kind: 'danger', ...wholeSupplyTakenTwin },
  { id: 'danger.place-of-end-with-wish', kind: 'danger', ...placeOfEndWithWishTwin },
  {
    id: 'danger.unseen-for-days-sign-inside',
    kind: 'danger',
    pattern: re`\b${unseenForDays}\b`,
    with: [re`\b${signInside}\b`],
    // Not the informational-context guard: a newspaper on the mat is a sign here, not a source.
    unless: [acutePast, acuteAskedOrWhatIf, toldFromMedia, awayOnPurpose],
  },
  {
    id: 'danger.attacked-just-now',
    kind: 'danger',
    pattern: re`\b${attackedJustNow}\b`,
    with: [re`\b${justNow}\b`],
    unless: [...acuteMomentGuards, violenceEarlier, attackIdiom],
  },
  {
    id: 'danger.throat-held-now',
    kind: 'danger',
    pattern: re`\b${throatHeld}\b`,
    unless: throatHeldGuards,
  },
  {
    id: 'danger.birth-or-pregnancy-bleeding-now',
    kind: 'danger',
    pattern: re`\b${pregnancyOrLabour}\b`,
    with: [re`\b${birthNow}\b`],
    unless: [...acuteMomentGuards, acuteWhenever, pregnancyEveryday],
  },
  {
    id: 'danger.missing-now-with-danger',
    kind: 'danger',
    pattern: re`\b${missingNow}\b`,
    with: [re`\b${missingDanger}\b`],
    unless: [...acuteMomentGuards, missingEveryday, animal],
  },
  {
    id: 'danger.diabetic-sugar-high-drowsy',
    kind: 'danger',
    pattern: re`\b${diabetic}\b`,
    with: [re`\b${sugarHighSigns}\b`],
    unless: [...acuteMomentGuards, acuteWhenever, aPattern],
  },
  {
    id: 'danger.chemical-in-eyes-or-skin',
    kind: 'danger',
    pattern: re`\b${chemical}\b`,
    with: [re`\b${chemicalHarm}\b`],
    unless: [...acuteMomentGuards, acuteWhenever, chemicalEveryday],
  },
  {
    id: 'danger.lying-out-bleeding',
    kind: 'danger',
    pattern: re`\b${lyingOutBleeding}\b`,
    with: [re`\b${blood}\b`],
    unless: [...acuteMomentGuards, animal],
  },
  { id: 'danger.shut-in-garage-engine-runs', kind: 'danger', ...shutInGarageEngineRunsTwin },
  {
    id: 'danger.young-child-alone-by-traffic',
    kind: 'danger',
    pattern: re`\b${youngChild}\b`,
    with: [re`\b${noAdult}\b`, re`\b${trafficOrWater}\b`],
    unless: [...acuteMomentGuards, acuteWhenever, childEveryday],
  },
  { id: 'danger.own-jump-said-alone', kind: 'danger', ...ownJumpSaidAloneTwin },
];

/** The suicide twins: the act with a time, the whole supply, the place, joining the dead, the jump alone. */
export const acuteNowSuicide: readonly CrisisRule[] = [
  { id: 'suicide.act-with-time-now', kind: 'suicide', ...actWithTimeNowTwin },
  { id: 'suicide.whole-supply-taken', kind: 'suicide', ...wholeSupplyTakenTwin },
  { id: 'suicide.place-of-end-with-wish', kind: 'suicide', ...placeOfEndWithWishTwin },
  {
    id: 'suicide.join-the-dead',
    kind: 'suicide',
    pattern: re`\b${joinTheDead}\b`,
    with: [re`\b${aDeath}\b`],
    unless: [...acuteMomentGuards, acuteWhenever],
  },
  { id: 'suicide.shut-in-garage-engine-runs', kind: 'suicide', ...shutInGarageEngineRunsTwin },
  { id: 'suicide.own-jump-said-alone', kind: 'suicide', ...ownJumpSaidAloneTwin },
];

/**
 * Veilig Thuis beside 112 when the one who holds the throat or attacks is a partner, an ex or a
 * household member (ADR 0012, session 23, recall23b: violence at home now
 * gets both lines, as the mixed-lines rules give it). A stranger's attack keeps 112 alone.
 */
const atHome =
  /(?:(?:mijn|mn|my) (?:man|vrouw|echtgenoot|echtgenote|vriend|vriendje|vriendin|partner|ex|exman|exvriend|vader|moeder|papa|mama|pa|ma|stiefvader|stiefmoeder|stiefpapa|broer|zus|zoon|dochter|schoonvader|schoonmoeder|zwager|husband|wife|spouse|boyfriend|girlfriend|father|dad|mother|mum|mom|stepfather|stepdad|stepmother|stepmum|stepmom|brother|sister|son|daughter))/;

/**
 * The household member as the doer of the attack ("door mijn stiefvader vastgegrepen", "my stepdad
 * just attacked me"), not as the one attacked ("mijn man is net aangevallen door een hond", review24).
 */
const atHomeDoer = re`(?:(?:door|by) ${atHome}|${atHome} (?:[a-z]+ ){0,2}?(?:grabbed|attacked|assaulted|raped|stabbed|mugged|forced|heeft me|had me))`;

export const acuteNowAbuse: readonly CrisisRule[] = [
  {
    id: 'abuse.throat-held-at-home',
    kind: 'abuse',
    pattern: re`\b${throatHeld}\b`,
    with: [re`\b${atHome}\b`],
    unless: throatHeldGuards,
  },
  {
    id: 'abuse.attacked-just-now-at-home',
    kind: 'abuse',
    pattern: re`\b${attackedJustNow}\b`,
    with: [re`\b${justNow}\b`, re`\b${atHomeDoer}\b`],
    unless: [...acuteMomentGuards, violenceEarlier, attackIdiom, animal],
  },
];
