import { re } from '../crisisRule.js';
import { slapDutch } from './lexicon.js';

/**
 * Emergencies of the street and the house (ADR 0012, thirty-second round): gas or fumes, someone
 * in the water, someone who cannot be woken, a relative in psychosis with a danger, a dog that
 * attacks a person, a stuck lift, the cold outside. Each scene is a word list for where it happens
 * and a word list for the sign that it is happening now to a person; a rule reads the two in one
 * clause, so the place alone ("de lift is kapot", "het vriest") or a sign alone stays a help
 * question. Written without anchors where a rule puts word boundaries around them.
 */

/**
 * A sign that someone is unwell now, as a bystander or the one unwell tells it: dizzy, sick,
 * drowsy, fainting, short of breath, chest pain, not answering. Read beside a gas smell, fumes or
 * a stuck lift, never alone. "slap" (limp) only as the Dutch word: "he will slap her" beside a
 * yellow flame is a threat of a blow, not someone going limp from the fumes.
 */
export const unwellNow = re`(?:duizelig|misselijk|suf|slaperig|flauw|flauwgevallen|valt flauw|onwel|hoofdpijn|braakt|braken|overgeven|geeft over|benauwd|krijgt geen lucht|geen lucht|pijn op de borst|veel pijn|${slapDutch}|onderuit gegaan|onderuitgegaan|in elkaar gezakt|reageert (?:niet|nie|nergens)|antwoordt niet|dizzy|nauseous|sick|throwing up|vomiting|sleepy|drowsy|faint|fainted|feels faint|passed out|cant breathe|short of breath|chest hurts|chest pain|stopped answering|not answering|unwell|going limp)`;

/**
 * A gas smell told with a verb the older danger.gas pattern did not read ("in de gang ruikt het
 * naar gas"); session 17: the English noun, "the gas smell is getting stronger", and "gasgeur".
 */
export const gasSmelt =
  /(?:ruik|ruikt|rook|stinkt|stonk|walmt) (?:[a-z]+ ){0,3}(?:naar )?gas\b|(?:smell|smells|smelled|stink|stinks|reek|reeks) (?:[a-z]+ ){0,2}(?:of|like) gas|gas smell (?:[a-z]+ ){0,6}(?:strong|stronger|everywhere|hiss|hissing)|gasgeur/;

/**
 * A burner that burns wrongly, the sign of carbon monoxide: "de geiser brandt geel", and with the
 * verb first after a place or a time ("bij oma brandt de geiser geel").
 */
export const badFlame =
  /brandt (?:de |het )?(?:geiser|cv ketel|cv|ketel|kachel|gaskachel|houtkachel|fornuis|boiler) (?:[a-z]+ ){0,2}(?:geel|oranje|raar|vreemd|roetig)|(?:geiser|geyser|cv ketel|cv|ketel|kachel|gaskachel|houtkachel|fornuis|boiler|heater|stove|barbecue|bbq)\b[^.]{0,30}\b(?:brandt (?:[a-z]+ ){0,2}(?:geel|oranje|raar|vreemd|roetig)|gele vlam|gele vlammen|roet|walmt|rookt|burns? (?:[a-z]+ )?(?:yellow|orange)|yellow flame|yellow flames|soot|is smoking|gives off fumes)/;

/**
 * Smoke from next door or every evening: a neighbour's nuisance, not fumes in the home now. Only
 * neighbours: a grandchild or a nephew who is unwell beside the burner is in the home (a review
 * found family words here that silenced the rule for them).
 */
export const fumesNuisance =
  /(?:buren|buurman|buurvrouw|hiernaast|bovenburen|benedenburen|elke avond|iedere avond|vaak|altijd|soms|neighbours?|next door|every evening|often|always)/;

/**
 * Water a person can be in: a canal, a ditch, a pond, the ice. A lake ("meer") only after an
 * article: bare "meer" is "more" ("komt niet meer boven" is also someone who cannot climb the
 * stairs); the sea and a ditch only after one, since the normaliser squeezes "zee" to the pronoun
 * "ze" and "sloot" to "slot" (a lock: "ik kan er niet uit, de deur is op slot").
 */
