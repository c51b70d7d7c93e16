import type { CrisisRule } from '../crisisRule.js';
import { acuteNowAbuse } from './acuteNow.js';
import { unforeseenNowAbuse } from './unforeseenNow.js';
import { re } from '../crisisRule.js';
import { acuteOthersAbuse } from './acuteOthers.js';
import { toldIndirectlyAbuse } from './toldIndirectly.js';
import { familySayer, wishedDeadByAnother } from './wishedDead.js';
import {
  childInCar,
  drivingNow,
  drivingOff,
  drunkDrivingEveryday,
  drunkOrHigh,
} from './drunkDriverWithChildren.js';
import { childLost, childTakenEveryday, takenAway, takenChild } from './childTaken.js';
import { fearOfNow, hurtLastTime, lastTime, lastTimeEveryday } from './lastTimeHurt.js';
import {
  cannotLeaveWork,
  fledFromHome,
  flightEveryday,
  forcedToWork,
  marriageEveryday,
  marriageWord,
  minorAge,
  mustOrSending,
  nowhereToGo,
  workEveryday,
} from './weakCrises.js';
import { noAcuteDanger } from './frames.js';
import { sextortionThreat } from './suicide.js';
import {
  doer,
  exPerson,
  hitVerb,
  hitVerbEn,
  householdMember,
  hypotheticalGeneric,
  informationalContext,
  knifeDutch,
  accidentBlowEn,
  blowAmongChildrenEn,
  notDeniedEn,
  deniedNl,
  objectPronoun,
  pastAndWell,
  partnerPerson,
  pastMarker,
  pastAndWellInMessage,
  possessive,
  victim,
  youngChild,
  youngChildHits,
} from './lexicon.js';
import { animalKilledForFood, weaponKeptOrHandedIn } from './elsewhereSetting.js';
import { vehicleNl } from './vehicles.js';
import { raisedAfter, weapon, weaponAsSport } from './weapons.js';
import { animalOrThingHurt, blowInAGame, pillowPlay } from './everydaySetting.js';
import {
  leverSign,
  moneyInnocent,
  moneyTaken,
  moneyTaker,
  moneyThreat,
  petHarmed,
  petInnocent,
} from './coercionLevers.js';
import { dog, pet } from './animals.js';
import { personNoun } from './emergencyScenes.js';
import { feltAsLockedUp } from './feltAsLockedUp.js';
import {
  hidingOverOrMishap,
  ownRelative,
  someoneAtTheDoorNow,
  writerLockedInOrHiding,
  writerShutInWithNoOneDoingIt,
} from './hidingBehindADoor.js';
import {
  onlyAnAnimalShutIn,
  roomShutIn,
  shutInByMishapOrLaw,
  shutInBySomeone,
  writerShutThemselvesIn,
} from './lockedInRoom.js';
import { attemptToHitEn, attemptToHitGuards } from './attemptToHit.js';
import {
  lockedOneselfInCalmly,
  lockedOneselfInNoOneElse,
  weaponLockedAway,
  ownNailsBitten,
  ownToddlersTantrum,
  schoolPersonFeared,
  youngPupilHitsAtSchool,
} from './ordinaryWorries.js';
import { exOrPartner, followedInnocent, followedNow, followerThreat } from './followedNow.js';

/**
 * Innocent senses of the violence verbs met in the corpus (docs/adr/0012-safety-net.md, second round): falling for a scam
 * ("trapt er steeds in"), doors ("slaat de deuren dicht"), breaking things ("slaan alles kapot"),
 * pushing away, the schoolyard.
 */
const innocentHitting =
  /\b(?:trapt er (?:[a-z]+ ){0,3}in|trapt erin|trappen erin|(?:alles|de boel|spullen|dingen) kapot|voetballen|schoolplein|vriendje|vriendjes|klasgenoot|klasgenoten|duwt (?:me|mij|ons|hem|haar) weg|weggeduwd)\b/;

/** Two violence verbs in one clause: an innocent sense of one does not quiet the other. */
const twoViolenceVerbs = String.raw`(?![^.]*\b(?:slaat|slaan|sloeg|schopt|schoppen|trapt|trappen|duwt|gooit|smijt|wurgt|knijpt|stompt|hits|kicks|pushes)\b[^.]*\b(?:slaat|slaan|sloeg|schopt|schoppen|trapt|trappen|duwt|gooit|smijt|wurgt|knijpt|stompt|hits|kicks|pushes|mishandelt)\b)`;

/**
 * A door slammed shut ("slaat de deur dicht", singular too since the seventh round: a parenting
 * question on the Vechtstede kaart got Veilig Thuis), as long as the clause holds no second
 * violence verb: "hij slaat de deur dicht en slaat mij" stays a crisis. Anchored: it reads one clause.
 */
const doorSlammed = new RegExp(
  String.raw`^${twoViolenceVerbs}[^.]*\b(?:deur|deuren|door|doors) (?:dicht|shut)\b`,
);

/**
 * A violence verb aimed at a thing (seventh round): "slaat met zijn racket tegen de garagedeur",
 * "schoppen steeds tegen onze kliko", "smijt haar tas in de hoek", with no second violence verb in
 * the clause. Things only: "tegen de muur" and "op de grond" are how abuse is told, and stay.
 */
const thingHit = new RegExp(
  String.raw`^${twoViolenceVerbs}[^.]*\b(?:slaat|slaan|schopt|schoppen|trapt|trappen|gooit|gooien|smijt|smijten)\b (?:(?:zijn|haar|hun|de|het|een) (?:racket|bal|tas|schooltas|spullen|peuken|sigaretten|afval)|(?:steeds |elke dag |altijd |vaak |weer )?(?:met (?:zijn|haar|een|de) (?:racket|bal|hockeystick) )?tegen (?:de|het|onze|hun|mijn|zijn|haar) (?:kliko|klikos|container|garagedeur|hek|schutting|auto|fiets|stoel|kast))\b`,
);

/**
 * A machine that stalls or starts (review24b, session 24: "de motor slaat af, waar is een goede
 * garage"), with no second violence verb in the clause: "hij slaat mij en de motor slaat af" stays.
 */
const machineStalls = new RegExp(
  String.raw`^${twoViolenceVerbs}[^.]*\b(?:motor|motortje|auto|scooter|brommer|bromfiets|machine|ketel|cv ketel|cvketel|verwarming|pomp|computer|laptop|zekering|stroom|aggregaat|grasmaaier|thermostaat|koelkast|wasmachine) (?:[a-z]+ )?(?:slaat|sloeg|slaan) (?:steeds |telkens |vaak |weer |ineens |opeens |soms )?(?:af|aan)\b`,
);

/**
 * A child of the writer's takes money from a wallet or a piggy bank, and nothing says the one robbed
 * is old or dependent: theft within a family, not elder financial abuse (docs/adr/0012-safety-net.md,
 * sixth round). Anchored: it reads one clause.
 */
const childTakesFromWallet =
  /^(?=[^.]*\b(?:zoon|zoontje|dochter|dochtertje|kind|kinderen|tiener|puber|stiefzoon|stiefdochter|son|daughter|kid|kids|teenager|stepson|stepdaughter)\b)(?=[^.]*\b(?:portemonnee|portemonee|portomonee|beurs|portefeuille|spaarpot|tas|handtas|jaszak|wallet|purse|piggy bank|handbag)\b)(?![^.]*\b(?:oma|opa|grootmoeder|grootvader|schoonmoeder|schoonvader|bejaarde|dementie|rekening|pinpas|bankpas|pensioen|aow|grandma|grandpa|grandmother|grandfather|pension|account|bank card|dementia|(?:ik ben|ben|van|i am|im|aged) (?:[6-9][0-9]|1[0-9]{2}))\b)/;

/**
 * A negated future said in a quarrel (twenty-second round, docs/adr/0012-safety-net.md): "we
 * hebben ruzie, maar hij zal me niet slaan", "ze gaat de kinderen heus niet slaan". A lookbehind for
 * abuse.violence-in-household's infinitive: "zal", "zou" or "gaat" with at most the person and
 * "echt" or "heus", then "niet" right before the verb. "niet meer" (it happened before), "nooit",
 * "toch niet" (a fear), the order of a subordinate clause ("dat hij me niet zal slaan") and a
 * condition after the verb ("niet slaan als ik luister", "zolang", "tenzij", "anders") still fire.
 * Twenty-third round: the person may be a household member with a possessive ("hij zal onze zoon
 * niet slaan"), and abuse.victim-infinitive reads it too ("mijn vrouw zal de baby niet slaan").
 * As in English, a place, a time, a witness or a promise after the verb still fires ("niet slaan
 * waar de kinderen bij zijn", "in het bijzijn van", "wanneer", "nog eens", "vanavond", "beloofd"):
 * it says it happens at other times.
 */
const notGoingToHit = re`(?:(?<!\b(?:zal|zult|zullen|zou|zouden|gaat|gaan) (?:(?:me|mij|je|jou|ons|jullie|haar|hem|mama|papa|echt|heus|${possessive} ${householdMember}) ){0,2}niet )|(?=(?:slaan|schoppen|trappen|mishandelen|wurgen|pijn doen) (?:[^.]{0,30} )?(?:als|zolang|tenzij|anders|behalve|waar (?:[a-z]+ ){0,4}bij|wanneer|in het bijzijn|nog eens|nog een keer|deze keer|vanavond|vannacht|beloofd|belooft|gezworen|zweert)\b))`;

