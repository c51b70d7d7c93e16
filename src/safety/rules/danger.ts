import type { CrisisRule } from '../crisisRule.js';
import { acuteNowDanger } from './acuteNow.js';
import { unforeseenNowDanger } from './unforeseenNow.js';
import { re } from '../crisisRule.js';
import { acuteBodyDanger } from './acuteBody.js';
import { acuteEdgeDanger } from './acuteEdge.js';
import { acuteOthersDanger } from './acuteOthers.js';
import { toldIndirectlyDanger } from './toldIndirectly.js';
import {
  childInCar,
  drivingNow,
  drivingOff,
  drunkDrivingEveryday,
  drunkOrHigh,
} from './drunkDriverWithChildren.js';
import { bloodEveryday, injuryNow, muchBlood } from './muchBlood.js';
import { foulSmell, foulSmellEveryday } from './foulAir.js';
import { childLost, childTakenEveryday, takenAway, takenChild } from './childTaken.js';
import {
  comeForMe,
  comeForMeEveryday,
  debtOrThreat,
  peopleAtTheDoor,
  shootingInnocent,
  shootingNow,
} from './weakCrises.js';
import { faintSeenTo, petGone, pupilAloneAtSchool, schoolToldOfKnife } from './ordinaryWorries.js';
import {
  atTheVeryEdge,
  edgeInnocent,
  lookingDownAtAThing,
  hitVerb,
  hitVerbEn,
  hypotheticalGeneric,
  informationalContext,
  toldFromMedia,
  onAHeightAlone,
  onAHeightEn,
  overdoseTaken,
  pastAndWell,
  pastMarker,
  slapDutch,
  youngChild,
} from './lexicon.js';
import {
  animalOrThingHurt,
  bladeAsTool,
  nearlyFaintedOver,
  reanimationAtWork,
} from './everydaySetting.js';
import {
  attackLongOver,
  drillNotReal,
  endOfLifeCare,
  protocolAsked,
  recogniseAsked,
  weaponKeptOrHandedIn,
} from './elsewhereSetting.js';
import { fineEn, fineNl, lastPeriodEn, overEn, unhurtEn } from './itIsOver.js';
import { shortAlarm } from './shortAlarm.js';
import { othersMeansWithDeathWish } from './othersMeans.js';
import { attemptToHitEn, attemptToHitGuards } from './attemptToHit.js';
import {
  firearm,
  raisedAfter,
  shotAtAnimals,
  threatenedPerson,
  weapon,
  weaponAsSport,
  weaponCleaned,
} from './weapons.js';
import {
  badFlame,
  cannotWake,
  coldHarm,
  biteSerious,
  coldHabit,
  dogAttacked,
  dogAttacksNow,
  dogBiteInnocent,
  exposedConfused,
  flooded,
  fireworkHarmNow,
  fireworkThrownAtPeople,
  freezingOutside,
  blastNow,
  fumesNuisance,
  peopleDownAfterBlast,
  gasSmelt,
  inTroubleInWater,
  outsideWithout,
  personNamed,
  oneInTroubleInWater,
  beachGoingUnder,
  personNoun,
  psychosisCalm,
  psychosisDangerAct,
  psychosisSign,
  stuckInLift,
  unwellNow,
  wakingRoutine,
  waterPlace,
} from './emergencyScenes.js';
import { exOrPartner, followedInnocent, followedNow, followerThreat } from './followedNow.js';
import {
  doseAsPrescribed,
  petProduct,
  pillsEn,
  pillsNl,
  poison,
  resupplyOnly,
} from './swallowedMeans.js';
import { vehicleEn } from './vehicles.js';
import { dog } from './animals.js';
import { breathStoppedInThePast } from './breathInThePast.js';
import { breakInDoneInMessage, breakInOverInMessage } from './breakInOver.js';
import {
  hidingOverOrMishap,
  someoneAtTheDoorNow,
  writerLockedInOrHiding,
} from './hidingBehindADoor.js';
import {
  breathFigureNl,
  breathStoppedLongAgoNl,
  breathStoppedPastNl,
  onlyAnAnimalBreath,
} from './breathStoppedJustNow.js';

/** A person in the water, said as the whole message (danger.water, through shortAlarm). */
const personInWater =
  /(?:er (?:is|ligt|zit|drijft) )?(?:een |mijn |mn |ons |onze |de )?(?:kind|kindje|iemand|man|vrouw|baby|peuter|kleuter|zoon|zoontje|dochter|dochtertje|jongen|jongetje|meisje|opa|oma)(?: is| ligt| zit| drijft)? in (?:het|de) (?:water|sloot|vijver|kanaal|gracht|rivier|haven)/;

/** A person who fell or jumped into water, in English: "a child fell in the canal". */
const personInWaterEn =
  /(?:child|kid|boy|girl|son|daughter|baby|toddler|man|woman|someone|somebody|he|she|mum|mom|dad|grandpa|grandma) (?:has |just |has just )?(?:fell|fallen|jumped|slipped) in(?:to)? (?:the|a) (?:water|canal|river|pond|lake|sea|ditch|harbour)/;

/** Bleeding said as the whole message (danger.bleeding, through shortAlarm). */
const ownBleeding =
  /(?:ik bloed|(?:im|i am|hes|shes|he is|she is) bleeding|veel bloed|zo veel bloed|bloed overal|(?:bloed|bloedt) uit (?:zijn|haar|mijn|de) (?:hoofd|mond|oor|nek|buik)|(?:hij|ze|zij|ik|opa|oma|mama|papa|mijn [a-z]+) (?:is|ben) (?:gevallen|gestoken|geslagen|aangereden) en (?:hij |ze |zij |ik )?(?:bloedt|bloed)|(?:mijn|zijn|haar|my|his|her) (?:arm|been|hoofd|hand|pols|buik|nek|leg|head|wrist|stomach|neck|belly) (?:is )?(?:bloedt|bleeding))(?: (?:zo|heel|erg|zo erg|heel erg|hard|zo hard|dood|badly|a lot|so much))?(?: en (?:ben|word|voel me|ik ben) (?:duizelig|flauw|slap))?/;

/**
 * A call for the emergency services or for someone to come now, read as the whole message by
 * danger.cry-for-help (twenty-fifth round): "stuur de politie", "bel een ambulance", "ambulance
 * nodig", "send the police", "kom nu, ze zijn binnen". "bel me terug", "kunnen jullie snel komen
 * voor de lekkage" and a question about the police are other messages.
 */
const callForEmergency =
  /(?:stuur|bel|stuurt|belt|send|call|get)(?: (?:snel|nu|direct|meteen|de|een|an|the|me|mij|us|ons|me an|me the))* (?:politie|ambulance|112|brandweer|police|fire brigade|911|999)(?: (?:voor (?:mij|me|ons)|for (?:me|us)|alsjeblieft|alstublieft|please|now|direct|meteen))*|(?:ambulance|politie|brandweer|police|an ambulance) nodig|(?:need|i need|we need) (?:an ambulance|the police|police)|(?:kom|komen|come) (?:nu|snel|direct|meteen|quick|quickly|now)(?: (?:alsjeblieft|alstublieft|please|snel|nu|hier|here))*(?:(?: \.)? (?:hij|ze|zij|er|iemand|he|she|they|someone) (?:is|zijn|staat|staan|zit|zitten|are|is) (?:binnen|hier|in huis|voor de deur|inside|here|at the door))?/;

/** Whom one can have killed: a person named by who they are (danger.killed-someone). */
const victim =
  /(?:mijn|mn|zijn|zn|haar|onze|de|die|een) (?:vrouw|man|partner|vriend|vriendin|moeder|vader|zoon|dochter|broer|zus|buurman|buurvrouw|baby|kind|opa|oma|stiefvader|schoonmoeder|schoonvader|collega|jongen|meisje|vent)/;

/** Swollen, for danger.allergic-airway: "dik", "opgezwollen", "swollen", "zwelt op". */
const swollenWord =
  /(?:dik|dikke|dikker|opgezwollen|gezwollen|opgeblazen|zwelt|zwellen|zwelt op|zwellen op|swollen|swelling|swells|swelling up|puffed up|puffy)/;

/** What swells shut an airway: the face, throat, tongue or lips. */
const airwayPart = /(?:gezicht|gezichtje|keel|tong|lippen|lip|face|throat|tongue|lips|mouth)/;

/** Breathing trouble now, beside a swelling (danger.allergic-airway). */
const breathTrouble =
  /\b(?:geen lucht|weinig lucht|nauwelijks lucht|geen adem|moeilijk adem|slecht adem|kan (?:bijna |haast )?niet (?:meer )?(?:goed )?(?:ademen|ademhalen|slikken)|ademt (?:heel )?(?:moeilijk|slecht|zwaar|piepend|raar)|benauwd|naar adem|naar lucht|piept|cant breathe|can not breathe|cannot breathe|cant get air|no air|struggling to breathe|hard to breathe|trouble breathing|difficulty breathing|wheezing|gasping|short of breath)\b/;

/**
 * An allergy asked about in general, not told now: "wat moet je doen als iemand een dik gezicht
 * krijgt en benauwd wordt", "what do I do if my son's throat swells and he cannot breathe".
 */
const hypotheticalAllergy =
  /\b(?:wat (?:moet|kan|doe) (?:je|ik|u|men) (?:doen )?(?:als|wanneer|bij)|wat te doen (?:als|bij)|hoe herken|what (?:do|should|can) (?:i|you|we) do (?:if|when)|what to do (?:if|when)|how do (?:i|you) recogni[sz]e|in case|voor het geval|mocht (?:hij|ze|zij|het))\b/;

/** A course or practice, not an emergency: "ik wil leren reanimeren". */
const learning =
  /\b(?:cursus|training|course|leren|oefenen|oefening|workshop|ehbo|aed|first aid)\b/;

/**
 * A course or practice with no time now in the clause (session 17): "my baby is choking right now,
 * the first aid course was years ago" is an emergency that names a course, not a lesson.
 */
const learningNotNow = re`^(?![^.]*\b(?:right now|at this moment|just now|op dit moment|zojuist|nu meteen)\b)(?=[^.]*${learning})`;

/**
 * Who answers by phone, letter, counter or shop: their silence is no emergency ("de verhuurder
 * reageert niet", "de winkel reageert niet"), nor a baby that does not respond (danger.baby-limp).
 * Read as the subject right before "reageert" in danger.unresponsive's and danger.baby-limp's own
 * patterns (twentieth round, docs/adr/0012-safety-net.md): a person named elsewhere in the clause
 * ("mijn collega is bewusteloos, de werkgever reageert niet") still fires.
 */
const answeringParty =
  /(?:gemeente|corporatie|woningcorporatie|verhuurder|huisbaas|instantie|loket|wijkteam|uwv|belastingdienst|bedrijf|mail|brief|brieven|telefoon|app|website|woonbedrijf|woningbouw[a-z]*|beheerder|vve|klantenservice|zorgverzekeraar|werkgever|winkel|webwinkel|webshop|verkoper|aannemer|installateur|loodgieter|monteur|garage|verzekeraar|landlord|council|housing association|shop|seller|eigenaar|kantoor|afdeling|organisatie|consultatiebureau|kraamzorg|kraamzorgbureau|verzekering|huisarts|huisartsenpraktijk|praktijk|ziekenhuis|school|creche|kinderopvang|opvang|leverancier|energiebedrijf|svb)/;

/**
 * Something in the clause that says the person may lie behind a door, not only be silent on the
 * phone: then not answering a call or the bell stays danger.unresponsive ("doet de deur niet open
 * en reageert niet op bellen, ik zie haar liggen").
 */
const lyingOrDoor =
  /(?:deur|voordeur|aanbellen|aangebeld|raam|gordijn|gordijnen|ligt|liggen|lag|gevallen|valt|grond|vloer|bewusteloos|ademt)/;

/**
 * Not answering the phone (twentieth round): "reageert niet op bellen", "op telefoontjes", "niet
 * meer als ik haar bel". Read right after "reageert niet" in danger.unresponsive's pattern, never
 * with a door or a person lying in the same clause (lyingOrDoor, before or after).
 */
