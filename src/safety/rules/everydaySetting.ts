import { re } from '../crisisRule.js';
import { animal } from './animals.js';
import { householdMember, possessive, presentSelf } from './lexicon.js';
import { petProduct, poison } from './swallowedMeans.js';

/**
 * Everyday settings around a crisis word (ADR 0012, thirty-first round): an animal or a thing is the
 * one hurt, a blow comes from a ball on a court, a cut comes from the bread knife, a leaflet or a
 * pill box is quoted, a nurse tells of a shift, a message is the last one in a group chat. Each is
 * a guard read in the clause of a rule's match; each holds only while nothing in that clause says a
 * person is hurt or threatened, so the same words about a person stay a crisis. Written without
 * anchors where a rule puts word boundaries around them.
 */

/** Things that get kicked in or smashed: a bike, a door, a letterbox. */
const thing = String.raw`(?:fiets|fietsen|scooter|brommer|auto|deur|voordeur|raam|ruit|ruiten|brievenbus|schutting|hek|schuur|kliko|container|lantaarnpaal|bankje|telefoon|laptop|bike|car|door|window|windows|letterbox|mailbox|fence|gate|shed|bin|phone)`;

/** Words of hurt, harm or death an animal can suffer. */
const animalSufferedNl = String.raw`(?:aangereden|doodgereden|overreden|vergiftigd|mishandeld|gewond|doodgegaan|dood|overleden|gestorven)`;
const animalSufferedEn = String.raw`(?:hit by a [a-z]+|run over|knocked (?:down|over)|poisoned|abused|injured|hurt|killed|died|dead)`;

/** What is done to a thing: kicked in, smashed, wrecked. */
const thingBroken = String.raw`(?:in elkaar getrapt|in elkaar geslagen|kapot getrapt|kapotgetrapt|kapot geslagen|vernield|gesloopt|smashed|kicked in|wrecked|vandalised|vandalized)`;

/**
 * The words allowed between the animal or the thing and what it suffered: a verb of being, a time,
 * whose it is ("van de kinderboerderij"), so a person between ("de hond beet mijn zoon en hij is
 * gewond") is never skipped over.
 */
const linking = String.raw`(?: (?:is|was|werd|wordt|zijn|waren|got|has been|have been|were|was just|net|vandaag|gisteren|vanochtend|vannacht|just|today|yesterday|this morning|last night|(?:van|of|from) (?:de|het|mijn|mn|onze|the|my|our) [a-z]+|(?:van|of) [a-z]+)){0,3}`;

/** Not the one who did it: "door de hond", "by a dog" (then a person is the one hurt). */
const notTheDoer = String.raw`(?<!\b(?:door|by|van|met|with|from) (?:(?:een|de|het|die|dat|a|an|the|his|her|zijn|haar|onze|our|their|hun) )?)`;

/**
 * A person hurt or threatened in the same clause: the guard never holds beside it ("de hond is
 * aangereden en mijn zoontje ook", "hij gooide de kat tegen de muur en zegt dat ik de volgende ben").
 */
export const personHurtToo = String.raw`(?:(?:mij|me|ons|hem|us|him) (?:[a-z]+ )?(?:in elkaar|kapot)|en (?:mijn|mn|de|ons|onze|haar|zijn|een) [a-z]+ (?:ook|is|werd|was)|ook gewond|bloedt|bloeden|bewusteloos|ademt niet|de volgende|ik ook|mij ook|me ook|and (?:my|the|a|our|her|his) [a-z]+ (?:too|is|was)|bleeding|unconscious|not breathing|me next|im next|i am next|next one|kill me|dood maakt|doodmaakt)`;

/**
 * An animal or a thing is the one hurt: "onze hond is aangereden", "someone poisoned the pigeons",
 * "het konijn van de kinderboerderij mishandeld", "heeft mijn fiets in elkaar getrapt", "onze hond
 * heeft slakkengif gegeten" (a matter for the vet). Read by
 * danger.injured, danger.poisoning and abuse.word.
 */