/**
 * The English twin of notGoingToHit (twenty-third round, docs/adr/0012-safety-net.md): "we argue
 * about the rent, but she won't hit me", "he is not going to hurt our son". A lookbehind for the
 * English violence verbs: "won't", "wouldn't", "will not", "would not" or "not going to", with at
 * most "really" or "actually", right before the verb. As in Dutch, what says it happened or is
 * feared still fires: after the verb "again", "anymore", "this time", "in front of", "where" or a
 * promise (it happened before), "tonight", a tag question ("he won't hit me, will he") or a
 * condition ("if", "as long as", "unless", "otherwise", "when", ...); "never" and "ever" (as
 * "nooit"); and a word before it in the clause that makes it reported, promised, hoped or feared
 * ("that", "said", "promised", "hope", "afraid", ...), the English of the Dutch subordinate order.
 * Another violence verb in the clause fires as before.
 */
const notGoingToHitEn = re`(?:(?<!(?<!\b(?:that|hope|hopes|hoping|hopefully|afraid|scared|fear|fears|worried|worry|pray|promise|promises|promised|swear|swears|swore|say|says|said|tell|tells|told|claim|claims|claimed|if|unless|when|as long as)\b[^.]*)\b(?:wont|wouldnt|(?:will|would) not|(?:isnt|arent|(?:is|are|hes|shes|theyre) not) (?:going to|gonna))(?: really| actually)? )|(?=(?:hit|beat|hurt|kick|punch|slap|smack|choke|strangle|throttle|push|shove) (?:[^.]{0,30} )?(?:again|anymore|any more|no more|this time|tonight|today|in front of|where|promised|promises|swore|swears|sworn|if|unless|as long as|so long as|otherwise|or else|when|whenever|while|until|(?:will|would) (?:he|she|they))\b))`;

/**
 * An English violence verb in the base form after a future or a modal (twenty-fourth round,
 * docs/adr/0012-safety-net.md): "he will kick me", "she's going to punch me", "he'll choke me",
 * "my dad is gonna slap my brother", "he threatened to strangle me", also a second verb joined by
 * "and" ("he will kick the door in and punch me"). The past and third-person forms were read
 * already; the base form alone is not, since "kick me" and "push me" have everyday senses. Read
 * after notGoingToHitEn, so a negated future ("he won't kick me", "she is not going to punch
 * us") is no violence word and "again", a promise, a condition or a fear still make it one. Not
 * an eviction ("kick us out"), clocking in ("punch in at six") or a push to do something ("push me to apply", "push me in the
 * wheelchair"), nor a threat laughed off in the clause after it ("lol", "haha"), as
 * abuse.threat-to-kill reads "he'll kill me lol". An English object must follow the verb ("me",
 * "my", "the", ...): "he'll" is "hel" once normalised, as is the Dutch "heel", and "heel slap en
 * drinkt niet" is a limp baby.
 */
const baseFormThreatEn = re`(?<=\b(?:will|would|wont|wouldnt|hell|shell|theyll|youll|ill|going to|gonna|gon|about to|threatens to|threatened to|threatening to)(?: not)?(?: really| actually| just| probably| definitely| even)? (?:(?:kick|punch|slap|smack|choke|strangle|throttle|push|shove|hit|beat|hurt) [^.]{0,25}\band (?:then )?)?)(?![^.]*\b(?:haha|hahaha|lol|hihi|grapje|jk|lmao)\b)(?:kick(?! (?:[a-z]+ ){1,2}out\b)|punch(?! (?:in|out|above)\b)|slap(?! on\b)|smack|choke|strangle|throttle|shove|push(?! (?:[a-z]+ ){1,3}(?:to (?!the (?:ground|floor|wall|stairs))|in (?:a|the|my|her|his|our) (?:wheelchair|chair|pram|stroller|buggy))))(?= (?:me|us|him|her|them|you|my|his|our|their|your|the|a|an)\b)`;

/**
 * Domestic violence, child abuse and elder abuse, told by the person it happens to, by a child, or
 * by a worried bystander → Veilig Thuis. "slaan" has many innocent senses (alarm slaan, een slag
 * slaan, de klok slaat, een slaatje), so violence rules need a person as the victim.
 */
/**
 * An ex at the door or trying to get in, now (twenty-sixth round, docs/adr/0012-safety-net.md):
 * "mijn ex staat weer voor mijn deur terwijl dat niet mag", "ex staat voor deur, help", "mijn ex
 * probeert binnen te komen", "my ex is outside my door again and wont leave". At the door only with
 * a sign that it is unwanted (a threat, fear, not allowed, again, shouting, banging, a weapon, a
 * call for help) or as the whole message. The Veilig Thuis line, with 112 beside it.
 */
const unwantedAtDoor = re`(?:dreigt|dreigen|bang|niet mag|mag niet|contactverbod|straatverbod|huisverbod|weer|wil (?:naar )?binnen|schreeuwt|bonkt|bonst|trapt|beukt|help|politie|${knifeDutch}|wapen|again|wont leave|will not leave|shouting|screaming|banging|threatening|scared|afraid|restraining order|not allowed|knife|police)`;
const exAtTheDoor = re`(?:^(?:(?:help|nu) )*(?:(?:mijn|mn|my) )?${exPerson} (?:staat|is|zit|wacht)(?: weer| nu| hier)* (?:voor|bij|aan) (?:(?:de|mijn|onze) )?(?:deur|voordeur)(?: (?:help|nu))*$|\b${exPerson} (?:staat|is|zit|wacht|bonkt|klopt|belt|is standing|is waiting|is banging|is knocking|is outside|is at)(?: weer| nu| hier| again| now)* (?:[a-z]+ )?(?:voor|bij|aan|op|outside|at|on) (?:(?:de|mijn|onze|my|our|the) )?(?:deur|voordeur|raam|door|front door|window|beneden)\b(?=[^.]*\b${unwantedAtDoor}\b)|(?<=\b${unwantedAtDoor}\b[^.]*)\b${exPerson} (?:staat|is|zit|wacht)(?: weer| nu| hier)* (?:[a-z]+ )?(?:voor|bij|aan|outside|at) (?:(?:de|mijn|onze|my|our|the) )?(?:deur|voordeur|door|front door)\b|\b${exPerson} (?:[a-z]+ ){0,3}(?:probeert|wil|is trying to|tries to|trying to) (?:[a-z]+ )?(?:binnen te komen|binnen komen|binnenkomen|naar binnen|binnen|get in|break in))`;

/** What an ex comes to the door for: the children, their things, a visit agreed. */
const exErrand =
  /\b(?:ophalen|op te halen|halen|te halen|brengen|terugbrengen|terug te brengen|spullen|sleutel|sleutels|cadeau|cadeaus|verjaardagscadeaus|verjaardag|omgang|afspraak|pakket|de kinderen|kinderen te zien|pick up|picking up|pick the|drop off|dropping off|collect|keys|stuff|things|present|presents|birthday|the kids|see the kids)\b/;

/**
 * An adult relative, a mother's partner or a carer who "raakt me aan" (twenty-sixth round): "mijn
 * oom raakt mij aan", "mijn stiefvader raakt mijn zusje aan", "stiefpapa raakt mij aan". The
 * object right before "aan": "raakt zijn baan kwijt", "raakt niet aan haar eten" and a neighbour
 * who touches a car are other things.
 */
const adultRelativeTouches = re`\b(?:stiefvader|stiefpapa|stiefmoeder|stiefmama|vader|papa|pap|oom|opa|neef|broer|zwager|schoonvader|oppas|buurman|(?:de |het )?vriend(?:je)? van (?:mama|mam|mijn moeder|mn moeder|mijn zus|mijn tante)) (?:steeds |nog steeds |weer |vaak |soms |elke nacht |elke avond |s nachts )?(?:raakt|raakte) (?:me|mij|ons|mijn (?:zusje|broertje|zus|broer|dochter|dochtertje|zoon|zoontje|kind|kinderen|nichtje|neefje)) (?:[a-z]+ ){0,2}?aan\b`;

/** Care, comfort or an accident: touching that is not abuse. */
const touchOfCare =
  /\b(?:per ongeluk|troost|troosten|troostte|knuffel|knuffelt|knuffelen|schouder|hand|handen|arm|aait|aaien|wassen|douchen|verzorgen|verzorgt|aankleden|insmeren|smeert|fysio|massage|masseert|pleister|wond)\b/;

/** An escape room: a game of being locked in (thirtieth round). */
const escapeRoom = /\b(?:escape ?room|escaperoom|escape game)\b/;

/**
 * Pain from care itself: a hoist, lifting, washing (thirtieth round). "hij doet haar pijn" alone
 * stays abuse.pain-done's.
 */
const painInCare =
  /\b(?:met de tillift|met tillen|bij het (?:tillen|optillen|wassen|douchen|aankleden|verschonen))\b/;

/**
 * A carer or parent who fears they will hurt the one they care for, or just did (thirtieth round,
 * docs/adr/0012-safety-net.md): "bang dat ik mijn moeder pijn ga doen", "bang dat ik hem de
 * volgende keer sla", NT2 "ik bang ik doe haar pijn", "ik voel dat ik mijn zieke man iets ga
 * aandoen", a pillow pressed on a face, "ik heb haar net in haar arm geknepen", "scared im going to
 * hurt him", "i slapped her"; read beside a word of fear or of care (carerStrain).
 */
