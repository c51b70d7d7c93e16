import type { CrisisRule } from '../crisisRule.js';
import { re } from '../crisisRule.js';
import { acuteAskedOrWhatIf, acuteMomentGuards, acutePast, acuteWhenever } from './acuteGuards.js';
import { informationalContext, toldFromMedia } from './lexicon.js';
import { unwellNow } from './emergencyScenes.js';

/**
 * Crises in classes no earlier rule named, read by their structure (ADR 0012, session 25,
 * recall25): a substance in the air or in the food with a body that reacts now, people shut in a
 * closed load space, a game that takes the breath, a person on foot on a motorway, an infection
 * with the signs that it spreads through the body, a small child who fights for each breath, a
 * means hung ready beside a loss, and a death asked for, refused, then planned alone. Each reads
 * the sign that makes it now in the same clause, carries the acute-moment guards (a past, a
 * what-if, a question how to act, a course, a story) and the everyday readings of its own words.
 * Every rule only adds safety.
 */

/** Told as a habit or a lasting state: not a moment now. */
const habitual =
  /\b(?:soms|vaak|af en toe|regelmatig|de laatste tijd|laatste tijd|steeds vaker|altijd|elke winter|ieder jaar|elk jaar|always|lately|recently|these days|sometimes|often|now and then|every winter|every year)\b/;

/**
 * A routine of every day or every morning (session 25, review25): "ga ik elke ochtend de zee in",
 * "loopt elke dag langs de a28 naar school", "every morning with a group". Not beside a word of
 * wanting, thinking or never coming back: "ik wil elke dag de zee in lopen en niet meer terugkomen"
 * is no habit.
 */
const everyDayHabit = re`^(?![^.]*\b(?:wil|wilt|denk|denkt|niet meer terug|niet terug|nooit meer|voorgoed|verdwijnen|want|wants|think|never|for good|disappear)\b)[^.]*\b(?:(?:elke|iedere|ieder) (?:dag|ochtend|morgen|middag|avond|week|weekend)|dagelijks|every (?:day|morning|evening|week|weekend)|daily)\b`;

// ---------------------------------------------------------------- cleaning chemicals mixed

/** A household chemical that gives off a gas when mixed. */
const householdChemical =
  /(?:chloor|chloortabletten|bleek|bleekwater|bleekmiddel|ammoniak|ontkalker|ontstopper|gootsteenontstopper|wc eend|wc reiniger|wcreiniger|azijn|schoonmaakazijn|schoonmaakmiddel|schoonmaakmiddelen|bleach|chlorine|ammonia|descaler|drain cleaner|toilet cleaner|vinegar|cleaning products|cleaners)/;

/** Mixed: two of them put together. */
const mixed =
  /(?:gemengd|mengen|mengde|vermengd|door elkaar|samen (?:in|gedaan|gegooid|gebruikt|gegoten)|bij elkaar gegooid|bij elkaar gedaan|met (?:een )?ander (?:spul|middel)|en een ander (?:spul|middel)|tegelijk|tegelijkertijd|mixed|mixing|together|at the same time)/;

/** The airway reacts now: a cough that goes on, breath short, a throat that stings, blue lips. */
const airwayNow = re`(?:${unwellNow}|hoest en hoest|hoest (?:maar )?door|blijft hoesten|(?:krijg|krijgt|kreeg) (?:amper|nauwelijks|bijna geen|moeilijk|slecht) (?:adem|lucht)|(?:kan|kun) (?:amper|nauwelijks|moeilijk|slecht) ademen|(?:prikt|brandt|branden) (?:mijn|zijn|haar|mn|de) (?:keel|longen|ogen|borst)|(?:keel|longen|borst) (?:prikt|brandt|branden)|stik|stikt|stikken|blauwe lippen|lippen (?:zijn |worden )?(?:beetje |heel )?blauw|chest burns|throat burns|can barely (?:breathe|stand)|coughing and coughing|keeps coughing|blue lips)`;

/** A question which products not to mix, or where to hand them in: no one harmed. */
const chemicalsAsked =
  /\b(?:welke|mag je|mag ik|kun je|kan je|inleveren|milieustraat|chemokar|klein chemisch afval|which|can you|drop off|dispose)\b/;

// ---------------------------------------------------------------- people shut in a load space

