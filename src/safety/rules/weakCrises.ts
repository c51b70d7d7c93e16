import { re } from '../crisisRule.js';
import { householdMember } from './lexicon.js';
import { shortAlarm } from './shortAlarm.js';

/**
 * Crisis classes the concern model alone caught weakly, at the tuner's recall floor (ADR 0012,
 * session 17, branch safety43): a wish never to have been, an old person's "my time has come", a
 * writer who thought of jumping from a height, a young person who planned their own funeral, "i
 * give up" said alone, men at the door who come for the writer, shooting in the street now, a
 * minor sent abroad to be married, and a flight from home with nowhere to go. Each is the pattern
 * of one concept; the rules (suicide.ts, danger.ts, abuse.ts) add the guards. Written without
 * anchors where a rule puts word boundaries around them.
 */

/**
 * A wish never to have been, without a death word: "ik had er net zo goed niet kunnen zijn", "was
 * ik maar nooit geboren", "had nooit geboren moeten worden", "i wish i had never been born", "i
 * might as well not exist".
 */
export const neverToHaveBeen =
  /(?:(?:had|was) (?:er |ik )?(?:net zo goed|evengoed|even goed|beter|liever) (?:ook )?(?:niet|nooit) (?:kunnen |moeten )?(?:zijn|bestaan|geboren (?:zijn|worden))|(?:was|ware) ik (?:maar|toch|liever) (?:nooit|niet) geboren|(?:had|was) (?:ik )?(?:maar |liever )?(?:nooit|niet) geboren (?:moeten |mogen )?(?:worden|zijn)|(?:wish|wished) i (?:had|d) never been born|(?:wish|wished) i (?:was|were) never born|might as well not exist|(?:better|be better) off never (?:having been|being) born)/;

/**
 * An event, a place or a group where one was of no use: "op het feest had ik er net zo goed niet
 * kunnen zijn". A guard beside neverToHaveBeen's "er ... niet kunnen zijn": there "er" is that
 * event, not life. Never beside "geboren". Anchored: it reads one clause.
 */
export const aboutAnEvent =
  /^(?![^.]*\bgeboren\b)(?=[^.]*\ber (?:[a-z]+ ){0,3}(?:niet|nooit) (?:kunnen |moeten )?zijn\b)(?=[^.]*\b(?:feest|feestje|verjaardag|bruiloft|vergadering|bijeenkomst|overleg|les|college|training|wedstrijd|uitje|etentje|reunie|borrel|gesprek|afspraak|team|party|meeting|class|game|match|wedding|birthday)\b)/;

/**
 * An old person's time has come and they want to go: "mijn tijd is wel geweest, ik wil gaan", "mijn
 * tijd is gekomen, ik wil er niet meer zijn", "my time has come and i want to go".
 */
export const timeToGo =
  /(?:mijn tijd is (?:wel |nu |echt )?(?:geweest|gekomen|op)(?! (?:om|voor|als|in|bij|op)\b)|my time (?:has come|is up|is over)(?! (?:to|for|as|at|in)\b))\b[^.]{0,50}\b(?:(?:ik )?(?:wil|wou|mag|wilde) (?:nu |echt |graag |gewoon |ook )*(?:(?:gaan|heengaan|weg)(?! (?:uit|naar|van|met|om|bij|op|in|de|het|een|hier|daar)\b| (?:[a-z]+ )?[a-z]+en\b)|er niet meer zijn|niet meer)|i (?:want|wanna|am ready) to go(?! (?:for|to|and|out|home|back|shopping|on)\b)|(?:im|i am) ready to go(?! (?:for|to|and|out|home|back|shopping|on)\b))/;

/**
 * The writer who thought of jumping, in English, beside a height: "stood at the window thinking
 * about jumping", "i keep thinking of jumping off the balcony". suicide.jump reads the Dutch.
 */
export const thoughtOfJumpingEn =
  /(?:(?:window|roof|rooftop|balcony|bridge|ledge|edge|cliff|platform|tracks|top floor|car park)\b[^.]{0,60}\b(?:thinking|thought|think|thinks) (?:about|of) jumping|(?:thinking|thought|think|thinks) (?:about|of) jumping (?:off|from|out of|in front of))/;

/** A pleasant or sporting jump: a pool, a parachute, a queue, a ship, a chance. */
export const innocentJump =
  /\b(?:pool|swimming|dive|diving|parachute|skydive|skydiving|bungee|trampoline|queue|ship|chance|jumping jacks|rope|horse|ski|hurdle)\b/;

/**
 * Someone young who planned their own funeral: "een leerling heeft zijn eigen begrafenis al
 * gepland", "mijn dochter van 16 regelt haar eigen uitvaart". An old person or a care plan is not.
 */