const ownHarmFeared = re`\b(?:dat )?ik (?:zal |ga )?(?:hem|haar|ze|mijn|mn|m|de|het|onze|ons)\b(?: (?!nooit|niet|nie)[a-z]+){0,4}? (?:iets (?:ga |zal )?(?:aan ?doe|aandoen|aan doen)|iets aan ga doen|pijn (?:ga |zal )?(?:doe|doen)|(?:ga |zal )?(?:sla|slaan)|(?:ga |zal )?(?:schud|schudden)|door elkaar (?:ga |zal )?(?:schud|schudden))\b|\bik (?:doe|ga|zal) (?:hem|haar|ze) (?:pijn|iets aan|slaan)\b|\b(?:kussen|pillow) (?:op|over) (?:zijn|haar|his|her) (?:gezicht|hoofd|face)\b[^.]{0,15}\b(?:gedrukt|drukken|druk|gehouden|houden|hield|pressed|held|hold)\b|\b(?:bijna|nearly|almost) (?:een )?(?:kussen|pillow)\b|\bik heb (?:hem|haar|mijn [a-z]+|mn [a-z]+)(?: (?!nooit|niet|nie)[a-z]+){0,4}? (?:geknepen|geslagen|geduwd|geschud|geschopt|een klap gegeven|pijn gedaan)\b|\b(?:scared|afraid|worried|frightened|terrified|fear)\b[^.]{0,20}\bi(?:ll| will|m going to|m gonna| might| could)? (?:[a-z]+ ){0,3}?(?:hurt|hit|harm|shake|slap|strangle|smother|shove) (?:him|her|them|my [a-z]+)\b(?! (?:feelings|back|chances)\b)(?!s? feelings\b)|\bi (?:slapped|shoved|shook|kicked|punched|pinched|nearly shoved|almost hit|nearly hit) (?:him|her)\b`;

/** Fear, the end of one's rope, or care: the frame of a carer's own harm. */
const carerStrain =
  /\b(?:bang|angst|schrik|vrees|voel|doodsbang|straks|gek|trek het niet|kan het niet meer|op|scared|afraid|worried|frightened|terrified|fear|care for|caring for|carer|look after|looking after|zorg|zorgen|mantelzorg[a-z]*|dementie|demente|alzheimer[a-z]*|huilt|worn out|exhausted)\b/;

/**
 * Handling in care that may hurt by accident (lifting, washing, a hoist, the wrong pills, cutting
 * nails, an injection, "bij het ..."), "de sla" (lettuce, not "sla" of slaan), hurt
 * feelings ("als ik het uitmaak", "if i tell him"), a pet and one's own back or knee: a fear of
 * those is a help question (thirtieth round).
 */
const careHandling =
  /\b(?:til|optil|tillen|optillen|tillift|wassen|douchen|aankleden|verschonen|medicijn|medicijnen|pillen|verkeerde|kwets|kwetsen|gevoelens|feelings|lifting|lift|hoist|washing|bathing|per ongeluk|by accident|laten vallen|drop|uitmaak|uitmaken|uit maak|nee zeg|als ik (?:zeg|vertel)|verdriet|teleurstel[a-z]*|tell|telling|break up|breaking up|bij het [a-z]+en|knippen|nagels|nageltjes|prik|prikken|injectie|spuit|verband|insmeren|de sla|salade|hond|kat|poes|konijn|paard|dog|cat|puppy|(?:mijn|mn|m|my) (?:rug|knie|knieen|schouder|schouders|enkel|pols|nek|voet|voeten|heup|back|knee|knees|shoulder|wrist|ankle|neck|hip))\b/;

/**
 * Kept in or hurt: read beside a passport kept, since an agency or a landlord that keeps one is a
 * worry for the law on work or housing, not for Veilig Thuis, unless the clause says the one whose
 * passport it is may not leave, is hit or threatened, or must marry.
 */
const notFreeOrHurt =
  /(?:niet (?:meer )?(?:weg|uit|naar buiten|naar huis|terug)|cant leave|cannot leave|not allowed|wont let|trouw|trouwen|marry|married|slaat|sla|slaan|hits|hit|beats|dreig[a-z]*|threat[a-z]*)/;

/** A passport kept by someone, read only with a sign of no freedom or of harm (notFreeOrHurt). */
const passportKept = re`(?:(?<=\b${notFreeOrHurt}\b[^.]*)|(?=[^.]*\b${notFreeOrHurt}\b))(?:\b(?:houdt|houden|hield|hielden|heeft|hebben|pakt|pakte|afgepakt|ingenomen) (?:ons|mijn|onze|mn|m) (?:paspoort|paspoorten|id kaart|identiteitskaart|papieren|verblijfspas)\b|\b(?:took|taken|takes|has|keeps|kept|hid|hides|hidden) (?:my|our) (?:passport|passports|papers|id)\b)`;

/**
 * Held against one's will (thirtieth round): a door locked and no way out ("de deur op slot en de
 * sleutel meegenomen, ik kan er niet uit"), "word vastgehouden", "laat me niet naar buiten", a
 * passport kept ("de baas houdt ons paspoort"), tied up, "locked me in", "keeps ... locked in",
 * "cant leave, he hides my keys", "wont let me leave".
 */
const heldCaptive = re`\b(?:word|wordt|worden|werd|werden|ben|is) (?:[a-z]+ ){0,7}?vastgehouden\b|\bvastgebonden\b|\btied (?:me|us|him|her) up\b|\b(?:laat|laten|liet|lieten) (?:[a-z]+ ){0,2}?(?:me|mij|ons|haar|hem) (?:niet|nie) (?:meer )?(?:naar buiten|weg|de deur uit|buiten)\b|${passportKept}|\blocked (?:me|us|him|her|my [a-z]+(?: [a-z]+)?) (?:in|up|inside)\b|\b(?:keeps|kept|keep) [^.]{0,30}\blocked (?:in|up)\b|\b(?:wont|will not|doesnt|does not) let (?:me|us|her|him) (?:leave|go out|out|go)(?: of)? (?:the (?:house|flat|apartment|room|home)|home|outside|the door)\b|\b(?:cant|cannot|can not|not allowed to) (?:leave|get out|go out)\b[^.]{0,40}\b(?:he|she|they|hides|hid|keys|locked)\b|\b(?:op slot (?:gedaan|gedraaid|gezet)|sleutel[a-z]* (?:afgepakt|meegenomen|verstopt|weggenomen|afgenomen)|(?:sluit|sloot) (?:me|mij|ons|de deur)|opgesloten)\b[^.]{0,60}\b(?:kan|kom|mag|mogen|kunnen) (?:er |het huis |de deur )?(?:niet|nie) (?:meer )?(?:uit|weg|naar buiten|buiten)\b`;

/**
 * Held by the police or stuck by a thing (a lift, snow, illness, a quarantine, a game, a broken
 * key, traffic, a contract, a school's lockdown drill), or a child kept in by a parent's rule (a
 * punishment, homework, the dark, friends or a party at night, "until i finish").
 */
const heldByLawOrThing =
  /\b(?:politie|police|douane|cel|arrest|in verzekering|lift|elevator|sneeuw|snow|file|trein|storing|quarantaine|quarantine|ziek|sick|covid|corona|koorts|fever|escape ?room|escaperoom|spel|game|verlopen|expired|vernieuwen|renew|gemeente|marechaussee|handhaving|straf|huiswerk|donker|avondklok|grounded|homework|kwijt|afgebroken|klemt|kapot|vergeten|slotenmaker|locksmith|verkeer|traffic|contract|abonnement|school|klas|bel|vrienden|feest|feestje|uitgaan|friends|party|parties|tot ik|totdat|voordat|until|before i|na (?:acht|negen|tien|elf|twaalf|middernacht))\b/;

/**
 * Honour or shame of a family. The Dutch "eer" only after "de", "onze" or "familie" or before "van
 * de familie": rule patterns squeeze doubled letters, so a bare "eer" would read every "er".
 */
const familyHonour =
  /(?:(?:de|onze|familie) eer|eer van (?:de|onze|mijn|ons) familie|eerwraak|schande|shame|honour|honor)/;

/**
 * Honour-related violence and a forced marriage (thirtieth round): "uitgehuwelijkt", "moet trouwen
 * ... ik wil niet", sent abroad to be married, a family's honour or shame beside a threat ("eer van
 * de familie", "make me pay for the shame"), a threat to be cast out "of erger".
 */
const honourOrForcedMarriage = re`\buithuwelijk[a-z]*\b|\buitgehuwelijkt\b|\b(?:married off|marry me off)\b|\b(?:dat ik|ik moet|moet ik|zegt ik|zegt dat ik)\b[^.]{0,30}\b(?:trouw|trouwen)\b[^.]{0,40}\b(?:ik wil (?:niet|nie|het niet)(?! (?:gaan|komen|mee|naar|dansen))|wil ik (?:niet|nie)|ik zeg nee|i dont want)\b|\b(?:gestuurd|sturen|stuurt|(?:word|wordt|worden|werd) [^.]{0,30}meegenomen)\b[^.]{0,40}\bom te trouwen\b|\b(?:taking|take|sending|send|sent|taken) (?:me|her|him|my [a-z]+) (?:abroad|back home|to [a-z]+) to (?:get )?marr(?:y|ied)\b|\b${familyHonour}\b[^.]{0,60}\b(?:dreig[a-z]*|halen|volgen|volgt|aandoen|vermoord[a-z]*|straffen|verstoten|pay|kill|hurt|punish|disown[a-z]*)\b|\b(?:dreig[a-z]*|halen|volgen|volgt|aandoen|vermoord[a-z]*|straffen|pay|kill|hurt|punish)\b[^.]{0,60}\b${familyHonour}\b|\b(?:dreig[a-z]*|threaten[a-z]*)\b[^.]{0,40}\b(?:verstoten|disown[a-z]*)\b[^.]{0,20}\b(?:of erger|or worse)\b`;