/** A closed load space: a container, a lorry's trailer, a van's back. */
const loadSpace =
  /(?:container|zeecontainer|laadbak|laadruimte|oplegger|aanhanger|trailer|vrachtwagen|vrachtauto|koelwagen|bestelbus|truck|lorry|shipping container|back of (?:the|a) van)/;

/** Heard from inside: knocking, banging, voices, a cry for help. */
const heardInside =
  /(?:geklop|kloppen|klopt (?:iemand|er iemand)|gebonk|gebonkt|bonken|bonkt|roept (?:om )?help|roepen (?:om )?help|(?:om )?hulp (?:roepen|roept|riep)|roept om hulp|roepen om hulp|stemmen|gehuil|geschreeuw|banging|knocking|pounding|voices|calling for help|crying for help|screaming|crying)/;

/** Someone inside: people, a voice, from within. */
const someoneInside =
  /(?:mensen|iemand|stemmen|van binnen|binnenin|uit (?:een|de|die) (?:dichte |gesloten )?(?:container|laadbak|oplegger|vrachtwagen)|people|someone|voices|inside|locked from the outside)/;

/** A container for waste, a removal, a hire or an order: no one shut in. */
const loadSpaceEveryday =
  /\b(?:grofvuil|afval|puin|tuinafval|verhuizing|verhuizen|verhuis|huren|bestellen|ophalen|legen|vergunning|parkeren|parkeer|rommel|waste|rubbish|skip|removal|moving|hire|rent|order|permit|parking)\b/;

// ---------------------------------------------------------------- wild food, then signs

/** Mushrooms: eaten at all, a danger when the body reacts now. */
const mushrooms = /(?:paddenstoelen|paddestoelen|zwammen|mushrooms|toadstools)/;

/** Berries, herbs, leaves or roots, which only count when picked from the wild. */
const wildPlants =
  /(?:bessen|besjes|kruiden|planten|bladeren|blaadjes|wortels|knollen|berries|plants|herbs|leaves|roots)/;

/** Picked from the wild: oneself, in a wood, a park, a verge or a garden. */
const wildSource =
  /(?:zelf (?:gezocht|gezochte|geplukt|geplukte|gevonden|verzameld)|(?:uit|in) het (?:bos|park)|uit de (?:tuin|berm)|van de struik|langs de weg|wild|wilde|picked|foraged|from the (?:woods|garden)|in the (?:woods|park))/;

/** Bought in a shop or told as a shop's mushroom: no wild food. */
const boughtFood =
  /\b(?:supermarkt|winkel|markt|champignons|champignon|kastanjechampignons|oesterzwammen|bought|store|shop|supermarket)\b/;

/** Eaten or cooked. */
const eatenOrCooked =
  /(?:gegeten|opgegeten|eet|at|gebakken|gekookt|in de soep|in de salade|geplukt|gezocht|geproefd|ate|eaten|cooked|picked|fried|tasted)/;

/** A body that reacts now: vomiting, drowsy, a tongue or hands tingling, a racing heart, sight, yellow skin, drooling. */
const poisonSigns = re`(?:${unwellNow}|(?:kan|kon) (?:moeilijk|bijna niet|niet|slecht) slikken|moeilijk slikken|tintel|tintelen|tintelt|hart (?:gaat|klopt|bonkt|slaat) (?:heel |erg |zo )?(?:snel|raar|wild|tekeer)|(?:ziet|zie|zag) (?:heel |erg )?(?:slecht|wazig|dubbel)|(?:is|wordt|werd) geel|verward|kwijlt|kwijlen|zweet heel|sweating|drooling|confused|heart (?:is )?(?:racing|pounding)|blurred|tingling|cant swallow)`;

/** A walk or a course to learn which are safe, a check asked for: no one eaten yet. */
const wildFoodAsked =
  /\b(?:wandeling|excursie|cursus|gids|leren|welke|checken|laten checken|controleren|walk|course|guide|learn|which)\b/;

/**
 * Over and well again, anywhere in the message (session 25, review25): "nu is ze weer beter", "het
 * gaat weer goed", "she is fine now". A story for help, not a body reacting now: the rule asks (a
 * check with every line) rather than answering at once, since the well part may be told in
 * another sentence than the eating.
 */