export const ownFuneralPlanned =
  /(?:(?:eigen|own) (?:begrafenis|uitvaart|crematie|funeral)\b[^.]{0,30}\b(?:gepland|plant|plannen|geregeld|regelt|uitgezocht|bedacht|uitgeschreven|opgeschreven|planned|planning|plans|arranged|written)|(?:plant|regelt|plande|regelde|planned|plans|planning|arranged|wrote|writes) (?:[a-z]+ ){0,2}(?:zijn|haar|his|her|their) (?:eigen |own )(?:begrafenis|uitvaart|crematie|funeral))/;

/** A task set in a lesson: "voor levensbeschouwing moesten ze hun eigen uitvaart plannen". */
export const lessonTask =
  /\b(?:moesten|moeten|moest|mochten|opdracht|schoolopdracht|project|levensbeschouwing|godsdienstles|assignment|project|had to|were asked)\b/;

/** A young person or a pupil: the one whose own funeral planned is a sign. */
export const youngPerson =
  /\b(?:leerling|leerlingen|scholier|student|studente|puber|tiener|jongen|meisje|zoon|dochter|kleinzoon|kleindochter|kind|pupil|student|teen|teenager|boy|girl|son|daughter|(?:van|is|of) (?:1[0-9]|2[0-5])(?: jaar)?)\b/;

/** "i give up", "ik geef het op" as the whole message (with call words at most). */
export const givesUpAlone = shortAlarm(
  /(?:i give up|i just give up|i gave up|ik geef (?:het )?op|ik geef (?:het )?gewoon op|ik geef alles op|i give up on everything|i give up on life)/,
);

/**
 * People at the writer's door now who come for the writer: "er staan mannen voor mijn deur die
 * zeggen dat ze me komen halen", "two men are at my door saying they will take me".
 */
export const comeForMeAtTheDoor = re`(?:(?:staan|staat|stonden|zijn|is) (?:er )?(?:[a-z]+ ){0,3}(?:bij|voor|aan) (?:mijn|de|onze|ons) (?:deur|voordeur|huis|woning)\b[^.]{0,60}\b(?:(?:me|mij|ons) (?:[a-z]+ ){0,2}(?:komen halen|halen|meenemen|pakken|te grazen|in elkaar|afmaken|vermoorden|iets aandoen)|(?:bedreigen|bedreigt|dreigen) (?:me|mij|ons))|(?:are|is|were) (?:at|outside) (?:my|the|our) (?:door|front door|house|flat)\b[^.]{0,60}\b(?:(?:take|get|grab|hurt|kill|beat) (?:me|us)|threaten(?:ing)? (?:me|us)))`;

/** What makes people at the door a threat: a debt, money, fear, anger, blows on the door, a weapon. */
export const doorThreat =
  /\b(?:schuld|schulden|geld|betalen|dreigen|dreigt|bedreigen|bedreigt|bang|boos|agressief|schreeuwen|bonken|bonzen|trappen|slaan|mes|wapen|pistool|in elkaar|afmaken|vermoorden|debt|money|pay|threaten|threatening|scared|afraid|angry|banging|kicking|knife|gun|weapon|kill|beat)\b/;

/** Someone expected at the door: a taxi, a carer, a delivery, an appointment. */
export const expectedAtTheDoor =
  /\b(?:taxi|rolstoeltaxi|vervoer|regiotaxi|thuiszorg|wijkverpleging|vrijwilliger|vrijwilligers|afspraak|bezorger|pakket|ophalen|op te halen|bus|ambulance|verhuizers|verhuizing|feest|verjaardag|uitje|carer|delivery|appointment|pick (?:me|us) up|lift|party)\b/;

/** Someone shooting in the street now: "er schiet iemand in onze straat", "someone is shooting outside". */
export const shootingNow =
  /(?:(?:er )?(?:schiet|schieten) (?:er )?(?:iemand|mensen|een man|een jongen|ze|hij|mannen)\b[^.]{0,30}\b(?:in|op|bij|voor|door) (?:onze|de|mijn|ons|het) (?:straat|wijk|buurt|flat|portiek|plein|galerij|parkeerplaats|school|winkel|huis|deur)|(?:er )?wordt (?:er )?(?:nu )?geschoten (?:in|op|bij|voor) (?:onze|de|mijn|ons|het) (?:straat|wijk|buurt|flat|portiek|plein|galerij|parkeerplaats|school|winkel)|someone (?:is |s )?shooting (?:in|on|outside|at)|(?:there is|theres) (?:a )?(?:shooter|shooting) (?:in|on|outside|at) (?:our|my|the) (?:street|school|building|neighbourhood|neighborhood))/;

/** What is shot that is no gun: a photo, a ball, fireworks, a water pistol, a game. */
export const shotInnocent =
  /\b(?:foto|fotos|plaatjes|film|filmen|video|bal|doel|raket|vuurwerk|pijl|pijlen|boog|waterpistool|nerf|paintball|airsoft|laser|lasergamen|spel|game|jacht|jager|schietvereniging|schietbaan|opnames|scene|photos|pictures|ball|goal|fireworks|water gun|hunting|range)\b/;