const waterBody =
  /(?:water|(?:de|een|die|in|naar|uit) sloot|vijver|kanaal|gracht|rivier|(?:het|een) meer|(?:de|in|naar) vaart|haven|(?:de|in|naar) zee|ijs|wak|canal|river|pond|lake|sea|ditch|harbour|harbor|ice)/;

/**
 * A person in trouble in the water now: going under, struggling, floating, unable to get out,
 * through the ice. "onder water" of a cellar, a street or a garden is a flood, guarded by the rule.
 */
export const inTroubleInWater = re`(?:kopje onder|(?:zit|ligt|is|raakt|gaat|ging) onder water|gaat onder|ging onder|zakt weg|spartelt|spartelen|drijft|dreef|kan er (?:niet|nie) (?:meer )?uit|kom er (?:niet|nie) (?:meer )?uit|komt er (?:niet|nie) (?:meer )?uit|komt (?:niet|nie) (?:meer )?boven|zich (?:niet|nie) (?:meer )?omhoog|erdoor gezakt|(?:zakt|zakte|zakten|viel|vielen) door het ijs|door het ijs (?:gezakt|gevallen)|(?:in|into) (?:de|het|the|a) ${waterBody} (?:in )?(?:gereden|gereden is|driven|drove)|(?:de|het) ${waterBody} in (?:gereden|gevallen|geraakt)|going under|gone under|went under|not coming (?:back )?up|(?:hasnt|has not|didnt|did not) come (?:back )?up|(?:niet|nie) (?:meer )?boven (?:komen|komt)|(?:niet|nie) (?:meer )?bovenkomen|cant get out|can not get out|struggling|through the ice|face down)`;

/** A person named by a noun (not a pronoun, which may stand for an animal). */
export const personNoun =
  /(?:kind|kindje|kinderen|iemand|man|vrouw|fietser|jongen|jongetje|meisje|zoon|zoontje|dochter|dochtertje|baby|peuter|kleuter|opa|oma|moeder|vader|mama|papa|vriend|vriendin|broer|zus|buurman|buurvrouw|neef|neefje|nicht|nichtje|kleinzoon|kleindochter|kleinkind|leerling|child|kid|boy|girl|son|daughter|toddler|woman|someone|somebody|person|friend|mum|mom|dad|grandma|grandpa|grandad|husband|wife|brother|sister)/;

/**
 * A person named, as the one in the water or the one a dog attacks: a noun of `personNoun`, and
 * the pronouns and the words for people met in the street. The pronoun "ze" not after an article
 * or a preposition of place: the normaliser squeezes "zee" (sea) to "ze", and "op de zee drijft
 * een fles" named no one in the water.
 */
export const personNamed = re`(?:${personNoun}|automobilist|bestuurder|wandelaar|scholier|bejaarde|mensen|hij|(?<!\b(?:de|het|een|in|op|aan|naar|over|open|wilde|ruwe|volle) )ze|zij|mij|me|ik|kids|people|he|she|granddad|granny|gran|cyclist|driver|neighbour|neighbor)`;

/**
 * The one in trouble in the water (thirty-sixth round): another person named (`personNamed`
 * without the writer's "ik", "me", "mij"), or the writer told as in the water or unable to get
 * out of it. Someone who watches the sea from the beach ("ik kijk vanaf de pier naar de golven")
 * names no one in trouble.
 */
const otherPerson = re`(?:${personNoun}|automobilist|bestuurder|wandelaar|scholier|bejaarde|mensen|hij|(?<!\b(?:de|het|een|in|op|aan|naar|over|open|wilde|ruwe|volle) )ze|zij|kids|people|he|she|granddad|granny|gran|cyclist|driver|neighbour|neighbor)`;
const writerInWater = re`(?:ik (?:lig|zit|ben|drijf|hang|sta|zak|zakte|ga|ging|val|viel|spartel) (?:[a-z]+ ){0,3}(?:in|door) (?:(?:het|de|een) )?${waterBody}|ik (?:kan|kom|krijg) (?:[a-z]+ ){0,2}(?:niet|nie) (?:meer )?(?:uit|boven|omhoog)|ik (?:ga|zak|raak) (?:[a-z]+ ){0,2}(?:kopje onder|onder water|weg)|(?:help|red) (?:me|mij)|i (?:am|m|fell|went) (?:[a-z]+ ){0,2}(?:in|into|through) the ${waterBody}|help me|i (?:cant|can not|cannot) get out|i am going under|im going under)`;
export const oneInTroubleInWater = re`(?:${otherPerson}|${writerInWater})`;