const phoneSilence = re`(?<!\b${lyingOrDoor}\b[^.]*)(?: meer)? (?:op (?:bellen|gebel|belletjes|belletje|telefoontjes|telefoontje|telefoon|oproepen|oproep|voicemail|voicemails)|als (?:ik|we|wij|je|jij|u|hij|ze|zij)(?: [a-z]+)? (?:bel|belt|bellen|app|appt|appen|sms|smst|mail|mailt|mailen))\b(?![^.]*\b${lyingOrDoor}\b)`;

/** Words that soften "de weg kwijt" without changing it: "een beetje", "helemaal". */
const wayAdverb =
  /(?:helemaal|een beetje|beetje|echt|totaal|compleet|wat|soms|al|nu|zo|erg|volledig|af en toe|behoorlijk|flink|best|nogal|ook|even|steeds|vaak|nog)/;

/** Paperwork, rules and life: what one is figuratively lost in ("de weg kwijt in de regels"). */
const paperworkOrLife =
  /(?:papieren|papierwerk|papierwinkel|formulieren|formulier|regels|regelgeving|regelingen|regeling|administratie|leven|toeslagen|toeslag|post|brieven|zorg|systeem|aanvragen|aanvraag|geldzaken|financien|schulden|rekeningen|belasting|belastingen|instanties|hulpverlening|opvoeding|rouw|scheiding|studie|huiswerk|wetten|wet|kinderopvangtoeslag|digid|computer|internet)/;

/**
 * Where a lost child or a person with dementia is looked for: with one of these in the clause,
 * "ik ben de weg kwijt" stays danger.missing ("ik ben met mijn zoontje de weg kwijt in het bos").
 */
const outdoors =
  /(?:bos|bossen|stad|park|strand|markt|kermis|station|centrum|winkelcentrum|straat|buiten|donker|duinen|heide|hei|weiland|polder|water|kanaal|festival|pretpark|dierentuin|camping)/;

/**
 * "de weg kwijt" of the writer, figuratively (twentieth round, docs/adr/0012-safety-net.md): "ik
 * ben helemaal de weg kwijt", "sinds de scheiding ben ik de weg een beetje kwijt". A lookbehind for
 * danger.missing's "kwijt"; with a place outdoors anywhere in the clause it does not hold.
 */
const writerLostWay = re`(?:(?<!\b(?:(?:ik|we|wij) (?:ben|zijn|raak|raken|raakte|raakten|was|waren|voel me|voelen ons)|(?:ben|zijn|raak|raken|raakte|raakten|was|waren) (?:ik|we|wij)|voel ik me|voelen we ons)(?: ${wayAdverb})* de weg(?: ${wayAdverb})* )|(?<=\b${outdoors}\b[^.]*)|(?=[^.]*\b${outdoors}\b))`;

/**
 * "de weg kwijt" in paperwork, rules or life, whoever says it: "mijn zoon is de weg kwijt in het
 * leven", "de weg kwijt met die formulieren". A lookahead at danger.missing's "kwijt": only after
 * "de weg", only with "met", "in" or "bij" and the matter right after ("op weg naar school" is a
 * way, not a matter).
 */
const lostWayInMatter = re`(?!(?<=\bde weg (?:${wayAdverb} )*)kwijt(?: geraakt| geraken| te raken)? (?:met|in|bij) (?:al |alle )?(?:de |het |die |dat |deze |dit |zijn |haar |mijn |ons |onze |hun |je |jouw )?(?:[a-z]+ )?${paperworkOrLife}\b(?![^.]*\b${outdoors}\b))`;

/**
 * A stroke or heart attack "gehad" and told as the cause of a care need (twenty-second round,
 * docs/adr/0012-safety-net.md): "mijn vader heeft een herseninfarct gehad en heeft nu hulp nodig
 * bij het douchen". A lookahead at danger.heart-stroke's word: "gehad" right after it and a need of
 * daily care later in the clause. It does not hold when the clause puts the attack now or guesses
 * at it, before or after ("heeft net een beroerte gehad", "volgens mij heeft ze een beroerte gehad
 * en hulp nodig"), or calls 112 or an ambulance. Only "gehad": "kreeg een beroerte" may be now.
 */
const attackNowOrGuessed =
  /(?:net|zojuist|daarnet|vanochtend|vandaag|vanmiddag|vanavond|vannacht|nu net|denk|denken|dacht|vermoed|volgens mij|misschien|lijkt|112|ambulance|this morning|today|just)/;
const dailyCareNeed =
  /(?:boodschappen|huishouden|koken|douchen|wassen|aankleden|niet meer (?:alleen|zelfstandig) (?:thuis )?wonen|hulp nodig|hulp bij|hulp in huis|thuiszorg|mantelzorg|mantelzorger|dagbesteding|revalidatie|revalideren|wmo|traplift|rolstoel|scootmobiel|woningaanpassing|aangepaste woning|verpleeghuis|verzorgingshuis|zorg nodig|wijkverpleging|wijkverpleegkundige)/;
const attackAsCauseOfCare = re`(?:(?<=\b${attackNowOrGuessed}\b[^.]*)|(?!(?:hartaanval|hart aanval|hartinfarct|beroerte|herseninfarct) gehad\b(?![^.]*\b${attackNowOrGuessed}\b)[^.]{0,80}\b${dailyCareNeed}\b))`;

/**
 * Clearly in the past: "vorig jaar een hartaanval". Deliberately short: "gehad" and "had een" are
 * left out, because "hij heeft net een hartaanval gehad" is happening now.
 */
const past = re`\b(?:vorig|vorige|geleden|in (?:19|20)\d\d|${overEn}|in de oorlog|tijdens de oorlog|in the war)\b`;

/**
 * Someone inside now, or a call for help now: what `burglaryOver` and `burglaryRecurring` refuse,
 * since a burglary going on is 112 however it is told.
 */
const someoneInsideNow =
  /(?:nu|nou|net|zojuist|op dit moment|nog binnen|nog in huis|zijn er nog|is er nog|ik hoor|hoor ik|hoor iemand|beneden|boven|op zolder|verstop|verstopt|help|snel|vannacht|now|right now|just now|still in|still here|i can hear|i hear|downstairs|upstairs|hiding|hide|tonight)/;

/**
 * A burglary told as over (seventh round): a time that is past ("toen we op vakantie waren",
 * "afgelopen zomer", "sinds de inbraak", "while we were away") or what came after it ("de politie
 * is geweest", "aangifte gedaan", "we were burgled"), and nothing in the clause that says someone
 * is in the house now ("nu", "net", "nog binnen", "ik hoor", "beneden", "verstopt", "right now").
 * A past burglary is a question for buurtpreventie or victim support, not for 112 at once; the
 * concern model still reads the message. Anchored: it reads one clause.
 */
const burglaryOver = re`^(?![^.]*\b${someoneInsideNow}\b)(?=[^.]*\b(?:toen|terwijl (?:we|wij|ik) (?:weg|op vakantie|niet thuis|aan het werk)|op vakantie|afgelopen|sinds de inbraak|na de inbraak|een inbraak gehad|inbraak gehad|in de (?:zomer|winter|herfst|lente|vakantie|kerstvakantie|zomervakantie)|in (?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)|politie is (?:al )?geweest|aangifte (?:gedaan|doen)|schade|while (?:we|i) (?:were|was) (?:away|out|on holiday)|when (?:we|i) (?:were|was) (?:away|out|on holiday)|(?:we|i) (?:were|was|got|have been|had been) burgled|been burgled|${lastPeriodEn}|police (?:came|have been)|reported it)\b)`;

/**
 * Burglaries as something that keeps happening in the street or the wijk: "er wordt steeds
 * ingebroken in de schuurtjes", "de laatste tijd veel inbraken hier", "lots of break-ins lately".
 * A word for recurrence, and nothing in the clause that says someone is inside now (the same
 * present as `burglaryOver`). Residents who write this ask how to act together (buurtpreventie, a
 * buurtapp), not for 112. Anchored: it reads one clause.
 */
const burglaryRecurring = re`^(?![^.]*\b${someoneInsideNow}\b)(?=[^.]*\b(?:(?<!\bnog )steeds|telkens|vaak|regelmatig|steeds vaker|de laatste tijd|laatste tijd|afgelopen (?:weken|maanden)|al (?:een paar|twee|drie|vier|vijf|meerdere|verschillende) (?:keer|keren|maal)|veel (?:ingebroken|inbraken)|meerdere inbraken|zoveel inbraken|lately|recently|keeps? (?:getting|being)|again and again|(?:a lot of|lots of|several|so many|many) break ?ins)\b)`;

/**
 * The Dutch "brand" (fire), not the English noun (twenty-sixth round): not after "which", "what",
 * "a", "the", "this" or "any" and not before "new", "of" or "name" ("which brand of formula",
 * "brand new flat"). "er is brand", "brand in de keuken" and "de schuur staat in brand" stay.
 */
const brandEnglish =
  /(?<!\b(?:which|what|a|the|this|that|any|same|other|own|cheap|cheaper|cheapest|best|favourite|favorite|good|store|supermarket)\s)brand(?! (?:new|of|name|names|loyal)\b)/;

/**
 * Hit by a vehicle, the English of "aangereden" (twenty-eighth round): "was hit by a car", "got
 * knocked down by a van", "run over by a bus". Read by danger.injured (112).
 */
const vehicleHitEn = re`(?:hit|knocked (?:down|over)|run over|struck) by (?:a|an|the) (?:[a-z]+ )?${vehicleEn}`;

/**
 * The one hit is fine, or the hit is over (twenty-eighth round): "and is fine now", "ok now",
 * "nothing broken", "only a bruise", "recovering", "walks again", and what follows later
 * (paperwork, physio, a claim, a wheelchair). "is not ok" is not.
 */
const accidentOverEn = re`(?:(?:is|was|are|were|seems|seemed|looks|feels|im|am) (?:(?!not\b|never\b)[a-z]+ )?${unhurtEn}|${unhurtEn} now|nothing (?:is )?broken|only a (?:bruise|scratch|bump)|just a (?:bruise|scratch|bump)|recovering|recovered|walks again|physio|physiotherapy|wheelchair|paperwork|insurance|claim|compensation|${overEn})`;

/**
 * Hit by a car or a bike in an accident that is over and well (twenty-ninth round,
 * docs/adr/0012-safety-net.md), the Dutch of accidentOverEn, read as a guard on the clause of
 * danger.injured: "aangereden" or "aangefietst" with "het gaat nu goed", "is weer beter", "oke
 * nu", "niks gebroken", "geen pijn meer", "revalideren", "fysio", "weer thuis" or a time that is
 * over ("vorige week", "vorig jaar", "in maart"). Not when the clause also tells of harm now ("net
 * aangereden", "niet goed", "reageert", "beweegt", "ademt", "bloedt", "bewusteloos", "valt weg",
 * "kan niet", "ligt op straat", "wit", a stab or a shot): then 112 stays.
 */
const accidentOverNl = re`^(?=[^.]*\b(?:aangereden|aangefietst|omver gereden|omvergereden)\b)(?![^.]*\b(?:(?:net|zojuist|zonet|nu net) (?:[a-z]+ )?(?:aangereden|aangefietst)|niet goed|slecht|reageert|beweegt|ademt|bloedt|bloed|bewusteloos|valt (?:steeds |telkens )?weg|flauw|kan niet|kan (?:[a-z]+ )?niet meer|praat niet|ligt (?:nog )?(?:op|in|onder)|wit|bleek|duizelig|overgeven|ambulance|gewond|gestoken|neergestoken|neergeschoten|beschoten)\b)(?=[^.]*\b(?:gaat (?:het )?(?:nu |weer |al |inmiddels )?(?:(?:heel|erg|echt|helemaal|wel) )?(?:goed|prima|beter)|(?:is|ben|zijn) (?:nu |weer |al )?(?:helemaal )?${fineNl}|(?:${fineNl}|goed) nu|hersteld|herstellende|revalideren|revalideert|revalidatie|fysio|fysiotherapie|(?:niks|niets) (?:is )?gebroken|(?:niks|niets) ergs|goed (?:vanaf|van af) gekomen|goed afgelopen|geen pijn meer|(?:weer|nu) (?:weer )?thuis|vorige (?:week|maand)|vorig jaar|(?:jaar|weken|maanden) geleden|in (?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december))\b)`;