export const animalOrThingHurt = new RegExp(
  String.raw`^(?![^.]*\b${personHurtToo}\b)(?=[^.]*\b(?:${notTheDoer}${animal.source}${linking} (?:${animalSufferedNl}|${animalSufferedEn})|${notTheDoer}${thing}${linking} ${thingBroken}|${notTheDoer}${animal.source}${linking} (?:heeft|had|has|ate|got into) (?:[a-z]+ ){0,3}(?:${poison.source}|${petProduct.source})|(?:vergiftigde|poisoned|killed|ran over|hit) (?:de|het|een|onze|ons|mijn|mn|zijn|haar|the|a|our|my|his|her|their|all the) (?:[a-z]+ )?${animal.source})\b)`,
);

/**
 * A blow from a ball or a racket, or on a court or a pitch: "hij sloeg me op de tennisbaan, met de
 * bal", "hit me with the ball during practice". Read by abuse.hit-victim, abuse.victim-hit and
 * abuse.hit-victim-en; a blow at home in the same clause is not guarded ("thuis", "elke avond",
 * "bont en blauw").
 */
export const blowInAGame = new RegExp(
  String.raw`^(?![^.]*\b(?:thuis|elke avond|elke dag|iedere avond|bont en blauw|at home|every night|every day)\b)(?=[^.]*\b(?:met (?:de|een|zijn|haar|die) (?:bal|tennisbal|racket|hockeybal|shuttle|frisbee|sneeuwbal)|op (?:de|het) (?:tennisbaan|voetbalveld|sportveld|hockeyveld|trapveld|speelveld|padelbaan|squashbaan|korfbalveld)|with (?:a|the|his|her) (?:ball|racket|snowball|frisbee)|on the (?:tennis court|pitch|court|field)|during (?:practice|training|the match|the game|a match|a game|pe|gym class))\b)`,
);

/**
 * A pillow fight or a pillow swung in play (session 17): "de kinderen houden een kussengevecht",
 * "hits me with a pillow when I snore, we laugh about it". A pillow is the one soft thing a blow
 * is told with in play at home. Never beside a pillow pressed on a face or over a head, breath
 * taken away, fear, tears, pain, blood or "tot" / "until" ("drukt een kussen op mijn gezicht tot
 * ik geen lucht krijg" is smothering, not a game), and never beside another blow after it or a
 * habit ("and then punches me", "daarna met zijn vuist", "every night"). Read by the hit rules of
 * abuse.ts and attemptToHit.ts.
 */
export const pillowPlay = new RegExp(
  String.raw`^(?![^.]*\b(?:drukt|drukte|drukken|gedrukt|houdt (?:[a-z]+ ){0,3}(?:op|over)|op (?:mijn|mn|haar|zijn|zn|het) (?:gezicht|hoofd|mond)|over (?:mijn|mn|haar|zijn|zn) (?:gezicht|hoofd)|geen lucht|niet (?:meer )?(?:ademen|kon ademen|kan ademen)|stikt|stikken|verstikt|bang|huil[a-z]*|pijn|bloed[a-z]*|blauw|tot|presses|pressed|pressing|holds? (?:[a-z]+ ){0,2}(?:over|on|down)|held (?:[a-z]+ ){0,2}(?:over|on|down)|over (?:my|her|his|their) (?:face|head|mouth)|on (?:my|her|his|their) (?:face|head|mouth)|cant breathe|can not breathe|cannot breathe|couldnt breathe|smother[a-z]*|suffocat[a-z]*|scared|afraid|cry|cries|crying|cried|hurts|hurt|pain|bleed[a-z]*|blood|bruise[a-z]*|until|daarna|en dan|vuist|stomp[a-z]*|schop[a-z]*|trap[a-z]*|riem|elke (?:avond|dag|nacht)|iedere (?:avond|dag|nacht)|then|fist|punch[a-z]*|kick[a-z]*|belt|every (?:night|day|evening))\b)(?=[^.]*\b(?:kussengevecht|kussengevechten|met (?:een|het|de|zijn|zn|haar|mijn|mn) (?:[a-z]+ )?(?:kussen|kussens|kussentje|hoofdkussen|bankkussen|sierkussen)|pillow fight|pillow fights|pillow fighting|pillow game|with (?:a|the|his|her|my|their) (?:[a-z]+ )?(?:pillow|pillows|cushion|cushions))\b)`,
);