const overAndWell =
  /\b(?:(?:is|zijn|voelt|voel) (?:(?:hij|ze|zij|het|ik|we|wij) )?(?:zich |me )?(?:nu |al )?(?:weer|alweer|al) (?:beter|oke|ok|goed|in orde)|gaat (?:nu |al )?(?:weer|alweer) goed|(?:is|are|feels?) (?:fine|better|ok|okay) (?:again|now)|(?:is|are) (?:all )?(?:fine|better|recovered)(?: again)? now)\b/;

// ---------------------------------------------------------------- a game that takes the breath

/** A game or challenge that stops the breath or the blood to the head. */
const breathGame =
  /(?:blackout challenge|choking (?:game|challenge)|pass ?out (?:game|challenge)|flauwvalspel|flauwvalchallenge|flauwval (?:ding|spel|challenge|game|spelletje)|(?:spel|spelletje|challenge|game) (?:[a-z]+ ){0,4}?(?:keel|nek|hals|adem) (?:[a-z]+ ){0,3}?(?:dicht|tot)|elkaars (?:keel|nek|hals)|each others? (?:throat|neck)|(?:riem|sjaal|touw|koord|belt|scarf|rope) om (?:zijn|haar|zn|hun) (?:nek|hals|keel) (?:[a-z]+ ){0,12}?challenge)/;

/** A child in a state now: white, drowsy, still, jerking, not waking, wet, fallen. */
const stateNow = re`(?:${unwellNow}|reageert (?:hij |ze |zij )?(?:niet|nergens op)|wit|stil|schokt|schokken|niet (?:goed |meer )?wakker|plast in|blauw|jerking|fell|limp|blue|not waking|wont wake|unconscious|not moving)`;

// ---------------------------------------------------------------- on foot on a motorway

/** A person on foot on the carriageway of a motorway or a ring road. */
const onFootOnMotorway =
  /(?:(?:loopt|lopen|liep|wandelt|rent|steekt (?:bijna )?over|dwaalt) (?:[a-z0-9]+ ){0,4}?(?:op|over|tussen|langs) de (?:snelweg|vluchtstrook|rijbaan|rijbanen|rijstroken|ring|a ?[0-9]{1,3})|(?:op|over|tussen) de (?:snelweg|vluchtstrook|rijbaan|rijbanen|rijstroken) (?:[a-z]+ ){0,2}?(?:lopen|loopt|lopend|wandelen|staan|rennen)|midden op de (?:snelweg|rijbaan|ring)|(?:walking|walks|standing|wandering|running) (?:[a-z]+ ){0,4}?(?:on|along|across|between the cars on) the (?:motorway|highway|freeway|hard shoulder|carriageway))/;

/** Stuck in traffic, a breakdown, roadworks, litter: an everyday trip. */
const motorwayEveryday =
  /\b(?:file|pech|panne|wegenwacht|anwb|lekke band|werkzaamheden|wegwerkers|rommel|afval|zwerfafval|ik sta|we staan|sta ik|staan we|traffic jam|breakdown|broke down|flat tyre|flat tire|roadworks|litter|stuck in traffic)\b/;

/**
 * A path beside the road or a day out (session 25, review25): a cycle path or a footpath along the
 * motorway ("lopen we langs de snelweg over het fietspad"; not "er is geen fietspad"), the opening
 * of a new motorway, a sponsored walk. No one on the carriageway.
 */
const besideTheCarriageway =
  /\b(?:(?<!\bgeen )(?:fietspad|voetpad|wandelpad|trottoir|stoep)|(?<!\bno )(?:cycle path|footpath|pavement|sidewalk))\b/;
const motorwayOuting =
  /\b(?:opening|open dag|wandeltocht|sponsorloop|sponsortocht|goed doel|evenement|charity|sponsored|fun run)\b/;

// ---------------------------------------------------------------- an infection spreading

/** A fever, an infection, a wound, an operation. */
const infection =
  /(?:koorts|koortsig|verhoging|ontsteking|blaasontsteking|longontsteking|infectie|wond|wondje|geopereerd|operatie|fever|feverish|infection|wound|surgery|operation)/;

/**
 * The infection began earlier ("vorige week geopereerd", "since last week"); that is no past when
 * the clause tells a sign now: a past guard only without "nu", "now", "today" or "suddenly".
 */