/** A beach, beside someone going under: "zie vanaf het strand een kind kopje onder gaan". */
export const beachGoingUnder =
  /(?:strand|beach)\b(?=[^.]*\b(?:kopje onder|onder gaan|gaat onder|ging onder|going under|went under|komt (?:niet|nie) (?:meer )?boven)\b)/;

/** Water words, for a rule's `with`. */
export const waterPlace = re`(?:${waterBody})`;

/** A flood, not a person in the water: "de kelder staat onder water". */
export const flooded =
  /(?:staat|staan|stond|stonden|loopt|liep) (?:[a-z]+ )?onder water|kelder|wateroverlast|lekkage|flooded|flooding/;

/**
 * Not waking: "ik krijg haar niet wakker", "kan mijn moeder niet wakker maken", "niet wakker te
 * krijgen", "i cant wake him". danger.unresponsive and danger.wont-wake read "wordt niet wakker".
 * Session 17: the English of it, another person who "is not waking up" or "wont wake up" (never
 * the writer: "i hope i wont wake up" is a wish, for the suicide rules).
 */
export const cannotWake =
  /(?:krijg|krijgen|kreeg|kregen|kan|kunnen|kon|konden) (?:[a-z]+ ){0,3}(?:niet|nie) (?:meer )?wakker(?: (?:krijgen|maken|gemaakt|gekregen))?|(?:niet|nie) (?:meer )?wakker te (?:krijgen|maken)|(?:cant|can not|cannot|couldnt|could not|unable to) (?:seem to )?(?:get )?(?:wake|rouse) (?:up )?(?:him|her|them|my|our|the|mum|mom|dad)|(?:(?:is|are|hes|shes) (?:still )?not|isnt|arent) waking up|(?:he|she|my [a-z]+|our [a-z]+|the baby|mum|mom|dad) (?:still )?(?:wont|will not|doesnt|does not) wake up/;

/**
 * A routine of waking, not an emergency: a teenager for school, a night-time toilet round, a
 * snorer "als hij snurkt"; and a device in sleep mode.
 */
export const wakingRoutine =
  /(?:wakker (?:krijgen|maken) als (?:hij|ze|zij)|wake (?:him|her) (?:up )?when|computer|laptop|telefoon|tablet|scherm|slaapstand|pc|phone|screen|sleep mode|elke|iedere|altijd|vaak|soms|ochtend|ochtends|morgens|school|wekker|wekkers|college|werk|wc|toilet|plassen|nachtzorg|tips|alarm|every|always|often|morning|mornings|work|coach)/;

/** A sign of psychosis: voices, confusion, delusions, medication stopped. */
export const psychosisSign =
  /(?:psychotisch|psychose|psychotic|psychosis|hoort stemmen|hoor stemmen|stemmen (?:die|in zijn|in haar)|ziet dingen die er (?:niet|nie) zijn|(?:totaal|helemaal|erg) (?:in de war|verward)|in de war|verward|waanbeelden|wanen|paranoide|paranoid|ziet overal [a-z]+|denkt dat (?:de buren|iedereen|wij|we|ze|zij|de politie) (?:hem|haar|ons) (?:willen|wil) (?:vergiftigen|vermoorden|pakken|doden)|zegt dat god (?:hem|haar) stuurt|hears voices|hearing voices|seeing things|stopped (?:his|her|their) (?:meds|medication|medicine)|gestopt met (?:zijn|haar) medicijnen)/;

/**
 * A danger in a psychosis now: a weapon taken, a roof or a window, the gas opened, the house
 * smashed, a threat to kill or to harm.
 */