/**
 * What a knife or a cutter is used on in everyday work (session 17): wood, cardboard, carpet,
 * fabric, vegetables, bread. Written without anchors; the rules put word boundaries around it.
 * Not here: the rope (cutting a rope can be cutting someone loose), "leer" (also "I learn") and
 * "box" (also a playpen).
 */
export const materialCut =
  /(?:hout|houtje|houtjes|plank|planken|tak|takken|karton|doos|dozen|verhuisdozen|pakket|pakketje|plakband|tape|stof|vilt|papier|behang|vloerbedekking|tapijt|vinyl|laminaat|linoleum|piepschuim|rubber|plastic|klei|zeep|pompoen|groente|groenten|fruit|appel|appels|ui|uien|aardappel|aardappels|aardappelen|wortel|wortels|vlees|kaas|brood|wood|cardboard|carpet|fabric|leather|paper|wallpaper|foam|clay|soap|vegetables|veg|onion|onions|potato|potatoes|carrot|carrots|cheese|bread)/;

/**
 * The craft, the lesson or the job a knife is needed for: "handenarbeid", "knutselen", "de
 * kookclub", "verhuizen", "woodwork".
 */
export const craftOrJob =
  /(?:handenarbeid|knutselen|knutselt|knutselles|knutselclub|techniek|techniekles|houtbewerking|houtsnijwerk|houtsnijden|snijwerk|figuurzagen|beeldhouwen|klussen|klust|klus|verbouwen|verbouwing|verhuizen|verhuizing|uitpakken|inpakken|tuinieren|snoeien|schillen|slijpen|kookles|kookclub|cooking|craft|crafts|woodwork|woodworking|whittling|carving|unpacking|gardening|pruning|peeling|sharpening)/;

/**
 * A knife or a cutter used as a tool on a material, or needed for a craft or a job: "ze heeft een
 * mes nodig voor handenarbeid", "snijdt het karton met een stanleymes", "carving wood with his
 * knife". It holds the kitchen words those rules read inline before ("kookclub", "groente",
 * "brood", "slijpen", "cooking"), now with the same limits. Read by danger.weapon and
 * danger.weapon-raised; never beside a person as the object ("naar mij", "op zijn broer", "at
 * him"), a threat or a word that reports one ("zegt", "roept"), blood or a wound, or the writer's
 * own body or self in the clause, so "hij zwaait met een mes naar mijn moeder, ze waren hout aan het snijden"
 * and "ik wil het stanleymes in mijn arm zetten" stay read.
 */
export const bladeAsTool = new RegExp(
  String.raw`^(?![^.]*\b(?:(?:op|naar|tegen|in|bij|at|on|towards|into|snijdt|snijd|sneed|cuts|cut) (?:me|mij|ons|hem|haar|us|him|her|iemand|someone|(?:${possessive.source} )?${householdMember.source})|dreigt|dreigde|dreigen|bedreigt|bedreigd|richt|richtte|zwaait|zwaaide|steekt|stak|steken|gestoken|neersteken|vermoord[a-z]*|dood|doodmaken|aanvallen|valt (?:[a-z]+ )?aan|achterna|volgende|next|bang|dronken|kwaad|woedend|agressief|schreeuwt|roept|zegt|zei|bloed[a-z]*|wond|wonden|gewond|mezelf|mijzelf|zichzelf|arm|armen|pols|polsen|been|benen|huid|buik|keel|dij|dijen|threat[a-z]*|stab[a-z]*|attack[a-z]*|kill[a-z]*|hurt[a-z]*|chas[a-z]*|angry|drunk|scared|afraid|screaming|shouting|blood|bleed[a-z]*|wound[a-z]*|myself|himself|herself|wrist|wrists|arms|legs|skin|throat)\b)(?=[^.]*\b(?:${materialCut.source}|${craftOrJob.source})\b)`,
);

/**
 * A cut on the bread knife, a tin or a glass: "ik heb me gesneden aan het broodmes", "aan een
 * conservenblik" ("zich snijden aan" a thing is an accident; "aan mijn onderarm" and "met een
 * mesje" are not guarded). Read by suicide.cut-me.
 */