const pastWithoutNow = re`^(?![^.]*\b(?:nu|now|vandaag|today|vanavond|tonight|vannacht|opeens|ineens|plotseling|suddenly)\b)[^.]*${acutePast}`;

/** Care asked for a lasting state: a district nurse, home care, an appointment. */
const careAsked =
  /\b(?:wijkverpleging|wijkverpleegkundige|thuiszorg|wmo|aanvragen|indicatie|afspraak|komt er iemand|kan er iemand|home care|district nurse|appointment)\b/;

/** The signs it spreads through the body: mottled skin, a red streak, no urine, ice-cold hands and feet, suddenly limp. */
const spreadSigns =
  /(?:vlekkerig|gevlekt|gemarmerd|marmer|rode streep|plast niet(?! (?:zo ?veel|veel|zo vaak|vaak)\b)|niet (?:meer )?geplast|(?:handen|voeten|huid|benen) (?:[a-z]+ ){0,3}?(?:ijskoud|ijs koud)|ijskoude (?:handen|voeten|huid)|opeens (?:heel )?slap|ineens (?:heel )?slap|mottled|blotchy|red (?:streak|line)|not peed|hasnt peed|not peeing|(?:skin|face) (?:[a-z]+ ){0,2}?(?:grey|gray)|suddenly (?:limp|floppy))/;

// ---------------------------------------------------------------- a small child's breath

/** A young child: a toddler, a child of months or of one to five years. */
const smallChild =
  /(?:peuter|peutertje|kleuter|dreumes|baby|babytje|zoontje|dochtertje|kindje|(?:kind|zoon|dochter|jongen|meisje) (?:van )?(?:[0-9]|een|twee|drie|vier|vijf) (?:jaar|maanden)|toddler|(?:[0-9]|one|two|three|four|five) (?:year|month) old)/;

/** Each breath a fight: a whistle or a gasp on breathing in, the chest pulled in, blue lips, can no longer breathe well. */
const breathFight =
  /(?:kan (?:niet meer|bijna niet|amper|moeilijk|niet) (?:goed )?(?:adem halen|ademhalen|ademen)|gierend|gierende|piept bij (?:elke |iedere )?(?:adem|inademing|ademhaling)|(?:buik|buikje|borst|borstje|huid|ribben|keel) (?:trekt|trekken) in|intrekkingen|(?:lippen|lipjes) (?:[a-z]+ ){0,2}?blauw|blauwe (?:lippen|lipjes)|whistle (?:on |with )?every breath|stridor|(?:skin|chest) pulling in|pulling in between (?:his|her) ribs|blue lips|lips (?:are |look |going )?(?:a bit )?blue)/;

/** A nose, a cold, a pump at hand, crying: a question for the GP. */
const breathEveryday =
  /\b(?:neus|neusje|neusspray|verstopte|snot|verkouden|verkoudheid|hooikoorts|van het huilen|van de kou buiten|stuffy|blocked nose|runny nose|a cold|hay fever|from crying)\b/;

/**
 * A known asthma with the pump at hand (session 25, review25): "kan niet goed ademen door haar
 * astma, we hebben een puffer": a lasting state, a nurse asked for. Never beside a pump that does
 * not help, a "still", a "but", blue or worse: then the fight for breath is now.
 */
const asthmaPumpAtHand =
  /^(?=[^.]*\b(?:astma|asthma)\b)(?=[^.]*\b(?:puffer|pufje|inhalator|voorzetkamer|inhaler|spacer)\b)(?![^.]*\b(?:helpt|werkt|nog|maar|gehad|gegeven|genomen|erger|blauw|blauwe|still|but|not|doesnt|didnt|worse|blue|help|helping|working)\b)/;

// ---------------------------------------------------------------- a means hung ready, a death refused

/** A rope, a belt or a cord hung from a beam, a hook or the ceiling. */
const hungReady =
  /(?:(?:touw|strop|riem|koord|kabel|rope|noose|belt|cord) (?:[a-z]+ ){0,2}?(?:hangt|hing|hangs|is hanging|hanging) (?:al |klaar |already |ready )?(?:aan|van|from|on|over) (?:de|het|een|the|a) (?:balk|zolderbalk|plafond|haak|trapleuning|boom|beam|ceiling|hook|rafter|banister|tree)|(?:i have|ive got|i got) the (?:rope|noose|helium))/;