/**
 * Blood that spurts or gushes (session 17): "het spuit bloed", "het bloed gutst eruit", "blood is
 * spurting". An artery cut is bleeding that needs 112 whatever the clause says before it.
 */
const bloodSpurting =
  /(?:spuit (?:het |er )?bloed|bloed (?:spuit|spoot|gutst|gutste|stroomt eruit|spuit eruit)|gutst (?:het |er )?bloed|(?:blood|its) (?:is )?(?:spurting|gushing|pumping out|pouring out)|spurting blood|gushing blood)/;

/**
 * Household products a child swallows (danger.poisoning, beside the poisons of swallowedMeans.ts):
 * cleaning products and button batteries; session 17: a pet's flea, tick and worm products
 * (petProduct).
 */
const householdPoison = re`(?:schoonmaakmiddel|wasmiddel|batterij|knoopcel|${petProduct})`;

/**
 * A knife or a gun that threatens no one (twenty-eighth round, docs/adr/0012-safety-net.md): a toy
 * or a tool ("water gun", "nerf guns", "glue gun", "butter knife", "plastic sword"), the table, a
 * pumpkin, a chef, a magician or a juggler (a blade used on a material is bladeAsTool).
 */
const weaponHarmlessEn =
  /\b(?:(?:water|nerf|toy|glue|staple|paint|spray|squirt|bb|cap|plastic|bubble|heat|nail|massage|butter|bread|pocket|palette|fish) (?:gun|guns|pistol|knife|knives|sword|swords|axe)|knife and fork|table manners|pumpkin|carving knife|carving the|carve the|whittling|peeling|chopping (?:the |some )?(?:onions?|vegetables|veg|carrots|wood|meat)|chef|chefs|magician|juggler|juggling|circus|butcher|sharpen|sharpening|fruit knife|cake knife|cut the cake)\b/;

/**
 * Fallen and still down (thirtieth round, docs/adr/0012-safety-net.md): `danger.fallen` reads
 * "gevallen ... kan niet opstaan" only. This reads the other ways a fall that is not over is told:
 * "val", "viel" or the NT2 "gevalle" before "kan niet op", "krijgen hem niet overeind"; lying on
 * the floor for hours or since the night ("ligt sinds vannacht op de badkamervloer", "lig al uren op
 * de grond"); the English "fell ... cant get up", "on the floor since this morning". "kan niet op"
 * before a thing ("op de fiets", "op school") is something else.
 */
const fallenStillDown = re`\b(?:gevallen|gevalle|val|viel|valt|uitgegleden|fell|fallen|slipped|tripped)\b[^.]{0,60}\b(?:kan|kon|kunnen|krijg|krijgen|krijgt|kregen|cant|cannot|can not|couldnt|unable to)(?: [a-z]+){0,2}? (?:niet |nie )?(?:meer )?(?:opstaan|overeind|omhoog|rechtop|op(?! (?:de|het|een|mijn|zijn|haar|tijd|school|fiets|vakantie|reis)\b)|get (?:up|him up|her up|off the floor)|stand(?: up)?)\b|\b(?:ligt|lig|lag|liggen|lies|lying|laying|(?:has|have|had) been)\b[^.]{0,40}\b(?:op de (?:[a-z]*vloer|grond)|in de (?:gang|badkamer|douche|keuken|wc)|on the (?:floor|ground))\b`;

/** How long someone lies there: hours, the night, since the morning. */
const downForLong =
  /\b(?:uren|uur|urenlang|de hele nacht|hele nacht|sinds vannacht|sinds vanochtend|sinds gisteravond|al lang|al heel lang|al een tijd|hours|all night|since this morning|since last night|for ages|(?:kan|kon|kunnen|krijg|krijgen|krijgt)(?: [a-z]+)? (?:niet|nie) (?:meer )?(?:opstaan|op(?! (?:de|het|een|mijn|zijn|haar|tijd|school|fiets|vakantie|reis)\b)|overeind)|(?:cant|cannot|can not|couldnt|unable to) (?:get up|get him up|get her up|stand))\b/;

/**
 * A fall told yesterday in the past tense only ("lag gisteren op de badkamervloer en kon niet meer
 * overeind komen"): over, unless the clause says it still lasts ("ligt sinds gisteren", "nog").
 */
const fallYesterdayOver =
  /^(?=[^.]*\b(?:gisteren|eergisteren|yesterday|last night)\b)(?![^.]*\b(?:ligt|lig|liggen|kan|kunnen|krijgen|krijg|nog|nu|still|now|sinds|since|cant|cannot)\b)/;

/**
 * A fall that is over, prevented or asked about (thirtieth round): a past fall, an alarm or a lift
 * asked for, "wat moet ik doen als ze ooit valt", falls that happen often (a help question); lying on
 * the floor to play, read, sleep or cry (a worry of its own, not a fall).
 */
const fallOverOrAsked =
  /\b(?:vorig|vorige|last (?:week|month|year)|weeks ago|months ago|years ago|jaar geleden|weken geleden|maanden geleden|wat (?:moet|kan|doe) ik (?:doen )?als|wat als|stel dat|ooit|what if|in case|if (?:she|he|my [a-z]+) ever|personenalarm|alarmknop|alarmering|valpreventie|traplift|stairlift|vaak|soms|regelmatig|geregeld|often|sometimes|spelen|speelt|spelletje|gamen|yoga|oefeningen|slapen|slaapt|matras|picknick|zonnen|lezen|huilen|huil|janken|play|playing|sleeping|reading|crying|sobbing)\b/;

/**
 * No food or drink, and a sign of danger now (thirtieth round, docs/adr/0012-safety-net.md): "eet
 * en drinkt al dagen niks en is heel suf", "heeft sinds zaterdag niks gedronken en plast niet meer",
 * "hasnt had anything to drink ... confused", a baby that drinks nothing and has no wet nappies, an
 * eating disorder with a faint. Not eating alone is a help question (a meal service, a picky child,
 * a flu that is over): the sign must be in the same clause.
 */
export const noFoodOrDrink =
  /\b(?:(?:eet|eten|gegeten|drinkt|drinken|dronk|gedronken|drink)\b[^.]{0,25}\b(?:niks|niets|geen|niet|nie)\b|(?:niks|niets|geen|niet|nie)\b[^.]{0,20}\b(?:gegeten|gedronken|eten|drinken|eet|drinkt)\b|geen (?:hap|slok)|(?:hasnt|has not|havent|have not|hadnt|not|stopped|isnt|wont)\b[^.]{0,25}\b(?:eat|eaten|eating|drink|drunk|drinking)\b|anorexia|eetstoornis|eating disorder)/;

/**
 * Not drinking as sobriety ("drinkt niet meer sinds de afkickkliniek"), eating that is not healthy,
 * and a sign that comes often: a help question about habits, not a danger now.
 */
const foodHabit =
  /\b(?:afkick[a-z]*|alcohol|drank|bier|wijn|verslaving|sober|gezond|ongezond|vaak|soms|regelmatig|dietist|dietiste|often|sometimes|healthy|unhealthy|diet|booze|rehab)\b/;

/** How long there was no food or drink: days, a week, since a day. */
const daysWithout = /(?:dagen|dag|week|weken|sinds|sins|days|a week|since|for ages)/;

/**
 * A sign that no food or drink has become a danger: fainting, not responding, no water passed,
 * not waking; or drowsy, confused, limp or dizzy after days without ("is suf in de klas" after a
 * poor appetite is a help question).
 */
const dehydrationSign = re`\b(?:flauw|flauwgevallen|valt flauw|val flauw|reageert (?:bijna |nauwelijks |amper )?(?:niet|nie)|reageert nauwelijks|praat raar|plast (?:ook )?(?:niet|nie)|natte luiers|niet (?:goed )?wakker|wakker te krijgen|bewusteloos|faint|fainted|fainting|passed out|wont wake|not peeing|heart is racing|hartkloppingen)\b|(?:(?<=\b${daysWithout}\b[^.]*)|(?=[^.]*\b${daysWithout}\b))\b(?:suf|sufferig|verward|heel slap|erg slap|zo slap|duizelig|confused|sleepy|drowsy|dizzy)\b`;

/**
 * Exhaust told as a gas smell (thirty-fourth round): "het stinkt naar gas als de buurman zijn
 * scooter start", "de galerij ruikt naar gas als hij zijn brommer laat draaien". A vehicle started
 * or running in the clause, and no one unwell, no hiss, no leak and no meter.
 */
const exhaustNotGas = re`^(?![^.]*\b(?:${unwellNow}|sist|sissen|hiss|hissing|lek|leak|meter|kraan|fornuis|kookplaat|cv|ketel|boiler|stove)\b)(?=[^.]*\b(?:scooter|brommer|bromfiets|motor|motorfiets|auto|busje|uitlaat|uitlaatgas|uitlaatgassen|aggregaat|grasmaaier|moped|motorbike|car|van|exhaust|generator|lawnmower)\b)(?=[^.]*\b(?:start|starten|startt|gestart|draaien|draait|laat draaien|warmdraaien|warm laten draaien|stationair|rijdt|rijden|starts|starting|running|idling|revving)\b)`;

/**
 * A dose a pharmacist or a doctor called harmless (thirty-fourth round): "de apotheek zei dat het
 * geen kwaad kan", "the pharmacist said it is harmless". Never beside a sign now.
 */
const toldHarmless = re`^(?![^.]*\b(?:suf|slap|raar|duizelig|flauw|reageert|ademt|bewusteloos|braakt|overgeven|trilt|krampen|wakker|drowsy|dizzy|vomiting|unresponsive|breathing)\b)(?=[^.]*\b(?:apotheek|apotheker|huisarts|dokter|huisartsenpost|pharmacy|pharmacist|doctor|gp)\b)(?=[^.]*\b(?:geen kwaad|kan geen kwaad|niet erg|niet gevaarlijk|geen gevaar|geen probleem|in orde|harmless|no harm|not dangerous|nothing to worry)\b)`;

/**
 * A danger to life or a medical emergency happening now → 112. These rules look for the present:
 * someone not breathing, not responding, bleeding, a weapon at the door, a fire, pills just taken.
 * The past ("vorig jaar een hartaanval") and courses ("leren reanimeren") are guarded.
 */