/**
 * A minor to be married abroad: "mijn ouders zeggen dat ik naar hun land moet om te trouwen, ik ben
 * 16", "my parents are sending my sister of 15 back home for a wedding".
 */
export const marriedAbroad = re`(?:(?:naar|to|back to) (?:hun|ons|mijn|het|haar|zijn|their|our|my|her|his|the) (?:land|thuisland|moederland|geboorteland|vaderland|dorp|home country|country|village|homeland)\b[^.]{0,40}\b(?:huwelijk|trouwen|uithuwelijken|uitgehuwelijkt|getrouwd|bruiloft|marry|married|marriage|wedding)|(?:huwelijk|trouwen|uithuwelijken|uitgehuwelijkt|marry|married|marriage)\b[^.]{0,40}\b(?:in|naar|to) (?:hun|ons|mijn|het|their|our|my|the) (?:land|thuisland|moederland|geboorteland|vaderland|dorp|home country|country|village|homeland))`;

/** A minor named in the message, as the writer or the one sent: "ik ben 15", "mijn zus van 14". */
export const minorNamed =
  /\b(?:(?:ik ben|im|i am|ben) (?:pas |maar |nog maar )?(?:1[0-7]|elf|twaalf|dertien|veertien|vijftien|zestien|zeventien)|(?:dochter|zus|zusje|nichtje|meisje|zoon|broer|broertje|daughter|sister|niece|son|brother|girl|boy) (?:van|is|of) (?:pas |maar )?(?:1[0-7]|elf|twaalf|dertien|veertien|vijftien|zestien|zeventien))\b/;

/** Someone else's wedding, attended: "de bruiloft van mijn nicht", "my cousin's wedding". */
export const othersWedding =
  /\b(?:(?:huwelijk|bruiloft|trouwerij|trouwfeest|wedding) van (?:mijn|mn|haar|zijn|onze|hun|een|de|m|my|her|his|our)|(?:cousins|sisters|brothers|aunts|uncles|friends|nieces|nephews) wedding)\b/;

/** A must or a sending: the minor does not choose. */
export const mustOrSent =
  /\b(?:moet|moeten|moest|moesten|sturen|stuurt|gestuurd|dwingen|dwingt|gedwongen|laten trouwen|uithuwelijken|uitgehuwelijkt|must|have to|has to|sending|send|sent|forcing|forced|making me|make me)\b/;

/**
 * Fled from home, with the children or alone, and nowhere to go: "ik ben met de kinderen het huis
 * uit gevlucht en kan nergens heen", "i ran out of the house with my kids and have nowhere to go".
 */
export const fledWithNowhereToGo =
  /(?:(?:ran|run|fled|escaped|got) (?:out of|out from|from|away from) (?:the|our|my|his|her) (?:house|home|flat|apartment)|(?:gevlucht|weggevlucht|gevlogen|weggerend|ontsnapt|het huis uit (?:gerend|gevlucht)|(?:de|het) (?:deur|huis) uit gerend))\b[^.]{0,60}\b(?:nowhere to go|no where to go|nowhere to sleep|nowhere safe|nergens (?:heen|naartoe|naar toe|slapen)|kan nergens|weet niet waar (?:ik|we|wij) (?:heen|naartoe|moet|moeten|kan|kunnen))/;

/** A fire, a flood or a gas leak fled: 112's danger.fire and the like, not a flight from a person. */
export const fledDisaster =
  /\b(?:brand|vuur|rook|gas|overstroming|water|lekkage|instorting|oorlog|bommen|vluchteling|azc|fire|smoke|flood|gas leak|earthquake|storm|(?:the|a|of|from) war|bombs|bombing|refugee|refugees)\b/;

/**
 * A danger told in a few words and nothing else (a telegram): followed, a person collapsed, a car
 * into a cyclist, "he is back" with fear. With the short check threshold raised the model alone
 * no longer asks about these; a rule asks instead (a check with every line), never answers.
 */
export const telegramDanger = shortAlarm(
  re`(?:(?:iemand|een man|een vrouw|er|hij|ze|zij|mijn ex) (?:volgt|achtervolgt) (?:me|mij)(?: al)?|someone is following me|(?:im|i am) being followed|er (?:volgt|achtervolgt) (?:iemand|een man|een vrouw) (?:me|mij)|(?:mijn|mn|de|onze) (?:${householdMember}|buurman|buurvrouw|collega|klant) is (?:ingestort|in elkaar gestort|in elkaar gezakt)|(?:auto|bus|vrachtwagen|busje|scooter|truck|car|van) (?:op|tegen|raakt|reed op|into|hit) (?:een )?(?:fietser|voetganger|kind|scooter|cyclist|pedestrian|child)|(?:hij|ze|zij|mijn ex) is (?:er )?(?:weer|terug)(?: \.)? (?:ik ben |im )?(?:bang|afraid|scared))`,
);