/** A loss or a wish beside it: the writer no longer needs to be here. */
const lossOrWish =
  /(?:niet meer|hoef ik|zonder (?:hem|haar)|dood|overleden|ingeslapen|afscheid|einde|klaar mee|doe ik het|goodbye|letters|dont want|no reason|without (?:him|her)|died|dead|done)/;

/** A swing, laundry, a hammock, a punching bag, lights: things that hang. */
const hungEveryday =
  /\b(?:schommel|wasgoed|waslijn|hangmat|boksbal|lampjes|kerst|plant|planten|klimtouw|swing|laundry|hammock|punching|lights|christmas)\b/;

/** A death asked of a doctor or a clinic: euthanasia, an end-of-life clinic. */
const deathAsked = /(?:euthanasie[a-z]*|euthanasia|levenseinde[a-z]*|stervenshulp|assisted dying)/;

/** Refused: no, turned down, will not take part. */
const refused =
  /(?:afgewezen|geweigerd|weigerde|weigert|wees (?:het |mij |me )?af|kreeg nee|nee gezegd|nee op|wil niet meewerken|wilde niet meewerken|werkt niet mee|said no|refused|refuses|rejected|turned down|denied)/;

/** Another doctor or a second opinion asked for: a way through care, not alone. */
const otherDoctor =
  /\b(?:andere (?:arts|dokter|huisarts)|tweede (?:arts|mening)|second opinion|another doctor|other doctor)\b/;

/** Then the writer's own way: doing it oneself, a means ordered or at hand. */
const ownWay =
  /(?:doe ik het zelf|zelf doen|zelf regelen|regel ik het zelf|op (?:mijn|haar|zijn) eigen manier|besteld|met (?:haar|zijn|mijn) (?:insuline|pillen|medicijnen)|het middel|helium|(?:the )?bag|do it myself|my own way|ordered)/;

// ---------------------------------------------------------------- a liquid thrown at a face

/** A corrosive liquid: acid, lye, a drain cleaner, something that bites. */
const corrosive =
  /(?:zuur|zoutzuur|zwavelzuur|loog|bijtend|bijtends|bijtende|ontstopper|vloeistof|acid|lye|corrosive|liquid)/;

/** Thrown, or to be thrown, at a face or eyes; a face to be ruined. */
const atTheFace =
  /(?:(?:gooide|gooit|gegooid|gooien|smeet|gespoten|spoot|threw|thrown|throw|throws|splashed) (?:[a-z]+ ){0,4}?(?:in|over|op|into|onto|at|in to) (?:mijn|zijn|haar|je|jouw|het|my|his|her|your) (?:gezicht|ogen|hoofd|face|eyes)|(?:ruin|destroy|burn) (?:my|her|your) face|(?:mijn|haar|je) gezicht (?:kapot|verminken|verpesten))/;

// ---------------------------------------------------------------- a person tied or kept drugged

/** A person tied to a chair or a bed, or their hands bound, by another. */
const tiedUp =
  /(?:(?:bindt|bond|binden|bonden) (?:hem|haar|mij|me|ons|ze|opa|oma|(?:zijn|haar|mijn|mn) (?:vader|moeder|man|vrouw|opa|oma|zoon|dochter|broer|zus)) (?:[a-z]+ ){0,6}?vast|(?:hij|ze|zij|opa|oma|moeder|vader|meneer|mevrouw) (?:[a-z]+ ){0,3}?(?:ligt|zit|zat|lag|wordt|werd|is) (?:[a-z]+ ){0,2}?vastgebonden|vastgebonden aan (?:de|het|een) (?:stoel|bed|verwarming|trap)|(?:tie|ties|tied|tying) (?:up )?(?:her|his|their) (?:hands|wrists|legs)|tied (?:her|him|them) (?:up|to (?:the|a) (?:chair|bed)))/;

/** A seat belt, a car seat, an animal or a boat: tied for safety or for keeping. */
const tiedEveryday =
  /\b(?:autostoel|autostoeltje|kinderstoel|fietsstoel|gordel|riempje|tuigje|kinderwagen|buggy|hond|paard|boot|fiets|schoenveters|veters|haar vast|car seat|seatbelt|seat belt|harness|dog|horse|boat|bike|shoelaces|hair)\b/;