export const dangerRules: readonly CrisisRule[] = [
  // Session 18 (weakCrises.ts): people at the door now who come for the writer, beside a debt
  // or a threat; a taxi, a carer, friends or a bailiff for a thing are everyday.
  {
    id: 'danger.come-for-me-at-the-door',
    kind: 'danger',
    pattern: re`\b${peopleAtTheDoor}\b`,
    with: [re`\b${comeForMe}\b`, re`\b${debtOrThreat}\b`],
    unless: [re`\b${comeForMeEveryday}\b`],
  },
  // Shooting now; a camera, a ball, fireworks, a game, hunting or a time over is not.
  {
    id: 'danger.shooting-now',
    kind: 'danger',
    pattern: re`\b${shootingNow}\b`,
    unless: [re`\b${shootingInnocent}\b`],
  },
  // Not breathing or unable to breathe: "hij ademt niet meer", "kan niet ademen", "he's not breathing".
  {
    id: 'danger.not-breathing',
    kind: 'danger',
    pattern:
      /\b(?:adem[dt] (?:[a-z]+ )?(?:niet|nie|nauwelijks)|ademen (?:niet|nie)|kan (?:[a-z]+ )?(?:niet|nie|geen) (?:meer )?(?:ademen|ademhalen|adem halen|lucht krijgen)|krijg(?:t)? geen (?:adem|lucht)|haalt (?:geen|nauwelijks|bijna geen) (?:adem|lucht)|stopt met ademen|(?:not|isnt|stopped|cant|can not|cannot) (?:breathing|breathe))\b/,
    // Session 19: a breath that stopped at a time that is over, with nothing of now beside it
    // (breathInThePast.ts).
    unless: [/\b(?:schimmel|vocht|stof)\b/, learning, breathStoppedInThePast],
  },
  // Not responding or unconscious: "is gevallen en reageert niet meer", "bewusteloos". A gemeente or a
  // landlord that does not answer mail is not an emergency. Nineteenth round
  // (docs/adr/0012-safety-net.md): not answering notes, texts or complaints ("reageert niet op
  // briefjes", "op sms") is a neighbour's or a landlord's silence, like "op brieven"; "reageert niet
  // op aanspreken" or "op pijn" stays 112. Twentieth round: not answering the phone ("reageert niet
  // op bellen", "als ik haar bel") is the everyday silence of a relative or an office, unless a door
  // or a person lying is in the clause (phoneSilence); the organisation or shop that does not answer
  // is read in the pattern (answeringParty), so a person unconscious in the same clause still fires.
  {
    id: 'danger.unresponsive',
    kind: 'danger',
    pattern: re`\b(?:(?<!\b${answeringParty}(?: [a-z]+){0,2} )reageert (?:niet|nie|nergens)(?! (?:meer )?op (?:mijn|mn|de|het|uw|je|onze|brieven|brief|briefjes|briefje|mail|mails|mailtjes|mailtje|email|emails|e mail|e mails|berichten|berichtjes|berichtje|appjes|appje|apps|sms|smsjes|smsje|whatsapp|whatsappjes|klachten|klacht)\b)(?!${phoneSilence})|bewusteloos|bewustloos|buiten bewustzijn|wordt (?:niet|nie) (?:meer )?wakker|unconscious|unresponsive|(?<!\b${answeringParty}(?: [a-z]+){0,2} (?:is |are )?)not responding|wont wake up)\b`,
    unless: [
      // "I keep hoping I won't wake up" is a wish about oneself (suicide.death-wish), not a person
      // lying still.
      /\b(?:hoop|hoopte|hope|hoping|wish|wished|pray|praying|bid|rather)\b/,
    ],
  },
  // A person lying still: "mama ligt op de grond en doet niks" (a child telling it).
  {
    id: 'danger.lying-still',
    kind: 'danger',
    pattern:
      /\bligt (?:[a-z]+ )?(?:op de grond|op de vloer|in bad|buiten|op straat)\b[^.]{0,30}\b(?:doet niks|doet niets|beweegt niet|reageert|bloedt|wordt niet wakker|praat niet)\b/,
  },
  // Breathing strangely or turning grey or blue: "mijn man ademt heel raar en is grauw".
  {
    id: 'danger.breathing-badly',
    kind: 'danger',
    pattern: re`\b(?:ademt (?:[a-z]+ ){0,2}(?:raar|vreemd|gek|piepend|rochelend|heel zwaar|heel snel|moeilijk)|(?:is|wordt|ziet|zag) (?:[a-z]+ ){0,2}(?:grauw|blauw|lijkbleek)\b(?! (?:van|op|bij|geverfd)\b)|blauwe lippen|lippen (?:zijn |worden |zien )?(?:blauw|grauw|paars)|kleurt (?:[a-z]+ )?(?:blauw|grauw|paars)|loopt blauw aan|(?:mouth|lips|face) (?:looks |look |is |are |going |turning |gone )(?:blue|grey|gray|purple)|(?:is|keeps|kept|started) gasping|gasping for (?:air|breath)|happt naar (?:adem|lucht)|stikt|gestikt|verslikt en krijgt|choking|turning blue)\b|${shortAlarm(/(?:ik|hij|ze|zij) stik(?:t)?(?: bijna)?|(?:im|i am|he is|she is|hes|shes) choking/)}`,
    unless: [learningNotNow, /\b(?:verf|geverfd|muur|deur|auto|lucht|fiets|kleur)\b/],
  },
  // Collapsed or fainted: "mijn moeder is in elkaar gezakt", "collapsed".
  {
    id: 'danger.collapsed',
    kind: 'danger',
    pattern:
      /\b(?:in elkaar (?:gezakt|gezakt is|zakt)|flauwgevallen|flauw gevallen|(?:val|valt|viel) (?:bijna )?flauw|hypo|neergevallen en|collapsed|fainted and)\b/,
    // "een cursus over wat je moet doen bij een hypo" is learning, not an emergency. Thirty-first
    // round (docs/adr/0012-safety-net.md): nearly fainted at a blood test, and over, is no collapse.
    // Session 18: a faint that is over and seen to (ordinaryWorries.ts).
    unless: [past, learning, nearlyFaintedOver, faintSeenTo],
  },
  // Not moving: "er ligt een man op straat die niet beweegt".
  {
    id: 'danger.not-moving',
    kind: 'danger',
    pattern:
      /\b(?:(?:beweegt|bewegen) (?:niet|nie|niks|niets)(?: meer)?|(?:niet|nie) (?:meer )?(?:beweegt|bewegen)|not moving)\b/,
    unless: [
      past,
      /\b(?:kat|hond|konijn|hamster|cavia|vogel|vis|poes|paard|auto|lift|deur|wijzer|rij|file|zaak|gemeente)\b/,
      // Moving as exercise (fourth round, from help questions of the train and dev parts): "eet te
      // veel en beweegt niet", "met anderen bewegen, niet te zwaar".
      /\b(?:bewegen|beweegt) (?:niet|nie) (?:te|genoeg|graag|zo veel|veel)\b|\b(?:eet te veel|te dik|overgewicht|afvallen|sporten|conditie)\b/,
    ],
  },
  // A seizure that does not stop: "epileptische aanval en stopt niet".
  {
    id: 'danger.seizure',
    kind: 'danger',
    pattern: /\b(?:epileptische aanval|epilepsie aanval|insult|stuipen|seizure|fitting)\b/,
    unless: [past, learning, /\b(?:soms|vaak|af en toe|regelmatig|sometimes|often)\b/],
  },
  // In the water: "mijn zoontje is in het water gevallen", "verdrinkt". Twenty-fifth round
  // (docs/adr/0012-safety-net.md): a person in the water said as the whole message ("kind in de
  // sloot", "iemand in het kanaal") and a person who fell into it in English ("my son fell in the
  // river"); a phone or a ball that fell in is no person.
  {
    id: 'danger.water',
    kind: 'danger',
    pattern: re`\b(?:in (?:het|de|een) (?:water|sloot|vijver|kanaal|gracht|zwembad|rivier|meer)\b (?:[a-z]+ )?(?:gevallen|gesprongen|gevallen|gegleden)|verdrinkt|verdrinken|drowning|${personInWaterEn})\b|${shortAlarm(personInWater)}`,
    unless: [
      past,
      learning,
      /\b(?:zwemles|zwemdiploma)\b/,
      // A figure of speech (fourth round, training-only round 6): "I am drowning in paperwork".
      // Tenth round: a few words may come between ("drowning in unopened letters", "verdrink in
      // al die formulieren van de gemeente").
      /\b(?:verdrinkt|verdrinken|verdrink|drowning|drown) in (?:[a-z]+ ){0,3}(?:papieren|papierwerk|post|werk|schulden|rekeningen|zorgen|mails|brieven|formulieren|administratie|huiswerk|taken|stress|verdriet|paperwork|work|debt|debts|bills|emails|mail|letters|forms|admin|tasks|homework|grief)\b/,
    ],
  },
  // Someone hanging: "er hangt iemand aan een touw".
  {
    id: 'danger.hanging',
    kind: 'danger',
    pattern:
      /\b(?:hangt (?:[a-z]+ ){0,2}aan een (?:touw|riem|koord|kabel|sjaal)|opgehangen aan|hanging from)\b/,
    unless: [/\b(?:was|wasgoed|jas|schommel|lamp|plant|foto)\b/],
  },
  // Smoke: "het huis staat vol rook", "ik ruik rook".
  {
    id: 'danger.smoke',
    kind: 'danger',
    pattern:
      /\b(?:vol rook|rook (?:uit|onder|in) (?:de|het|mijn|ons)|ruik (?:[a-z]+ )?rook|rookwolken|full of smoke|smell smoke)\b/,
    unless: [
      /\b(?:sigaret|sigaretten|wiet|blowen|roken|rookt|barbecue|bbq|open haard|houtkachel)\b/,
    ],
  },
  // Stroke signs (the FAST test): a crooked mouth, an arm gone limp, sudden trouble speaking.
  {
    id: 'danger.stroke-signs',
    kind: 'danger',
    pattern:
      /\b(?:scheve mond|mond (?:hangt|staat) scheef|hangende mondhoek|arm (?:is |hangt )?slap|been (?:is )?slap|(?:ineens|plotseling|opeens) (?:[a-z]+ ){0,3}(?:niet meer|niet|raar|onduidelijk) (?:praten|praat|lopen|bewegen)|(?:kan|kon) (?:ineens|plotseling|opeens) (?:niet meer |niet )?(?:praten|lopen)|face drooping|slurred speech)\b/,
    unless: [past],
  },
  // Falling over and going quiet: "mijn vader valt om en zegt niks meer".
  {
    id: 'danger.fell-silent',
    kind: 'danger',
    pattern:
      /\b(?:zegt (?:niks|niets) meer|praat (?:niet|nie) meer|geeft geen antwoord meer|valt (?:ineens |opeens )?om|viel (?:ineens |opeens )?om)\b/,
    with: [/\b(?:valt|viel|gevallen|ligt|lag|in elkaar|om|grond|vloer|ineens|opeens|plotseling)\b/],
    unless: [
      past,
      /\b(?:sinds|tegen mij|tegen me|ruzie|boos|scheiding|kerstboom|fiets|boom|vaas)\b/,
    ],
  },
  // Injured now: "er is een ongeluk en iemand is gewond", "aangereden", "neergestoken". Twenty-fifth
  // round: an accident said as the whole message ("er is net een aanrijding") is now too.
  // Twenty-eighth round (docs/adr/0012-safety-net.md): the English of "aangereden" ("hit by a
  // car", "knocked down by a van"), unless the clause says the one hit is fine (accidentOverEn).
  // Twenty-ninth round: nor "aangereden" when the clause says it is over and well (accidentOverNl).
  {
    id: 'danger.injured',
    kind: 'danger',
    pattern: re`\b(?:(?:iemand|hij|ze|zij|er) (?:is|zijn|ligt) (?:[a-z]+ )?(?:gewond|zwaar gewond|ernstig gewond)|gewonden|aangereden|neergestoken|gestoken met|is gestoken|gestoken en|steekwond|schotwond|neergeschoten|beschoten|stabbed|been shot|is hurt badly|badly hurt|injured)\b|\b(?:${vehicleHitEn})\b(?![^.]*\b${accidentOverEn}\b)|${shortAlarm(/er is (?:net |zojuist |hier )?een (?:ongeluk|ongeval|aanrijding)(?: gebeurd)?|(?:theres|there is|there has been|there was just) an? (?:accident|crash)/)}`,
    unless: [
      past,
      /\b(?:verzekering|schade|insurance|letselschade|advocaat|wesp|bij|bijen|mug|muggen|kwal|wasp|bee|teek)\b/,
      accidentOverNl,
      // Thirty-first round: a pet or an animal of the street is the one hit ("onze hond is
      // aangereden", "the dog was hit by a car"); a person hurt beside it stays read.
      animalOrThingHurt,
    ],
  },
  // Drugs with alarming signs: "drugs genomen en is heel raar en heet".
  {
    id: 'danger.drugs',
    kind: 'danger',
    pattern: /\b(?:drugs|xtc|ghb|coke|cocaine|speed|pillen|mdma|ketamine|lachgas)\b/,
    with: [
      // Thirty-fourth round: "heet" alone is squeezed to "het" by the rule compiler and read every
      // "het" as a sign ("informatie over lachgas, het gaat rond op school"); hot only after a word
      // that says so.
      /\b(?:raar|(?:heel|erg|zo|gloeiend|super|bloed) heet|gloeit|bewusteloos|reageert|krampen|trilt|schokt|buiten westen|out|ademt|blauw|overdosis|wakker|flauw)\b/,
      /\b(?:genomen|gebruikt|geslikt|op|ingenomen|gesnoven|took|taken)\b/,
    ],
    unless: [
      past,
      pastAndWell,
      /\b(?:verslaving|verslaafd|afkicken|tactus|stoppen|hulp bij|voorlichting)\b/,
      // Thirty-fourth round: asked about ("informatie over", "hoe herken je"), or a double dose a
      // pharmacist or a doctor called harmless.
      informationalContext,
      recogniseAsked,
      toldHarmless,
    ],
  },
  // A vulnerable person missing: a person with dementia gone, a child missing. Nineteenth round
  // (docs/adr/0012-safety-net.md): "kwijt" of a job, money or a place ("mijn werk kwijt", "bang
  // mijn baan kwijt te raken") is no missing person, even with a child named in the same clause;
  // "mijn zoontje is kwijt" and "ik ben mijn kind kwijt geraakt" stay 112.
  {
    id: 'danger.missing',
    kind: 'danger',
    pattern: re`\b(?:vermist|weggelopen|spoorloos|niet thuisgekomen|niet thuis gekomen|(?<!\b(?:werk|baan|job|geld|inkomen|uitkering|toeslag|toeslagen|rijbewijs|huis|woning|kamer|overzicht|draad|ritme|hoop|moed|energie|vertrouwen|plezier|rust|opvang|plek|plaats) )${writerLostWay}${lostWayInMatter}kwijt(?! (?:te raken|raken|raak|raakt)\b)|is weg|missing)\b`,
    with: [
      /\b(?:dementie|dement|demente|alzheimer|verward|kind|kindje|zoontje|dochtertje|peuter|kleuter|baby|child|toddler|(?:zoon|dochter) van (?:een jaar of )?(?:[2-9]|1[0-2]|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf))\b/,
    ],
    unless: [
      past,
      /\b(?:knuffel|speelgoed|telefoon|pas|sleutel|sleutels|fiets|tas|portemonnee|papieren|brief|toy|phone)\b/,
      // Thirty-first round: a leaflet, a prescription or glasses is what is lost ("de bijsluiter is
      // kwijt" beside a child named); "vader is kwijt, zijn bril lag thuis" stays read.
      /\b(?:bijsluiter|recept|formulier|handleiding|bril|gehoorapparaat|wachtwoord|paspoort|bonnetje|jas|schoen|schoenen|muts) (?:is |zijn |ben ik |was )?(?:al |weer |ook )?kwijt\b/,
      // Found again: a question about preventing it next time.
      /\b(?:gevonden|teruggevonden|weer terug|found)\b/,
      // The writer fled with the child, or the parent is out: not a missing child (the abuse rules
      // and the model read the rest).
      /\b(?:ik ben|we zijn|wij zijn) (?:[a-z]+ )?(?:weggelopen|gevlucht)\b/,
      /\b(?:moeder|vader|ouders|mama|papa|ze|hij|zij) (?:is|zijn) (?:al )?weg (?:naar|om|sinds|de hele)\b/,
      // Session 18: the pet is the one gone (ordinaryWorries.ts).
      petGone,
    ],
  },
  // A parent who will not wake up, said by a child: "mijn mama wil niet wakker worden".
  {
    id: 'danger.wont-wake',
    kind: 'danger',
    pattern: /\b(?:wil|wilt|wordt|werd) (?:[a-z]+ )?(?:niet|nie) (?:meer )?wakker(?: worden)?\b/,
    with: [/\b(?:mama|papa|mam|pap|moeder|vader|oma|opa|hij|ze|zij|baby|man|vrouw)\b/],
    unless: [/\b(?:ochtend|s ochtends|school|vroeg|wekker|pubert|puber)\b/],
  },
  // Breaking a door in: "iemand probeert mijn deur in te trappen".
  {
    id: 'danger.door-forced',
    kind: 'danger',
    pattern:
      /\b(?:deur|voordeur|raam|ruit)\b (?:[a-z]+ )?(?:in te trappen|intrappen|intrapt|in te slaan|inslaan|inslaat|ingeslagen|ingetrapt|open te breken|openbreken|forceren|geforceerd)\b/,
    unless: [past, /\b(?:verzekering|woningcorporatie|reparatie|gemaakt)\b/],
  },
  // A severe allergic reaction: swelling face or throat.
  {
    id: 'danger.allergic',
    kind: 'danger',
    pattern:
      /\b(?:allergische reactie|anafylax[a-z]*|(?:gezicht|keel|tong|lippen) (?:[a-z]+ )?(?:zwelt|zwellen|opgezwollen|dik)|zwelt op|throat (?:is )?swelling|anaphyla[a-z]*)\b/,
    unless: [past, learning, /\b(?:soms|vaak|hooikoorts|allergie test|allergietest)\b/],
  },
  // Session 18 (docs/adr/0012-safety-net.md, branch ordinary19): a swelling face, throat, tongue
  // or lips told beside breathing trouble, in either order and in beginner's Dutch ("nu dikke
  // lippen en hij krijgt geen adem", "keel zit dicht en gezwollen, kan niet ademen"). The swelling
  // alone stays danger.allergic's; here the breath makes it an airway now.
  {
    id: 'danger.allergic-airway',
    kind: 'danger',
    pattern: re`\b(?:${swollenWord} (?:[a-z]+ )?${airwayPart}|${airwayPart} (?:[a-z]+ ){0,3}${swollenWord})\b`,
    with: [breathTrouble],
    unless: [
      past,
      pastMarker,
      learningNotNow,
      informationalContext,
      hypotheticalAllergy,
      /\b(?:once|last (?:year|time|summer|month|week)|(?:years|months|weeks) ago|the last time|vorige keer|de vorige keer|laatst)\b/,
      /\b(?:hooikoorts|hay fever|hayfever|pollen|verkoudheid|verkouden|griep|keelontsteking|amandelen|a cold|the flu|tonsils)\b/,
    ],
  },
  // Gas smell now: "ik ruik gas", "gaslek".
  {
    id: 'danger.gas',
    kind: 'danger',
    pattern: re`\b(?:ruik (?:[a-z]+ )?gas|gaslucht|gaslek|stinkt naar gas|gas (?:aan )?laten staan|smell gas|gas leak|${gasSmelt})\b`,
    // Thirty-third round: a drill of the fire brigade is not a leak.
    unless: [
      past,
      /\b(?:soms|af en toe|vaak|controle|controleren|monteur|keuring|sometimes)\b/,
      drillNotReal,
      // Thirty-fourth round: exhaust of a scooter or a car that smells of "gas".
      exhaustNotGas,
    ],
  },
  // A small child who ate or drank something: "mijn zoontje heeft pillen van oma opgegeten".
  {
    id: 'danger.child-ingested',
    kind: 'danger',
    pattern:
      /\b(?:opgegeten|ingeslikt|geslikt|gegeten|opgedronken|gedronken|opgekauwd|ate|eaten|swallowed|drank|chewed)\b/,
    with: [
      /\b(?:kind|kindje|zoontje|dochtertje|peuter|kleuter|baby|dreumes|child|toddler|kid)\b/,
      // Thirty-fourth round: every medicine of swallowedMeans.ts and a pet's pills ("tabletjes van
      // de hond", "the dog's painkillers").
      re`\b(?:${pillsNl}|${pillsEn}|tabletjes|pilletjes|pijnpillen|schoonmaakmiddel|chloor|batterij|knoopcel|vaatwastablet|wasmiddel|olie|lampolie|medicine|battery|${petProduct})\b`,
    ],
    unless: [past],
  },
  // A baby limp or drowsy: "mijn baby heeft hoge koorts en is slap". Nineteenth round
  // (docs/adr/0012-safety-net.md): normalising squeezes "slaap" (sleep) to "slap" (limp), so "ik
  // slaap bijna niet", "slaap ik slecht" and "in slaap" are the verb or the noun of sleeping, not
  // a limp baby. Only a pronoun or a noun's word before it, or "slaap lekker" and "slaap niet door"
  // after: "de baby is slap, slecht wakker te krijgen", "hangt slap door de koorts" and "ik vind
  // haar zo slap" stay 112. Twenty-sixth round: the English verb "slap" is not the Dutch
  // adjective (slapDutch reads only the Dutch): "she will slap the baby" is Veilig Thuis's, not a limp baby's 112.
  // Session 16: "reageert niet" with an office or a landlord as its subject is someone who does
  // not answer, not a baby that does not respond: "de verhuurder reageert niet op mijn mails"
  // beside mould above the baby's bed. A person stays ("de oppas reageert niet en de baby is
  // alleen"), as does "reageert niet op mijn stem".
  {
    id: 'danger.baby-limp',
    kind: 'danger',
    pattern: re`\b(?:(?<!\b(?:ik|je|jij|we|wij|u|in|geen|weinig|genoeg|de|door|van|uit) )${slapDutch}(?! (?:ik|je|jij|we|wij|lekker|niet door)\b)|suf|(?<!\b${answeringParty}(?: [a-z]+){0,2} )reageert (?:niet|nauwelijks)|floppy|limp|lethargic)\b`,
    with: [/\b(?:baby|babys|zuigeling|pasgeboren|newborn|infant)\b/],
    unless: [past],
  },
  // Having killed someone, told by the one who did it or as just done (session 8; only the model
  // caught it): "ik heb iemand vermoord", "ik denk dat ik hem heb doodgemaakt", "i think i killed
  // him", "hij heeft net zijn vrouw doodgestoken". Only a person as the object: plants, a game's end
  // boss or "i killed it at the interview" are everyday words. A story told from a film, the news
  // or a game is quieted by the shared media guard; the past ("in de oorlog", "jaren geleden") here.
  {
    id: 'danger.killed-someone',
    kind: 'danger',
    pattern: re`\b(?:ik heb (?:[a-z]+ ){0,3}?(?:iemand|hem|haar|${victim}) (?:[a-z]+ )?(?:vermoord|gedood|doodgemaakt|dood gemaakt|doodgestoken|doodgeslagen|doodgeschoten)|ik (?:[a-z]+ ){0,2}?(?:iemand|hem|haar|${victim}) (?:heb|had) (?:vermoord|gedood|doodgemaakt|dood gemaakt|doodgestoken|doodgeslagen|doodgeschoten)|ik (?:vermoordde|doodde) (?:iemand|hem|haar|${victim})|(?:heeft|hebben) (?:net|zojuist|daarnet|vannacht|vanavond) (?:[a-z]+ ){0,2}?(?:iemand|hem|haar|${victim}) (?:vermoord|gedood|doodgemaakt|doodgestoken|doodgeslagen|doodgeschoten)|i (?:have |think i |just |may have |might have )?(?:killed|murdered|stabbed to death) (?:someone|somebody|him|her|a man|a woman|a person|my (?:wife|husband|partner|girlfriend|boyfriend|mother|mum|mom|father|dad|son|daughter|brother|sister|neighbour|neighbor|baby|child))|(?:has|have) just (?:killed|murdered) (?:someone|somebody|him|her|a man|a woman|his [a-z]+|her [a-z]+))\b`,
    unless: [
      past,
      /\b(?:in (?:het|dat|de|een|mijn|mn) (?:spel|game|droom|toneelstuk)|droomde|gedroomd|dreamt|dreamed|in (?:the|a|my) (?:game|dream|play)|wedstrijd|potje|match|\d+ ?- ?\d+)\b/,
    ],
  },
  // A threat to kill with the person at the door: "hij wil me vermoorden, hij staat voor mijn deur".
  {
    id: 'danger.killer-at-the-door',
    kind: 'danger',
    pattern: /\b(?:vermoord|vermoordt|vermoorden|dood ?maken|dood ?maakt|kill (?:me|us))\b/,
    with: [
      /\b(?:voor (?:mijn|de|onze) deur|staat (?:hier|buiten|beneden)|in (?:mijn|ons|het) huis|binnen|outside|at the door|in my house|help)\b/,
    ],
    unless: [/\b(?:film|serie|boek|spel|game|moordspel|toneel)\b/],
  },
  // Session 17: blood that spurts or gushes (bloodSpurting) is heavy bleeding in any clause.
  // Heavy bleeding: "ik bloed heel erg en het stopt niet", "bloedt uit haar hoofd". Twenty-fifth
  // round (docs/adr/0012-safety-net.md): bleeding said as the whole message (ownBleeding): "ik bloed
  // zo", "my leg is bleeding", "is gevallen en bloedt". A nose or gums that bleed "vaak" or "bij
  // poetsen", or a knee after a fall in a question to the huisarts, say more and are not read here.
  {
    id: 'danger.bleeding',
    kind: 'danger',
    pattern: re`\b(?:(?:bloed|bloedt|bloeden)\b[^.]{0,20}\b(?:heel erg|heel veel|enorm|hevig|stopt niet|houdt niet op|gaat niet over)|bloedt uit (?:zijn|haar|mijn|de) (?:hoofd|mond|oor|nek|buik)|(?:bleeding|bleeds) (?:a lot|heavily|badly|wont stop)|wont stop bleeding|(?:bloed|blood) (?:overal|everywhere)|overal bloed|${bloodSpurting})\b|${shortAlarm(ownBleeding)}`,
    unless: [learning],
  },
  // Fallen and cannot get up: an older person on the floor needs help now.
  {
    id: 'danger.fallen',
    kind: 'danger',
    pattern:
      /\bgevallen\b[^.]{0,30}\bkan (?:[a-z]+ )?(?:niet|nie) (?:meer )?(?:opstaan|overeind|bewegen)\b/,
    unless: [past],
  },
  // Heart attack, stroke, cardiac arrest now; "vorig jaar een hartaanval" is history.
  {
    // Twentieth round (docs/adr/0012-safety-net.md): with the person "ligt in het ziekenhuis" within a
    // few words, the attack is being treated ("kreeg een beroerte en ligt nu in het ziekenhuis");
    // "hij heeft een hartaanval, moet hij naar het ziekenhuis" stays 112. Twenty-second round: an
    // attack "gehad" before a need of daily care is its cause (attackAsCauseOfCare).
    id: 'danger.heart-stroke',
    kind: 'danger',
    pattern: re`\b(?<!\b(?:ligt|lag|liggen|lagen) (?:nu |nog |al )*in het ziekenhuis\b[^.]{0,40})${attackAsCauseOfCare}(?:hartaanval|hart aanval|hartinfarct|hartstilstand|beroerte|herseninfarct|reanimeren|reanimatie|heart attack|cardiac arrest|(?:is having|having|has) a stroke)\b(?![^.]{0,40}\b(?:ligt|lag|liggen|lagen) (?:nu |nog |al )*in het ziekenhuis\b)`,
    unless: [
      past,
      learning,
      // Thirty-first round: a nurse's or a first aider's reanimation at work.
      reanimationAtWork,
      // Thirty-third round: a wish not to be reanimated, or to die at home, told as a plan of care.
      endOfLifeCare,
      // Thirty-fourth round: a stroke long over with life going on, and how to recognise one.
      attackLongOver,
      recogniseAsked,
      // "I nearly had a heart attack when I saw the bill": a figure of speech.
      /\b(?:bijna een|kreeg bijna|nearly had|almost had|when i saw|toen ik (?:de|het|die) [a-z]+ zag)\b/,
      // Life after it (fourth round, from help questions of the train and dev parts): "bewegen na
      // een hartinfarct", "mijn vrouw die een beroerte had". "heeft net een hartaanval gehad" stays.
      /\b(?:na (?:een|mijn|zijn|haar|zn|mn|de) (?:hartaanval|hart aanval|hartinfarct|beroerte|herseninfarct)|die een (?:hartaanval|hartinfarct|beroerte|herseninfarct) (?:had|heeft gehad)|after (?:a|my|his|her|the) (?:heart attack|stroke))\b/,
      // "woont bij ons sinds haar beroerte" (eighth round, a dev kaart's help question): life since
      // it, unless the clause puts it today ("sinds zijn beroerte vanochtend kan hij niet praten").
      // Twenty-fourth round: a word between ("sinds mijn tweede herseninfarct", "since his last stroke").
      /\b(?:sinds|since) (?:een|mijn|zijn|haar|zn|mn|de|a|my|his|her|the) (?:(?:eerste|tweede|derde|laatste|vorige|zware|lichte|grote|kleine|first|second|third|last|big|small|mild|major) )?(?:hartaanval|hart aanval|hartinfarct|beroerte|herseninfarct|heart attack|stroke)\b(?![^.]{0,40}\b(?:vanochtend|vandaag|vanmiddag|vanavond|vannacht|net|zojuist|this morning|today|tonight)\b)/,
    ],
  },
  // Chest pain now. "vaak pijn op de borst als ik stress heb" is for the huisarts.
  {
    id: 'danger.chest-pain',
    kind: 'danger',
    pattern:
      /\b(?:borstpijn|pijn (?:op|in) (?:de|mijn|zijn|haar) borst|chest pain|pain in (?:my|his|her) chest)\b/,
    unless: [/\b(?:vaak|soms|af en toe|regelmatig|sinds|last van|als ik|often|sometimes)\b/, past],
  },
  // Pills just taken or an overdose: "ik heb veel pillen genomen", "overdosis", "I took a lot of pills".
  {
    id: 'danger.overdose',
    kind: 'danger',
    pattern: overdoseTaken,
    // "mijn moeder nam ooit een overdosis, ze is al jaren stabiel": history (sixth round). Thirty-
    // fifth round: the day's dose as prescribed ("took all my tablets this morning as the doctor
    // said").
    // review24b: a supply used up and a new one to buy ("de strip paracetamol op, nieuwe halen").
    unless: [pastAndWell, doseAsPrescribed, resupplyOnly],
  },
  // Poisoning: "mijn kind heeft chloor gedronken", "my child swallowed bleach". Twenty-fifth round:
  // the poison first too ("heeft gif gedronken"); thirty-first round: eaten too ("rattengif
  // gegeten"), as "gegeten" was read before the poison only. Session 17: whose it is between
  // ("de vlooiendruppels van de hond gedronken").
  {
    id: 'danger.poisoning',
    kind: 'danger',
    pattern: re`\b(?:vergiftigd|vergiftiging|poisoned|(?:swallowed|drank|dronk|gedronken|ingeslikt|geslikt|opgedronken|gegeten)\b[^.]{0,20}\b(?:${poison}|${householdPoison})|(?:${poison}|${householdPoison}) (?:[a-z]+ |van (?:de|het|een|mijn|mn|onze|ons|zijn|haar) [a-z]+ )?(?:gedronken|opgedronken|ingeslikt|geslikt|gegeten|opgegeten))\b`,
    // Thirty-first round: poisoned pigeons or a poisoned cat are for the police or a vet.
    unless: [past, animalOrThingHurt],
  },
  // A weapon in a threat: "staat iemand met een mes voor mijn deur", "hij heeft een mes". Twenty-
  // fifth round: the plural "ze hebben een wapen" as the whole message only ("we hebben messen nodig
  // voor de kookles" is a kitchen), and "zwaaien" and "dreigen" beside "zwaait" and "dreigt".
  {
    id: 'danger.weapon',
    kind: 'danger',
    // Thirty-fourth round: every weapon of weapons.ts ("jachtgeweer", "buks", "kruisboog",
    // "shotgun", "rifle"), and a weapon as a sport, a sale or a licence is guarded.
    pattern: re`\b(?:met|heeft|had|pakt|pakte|zwaait|zwaaien|dreigt|dreigen|houdt|richt|richtte|has|with|holding|aims|aiming|pulled|waving|waves|waved|brandishing|brandishes|brandished|wielding|wields|pointing|points|swinging|swings|threatening)\b (?:[a-z]+ ){0,2}${weapon}\b|${shortAlarm(/(?:ze|zij|they|ze hebben|they have|theyve got) (?:hebben |have |got )?(?:een |a )?(?:mes|messen|pistool|vuurwapen|wapen|wapens|geweer|bijl|knife|knives|gun|guns|weapon|weapons)/)}`,
    // Session 18: a knife at school told by the teacher afterwards (ordinaryWorries.ts).
    unlessInMessage: [schoolToldOfKnife],
    unless: [
      // Twenty-eighth round: a toy, a tool, the table, a show or a pumpkin, and a time that is over
      // ("last year", "months ago"), as danger.intruder reads it; "again", "still" or "now" beside it
      // stays.
      weaponHarmlessEn,
      re`^(?![^.]*\b(?:again|still|now|right now|tonight)\b)[^.]*\b(?:${lastPeriodEn}|(?:weeks|months|years|a week|a month|a year) ago)\b`,
      // Thirty-third round: a weapon kept or handed in, and a protocol asked about a case that is
      // not happening ("waar leer ik wat te doen bij een leerling met een mes").
      weaponKeptOrHandedIn,
      protocolAsked,
      weaponAsSport,
      shotAtAnimals,
      // Thirty-fifth round: a weapon cleaned, and a time long over and well ("zwaaide jaren
      // geleden een keer met een mes, het gaat nu al lang goed").
      weaponCleaned,
      pastAndWell,
      // Session 17: a knife or a cutter used on a material or needed for a craft or a job ("heeft
      // een mes nodig voor handenarbeid", "snijdt met het stanleymes in hout").
      bladeAsTool,
    ],
  },
  // Thirty-fourth round (docs/adr/0012-safety-net.md): a weapon told before what is done with it,
  // beside a person aimed at or a threat: "haalde het jachtgeweer van zolder en richt het op mijn
  // zus", "got the shotgun down and is pointing it at me", "het geweer ligt geladen in de gang en
  // hij zegt dat hij ...". A weapon kept, handed in, a sport or a past is guarded as for
  // danger.weapon.
  {
    id: 'danger.weapon-raised',
    kind: 'danger',
    pattern: re`\b${weapon}\b[^.]{0,50}\b${raisedAfter}\b`,
    with: [re`\b${threatenedPerson}\b`],
    unless: [
      weaponHarmlessEn,
      past,
      pastMarker,
      weaponKeptOrHandedIn,
      protocolAsked,
      weaponAsSport,
      shotAtAnimals,
      informationalContext,
      bladeAsTool,
    ],
  },
  // Thirty-fourth round: a firearm loaded beside a threat or a person, said in any order ("ligt
  // geladen in de gang en hij zegt ...", "the rifle is loaded and he says").
  {
    id: 'danger.firearm-loaded',
    kind: 'danger',
    pattern: re`\b(?:${firearm}\b[^.]{0,40}\b(?:geladen|doorgeladen|loaded)|(?:geladen|doorgeladen|loaded) (?:[a-z]+ ){0,2}${firearm})\b`,
    with: [re`\b${threatenedPerson}\b`],
    unless: [past, pastMarker, weaponKeptOrHandedIn, weaponAsSport, informationalContext],
  },
  // Thirty-fourth round (docs/adr/0012-safety-net.md): fireworks thrown at people or into a home,
  // beside a time now or a harm ("gooide net een vuurpijl door ons raam, de gordijnen vatten
  // vlam"). Thrown into a letterbox at New Year and asked where to report is a nuisance.
  {
    id: 'danger.firework-at-people',
    kind: 'danger',
    pattern: re`\b${fireworkThrownAtPeople}\b`,
    with: [re`\b${fireworkHarmNow}\b`],
    unless: [past, learning, informationalContext],
  },
  // Session 17: an explosion now beside people hurt, down or trapped ("the old bomb just went off,
  // there are kids lying on the ground", emergencyScenes.ts). A demolition, a drill, a course and
  // a war long over are guarded.
  {
    id: 'danger.blast-now',
    kind: 'danger',
    pattern: re`\b${blastNow}\b`,
    with: [re`\b${peopleDownAfterBlast}\b`],
    unless: [past, pastMarker, learningNotNow, drillNotReal, informationalContext],
  },
  // Fire now: "help er is brand", "dreigt zijn huis in brand te steken".
  {
    id: 'danger.fire',
    kind: 'danger',
    // "er is brandt": the typed t does not make it a verb. Twenty-fifth round: "fire in my kitchen",
    // and as the whole message "brandt", "brant in huis" or "de schuur brandt" (shortAlarm); "de
    // kaars brandt" and "het licht brandt" in a sentence are a candle and a lamp. Twentieth round (docs/adr/0012-safety-net.md):
    // "brand" right after "na de" or "sinds de" is a fire that is over ("sinds de brand in onze
    // straat slaap ik slecht"); another "brand" in the clause still fires.
    pattern: re`\b(?:(?<!\b(?:na|sinds|after|since) (?:de|die|een|onze|ons|the|that|our) (?:[a-z]+ )?)${brandEnglish}|er is (?:een )?brandt|(?:theres|there is) a fire|(?:house|flat|building) is on fire|on fire|fire in (?:my|our|the) (?:flat|house|home|kitchen|building|apartment|room|bedroom|shed|garage))\b|${shortAlarm(/(?:er is )?(?:brandt|brant)(?: in (?:huis|het [a-z]+|de [a-z]+|mijn [a-z]+|ons [a-z]+|onze [a-z]+))?|(?:(?:de|het|mijn|mn|ons|onze) )?(?:huis|flat|woning|keuken|schuur|gebouw|pand|zolder|kamer|slaapkamer|garage|auto|schoorsteen) (?:brandt|brant)/)}`,
    unless: [
      informationalContext,
      /\b(?:leren|wat (?:ik|we|ze|je) (?:moet|moeten) doen bij)\b/,
      /\b(?:was|had|vorig|vorige|geleden|cursus|veiligheid|brandmelder|oefening|open dag)\b/,
      // "als er ooit brand uitbreekt, waar moeten we heen": a question for later.
      /\b(?:als|wanneer|mocht|stel dat|in geval van|in case of) (?:er )?(?:ooit )?(?:brand|a fire|there is a fire)\b/,
    ],
  },
  // Someone breaking in now: "er is ingebroken en hij is er nog", "someone is breaking into my house".
  // Twenty-fifth round: "someone broke in" and a stranger in the house said as the whole message (a
  // break-in told in a sentence is often one that is over). Session 19: "burglars", "they broke in"
  // and the learner's "iemand breek in" in any sentence, now that a break-in told as over is
  // guarded over the whole message (breakInOver.ts).
  {
    id: 'danger.intruder',
    kind: 'danger',
    pattern: re`\b(?:ingebroken|inbreker|inbrekers|breekt in|breken in|(?:breekt|breken) (?:er )?(?:iemand|ze|mensen|een man|twee mannen) in|(?:iemand|een man) breek in|breaking in|breaking into|broke into|burgled|being burgled|intruder|burglars?(?! alarm)|(?:someone|somebody|they|burglars|thieves) (?:just )?broke in)\b|${shortAlarm(/(?:er is |er zit |there is |theres )?(?:iemand|een man|een vreemde|een vreemde man|vreemde man|someone|somebody|a man|a stranger)(?: is| zit)? in (?:mijn|ons|mn|my|our) (?:huis|woning|house|flat|home)|(?:someone|somebody|they|a man|men) (?:just )?broke in/)}`,
    unless: [
      /\b(?:tips|beveilig|beveiligen|beveiliging|preventie|safer)\b/,
      // Session 19: the time words moved to breakInOverInMessage, which reads the whole message
      // for a present ("vorige week ingebroken en nu staan ze weer in de tuin" keeps 112).
      /\b(?:verzekering|slot|sloten|insurance)\b/,
      burglaryOver,
      burglaryRecurring,
    ],
    // Session 19 (docs/adr/0012-safety-net.md, "A crime that is over"): a break-in told with a
    // time that is over and nothing acute in the message is no 112; one told as done, with what
    // came after it and no time, asks (a check with every line).
    unlessInMessage: [breakInOverInMessage],
    askUnlessInMessage: [breakInDoneInMessage],
  },
  // Someone forcing a door or window: "er staat een man die aan de deur trekt".
  {
    id: 'danger.at-the-door',
    kind: 'danger',
    pattern:
      /\b(?:(?:aan|op|tegen) (?:de|mijn|onze) (?:deur|voordeur|ramen|raam)\b (?:[a-z]+ )?(?:trekt|rammelt|bonkt|beukt|schopt|slaat|trapt)|(?:trekt|rammelt|bonkt|beukt|schopt|trapt)\b (?:[a-z]+ )?(?:aan|op|tegen) (?:de|mijn|onze) (?:deur|voordeur|ramen|raam)|(?:banging|kicking|pounding|hammering) on (?:the|my|our) (?:door|front door|window)|trying to (?:break|kick) (?:down |in )?(?:the|my|our) door)\b/,
  },
  // Violence happening right now: "mijn man slaat me nu, help", "is hitting me right now".
  {
    id: 'danger.violence-now',
    kind: 'danger',
    pattern: re`\b(?:${hitVerb}|${hitVerbEn}|steekt|vermoordt|valt (?:me|mij) aan|attacking)\b[^.]{0,30}\b(?:nu|nou|op dit moment|right now|now)\b|\b(?:nu|right now)\b[^.]{0,15}\b(?:${hitVerb}|${hitVerbEn})\b`,
    unless: [
      pastAndWell,
      // "ik ben als kind geslagen, nu heb ik zelf kinderen": "nu" is the contrast with then.
      pastMarker,
      /\b(?:klok|bal|alarm|deuren|slag|nu al|al jaren|wat moet ik nu|wat nu)\b/,
      // Thirty-second round: a bite by a dog is no blow by a person (danger.dog-attack reads it).
      re`\b(?:door (?:een|de|die|zijn|haar|onze) (?:[a-z]+ )?${dog} gebeten|${dog} (?:[a-z]+ ){0,6}gebeten)\b`,
      // Twenty-eighth round: "now" that says the one hit is fine ("was hit by a car and is fine
      // now"); "im not safe now" is not.
      re`\b(?:is|are|was|seems|feels|am|im) (?:(?!not\b|never\b)[a-z]+ )?${fineEn} now\b`,
    ],
  },
  // A threat to kill with a time: "hij zegt dat hij me vanavond dood maakt".
  {
    id: 'danger.imminent-threat',
    kind: 'danger',
    pattern:
      /\b(?:vanavond|vannacht|straks|zometeen|vandaag|nu|tonight|today)\b[^.]{0,25}\b(?:vermoord|vermoordt|vermoorden|dood ?maakt|dood ?maken|kill (?:me|us))\b|\b(?:vermoord|vermoordt|vermoorden|dood ?maakt|dood ?maken|kill (?:me|us))\b[^.]{0,20}\b(?:vanavond|vannacht|straks|zometeen|tonight)\b/,
  },
  // Someone at a height or on the tracks, now: "ik sta op het dak en ik ga springen". Twenty-sixth
  // round (docs/adr/0012-safety-net.md): the Dutch as the English, said as the whole message ("ik
  // sta op de brug"), at the very edge in any sentence (atTheVeryEdge), or with a wish not to come
  // down ("zit boven op het flatdak en komt niet meer naar beneden"); the English no longer in any
  // sentence (onAHeightEn: "the edge of my patience", a bridge club and a roof terrace are not);
  // work on a roof, an animal, a view or a wait are guarded (edgeInnocent), the whole message not.
  {
    id: 'danger.at-the-edge',
    kind: 'danger',
    pattern: re`\b(?:(?:sta|zit|ben|staat)\b (?:nu )?(?:boven )?(?:op|bij|aan|naast|langs) (?:het|de|een) (?:[a-z]*dak|spoor|brug|rand|balkon|kanaal|perron|snelweg)\b[^.]{0,40}\b(?:springen|spring|einde|eind|dood|genoeg geweest|(?:wil|komt|kom|wilt) (?:niet|nooit) (?:meer )?(?:naar beneden|terug|naar binnen))|${atTheVeryEdge}|${onAHeightEn})\b|${shortAlarm(onAHeightAlone)}`,
    unless: [edgeInnocent, lookingDownAtAThing],
  },
  // A small child alone near traffic or water: "er loopt een peuter alleen op straat".
  {
    id: 'danger.child-alone-outside',
    kind: 'danger',
    pattern:
      /\b(?:peuter|kleuter|baby|klein kind|kindje|kleine jongen|klein meisje|toddler)\b[^.]{0,30}\balleen\b[^.]{0,30}\b(?:straat|weg|water|buiten|balkon|vijver|kanaal|spoor|auto|road|street)\b/,
  },
  // A child writing that they are alone and afraid: "ik ben 8 en ik ben alleen en bang".
  {
    // Twentieth round (docs/adr/0012-safety-net.md): "weg" of a parent who leaves the other ("papa
    // gaat bij mama weg") is a separation, not a child left alone; "mama is weg" stays 112.
    id: 'danger.child-alone-afraid',
    kind: 'danger',
    pattern:
      /\bik ben (?:[4-9]|1[0-3]|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|dertien)(?: jaar)?\b[^.]{0,50}\b(?:alleen|bang|help|(?<!\b(?:gaat|gaan|ging|gingen|is|zijn|was|waren) bij (?:[a-z]+ ){1,2})weg|niemand|honger)\b|\b(?:alleen|bang)\b[^.]{0,70}\bik ben (?:[4-9]|1[0-3]|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|dertien)(?: jaar)?\b/,
    unless: [
      /\b(?:maanden|weken|zwanger|uur|minuten|euro|getrouwd|de weg|weg van|weg naar)\b/,
      // Session 18: a pupil alone or afraid at school (ordinaryWorries.ts).
      pupilAloneAtSchool,
    ],
  },
  // "ik ga dood", "I'm dying" said plainly, without a figure of speech after it.
  {
    id: 'danger.dying',
    kind: 'danger',
    pattern:
      /\b(?:ik ga dood|ik denk dat ik dood ga|ik denk dat ik doodga|im dying)\b(?! (?:van|aan|als|om|voor|zonder|bij|to|for|of|from|laughing|here)\b)/,
  },
  // Standing, sitting or lying on the railway: "ik sta op het spoor", "hij ligt op de rails".
  // Danger now whatever the reason; the concern model adds 113 when it reads a wish to die.
  {
    id: 'danger.on-the-tracks',
    kind: 'danger',
    pattern:
      /\b(?:sta|staat|zit|zitten|lig|ligt|loop|loopt|ben|is|im|i am)\b (?:nu |hier |al |gewoon )?(?:op|tussen|langs|on) (?:het spoor|de rails|de sporen|het treinspoor|the tracks|the railway|the train tracks)\b/,
    unless: [/\b(?:werkzaamheden|werk|machinist|spoorwegmuseum|museum|excursie)\b/],
  },
  // A young child on the road, on the tracks, on the ice or at an edge, alone or not: "een peuter
  // kruipt over de rijbaan". danger.child-alone-outside needs "alleen"; a neighbour often does not
  // say it.
  {
    id: 'danger.young-child-in-traffic-or-water',
    kind: 'danger',
    pattern: re`\b${youngChild}\b[^.]{0,40}\b(?:rijbaan|snelweg|drukke weg|midden op (?:de )?(?:weg|straat|kruising)|op het spoor|over het spoor|op het ijs|door het ijs|in het water|in de sloot|in het kanaal|in de vijver|op de rand|over de reling|main road|motorway|busy road|railway|on the ice|through the ice|in the water|on the edge)\b`,
    unless: [
      past,
      learning,
      informationalContext,
      /\b(?:zwemles|zwemdiploma|hek|hekje|veilig|wil|willen|mag|mogen|drempel)\b/,
    ],
  },
  // A carbon monoxide alarm going off, or its signs: "de co melder piept en we zijn duizelig".
  {
    id: 'danger.carbon-monoxide',
    kind: 'danger',
    pattern: /\b(?:koolmonoxide|kolendamp|co ?melder|co alarm|carbon monoxide)/,
    // Thirty-second round: an alarm that beeps for its battery, with no one unwell, is a chore.
    with: [
      /\b(?:gaat af|ging af|piept|piepte|afgaat|beeping|going off|went off|goes off|duizelig|misselijk|dizzy|sick|hoofdpijn|headache|flauw|fainted|nauseous|vergiftigd|poisoned)\b/,
    ],
    unless: [
      past,
      learning,
      informationalContext,
      re`^(?![^.]*\b${unwellNow}\b)(?=[^.]*\b(?:batterij|batterijen|battery|batteries|vervangen|vervang|replace|ophangen|installeren|kopen|buy)\b)`,
    ],
  },
  // Someone at a door or window with a tool to break in: "iemand met een koevoet bij de deur".
  {
    id: 'danger.break-in-tools',
    kind: 'danger',
    pattern: /\b(?:koevoet|breekijzer|crowbar)\b/,
    unless: [past, /\b(?:gereedschap|kopen|lenen|klus|klussen|verbouwing|slopen|sloop)\b/],
  },
  // Someone beaten up now, in the street or at home: "er wordt iemand in elkaar geslagen op het
  // plein". 112 first; the abuse rules add Veilig Thuis when it happens at home.
  {
    id: 'danger.beaten-up-now',
    kind: 'danger',
    pattern:
      /\b(?:wordt|worden|is|zijn) (?:[a-z]+ ){0,6}in elkaar (?:geslagen|getrapt|gestompt|geschopt)\b/,
    unless: [past, pastAndWell, informationalContext],
  },
  // A cry for help heard through the wall: "ik hoor de oude buurman om hulp roepen", "vannacht
  // hoorde ik haar om hulp roepen". 112 first; the model adds Veilig Thuis when it reads abuse.
  {
    id: 'danger.heard-cry-for-help',
    kind: 'danger',
    pattern:
      /\b(?:om hulp (?:roepen|roept|riep|schreeuwen|schreeuwt|schreeuwde|gillen|gilt|gilde)|(?:roept|riep|schreeuwt|schreeuwde|gilt|gilde|roepen|schreeuwen|gillen) (?:[a-z]+ ){0,2}om hulp|(?:screaming|crying|calling|shouting) for help)\b/,
    with: [
      /\b(?:buren|bovenburen|onderburen|benedenburen|buurvrouw|buurman|naast|hiernaast|vrouw|haar|hem|kind|kinderen|neighbours?|next door|upstairs|downstairs)\b/,
    ],
    unless: [informationalContext, /\b(?:film|serie|tv|televisie|game|spel)\b/],
  },
  // The whole message a cry for help: "help snel", "help dringend". "help" alone and "help nu"
  // are the help command (src/conversation/interruptions.ts) and stay that. Twenty-fifth round
  // (docs/adr/0012-safety-net.md): a whole message that calls the emergency services or someone to
  // come now (callForEmergency).
  {
    id: 'danger.cry-for-help',
    kind: 'danger',
    pattern: re`^(?:help|hulp|please help|help me|help mij)(?: (?:snel|dringend|quick|urgent|asap))+$|${shortAlarm(callForEmergency)}`,
  },
  // Thirtieth round (docs/adr/0012-safety-net.md): a fall that is not over, told in the words
  // danger.fallen does not read (fallenStillDown), with the sign that it lasts or that the one
  // fallen cannot get up (downForLong); a past fall, an alarm asked for or a what-if is guarded.
  {
    id: 'danger.fallen-still-down',
    kind: 'danger',
    pattern: fallenStillDown,
    with: [downForLong],
    unless: [fallOverOrAsked, fallYesterdayOver],
  },
  // Thirtieth round: no food or drink, with a sign of danger now in the same clause.
  {
    id: 'danger.no-food-or-drink',
    kind: 'danger',
    pattern: noFoodOrDrink,
    with: [dehydrationSign],
    unless: [past, learning, foodHabit],
  },
  // Thirty-second round (docs/adr/0012-safety-net.md): emergencies of the street and the house,
  // each a scene (emergencyScenes.ts) read beside a sign that it harms a person now.
  // Fumes from a burner that burns wrongly, with someone unwell: carbon monoxide.
  {
    id: 'danger.fumes-unwell',
    kind: 'danger',
    pattern: re`\b${badFlame}\b`,
    with: [re`\b${unwellNow}\b`],
    unless: [past, learning, informationalContext, re`\b${fumesNuisance}\b`],
  },
  // A person in the water in trouble now: going under, struggling, unable to get out, through the
  // ice. A flood ("de kelder staat onder water"), an animal, a swimming lesson, a past are guarded.
  {
    id: 'danger.in-the-water',
    kind: 'danger',
    pattern: re`\b${inTroubleInWater}\b`,
    with: [re`\b${waterPlace}\b|\b${beachGoingUnder}`, re`\b${oneInTroubleInWater}\b`],
    unless: [
      past,
      learning,
      informationalContext,
      re`\b${flooded}\b`,
      /\b(?:zwemles|zwemdiploma|zwemmen leren)\b/,
      // Thirty-sixth round: a thing in the water that nobody is on ("een luchtbed zonder iemand erop").
      /\b(?:zonder (?:iemand|mensen)|(?:nobody|no one) (?:on|in) it)\b/,
      // An animal or a thing in the water, with no person named beside it ("onze hond sprong in
      // de vijver"); "mijn hond en mijn zoon zakten door het ijs" stays read.
      re`^(?![^.]*\b(?:${personNoun})\b)(?=[^.]*\b(?:hond|kat|eend|bal|telefoon|fiets|dog|cat|duck|ball|phone|bike)\b)`,
    ],
  },
  // Someone who cannot be woken: "ik krijg mijn moeder niet wakker". A teenager who oversleeps and
  // a night-time toilet round are routines.
  {
    id: 'danger.cannot-wake',
    kind: 'danger',
    pattern: re`\b${cannotWake}\b`,
    unless: [past, learning, informationalContext, re`\b${wakingRoutine}\b`],
  },
  // A relative in psychosis with a danger now: a knife, a roof, the gas, a threat.
  {
    id: 'danger.psychosis-danger',
    kind: 'danger',
    pattern: re`\b${psychosisSign}\b`,
    with: [re`\b${psychosisDangerAct}\b`],
    unless: [learning, informationalContext, re`\b${psychosisCalm}\b`],
  },
  // A dog that attacks or bites a person now. A bite told as done ("is gebeten door de hond van de
  // buren") only beside a sign that it just happened or is serious (blood, "net", a baby, the
  // head); a bite last year, a bone, a barking dog are guarded.
  {
    id: 'danger.dog-attack',
    kind: 'danger',
    pattern: re`\b${dog}\b[^.]{0,80}\b(?:${dogAttacksNow}|${dogAttacked}(?=[^.]*\b${biteSerious}\b)|${dogAttacked}(?<=\b${biteSerious}\b[^.]*))\b|\b${dogAttacked} (?:[a-z]+ ){0,2}(?:door|by) (?:een|de|die|zijn|haar|onze|a|the|their|his|her) (?:[a-z]+ )?${dog}\b(?=[^.]*\b${biteSerious}\b)`,
    with: [re`\b${personNamed}\b`],
    unless: [learning, informationalContext, re`\b${dogBiteInnocent}\b`],
  },
  // Stuck in a lift and unwell: short of breath, fainted, in pain, not answering.
  {
    id: 'danger.stuck-lift-unwell',
    kind: 'danger',
    pattern: re`\b${stuckInLift}\b`,
    with: [re`\b${unwellNow}\b|\bpijn\b|\bpain\b`],
    unless: [past, learning, /\b(?:was er snel|alles (?:is )?(?:weer )?goed|all fine|is fine)\b/],
  },
  // Out in the freezing cold with a sign it harms: blue, shivering, confused, lying in the snow.
  {
    id: 'danger.out-in-the-cold',
    kind: 'danger',
    pattern: re`\b${coldHarm}\b`,
    with: [re`\b(?:${freezingOutside}|${exposedConfused})\b`, re`\b${outsideWithout}\b`],
    unless: [past, learning, informationalContext, re`\b${coldHabit}\b`],
  },
  // Followed or watched now by a stranger, with a threat or a hand laid on (followedNow.ts); an
  // ex or a partner is abuse.followed-by-ex's (Veilig Thuis).
  {
    id: 'danger.followed-with-threat',
    kind: 'danger',
    pattern: re`\b${followedNow}\b`,
    with: [re`\b${followerThreat}\b`],
    unless: [
      past,
      learning,
      informationalContext,
      re`\b${followedInnocent}\b`,
      re`\b${exOrPartner}\b`,
    ],
  },
  // Thirty-sixth round: someone else's weapon or pills out or ready beside a wish not to live is
  // a danger now too (112 beside 113); the same guards as suicide.others-means-death-wish.
  {
    id: 'danger.others-means-death-wish',
    kind: 'danger',
    pattern: othersMeansWithDeathWish,
    unless: [informationalContext, hypotheticalGeneric, toldFromMedia, pastAndWell],
  },
  // Thirty-sixth round: a relative trying to hit someone, told as happening now ("is trying to",
  // "right now"): 112 beside abuse.attempt-to-hit-en's Veilig Thuis.
  {
    id: 'danger.attempt-to-hit-now',
    kind: 'danger',
    pattern: attemptToHitEn,
    with: [
      /\b(?:is|are|hes|shes|im) (?:[a-z]+ )?(?:trying|attempting)\b|\b(?:right now|now|at the moment|help)\b/,
    ],
    unless: attemptToHitGuards,
  },
  // Session 19, second gaps (hidingBehindADoor.ts): the writer who locked themselves in or hides
  // from someone there now, an intruder or a relative: 112. A hiding that is over or a lock that
  // jams is guarded.
  {
    id: 'danger.hiding-behind-door',
    kind: 'danger',
    pattern: re`\b${writerLockedInOrHiding}\b`,
    with: [re`\b${someoneAtTheDoorNow}\b`],
    unless: [hidingOverOrMishap],
  },
  // Session 19, second gaps (breathStoppedJustNow.ts): a breath that stopped minutes ago, told in
  // the Dutch past ("hij ademde niet meer toen ik binnenkwam"). A time that is over or a habit, an
  // animal alone, a figure or a fright are guarded.
  {
    id: 'danger.breath-stopped-nl',
    kind: 'danger',
    pattern: re`\b${breathStoppedPastNl}\b`,
    unless: [breathStoppedLongAgoNl, onlyAnAnimalBreath, re`\b${breathFigureNl}\b`],
  },
  // Session 20 (docs/adr/0012-safety-net.md, dangers told plainly): someone drunk or high who
  // drives off now with children (drunkDriverWithChildren.ts); a habit, the law or a past is guarded.
  {
    id: 'danger.drunk-driver-children',
    kind: 'danger',
    pattern: re`\b${drunkOrHigh}\b`,
    with: [re`\b${drivingOff}\b`, re`\b${childInCar}\b`, re`\b${drivingNow}\b`],
    unless: [re`\b${drunkDrivingEveryday}\b`],
  },
  // Session 20: much blood beside an injury now, told briefly (muchBlood.ts).
  {
    id: 'danger.much-blood',
    kind: 'danger',
    pattern: re`\b${muchBlood}\b`,
    with: [re`\b${injuryNow}\b`],
    unless: [re`\b${bloodEveryday}\b`, learning],
  },
  // Session 20: a foul or chemical smell with someone unwell now (foulAir.ts).
  {
    id: 'danger.foul-air-unwell',
    kind: 'danger',
    pattern: re`\b${foulSmell}\b`,
    with: [re`\b${unwellNow}\b`],
    unless: [re`\b${foulSmellEveryday}\b`, learning, informationalContext],
  },
  // Session 20: a child taken by a parent or a relative and lost to the writer (childTaken.ts).
  {
    id: 'danger.child-taken',
    kind: 'danger',
    pattern: re`\b${takenAway}\b`,
    with: [re`\b${takenChild}\b`, re`\b${childLost}\b`],
    unless: [re`\b${childTakenEveryday}\b`],
  },
  // Session 21: crises told indirectly, in residents' everyday words (toldIndirectly.ts).
  ...toldIndirectlyDanger,
  // Session 22: crises in acute moments, told in lay words (acuteBody, acuteEdge, acuteOthers).
  ...acuteBodyDanger,
  ...acuteEdgeDanger,
  ...acuteOthersDanger,
  // Acute moments told by their structure (acuteNow.ts; written in session 23, landed in 24).
  ...acuteNowDanger,
  // Session 25: crises in classes no earlier rule named, read by their structure (unforeseenNow.ts).
  ...unforeseenNowDanger,
];