export const psychosisDangerAct =
  /(?:mes|vleesmes|messen|hamer|bijl|schaar|knife|knives|hammer|axe|op het dak|van het dak|uit het raam|van de brug|gas (?:open|aan)|opengedraaid|opengezet|in brand|vuur|slaat (?:alles|het huis) kapot|smashing|smashes|smash|dreigt|dreigen|threatening|threatens|kill|killing|vermoorden|iets aan te doen|iets aandoen|aanvallen|te lijf|attack|attacking|on the roof|out of the window)/;

/** Habits and the past, not a psychosis now: "hoort soms stemmen maar is rustig". */
export const psychosisCalm =
  /(?:soms|vaak|af en toe|regelmatig|rustig|stabiel|sometimes|often|stable|calm|documentaire|documentary|lotgenoten|vorig jaar|vorige|geleden|last year|ago)/;

/** A dog's attack on someone going on now: bites, will not let go, attacks. */
export const dogAttacksNow =
  /(?:bijt|bijten|valt (?:[a-z]+ ){0,4}aan|vallen (?:[a-z]+ ){0,4}aan|aanvalt|laat (?:niet|nie) los|attacking|attacks|bites|biting|mauling|wont let go)/;

/** A dog's attack told as done: now only beside a sign it just happened or is serious. */
export const dogAttacked = /(?:beet|gebeten|aangevallen|bit|attacked|bitten|mauled)/;

/** A sign that a bite just happened or is serious: blood, "net", "just", a baby, the head. */
export const biteSerious =
  /(?:bloed|bloedt|bloeden|bloedend|bleeding|blood|net|zojuist|daarnet|just|ligt|gewond|diepe wond|ambulance|hoofd|gezicht|nek|keel|face|head|neck|throat|baby|zuigeling)/;

/**
 * A dog biting a thing or an animal, a bite that is a worry or a condition ("if it bites again"),
 * not an attack now.
 */
export const dogBiteInnocent =
  /(?:if (?:it|he|she) (?:[a-z]+ )?(?:bites|attacks)|als (?:hij|ze|zij|die|het) (?:[a-z]+ ){0,2}(?:bijt|aanvalt)|moet weg|has to go|must go|bot|botje|speelgoed|stok|bal|tand|kat|poes|andere hond|blaft|blaffen|bang voor honden|training|cursus|vorig|vorige|geleden|last year|ago|toy|bone|stick|ball|course|lead|leash)/;

/** A lift, stuck: "zit vast in de lift", "trapped in the lift". */
export const stuckInLift =
  /(?:vast|opgesloten|klem|stuck|trapped)\b[^.]{0,25}\b(?:lift|elevator)|(?:lift|elevator)\b[^.]{0,25}\b(?:vast|opgesloten|stuck|trapped)/;

/** Cold outside: frost, snow, a freezing night. */
export const freezingOutside =
  /(?:vriest|vriezen|vrieskou|vorst|ijskoud|sneeuw|kou|minus (?:[0-9]+|een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|[a-z]+)|min (?:[0-9]+|tien|vijf|acht) graden|freezing|snow|below zero|minus)/;

/** Outside, without shelter. */
export const outsideWithout =
  /(?:buiten|op straat|bankje|stoep|station|bushalte|in het park|in de sneeuw|bus stop|outside|on the street|in the snow|wandered out|locked out|buitengesloten)/;

/**
 * Out without clothes for the weather ("al uren buiten zonder jas"): cold enough only beside a
 * sign of confusion or of the body failing, since a child who will not wear a coat and shivers is
 * an everyday quarrel.
 */
export const exposedConfused =
  /(?:zonder jas|zonder schoenen|in (?:zijn|haar|his|her) (?:pyjama|pyjamas|nachthemd|nachtjapon|ondergoed)|without (?:a coat|shoes))\b[^.]*\b(?:verward|praat raar|reageert (?:bijna |nauwelijks )?(?:niet|nie)|onderkoeld|confused|not responding|hypothermi[a-z]*)|(?:verward|praat raar|onderkoeld|confused)\b[^.]*\b(?:zonder jas|zonder schoenen|in (?:zijn|haar|his|her) (?:pyjama|pyjamas|nachthemd|nachtjapon)|without (?:a coat|shoes))/;