/** Kept drowsy with pills or drops by another person. */
const keptDrowsy =
  /(?:(?:houdt|houden|hield) (?:[a-z]+ ){1,6}?(?:suf|slaperig|plat|stil|rustig|in slaap) met (?:de |haar |zijn |die )?(?:pillen|pilletjes|medicijnen|druppels|tabletten|slaappillen)|(?:slaperig|suf|stil|rustig|plat) (?:gehouden|houden|gehouden worden) met (?:pillen|pilletjes|medicijnen|druppels|tabletten)|(?:kept|keeps|keeping) (?:her|him|them) (?:drowsy|sedated|drugged|asleep) (?:with|on))/;

/** A doctor's care: a hospice, palliative sedation, a prescribed restraint, a bed rail asked for. */
const careRestraint =
  /\b(?:hospice|palliatief|palliatieve|sedatie|ziekenhuis|verpleeghuis|voorgeschreven|bedhek|fixatie|zorgplan|protocol|onrustband|(?<!niet van de )(?:dokter|arts|huisarts)|prescribed|bed rail|hospital|nursing home)\b/;

// ---------------------------------------------------------------- a plan: medicines all at once, into the sea

/** The whole supply to be taken at once, later today: "gaat zijn medicijnen allemaal tegelijk nemen". */
const allAtOnceToCome =
  /(?:(?:ga|gaat|gaan|wil|wilt) (?:[a-z]+ ){0,3}?(?:pillen|medicijnen|tabletten|slaappillen|pilletjes) (?:allemaal |alle )?(?:tegelijk|in een keer|in 1 keer) (?:innemen|nemen)|(?:pillen|medicijnen|tabletten|slaappillen|pilletjes) (?:allemaal |alle )?(?:tegelijk|in een keer|in 1 keer) (?:ga|gaat|gaan|wil|wilt) (?:innemen|nemen)|(?:going to|will|wants to) take (?:all (?:of )?)?(?:his|her|my|their) (?:pills|tablets|medicines|medication) (?:all )?at once)/;

/**
 * Care staff who do it themselves (session 25, review25): "de verpleging houdt opa rustig met
 * pillen zodat hij niet uit bed valt". Only as the subject: a home carer who reports a son who
 * ties his father up ("als thuiszorg kom ik bij een meneer ... zijn zoon bindt hem vast") is a
 * witness, and the rule must still answer.
 */
const careStaffDoes =
  /\b(?:verpleging|verpleegkundige|verpleegkundigen|verzorging|verzorgenden|verzorgende|zorgmedewerker|zorgmedewerkers|thuiszorg|nurse|nurses|care staff) (?:houdt|houden|hield|hielden|keeps|keep|kept)\b/;

/** A daily routine or an easier morning: an everyday way to take one's medicine. */
const doseRoutine =
  /\b(?:over de dag|verdelen|verdeeld|spread out|during the day|ochtend|ontbijt|morgens|baxter|baxterrol|weekdoos|medicijndoos|apotheek|makkelijker|handiger|morning|breakfast|easier|pharmacy|pill box)\b/;

/** Walking into the sea, a river or a lake. */
const intoTheWater =
  /(?:(?:walk|walking|swim|swimming|go|going) (?:out )?into the (?:sea|water|river|lake|waves)|(?:de|het) (?:zee|water|rivier|meer) in (?:lopen|loop|lopend|zwemmen|gaan))/;

/** Scattering ashes, a paddle, a swim with others: no plan to die. */
const waterEveryday =
  /\b(?:as|ashes|uitstrooien|strooien|scatter|pootjebaden|paddle|zwemles|swimming lessons|surf|surfen|met de kinderen|with the kids)\b/;