/** A young person's age or school: sextortion of a minor is for Veilig Thuis beside 112. */
const minorSign =
  /\b(?:(?:ik ben|im|i am|am|ben|zij is|ze is|hij is|she is|he is) 1[0-7]|1[0-7] (?:jaar|years)|dochter|zoon|kind|school|klas|brugklas|daughter|son|kid|child)\b/;

export const abuseRules: readonly CrisisRule[] = [
  // Session 18 (weakCrises.ts): a minor to be married, with a must or a sending; a relative's
  // wedding or the law asked is not.
  {
    id: 'abuse.minor-married-abroad',
    kind: 'abuse',
    pattern: re`\b${marriageWord}\b`,
    with: [re`\b${minorAge}\b`, re`\b${mustOrSending}\b`],
    unless: [re`\b${marriageEveryday}\b`],
  },
  // A flight from home with nowhere to go; a fire, a flood, a war or an eviction is not.
  {
    id: 'abuse.fled-nowhere-to-go',
    kind: 'abuse',
    pattern: re`\b${fledFromHome}\b`,
    with: [re`\b${nowhereToGo}\b`],
    unless: [re`\b${flightEveryday}\b`],
  },
  // Forced to work and held in it (no leaving, no pay, a passport kept); overtime is not.
  {
    id: 'abuse.forced-to-work',
    kind: 'abuse',
    pattern: re`\b${forcedToWork}\b`,
    with: [re`\b${cannotLeaveWork}\b`],
    unless: [re`\b${workEveryday}\b`],
  },
  // The words professionals and residents both use: huiselijk geweld, kindermishandeling,
  // mishandeld (also mishandelt), misbruikt, verkrachting, eerwraak, loverboy.
  {
    id: 'abuse.word',
    kind: 'abuse',
    pattern:
      /\b(?:huiselijk geweld|kindermishandeling|ouderenmishandeling|mishandeling|mishandel[a-z]*|seksueel misbruik|misbruikt|verkracht[a-z]*|in elkaar (?:geslagen|getrapt|slaan|slaat|trappen)|aangerand|aanranding|incest|eerwraak|huwelijksdwang|loverboy[a-z]*|domestic (?:violence|abuse)|abused|abusing|child abuse|raped)\b/,
    // "mijn gegevens worden misbruikt" is fraud, not abuse.
    unlessInMessage: [pastAndWellInMessage],
    unless: [
      informationalContext,
      pastAndWell,
      /\b(?:gegevens|identiteit|pas|pinpas|bankpas|bank|phishing|creditcard|account|regeling|vertrouwen|naam|rekening)\b/,
      // Thirty-first round: an animal or a thing is the one mistreated or kicked in.
      animalOrThingHurt,
    ],
  },
  // Verb, then the victim: "mijn man slaat mij", "mama slaat mij met de riem", "papa slaat mama",
  // "slaat zijn kinderen". A determiner is required before plural nouns, so "slaat andere kinderen
  // op school" (a parenting question) does not match, nor "slaat de bal" or "slaat zijn auto-alarm".
  {
    id: 'abuse.hit-victim',
    kind: 'abuse',
    pattern: re`\b${hitVerb}\b (?:(?:steeds|vaak|soms|elke dag|altijd|weer|nog|ook|nu)\b )?(?:${objectPronoun}|${possessive} ${householdMember})\b`,
    unless: [
      deniedNl,
      /\b(?:(?:slaan|slaat|schoppen|vechten) elkaar|elkaar (?:slaan|schoppen)|voor de grap|stoei[a-z]*|spelen|spelletje)\b/,
      // Thirty-first round: a ball on a court, not a blow at home.
      blowInAGame,
      pillowPlay,
      innocentHitting,
      doorSlammed,
      thingHit,
      youngChildHits,
      hypotheticalGeneric,
      // Session 18: one's own nails bitten, one's own toddler's tantrum (ordinaryWorries.ts).
      ownNailsBitten,
      ownToddlersTantrum,
    ],
  },
  // Victim, then the verb, as in subordinate clauses and Dutch as a second language: "dat hij me
  // slaat", "vader haar slaat", "mijn man mij slaan", "heeft me gisteren gewurgd".
  {
    id: 'abuse.victim-hit',
    kind: 'abuse',
    pattern: re`\b(?:me|mij|ons|hem|haar|mama|papa|mam|pap)\b (?:(?:gisteren|vaak|steeds|elke dag|soms|weer|altijd|nog|al|heel hard|hard)\b )?${hitVerb}\b`,
    unless: [
      deniedNl,
      pastAndWell,
      /\b(?:(?:slaan|slaat|schoppen|vechten) elkaar|elkaar (?:slaan|schoppen)|voor de grap|stoei[a-z]*|alarm)\b/,
      // Thirty-first round: a ball on a court, not a blow at home.
      blowInAGame,
      pillowPlay,
      innocentHitting,
      doorSlammed,
      thingHit,
      youngChildHits,
      hypotheticalGeneric,
    ],
  },
  // Verb, subject, victim (Dutch inversion): "en dan slaat ze mij", "sloeg hij me gisteren".
  {
    id: 'abuse.hit-inverted',
    kind: 'abuse',
    pattern: re`\b${hitVerb}\b (?:hij|ze|zij|die|mijn [a-z]+|mn [a-z]+) (?:(?:steeds|vaak|soms|weer|ook|nog|dan|gisteren)\b )?(?:me|mij|ons|mama|papa|haar|hem|de kinderen)\b`,
    unless: [
      deniedNl,
      // Session 18: "bijt ze haar nagels" is her own nails (ordinaryWorries.ts).
      ownNailsBitten,
      /\b(?:(?:slaan|slaat|schoppen|vechten) elkaar|elkaar (?:slaan|schoppen)|voor de grap|stoei[a-z]*|alarm|bal)\b/,
      pillowPlay,
    ],
  },
  // A participle with the victim earlier in the clause: "hij heeft me in mijn gezicht geslagen".
  {
    id: 'abuse.victim-participle',
    kind: 'abuse',
    pattern:
      /\b(?:me|mij|ons|mama|papa|haar|hem)\b (?:[a-z]+ ){1,5}(?:geslagen|geschopt|getrapt|gewurgd|gestompt|mishandeld|geknepen|gebeten)\b/,
    unless: [
      deniedNl,
      /\b(?:doorheen|erdoorheen|(?:slaan|slaat|schoppen|vechten) elkaar|voor de grap|bal)\b/,
      // Thirty-second round: a dog's bite is danger.dog-attack's (112), not a person's blow.
      re`\b${dog}\b[^.]*\bgebeten\b`,
    ],
  },
  // A violence verb with no object at the end of the clause: "en hij slaat", "omdat ze schopt".
  // The partner is the shared `partnerPerson` (session 17: "mn vriendje", "mijn echtgenote").
  {
    id: 'abuse.he-hits',
    kind: 'abuse',
    pattern: re`\b(?:hij|ze|zij|papa|mama|${partnerPerson}|(?:mijn|mn) (?:vader|moeder))\b (?:[a-z]+ )?(?:slaat|sloeg|schopt|schopte|mishandelt|wurgt)(?= ?(?:\.|$|\b(?:en|als|maar|want|omdat|dan|wanneer)\b))`,
    // Session 18: the writer's own toddler in a tantrum, a young pupil who hits at school
    // (ordinaryWorries.ts).
    unless: [deniedNl, ownToddlersTantrum, youngPupilHitsAtSchool],
  },
  // Hitting as a noun: "hij geeft mij klappen", "mijn moeder krijgt klappen van mijn vader". Who
  // gives them must be named: "klappen van de bezuinigingen" or "krijgt daar klappen" at kickboksen
  // are not abuse.
  {
    id: 'abuse.gets-blows',
    kind: 'abuse',
    pattern: re`\b(?:ik (?:krijg|kreeg) (?:(?:vaak|veel|altijd|weer|soms|steeds|dan)\b )?(?:klappen|slaag|een pak slaag)|(?:geeft|gaf|geven|uitdelen|deelt)\b (?:(?:${objectPronoun}|${possessive} ${householdMember}) )?(?:[a-z]+ )?(?:klappen|een klap|slaag|een pak slaag|schoppen|een schop)|(?:krijg|krijgt|kreeg|kregen|krijgen)\b (?:[a-z]+ ){0,2}(?:klappen|een klap|slaag|een pak slaag|schoppen) (?:van|door) (?:${possessive} ${householdMember}|hem|haar|papa|mama|mijn [a-z]+))\b`,
    unless: [
      /\b(?:tafel|deur|bal|crisis|molen|economie|bedrijf|applaus|handen|belastingdienst|gemeente|markt|bank|boksen|kickboksen|training|bezuiniging[a-z]*|kabinet|regering|politiek|inflatie|prijzen)\b/,
    ],
  },
  // Hurt done to someone: "papa heeft mama pijn gedaan", "mijn man mij pijn doen".
  {
    id: 'abuse.pain-done',
    kind: 'abuse',
    pattern: re`\b(?:${householdMember}|hij|zij|ze)\b[^.]{0,25}\b(?:${objectPronoun}|${possessive} ${householdMember}) pijn (?:gedaan|doen|doet|te doen)\b`,
    // Thirtieth round (docs/adr/0012-safety-net.md): pain from lifting or washing in care.
    unless: [painInCare],
  },
  // A bystander, infinitive after the victim: "ik hoor de buurman zijn vrouw slaan". Twenty-third
  // round: a negated future is no violence here either, read as in abuse.violence-in-household
  // ("mijn vrouw zal de baby niet slaan"; "niet meer", "nooit", a threat still fire).
  {
    id: 'abuse.victim-infinitive',
    kind: 'abuse',
    pattern: re`\b${possessive} ${householdMember} (?:[a-z]+ )?${notGoingToHit}(?:slaan|schoppen|trappen|mishandelen|wurgen|pijn doen)\b`,
    unless: [
      /\b(?:elkaar|voor de grap|stoei[a-z]*|alarm|bal|balletje|slag|spijker|handen)\b/,
      // Thirty-second round: feelings hurt by what one says ("ik wil mijn moeder geen pijn doen
      // door te zeggen dat ..."), and "geen pijn doen"; a blow with "als ik zeg" still fires.
      /\b(?:geen pijn doen|pijn doen (?:door|met) (?:te )?(?:zeggen|vertellen|mijn woorden|dat besluit)|pijn doen als ik (?:zeg|vertel|het zeg))\b/,
      innocentHitting,
      doorSlammed,
      thingHit,
    ],
  },
  // Unwanted touching: "mijn opa raakt me aan op plekken waar ik dat niet wil". Twenty-sixth round
  // (docs/adr/0012-safety-net.md): an adult relative or a mother's partner who "raakt me aan" said
  // plainly (adultRelativeTouches), as a child tells it; care, comfort or an accident is guarded.
  {
    id: 'abuse.touching',
    kind: 'abuse',
    // The care guard reads only around the plain "raakt me aan" of a relative: the older forms
    // ("op plekken die ik niet wil", "onder mijn kleren") keep firing whatever else the clause says.
    pattern: re`\b(?:raakt|raakte|aanraken|aangeraakt|aanraakt)\b[^.]{0,40}\b(?:niet wil|niet wilt|niet mag|plekken|prive|geheim|onder mijn|onder haar)\b|\btouch(?:es|ed|ing)? me\b[^.]{0,30}\b(?:dont want|private|secret)\b|(?<!${touchOfCare}[^.]*)${adultRelativeTouches}(?![^.]*${touchOfCare})`,
  },
  // Broad layer: a violence word, someone who does it and someone it is done to, in one clause and
  // in any order: "mijn man drinkt en slaat dan de kinderen", "hij heeft me tegen de muur gegooid".
  // Sport, games and idioms with "slaan" are guarded. Nineteenth round (docs/adr/0012-safety-net.md):
  // the adjective said as not so ("he is not violent", "hij is niet gewelddadig") is not a violence
  // word; a violence verb in the same clause still is ("hij is niet gewelddadig, hij duwt alleen").
  // A verb with "nooit" is left alone: "he never hit me until last night" is a crisis.
  // Twenty-second round: "hij zal me niet slaan" is no violence word (notGoingToHit); twenty-third
  // round: nor is "she won't beat me" (notGoingToHitEn). Twenty-fourth round: the English base
  // form after a future reads as violence ("he's going to kick me"; baseFormThreatEn).
  {
    id: 'abuse.violence-in-household',
    kind: 'abuse',
    pattern: re`\b${notGoingToHit}${notGoingToHitEn}${notDeniedEn}(?:${baseFormThreatEn}|slaat|slaan|sloeg|sloegen|geslagen|schopt|schoppen|schopte|geschopt|trapt|getrapt|duwt|duwde|geduwd|gegooid|gesmeten|smijt|wurgt|wurgde|gewurgd|wurgen|knijpt|geknepen|stompt|gestompt|mishandelt|mishandeld|mishandelen|bedreigt|bedreigd|bedreigde|tegen de muur|tegen de grond|aan (?:mijn|haar|zijn|m?n) haren|hits|hit|beats|beat|kicks|kicked|chokes|choked|pushes|pushed|threatens|threatened|(?<!\b(?:not|never|isnt|niet|nooit|non) (?:really |physically |echt |fysiek )?)(?:violent|gewelddadig|abusive))\b`,
    with: [doer, victim],
    unless: [
      deniedNl,
      informationalContext,
      pastAndWell,
      /\b(?:bal|balletje|alarm|slag|spijker|handen ineen|plank (?:[a-z]+ )?mis|geen (?:[a-z]+ )?acht|acht op|munt uit|klok|huiswerk|maaltijd|tafel|andere kinderen|op school|in de klas|klasgenoten?|met (?:de )?deur(?:en)?|sport|(?:slaan|slaat|schoppen|vechten) elkaar|elkaar (?:slaan|schoppen)|each other|one another|voetbal|hockey|tennis|golf|honkbal|boksen|kickboksen|judo|karate|training|wedstrijd|voor de grap|stoei[a-z]*|spelen|spel|game|bezuinigingen|crisis|economie|toneel|film|serie|boek|ball|game|match|hit song)\b/,
      /\bslaat\b[^.]{0,30}\bover\b/,
      innocentHitting,
      doorSlammed,
      thingHit,
      machineStalls,
      youngChildHits,
      hypotheticalGeneric,
      // Twenty-eighth round: a car, a ball or a door that hits, and a blow at school or at a sport
      // (the English of "op school", "klasgenoot" above).
      accidentBlowEn,
      blowAmongChildrenEn,
      // Strangers in the street are for 112, not Veilig Thuis.
      /\b(?:groep|jongens|onbekende|onbekenden|vreemde|vreemden|stranger|strangers|gang)\b/,
      // Thirty-third round: a fish, a rabbit or a sheep struck or slaughtered for food.
      animalKilledForFood,
      // Session 17: a pillow fight, never a pillow pressed on a face.
      pillowPlay,
    ],
  },
  // Telling is forbidden: "mama zegt dat ik niks mag zeggen over wat papa doet". A classic way children
  // disclose abuse.
  {
    id: 'abuse.secret',
    kind: 'abuse',
    pattern:
      /\b(?:(?:niks|niets|het niet|niemand|het aan niemand) (?:mag|mogen|moet|durf|durft) (?:[a-z]+ )?(?:zeggen|vertellen)|geheim(?:pje)? (?:houden|bewaren|moet|blijven)|(?:not allowed to|cant) tell anyone|(?:is|its) (?:our|a) secret)\b/,
    with: [doer],
    unless: [
      /\b(?:verjaardag|cadeau|cadeautje|verrassing|feest|sinterklaas|surprise|present|birthday)\b/,
    ],
  },
  // "rare dingen met mij", "doet vieze dingen bij haar".
  {
    id: 'abuse.strange-things',
    kind: 'abuse',
    pattern: /\b(?:rare|vieze|gekke|enge|stoute) dingen (?:met|bij) (?:me|mij|haar|hem|ons)\b/,
  },
  // English disclosure: "my stepdad touches me and I don't like it", "my husband gets violent".
  {
    id: 'abuse.disclosure-en',
    kind: 'abuse',
    pattern:
      /\b(?:touch(?:es|ed|ing)? me|gets violent|get violent|is violent|is abusive|hurts us|scared to go home|afraid to go home)\b/,
    with: [doer],
    unless: [/\b(?:phone|screen|story|song|film|movie)\b/],
  },
  // Coercion: a passport taken, not allowed to leave, forced to stay home.
  {
    id: 'abuse.coercion',
    kind: 'abuse',
    pattern:
      /\b(?:(?:paspoort|id ?kaart|identiteitskaart|verblijfsvergunning|passport)\b[^.]{0,25}\b(?:afgepakt|afpakt|verstopt|afgenomen|weggenomen|took|taken|hides)|(?:mag|mogen|durf) (?:[a-z]+ )?niet (?:weg|naar buiten|de deur uit|werken)|gedwongen|dwingt|dwong|forces me|forced me)\b/,
    with: [doer],
    unless: [
      /\b(?:corporatie|verhuurder|gemeente|werkgever|baas|uwv|dokter|arts|ziekenhuis|corona|quarantaine)\b/,
    ],
  },
  // Injuries on a child, especially with an explanation: "blauwe plekken en brandwonden en zegt dat
  // hij gevallen is". A fall story does not guard this one; sport does.
  {
    id: 'abuse.child-injuries',
    kind: 'abuse',
    pattern:
      /\b(?:blauwe plekken|blauwe ogen|blauw oog|brandwonden|brandplekken|striemen|bruises)\b/,
    with: [
      /\b(?:jongen|meisje|kind|kinderen|kindje|zoon|zoontje|dochter|dochtertje|baby|leerling|buurmeisje|buurjongen|child|kid|boy|girl)\b/,
    ],
    unless: [
      /\b(?:voetbal|voetballen|sport|hockey|judo|karate|boksen|training|wedstrijd|speeltuin|football)\b/,
    ],
  },
  // Food withheld as punishment: "mijn stiefmoeder geeft me geen eten als straf".
  {
    id: 'abuse.food-withheld',
    kind: 'abuse',
    pattern:
      /\b(?:geeft|geven|gaf|krijg|krijgt|kreeg|krijgen) (?:[a-z]+ )?(?:geen eten|niks te eten|niets te eten)\b/,
    with: [doer],
    unless: [/\b(?:voedselbank|supermarkt|school|kantine|dieet|allergie)\b/],
  },
  // Not safe at home: exactly what Veilig Thuis is for. "ik ben thuis niet veilig".
  {
    id: 'abuse.unsafe-at-home',
    kind: 'abuse',
    pattern:
      /\b(?:(?:thuis|in (?:mijn|ons|het) huis|at home)\b[^.]{0,15}\b(?:niet veilig|onveilig|not safe|unsafe)|(?:niet veilig|onveilig|not safe|unsafe)\b[^.]{0,15}\b(?:thuis|in (?:mijn|ons|het) huis|at home))\b/,
    unless: [
      /\b(?:trap|kapot|schimmel|brand|elektra|elektriciteit|lekt|lekkage|gas|verzakt|stairs|wiring)\b/,
      // "omdat het thuis niet veilig was": told as the past.
      /\b(?:niet veilig|onveilig) (?:was|waren)\b|\bals kind\b/,
    ],
  },
  // An adult in a child's bed at night: "mijn vader komt 's nachts in mijn bed".
  {
    id: 'abuse.in-my-bed',
    kind: 'abuse',
    pattern:
      /\b(?:vader|papa|pap|stiefvader|oom|opa|broer|neef|moeder|stiefmoeder|oppas|stepdad|uncle)\b[^.]{0,25}\b(?:komt|kwam|kruipt|kroop|ligt|lag|comes|came) (?:[a-z]+ ){0,2}(?:in|into) (?:mijn|mn|my) bed\b/,
  },
  // Locked up, often without food: "wordt opgesloten op zijn kamer zonder eten".
  {
    id: 'abuse.locked-up',
    kind: 'abuse',
    pattern: /\b(?:opgesloten|opsluiten|sluit (?:hem|haar|me|mij|ons) op|locked (?:in|up))\b/,
    with: [
      /\b(?:kamer|kelder|zolder|schuur|kast|huis|zonder eten|straf|jongen|meisje|kind|buurjongen|buurmeisje|room|me|mij)\b/,
    ],
    // Thirtieth round (docs/adr/0012-safety-net.md): an escape room is a game. Session 18: a
    // lock-in of one's own, with no means, threat or fear beside it (ordinaryWorries.ts).
    unless: [
      /\b(?:lift|wc|toilet|kat|hond|poes|sleutel|buitengesloten|per ongeluk)\b/,
      escapeRoom,
      lockedOneselfInCalmly,
      // Session 19: any animal locked in with no person in the clause, as for the new rooms.
      onlyAnAnimalShutIn,
      // Session 19, second gaps: a home that feels like a cell (feltAsLockedUp.ts), and the writer
      // who shut themselves in with no one doing it (hidingBehindADoor.ts; someone at the door now
      // is danger.hiding-behind-door's and abuse.hiding-from-relative's).
      feltAsLockedUp,
      writerShutInWithNoOneDoingIt,
      // Session 25 (frames25, ADR 0012): a lock-in of one's own with a means but no one else in
      // it is for the suicide and danger rules, and a weapon locked away is no person locked up
      // (ordinaryWorries.ts).
      lockedOneselfInNoOneElse,
      weaponLockedAway,
    ],
  },
  // Session 19 (lockedInRoom.ts): someone locked by another in a room `abuse.locked-up` does not
  // read, a bathroom, a bedroom, a bijkeuken or a toilet. Only a lock-in someone did: a lock that
  // jams is none. A lock-in of one's own told calmly, an animal and an escape room are guarded.
  {
    id: 'abuse.locked-in-room',
    kind: 'abuse',
    pattern: re`\b${shutInBySomeone}\b`,
    with: [re`\b${roomShutIn}\b`],
    unless: [
      re`\b${shutInByMishapOrLaw}\b`,
      re`\b${writerShutThemselvesIn}`,
      escapeRoom,
      lockedOneselfInCalmly,
      onlyAnAnimalShutIn,
    ],
  },
  // English passive: "i get beaten at home", "she was abused". Twenty-eighth round
  // (docs/adr/0012-safety-net.md): not "was never hit", nor a blow from a car or at school.
  {
    id: 'abuse.passive-en',
    kind: 'abuse',
    pattern:
      /\b(?:get|got|gets|getting|am|was|being|is|are) (?:(?!never |not )[a-z]+ )?(?:beaten|beaten up|abused|molested|raped|slapped|kicked|hit)\b/,
    unless: [
      /\b(?:chess|cards|game|games|match|football|traffic|car|ball|lottery|by the|price|prices)\b/,
      // Twenty-eighth round: "was hit by a bike", "slapped by a classmate", "got hit at school".
      accidentBlowEn,
      blowAmongChildrenEn,
    ],
  },
  // Passive: "ik word thuis geslagen", "mijn dochter wordt door haar vriend geslagen".
  {
    id: 'abuse.passive',
    kind: 'abuse',
    pattern:
      /\b(?:word|wordt|worden|werd|werden|ben|is|zijn)\b[^.]{0,50}\b(?:geslagen|geschopt|gewurgd|mishandeld|mishandelt|misbruikt|verkracht|aangerand|geknepen)\b/,
    unless: [
      informationalContext,
      pastAndWell,
      hypotheticalGeneric,
      /\b(?:voetbal|overtreding|wedstrijd|scheidsrechter|sport)\b/,
      // "van zijn fiets geslagen door een auto": an accident, for 112.
      re`\b(?:door een ${vehicleNl}|van (?:zijn|haar|mijn|de) fiets)\b`,
      /\b(?:gegevens|identiteit|pas|pinpas|bankpas|bank|phishing|creditcard|account|regeling|lift|wc|toilet)\b/,
    ],
  },
  // A child's words: "papa doet pijn", "mijn oom doet me pijn". Only adverbs may come between, so
  // "mijn zoon zijn knie doet pijn" stays a question about a knee.
  {
    id: 'abuse.does-pain',
    kind: 'abuse',
    pattern: re`\b(?:${householdMember}|hij|zij|ze|juf|meester|leraar|trainer)\b (?:(?:steeds|vaak|soms|altijd|ook|weer|echt)\b )?(?:doet|deed|doen) (?:(?:me|mij|ons|mama|papa|haar|hem)\b )?(?:(?:steeds|vaak|soms|altijd|heel erg|erg|echt)\b )?pijn\b`,
  },
  // English: "my husband hits me", "my dad hurts me", "is hitting me right now". Twenty-third
  // round: "she won't hit me" is a negated future, not violence (notGoingToHitEn). Twenty-fourth
  // round: "he will slap me", "she's gonna punch my son" (baseFormThreatEn). Twenty-eighth round:
  // "he never hits the kids", "she doesnt hit me" are denials (notDeniedEn), and a car or a
  // classmate is not a household member's hand.
  {
    id: 'abuse.hit-victim-en',
    kind: 'abuse',
    pattern: re`\b${notGoingToHitEn}${notDeniedEn}(?:${hitVerbEn}|${baseFormThreatEn}) (?:me|us|${possessive} ${householdMember})\b`,
    unless: [
      // Thirty-first round: a ball in a game or at practice.
      blowInAGame,
      pillowPlay,
      accidentBlowEn,
      blowAmongChildrenEn,
      /\b(?:it|that|this|what|back|head|knee)\b (?:really |so |still )?hurts\b/,
      pastAndWell,
      youngChildHits,
      hypotheticalGeneric,
    ],
  },
  // Threat to kill from someone close: "ik ben bang dat hij me vermoordt", "zegt dat hij me dood
  // maakt", "hij maakt me af", "I'm afraid he will kill me", and a threat to kill oneself and the
  // writer ("he says he will kill himself and me", session 15).
  // Session 25 (frames25, ADR 0012): the killing verb after a modal ("dat hij ons allemaal gaat
  // doden", "dat hij me ooit nog dood zal maken"), read as suicide.death-wish's threatenedDeath
  // reads it: a threat against the writer, no death wish. Not "om mij te doden": a purpose of
  // one's own (and "oom", squeezed, is "om").
  // Session 25 (review25, ADR 0012): a third of the household threatened, right after the one who
  // threatens and before a modal ("dat hij mijn moeder gaat doodmaken", "dat hij haar gaat
  // doden"; not "dat het lawaai haar gaat doodmaken", no person's threat), and the killing verb in
  // two words ("dat hij mij dood schiet", "me dood steekt").
  {
    id: 'abuse.threat-to-kill',
    kind: 'abuse',
    pattern: re`\b(?:hij|zij|ze|${householdMember}|he|she|they|hes|shes|theyre|hel|shel|theyl|hed|shed|theyd)\b(?:[^.]{0,40}\b(?:me|mij|ons|mama|papa|de kinderen)\b[^.]{0,25}\b(?:vermoord|vermoordt|vermoorden|dood ?maakt|dood ?maken|dood ?te maken|dood ?schiet|dood ?steekt|dood ?te steken|dood (?:zal|zou|gaat|gaan|wil|zullen|zouden) (?:maken|slaan)|dood ?te slaan|(?:(?<!\bom (?:me|mij|ons) )te|gaat|gaan|zal|zullen|zou|zouden|wil|wilt|willen|wilde) doden|doodt|afmaakt|afmaken|doodschiet|doodschieten|dood te schieten|neerschiet|neerschieten|neer te schieten)| (?:[a-z]+ ){0,2}?(?:(?:vermoordt|vermoord|doodt) (?:me|mij|ons)|maakt (?:me|mij|ons) (?:af|dood))| (?:haar|hem|(?:mijn|mn) ${householdMember}) (?:[a-z]+ ){0,2}?(?:gaat|gaan|zal|zullen|zou|zouden|wil|wilt|wilde) (?:[a-z]+ )?(?:doden|vermoorden|dood ?maken|dood ?slaan|dood ?schieten|dood ?steken|afmaken)|[^.]{0,25}\b(?:kill|kills|killing) (?:me|us|my [a-z]+)|[^.]{0,25}\b(?:kill|kills|killing|hurt|hurts|harm|harms) (?:himself|herself|themselves) and (?:me|us|the kids|the children|my [a-z]+))\b`,
    // "mijn moeder vermoordt me als ze dit hoort haha": a joke said so.
    unless: [/\b(?:haha|hahaha|hihi|lol|grapje)\b/],
  },
  // "hij wil me iets aandoen": harm threatened by someone else.
  {
    id: 'abuse.threat-to-harm',
    kind: 'abuse',
    pattern:
      /\b(?:hij|zij|ze)\b[^.]{0,40}\b(?:me|mij|ons|mijn kinderen|de kinderen|mn kinderen|haar|hem|mijn [a-z]+) (?:iets|wat) (?:(?:gaat|zal|wil) )?(?:aan ?doen|aandoet|aan te doen|aangedaan|doen)\b/,
  },
  // Threats by a partner, ex or family member: "mijn zoon bedreigt mij", "mijn ex blijft me
  // bedreigen", "my son threatens me". Threats by strangers or neighbours are for the police.
  // Twenty-sixth round (docs/adr/0012-safety-net.md): an ex at the door or trying to get in
  // (exAtTheDoor), unless the clause says what for (exErrand: the children, their things).
  {
    id: 'abuse.household-threat',
    kind: 'abuse',
    pattern: re`\b(?:${householdMember})\b[^.]{0,30}\b(?:bedreigt|bedreigde|bedreigen|bedreigd|dreigt (?:mij|me|ons)|threatens|threatened|threatening)\b|${exAtTheDoor}`,
    unless: [deniedNl, exErrand],
  },
  // Elder financial abuse: "mijn kleinzoon haalt steeds geld van mijn rekening", "pakt mijn geld af".
  // A check, not a crisis reply, unless something acute is told beside it (noAcuteDanger).
  // A son or daughter who steals from a parent's wallet is a worry about the child, for parenting
  // support (sixth round): no rule answers it unless the clause says the one robbed is old or
  // dependent (an account, a pension, a grandparent, an age). The model still reads it.
  {
    id: 'abuse.money-taken',
    kind: 'abuse',
    pattern: re`\b(?:${householdMember})\b[^.]{0,20}\b(?:pakt|neemt|haalt|steelt|stal|pakte|nam|takes|took|steals|stole)\b[^.]{0,25}\b(?:geld|pinpas|bankpas|pensioen|aow|uitkering|spaargeld|loon|money|bank card|pension)\b`,
    unless: [
      /\b(?:zakgeld|leent|lenen|terug|betaalt|boodschappen|voor mij|voor me|for me)\b/,
      childTakesFromWallet,
    ],
    // Tenth round: money taken from an older person is a Veilig Thuis matter, but rarely one for
    // the line at once. With nothing acute in the clause (no violence, threat, force, fear, food
    // or medicine withheld) the rule asks: the check lists Veilig Thuis first. Violence or a threat
    // beside it is a crisis by this rule and by the violence rules.
    askUnless: [noAcuteDanger],
  },
  // Rough handling by carers: "behandelt mijn moeder ruw", bruises that are not from a fall.
  {
    id: 'abuse.rough-handling',
    kind: 'abuse',
    pattern:
      /\b(?:behandelt|behandelen|behandeld|pakt|pakken|aanpakken)\b[^.]{0,25}\bruw\b|\bruw (?:behandeld|aangepakt)\b|\bblauwe plekken\b/,
    // Twenty-ninth round: bruises from a car or a bike that hit ("aangereden") are no rough handling.
    unless: [
      /\b(?:gevallen|valt|val|vallen|gestoten|stoot|bloedverdunners?|sport|voetbal|aangereden|aangefietst|aanrijding)\b/,
    ],
  },
  // Coercive control: "hij sluit mij op", "ik mag van hem niemand zien".
  {
    id: 'abuse.locked-in',
    kind: 'abuse',
    pattern: re`\b(?:sluit|sloot|sluiten) (?:${objectPronoun}|${possessive} ${householdMember}) (?:[a-z]+ ){0,2}?op\b|\bmag (?:van (?:hem|haar|${possessive} ${householdMember}) )?(?:niemand zien|nergens heen|niet de deur uit|niet naar buiten)\b`,
    unless: [/\b(?:dokter|arts|ziekenhuis|corona|quarantaine|operatie)\b/],
  },
  // Sexual abuse in a child's or victim's words: "mijn stiefvader zit aan me", "doet dingen met mij
  // die ik niet wil", "mijn oom betast mij" (sixth round).
  {
    id: 'abuse.sexual-touch',
    kind: 'abuse',
    pattern:
      /\b(?:(?:zit|zat|zitten|gezeten) aan (?:me|mij)\b|aan (?:me|mij) (?:zitten|gezeten)|(?:me|mij) (?:[a-z]+ ){0,3}(?:betast|betastte|bepotelt|bepotelde|aanraakt op plekken)\b|(?:betast|betastte|bepotelt|bepotelde) (?:me|mij)\b|dingen (?:met|bij) (?:me|mij|haar|hem|ons)\b[^.]{0,30}\b(?:niet wil|niet wilt|niet mag|geheim)|aan (?:mijn|mn|haar|zijn|je|jouw) (?:lichaam|borsten|billen|kruis|piemel|plasser|plassertje|geslachtsdeel))\b/,
    unless: [/\b(?:zeuren|zaniken|te trekken|kop|hoofd)\b/, informationalContext],
  },
  // Forced sex or forced marriage: "dwingt me tot seks", "wil mij dwingen om te trouwen".
  {
    id: 'abuse.forced',
    kind: 'abuse',
    pattern:
      /\b(?:dwingt|dwingen|dwong|gedwongen|forces|forced|force)\b[^.]{0,30}\b(?:seks|sex|trouwen|huwelijk|marry|marriage)\b/,
  },
  // Neglect of children: "de kinderen krijgen geen eten", "verwaarloosd".
  {
    id: 'abuse.neglect',
    kind: 'abuse',
    pattern:
      /\b(?:(?:kind|kinderen|kindje|baby|kids|children)\b[^.]{0,40}\b(?:krijgen|krijgt|kreeg|kregen) (?:[a-z]+ )?(?:geen|nauwelijks|bijna geen) (?:eten|te eten|drinken|verzorging|schone kleren)|verwaarloos[a-z]*|neglected|(?:kind|kinderen|kindje|kids|children|dochtertje|zoontje|buurmeisje|buurjongen|buurkinderen)\b[^.]{0,40}\b(?:(?:al dagen|dagen lang|al (?:twee|drie|een paar) dagen) (?:niet|niks|niets) (?:gegeten|te eten)|(?:eten|eet|zoeken|zoekt) (?:[a-z]+ )?(?:uit|in) de (?:afvalbak|vuilnisbak|prullenbak|container|afvalcontainer|kliko)))\b/,
    unless: [
      pastAndWell,
      hypotheticalGeneric,
      /\b(?:tuin|woning|pand|speeltuin|straat|stoep|plantsoen|park|gebouw|flat|tanden|gebit)\b/,
    ],
  },
  // A bystander hearing it: "ik hoor een kind huilen en klappen", "de buurvrouw gilt en ik hoor slaan".
  // Session 17: the one heard is `personNoun`, the shared list of persons named by a noun without
  // a possessive (emergencyScenes.ts), as the bystander names them ("de vrouw van de buren gilt");
  // `partnerPerson` needs "mijn" and would lose them.
  {
    id: 'abuse.heard-violence',
    kind: 'abuse',
    pattern: re`\b${personNoun}\b[^.]{0,30}\b(?:huilen|huilt|gillen|gilt|schreeuwen|schreeuwt)\b[^.]{0,25}\b(?:klappen|klap|slaan|bonken|slagen|geslagen)\b|\b(?:klappen|slaan|bonken)\b[^.]{0,25}\b${personNoun}\b[^.]{0,20}\b(?:huilen|huilt|gillen|gilt)\b`,
    // Session 18: the one heard is the writer's own toddler in a tantrum (ordinaryWorries.ts).
    unless: [ownToddlersTantrum],
  },
  // Aggression aimed at the household: "dan wordt hij agressief tegen ons".
  {
    id: 'abuse.aggressive-towards',
    kind: 'abuse',
    pattern: re`\b(?:agressief|gewelddadig|violent|aggressive) (?:tegen|naar|op|towards|to) (?:${objectPronoun}|${possessive} ${householdMember})\b`,
  },
  // Throwing things at someone: "gooit met spullen naar me".
  {
    id: 'abuse.throws-at',
    kind: 'abuse',
    pattern: re`\b(?:gooit|gooide|smijt|smeet|throws|threw)\b[^.]{0,25}\b(?:naar|at) (?:${objectPronoun}|(?:mijn|mn|haar|zijn|my|her) (?:hoofd|gezicht|head|face))\b`,
    unless: [/\b(?:bal|ballen|frisbee|ball)\b/],
  },
  // Fear of someone at home: "ik ben bang voor mijn man", "bang voor hem" with a household member.
  {
    id: 'abuse.afraid-of-household',
    kind: 'abuse',
    pattern: re`\b(?:bang|angst|afraid|scared) (?:voor|van|of) (?:${possessive} ${householdMember}|hem|him)\b`,
    // Session 18: "hem" is a teacher or a coach named beside it (ordinaryWorries.ts).
    unless: [schoolPersonFeared],
  },
  // A young child left alone for hours or days: "de baby van de buurvrouw ligt de hele dag alleen
  // in de box", "een peuter alleen op het balkon, al uren". Neglect, for Veilig Thuis; 112 comes
  // from danger.child-alone-outside when the child is outside.
  {
    id: 'abuse.young-child-left-alone',
    kind: 'abuse',
    pattern: re`\b${youngChild}\b[^.]{0,40}\balleen\b[^.]{0,40}\b(?:hele dag|hele middag|hele avond|hele nacht|uren|urenlang|al uren|dagen|nachten|elke avond|elke nacht|niemand|niemand komt|for hours|all day|all night|every night)\b`,
    unless: [pastAndWell, informationalContext, hypotheticalGeneric],
  },
  // A threat with a weapon, fire or death from someone close: "hij dreigt met een mes als ik niet
  // doe wat hij zegt", "hij heeft gedreigd mijn huis in brand te steken".
  {
    id: 'abuse.threat-with-harm',
    kind: 'abuse',
    pattern: re`\b(?:hij|zij|ze|${householdMember})\b[^.]{0,30}\b(?:dreigt|dreigde|gedreigd|bedreigt|bedreigde|threatens|threatened)\b[^.]{0,40}\b(?:${knifeDutch}|messen|wapen|pistool|geweer|brand|in brand|vermoorden|dood|afmaken|iets aan te doen|pijn|knife|gun|fire|kill|hurt)\b`,
    unless: [/\b(?:zichzelf|hemzelf|haarzelf|himself|herself)\b/, informationalContext],
  },
  // A cry for help heard in a row between neighbours (third round, from train and dev): "de
  // bovenburen hebben ruzie en ik hoorde haar om hulp roepen", "ik hoor haar gillen om hulp en
  // klappen". danger.heard-cry-for-help gives 112; a fight or blows in the same clause say that
  // Veilig Thuis belongs in the reply too.
  {
    id: 'abuse.cry-for-help-in-a-row',
    kind: 'abuse',
    pattern:
      /\b(?:om hulp (?:roepen|roept|riep|schreeuwen|schreeuwt|schreeuwde|gillen|gilt|gilde)|(?:roept|riep|schreeuwt|schreeuwde|gilt|gilde|roepen|schreeuwen|gillen) (?:[a-z]+ ){0,2}om hulp|(?:screaming|crying|calling|shouting) for help)\b/,
    with: [
      /\b(?:ruzie|klappen|klap|slaan|slaat|geslagen|vechten|gevecht|geschreeuw|gegil|bonken|smijten|fighting|arguing|argue|hitting|slamming)\b/,
    ],
    unless: [informationalContext],
  },
  // Thirtieth round (docs/adr/0012-safety-net.md): a carer who fears they will hurt the one they
  // care for, or just did; lifting, washing, the wrong pills and feelings are guarded.
  {
    id: 'abuse.carer-fears-own-harm',
    kind: 'abuse',
    pattern: ownHarmFeared,
    with: [carerStrain],
    unless: [careHandling],
  },
  // Thirtieth round: held against one's will; the police, a lift, an illness, a game are guarded.
  {
    id: 'abuse.held-captive',
    kind: 'abuse',
    pattern: heldCaptive,
    unless: [heldByLawOrThing],
  },
  // Thirtieth round: honour-related violence and a forced marriage.
  {
    id: 'abuse.honour-or-forced-marriage',
    kind: 'abuse',
    pattern: honourOrForcedMarriage,
  },
  // Session 25 (lines25, rules/wishedDead.ts): someone of the family says the writer, a daughter
  // or a son had better be dead ("mijn vader zei dat ik beter dood kan zijn", "my dad keeps saying
  // i would be better off dead"): honour-related violence or a parent's rejection, for Veilig
  // Thuis; the death words are the sayer's, so no suicide rule reads them.
  {
    id: 'abuse.wished-dead-by-family',
    kind: 'abuse',
    pattern: wishedDeadByAnother,
    with: [familySayer],
    unless: [informationalContext, hypotheticalGeneric, pastAndWell],
  },
  // Thirtieth round: a minor blackmailed with intimate pictures or pressed for more.
  {
    id: 'abuse.sextortion',
    kind: 'abuse',
    pattern: sextortionThreat,
    with: [minorSign],
  },
  // Thirty-second round (docs/adr/0012-safety-net.md): a pet hurt or threatened as a lever of
  // control ("als ik wegga verdrinkt hij de kat", "hurts my dog to punish me").
  {
    id: 'abuse.pet-as-lever',
    kind: 'abuse',
    pattern: re`\b${petHarmed}\b`,
    with: [re`\b${pet}\b`, re`\b${leverSign}\b`],
    unless: [informationalContext, re`\b${petInnocent}\b`],
  },
  // Thirty-second round: an older person's money taken by family or a carer with a threat, force
  // or fear beside it (abuse.money-taken asks when nothing acute is told).
  {
    id: 'abuse.money-taken-with-threat',
    kind: 'abuse',
    pattern: re`\b${moneyTaken}\b`,
    with: [re`\b${moneyTaker}\b`, re`\b${moneyThreat}\b`],
    unless: [informationalContext, re`\b${moneyInnocent}\b`],
  },
  // Thirty-second round: followed or watched now by an ex or a partner, with a threat.
  {
    id: 'abuse.followed-by-ex',
    kind: 'abuse',
    pattern: re`\b${followedNow}\b`,
    with: [re`\b${followerThreat}\b`, re`\b${exOrPartner}\b`],
    unless: [informationalContext, pastAndWell, re`\b${followedInnocent}\b`],
  },
  // Thirty-fourth round (docs/adr/0012-safety-net.md): a partner or an ex with a weapon raised,
  // aimed or loaded, or with a threat shouted at the writer or the children, or throwing
  // fireworks: Veilig Thuis beside danger.weapon's 112 ("mijn ex staat in de tuin met een kruisboog en roept ...",
  // "my husband got the shotgun out and is pointing it at me"). A weapon as a sport, kept, handed
  // in or long ago is guarded.
  {
    id: 'abuse.partner-weapon-or-fire',
    kind: 'abuse',
    pattern: re`\b${exOrPartner}\b[^.]{0,80}\b(?:${weapon}|vuurwerk|vuurpijl|vuurpijlen|firework|fireworks)\b`,
    with: [
      re`\b(?:${raisedAfter}|gooit|gooide|gegooid|throws|threw|thrown|(?:dreigt|dreigde|roept|riep|schreeuwt|schreeuwde|zegt|zei|says|said|threatens|threatened|shouting|screaming)\b[^.]{0,30}\b(?:mij|me|ons|us|de kinderen|the kids|mama|my kids))\b`,
    ],
    unless: [
      pastAndWell,
      pastMarker,
      weaponKeptOrHandedIn,
      weaponAsSport,
      informationalContext,
      // The weapon turned on the holder himself is 113's, not Veilig Thuis's.
      /\b(?:zichzelf|hemzelf|haarzelf|eind aan|zelfmoord|niet meer zijn|zin heeft|dood wil|himself|herself|end it|his life|her life|suicide)\b/,
    ],
  },
  // Thirty-sixth round: an attempt to hit by someone close, in English. A game, a pest, advice
  // and a past told as over are guarded; danger.attempt-to-hit-now (danger.ts) adds 112 when it is now.
  {
    id: 'abuse.attempt-to-hit-en',
    kind: 'abuse',
    pattern: attemptToHitEn,
    unless: attemptToHitGuards,
  },
  // Session 19, second gaps (hidingBehindADoor.ts): the writer who locked themselves in to hide
  // from a partner, an ex or a relative at the door now: Veilig Thuis beside
  // danger.hiding-behind-door's 112.
  {
    id: 'abuse.hiding-from-relative',
    kind: 'abuse',
    pattern: re`\b${writerLockedInOrHiding}\b`,
    with: [re`\b${someoneAtTheDoorNow}\b`, re`\b${ownRelative}\b`],
    unless: [hidingOverOrMishap],
  },
  // Session 20 (docs/adr/0012-safety-net.md, dangers told plainly): a fear of what happens at
  // home, told with last time's violence to the writer (lastTimeHurt.ts).
  {
    id: 'abuse.last-time-hurt',
    kind: 'abuse',
    pattern: re`\b${lastTime}\b`,
    with: [re`\b${hurtLastTime}\b`, re`\b${fearOfNow}\b`],
    unless: [re`\b${lastTimeEveryday}\b`],
  },
  // Session 20: a child in danger from the adult who has them, Veilig Thuis beside the 112 of
  // danger.drunk-driver-children and danger.child-taken (danger.ts), the same words and guards.
  {
    id: 'abuse.drunk-driver-children',
    kind: 'abuse',
    pattern: re`\b${drunkOrHigh}\b`,
    with: [re`\b${drivingOff}\b`, re`\b${childInCar}\b`, re`\b${drivingNow}\b`],
    unless: [re`\b${drunkDrivingEveryday}\b`],
  },
  {
    id: 'abuse.child-taken',
    kind: 'abuse',
    pattern: re`\b${takenAway}\b`,
    with: [re`\b${takenChild}\b`, re`\b${childLost}\b`],
    unless: [re`\b${childTakenEveryday}\b`],
  },
  // Session 21: crises told indirectly, in residents' everyday words (toldIndirectly.ts).
  ...toldIndirectlyAbuse,
  // Session 22: crises in acute moments, told in lay words (acuteBody, acuteEdge, acuteOthers).
  ...acuteOthersAbuse,
  // Acute moments told by their structure (acuteNow.ts; written in session 23, landed in 24).
  ...acuteNowAbuse,
  // Session 25: a person tied up or kept drowsy by another (unforeseenNow.ts).
  ...unforeseenNowAbuse,
];