/** A habit of feeling the cold, not harm now: "altijd verward in de kou door mijn medicijnen". */
export const coldHabit = /(?:altijd|vaak|soms|elke|iedere|always|often|sometimes|every|haha)/;

/** A sign that the cold is harming someone now. */
export const coldHarm =
  /(?:blauw|verward|trilt|rilt|rillend|bibbert|reageert (?:bijna |nauwelijks |amper )?(?:niet|nie)|praat raar|(?:is|voelt|helemaal) ijskoud|voel (?:mijn |mn )?(?:handen|voeten|vingers) (?:niet|nie)|onderkoeld|cant feel|shivering|confused|turning blue|not responding|hypothermi[a-z]*|ligt (?:[a-z]+ ){0,4}(?:sneeuw|stoep|straat|grond))/;

/**
 * Fireworks thrown at people or into a home (thirty-fourth round): "gooide een vuurpijl door ons
 * raam", "threw a firework through our window". Read by danger.firework-at-people beside a time
 * now or a harm (`fireworkHarmNow`): fireworks in the letterbox every New Year's Eve, asked about
 * to report, are a nuisance.
 */
export const fireworkThrownAtPeople = re`(?:vuurwerk|vuurpijl|vuurpijlen|rotje|rotjes|cobra|nitraat|strijker|firework|fireworks|firecracker|firecrackers|rocket)\b[^.]{0,40}\b(?:door|in|naar|tegen|through|into|at) (?:[a-z]+ ){0,2}(?:raam|ruit|brievenbus|huis|woning|kamer|woonkamer|mensen|ons|mij|me|window|letterbox|house|flat|living room|people|us)`;

/** A time now or a harm beside fireworks thrown: "net", "de gordijnen vatten vlam", "hurt". */
export const fireworkHarmNow =
  /(?:net|nu|zojuist|zonet|brand|brandt|vlam|vatten|vat|rook|gewond|geraakt|bloed|bloedt|ogen|oog|right now|just|now|fire|burning|smoke|hurt|injured|bleeding|eye|eyes)/;

/**
 * An explosion now (session 17): "er is net een ontploffing", "de bom is ontploft", a bomb that
 * "went off", a gas cylinder that "exploded". Not "bijna ontploft", an alarm that went off, or a
 * person who "exploded" (in anger). A building blown up for demolition ("wordt opgeblazen", "is being blown up")
 * and a bombing of a war are not this; read beside people hurt (peopleDownAfterBlast) by
 * danger.blast-now.
 */
export const blastNow =
  /(?:[a-z]*explosie|ontploffing|(?<!\bbijna )(?:is|zijn) (?:net |zojuist |daarnet )?ontploft|(?<!\bbijna )(?:bom|granaat|gasfles|ketel|auto|boiler|tank|vuurwerkbom) (?:[a-z]+ )?(?:ontplofte|ontploft)|(?:bomb|grenade|device|firework|explosive)\b[^.]{0,40}\b(?:went off|exploded|blew up)|(?:gas|cylinder|boiler|tank|car)\b[^.]{0,40}\b(?:exploded|blew up)|explosion)/;

/**
 * People hurt, down or trapped beside an explosion: "er liggen kinderen op de grond", "gewonden",
 * "zitten vast", "kids lying on the ground", "people are bleeding".
 */
export const peopleDownAfterBlast =
  /(?:(?:liggen|ligt|lying|laying) (?:[a-z]+ ){0,2}(?:op de grond|op straat|op de stoep|op de vloer|onder|on the ground|on the floor|in the street|under)|gewond|gewonden|zwaargewond|slachtoffers|bloedt|bloeden|bewusteloos|zitten (?:[a-z]+ )?vast|zit (?:[a-z]+ )?vast|bedolven|injured|wounded|casualties|bleeding|unconscious|trapped|buried)/;