export const unforeseenNowDanger: readonly CrisisRule[] = [
  {
    id: 'danger.chemicals-mixed-airway-now',
    kind: 'danger',
    pattern: re`\b${householdChemical}\b`,
    with: [re`\b${mixed}\b`, re`\b${airwayNow}\b`],
    unless: [...acuteMomentGuards, acuteWhenever, habitual, chemicalsAsked],
  },
  {
    id: 'danger.people-shut-in-load-space',
    kind: 'danger',
    pattern: re`\b${loadSpace}\b`,
    with: [re`\b${heardInside}\b`, re`\b${someoneInside}\b`],
    unless: [...acuteMomentGuards, loadSpaceEveryday],
  },
  {
    id: 'danger.wild-mushrooms-eaten-signs-now',
    kind: 'danger',
    pattern: re`\b${mushrooms}\b`,
    with: [re`\b${eatenOrCooked}\b`, re`\b${poisonSigns}`],
    unless: [...acuteMomentGuards, acuteWhenever, habitual, wildFoodAsked, boughtFood],
    askUnlessInMessage: [overAndWell],
  },
  {
    id: 'danger.wild-plants-eaten-signs-now',
    kind: 'danger',
    pattern: re`\b${wildPlants}\b`,
    with: [re`\b${wildSource}\b`, re`\b${eatenOrCooked}\b`, re`\b${poisonSigns}`],
    unless: [...acuteMomentGuards, acuteWhenever, habitual, wildFoodAsked, boughtFood],
    askUnlessInMessage: [overAndWell],
  },
  {
    id: 'danger.breath-game-state-now',
    kind: 'danger',
    pattern: re`\b${breathGame}\b`,
    with: [re`\b${stateNow}\b`],
    unless: [...acuteMomentGuards, acuteWhenever],
  },
  {
    id: 'danger.on-foot-on-motorway',
    kind: 'danger',
    pattern: re`\b${onFootOnMotorway}\b`,
    unless: [
      ...acuteMomentGuards,
      acuteWhenever,
      habitual,
      motorwayEveryday,
      everyDayHabit,
      besideTheCarriageway,
      motorwayOuting,
    ],
  },
  {
    id: 'danger.infection-spreading-signs',
    kind: 'danger',
    pattern: re`\b${infection}\b`,
    with: [re`\b${spreadSigns}\b`],
    unless: [
      pastWithoutNow,
      acuteAskedOrWhatIf,
      informationalContext,
      toldFromMedia,
      acuteWhenever,
      habitual,
      careAsked,
    ],
  },
  {
    id: 'danger.small-child-fights-for-breath',
    kind: 'danger',
    pattern: re`\b${smallChild}\b`,
    with: [re`\b${breathFight}\b`],
    unless: [...acuteMomentGuards, acuteWhenever, habitual, breathEveryday, asthmaPumpAtHand],
  },
  {
    id: 'danger.corrosive-at-the-face',
    kind: 'danger',
    pattern: re`\b${atTheFace}\b`,
    with: [re`\b${corrosive}\b`],
    unless: [...acuteMomentGuards, acuteWhenever],
  },
];

export const unforeseenNowAbuse: readonly CrisisRule[] = [
  {
    id: 'abuse.person-tied-up',
    kind: 'abuse',
    pattern: re`\b${tiedUp}\b`,
    unless: [...acuteMomentGuards, careRestraint, tiedEveryday],
  },
  {
    id: 'abuse.kept-drowsy-with-pills',
    kind: 'abuse',
    pattern: re`\b${keptDrowsy}\b`,
    unless: [...acuteMomentGuards, careRestraint, careStaffDoes],
  },
];

export const unforeseenNowSuicide: readonly CrisisRule[] = [
  {
    id: 'suicide.all-at-once-to-come',
    kind: 'suicide',
    pattern: re`\b${allAtOnceToCome}\b`,
    unless: [...acuteMomentGuards, acuteWhenever, doseRoutine],
  },
  {
    id: 'suicide.into-the-water-with-loss',
    kind: 'suicide',
    pattern: re`\b${intoTheWater}\b`,
    with: [re`\b${lossOrWish}\b`],
    // Session 25, review25: a swim of every morning, a habit (not beside a wish or a never).
    unless: [...acuteMomentGuards, waterEveryday, everyDayHabit],
  },
  {
    id: 'suicide.means-hung-ready-with-loss',
    kind: 'suicide',
    pattern: re`\b${hungReady}\b`,
    with: [re`\b${lossOrWish}\b`],
    unless: [...acuteMomentGuards, hungEveryday],
  },
  {
    id: 'suicide.death-refused-own-way',
    kind: 'suicide',
    pattern: re`\b${deathAsked}\b`,
    with: [re`\b${refused}\b`, re`\b${ownWay}\b`],
    unless: [...acuteMomentGuards, otherDoctor],
  },
];