export const cutOnSomething =
  /\b(?:gesneden|gekrast|sneed|snij) aan (?:het|een|de|mijn|mn|dat|die|m?n) (?:[a-z]+ )?[a-z]*(?:mes|messen|mesje|schaar|blik|blikje|glas|scherf|papier|rand|plaat|zaag|spijker|draad|schaaf|rasp|mandoline|machine)\b|\bbij het (?:koken|snijden|schillen|klussen|afwassen|tuinieren)\b/;

/**
 * A warning quoted from a pill box, a leaflet, a poster or a rule: "er staat op het doosje: niet
 * innemen bij ...", "the leaflet says ...". Read in the whole message by suicide.word (the colon
 * after "staat op het doosje" ends a clause), never when the writer says a crisis of their own now
 * (presentSelf).
 */
export const quotedWarning = re`^(?!.*${presentSelf})(?=.*\b(?:(?:staat|stond|staan) (?:er )?op (?:het|de|een|dat|die) (?:doosje|doos|bijsluiter|folder|flyer|poster|brochure|verpakking|etiket|pakje|potje|website|site)|op (?:het|de|een|dat|die) (?:doosje|doos|bijsluiter|folder|flyer|poster|brochure|verpakking|etiket|pakje|potje|website|site) (?:staat|stond|staan)|(?:het|de|een) (?:doosje|bijsluiter|folder|flyer|poster|brochure|verpakking|etiket)(?: [a-z]+){0,4} (?:zegt|zei|meldt)|(?:the|a) (?:leaflet|poster|flyer|brochure|label|packet|box|patient information)(?: [a-z]+){0,4} (?:says|said)|it says on the (?:box|packet|label|leaflet))\b)`;

/**
 * A reanimation told by the one who did it at work: "mijn dochter is verpleegkundige en heeft
 * vannacht een reanimatie gehad", "as a nurse I did CPR on my shift". Read by danger.heart-stroke;
 * an attack of a relative now names no one at work ("mijn man heeft nu een hartaanval").
 */
export const reanimationAtWork = new RegExp(
  String.raw`^(?=[^.]*\b(?:verpleegkundige|verpleger|ambulanceverpleegkundige|ambulancemedewerker|ambulance|arts|dokter|huisarts|ehboer|ehbo er|bhver|bhv er|nurse|paramedic|doctor|first aider)\b)(?=[^.]*\b(?:een reanimatie (?:gehad|gedaan|meegemaakt)|reanimatie in (?:haar|zijn|mijn) dienst|moest (?:[a-z]+ )?reanimeren|had to do cpr|did cpr|(?:tijdens|in|na) (?:haar|zijn|mijn|de) (?:nacht)?dienst|(?:during|after|on) (?:her|his|my|a|the) (?:night )?shift)\b)`,
);

/**
 * Nearly fainted, and it is over: "bij het bloedprikken viel ik bijna flauw". Read by
 * danger.collapsed ("ik val bijna flauw" now stays read).
 */
export const nearlyFaintedOver =
  /\b(?:viel|vielen) (?:ik |hij |ze |zij )?bijna flauw|bijna flauwgevallen\b/;

/**
 * The last message in a group chat or on a forum, and leaving the group: "mijn laatste bericht in
 * de groepsapp gestuurd en uit de groep gegaan". Read by suicide.farewell; never beside a farewell
 * letter or "vaarwel" in the clause.
 */
export const lastMessageInAGroup =
  /^(?![^.]*\b(?:afscheids ?brief|afscheidsbriefje|suicide note|goodbye letter|vaarwel|goodbye (?:everyone|world|all))\b)(?=[^.]*\b(?:laatste bericht (?:in|op|naar) (?:de|het|die|dat|onze|ons|een) (?:[a-z]+ )?[a-z]*(?:groep|app|chat|forum|whatsapp|facebook)|(?:uit|van) de (?:[a-z]+ )?[a-z]*(?:groep|app) (?:gegaan|gestapt|weg)|last message (?:in|on|to) (?:the|our|a) (?:[a-z]+ )?(?:group|chat|group chat|forum)|left the (?:[a-z]+ )?(?:group|chat))\b)/;
