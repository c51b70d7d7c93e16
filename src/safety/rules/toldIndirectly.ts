import type { CrisisRule } from '../crisisRule.js';
import { re } from '../crisisRule.js';
import { informationalContext, pastAndWell, pastMarker, toldFromMedia } from './lexicon.js';

/**
 * Crises told indirectly, in the everyday words residents use instead of a rule writer's (ADR 0012,
 * session 21, "crises told indirectly"): the signs of a stroke or a heart attack described rather
 * than named, smoke reaching people, a child's own words for what happens at home, a shaken baby, a
 * plan told by its means and its time, a threat to stab someone said in the first person, someone
 * walking into the sea dressed. Each rule reads one class in closed word lists, beside the sign that
 * makes it now; a past, a course or a story is guarded. These only add safety: they never lower.
 */

const past = /\b(?:vorig|vorige|geleden|vroeger|ooit|last (?:year|month|week)|ago|used to)\b/;

/** Asking how to recognise or learn about it: a help question. */
const howToRecognise =
  /\b(?:hoe herken|herkennen|signalen|tekenen van|wat (?:moet|moeten) (?:ik|je|we) doen (?:als|bij)|how (?:do|can) (?:i|you) (?:tell|recognise|recognize|spot)|signs of|what (?:to|should i) do (?:if|when))\b/;

// ---------------------------------------------------------------- a stroke, told by its signs

/**
 * A stroke's signs in everyday words: one side of the face dropping, a hand or arm that stopped
 * working, words that come out wrong ("zijn hand deed niks meer", "één kant van zijn gezicht zakt",
 * "she can't lift her arm", "one side of his face is drooping").
 */
export const strokeToldPlainly =
  /(?:(?:een|1|ene|de ene|one) (?:kant|helft|side) (?:van )?(?:zijn|haar|mijn|zn|het|his|her|my|of (?:his|her|my)) (?:gezicht|mond|face|mouth) (?:[a-z]+ )?(?:zakt|hangt|hing|zakte|trekt|staat scheef|is scheef|is slap|droops|drooping|dropped|dropping|sagging|sags|has dropped|went slack|gone slack)|(?:gezicht|mond|face|mouth) (?:[a-z]+ )?(?:zakt|hangt|zakte|trekt) (?:[a-z]+ )?(?:scheef|weg|naar beneden)|(?:zijn|haar|mijn) (?:hand|arm|been) (?:deed|doet) (?:ineens |opeens |plotseling )?(?:niks|niets|het niet) meer|(?:woorden|zinnen) (?:komen|kwamen) (?:er )?(?:ineens |opeens )?(?:verkeerd|raar|scheef|niet goed|door elkaar|verhaspeld) (?:uit|eruit)|(?:his|her|my) (?:words|speech) (?:are|is|came|come|coming) (?:out )?(?:all )?(?:wrong|jumbled|garbled|slurred))/;

/** An arm or a hand that will not lift: a stroke only when it came suddenly (a shoulder is not). */
export const armWillNotLift =
  /(?:(?:krijgt|krijg|kreeg|kan|kon) (?:hij |ze |zij |ik )?(?:zijn|haar|mijn) (?:arm|hand) (?:ineens |opeens )?(?:niet|nie) (?:meer )?(?:omhoog|optillen|bewegen|opheffen)|(?:cant|cannot|can not|couldnt) (?:lift|raise|move) (?:his|her|my) (?:arm|hand))/;

const suddenly =
  /(?:ineens|opeens|plotseling|plots|zomaar|uit het niets|suddenly|all of a sudden|out of nowhere)/;

/** A limb weak for a known reason: a shoulder, a joint, an operation, a long time. */
const limbEveryday =
  /\b(?:sinds|al (?:weken|maanden|jaren)|schouder|reuma|artrose|gewricht|operatie|fysio|fysiotherapeut|gebroken|gips|spierpijn|since|for (?:weeks|months|years)|shoulder|arthritis|joint|surgery|physio|broken|cast|sore)\b/;

// ---------------------------------------------------------------- a heart attack, told by its signs

/** A crushing or pressing feeling on the chest: "drukkend gevoel op zijn borst", "crushing chest". */
export const chestPressure =
  /(?:(?:drukkend|knellend|beklemmend|zwaar|benauwd|pletterend) (?:gevoel|pijn) (?:op|in|om) (?:de|zijn|haar|mijn|zn) borst|(?:druk|pijn|steek) (?:op|in) (?:de|zijn|haar|mijn|zn) borst|borst (?:voelt|zit) (?:[a-z]+ )?(?:dicht|vast|beklemd|samengeknepen)|crushing (?:feeling|pain|pressure|weight)|(?:tight|tightness|pressure|heavy|heaviness|squeezing|pain) (?:in|on|across) (?:his|her|my|the) chest|chest (?:feels |is )?(?:tight|crushing|heavy|squeezed))/;

/** The sign beside it that makes it a heart: the arm, the jaw, sweat, a grey face, breath. */
export const heartCompanion =
  /(?:linkerarm|linker arm|linkse arm|arm in|naar (?:zijn|haar|mijn) arm|kaak|zweet|zweterig|bezweet|klam|klamme|grauw|grijs|lijkbleek|misselijk|kortademig|left arm|down (?:his|her|my) arm|into (?:his|her|my) arm|jaw|sweaty|sweating|clammy|grey|gray|ashen|short of breath|cant breathe)/;

/** Chest pain as a known condition or a question for later. */
const chestEveryday =
  /\b(?:vaak|soms|af en toe|regelmatig|sinds|last van|als ik|bij het sporten|na het sporten|maagzuur|brandend maagzuur|often|sometimes|every time|when i exercise|heartburn|indigestion|reflux)\b/;

// ---------------------------------------------------------------- smoke reaching people

/** Smoke coming in or filling a shared space: "rook komt onder de deur door", "stairwell full of smoke". */
export const smokeReaching =
  /(?:(?:rook|zwarte rook|dikke rook) (?:komt|kwam|trekt|golft|kringelt|dringt) (?:[a-z]+ ){0,2}(?:onder|door|uit|tussen|via|langs|naar binnen|binnen|omhoog)|(?:komt|kwam|trekt|golft|dringt) (?:er )?(?:zwarte |dikke |veel )?rook (?:onder|door|uit|tussen|via|langs|naar binnen|binnen|omhoog)|zwarte rook (?:uit|boven|bij)|(?:trappenhuis|trap|gang|galerij|hal|portiek|overloop) (?:staat |zit |is )?(?:helemaal )?vol (?:met )?rook|smoke (?:is |was )?(?:coming|pouring|seeping|billowing|rising|creeping|getting) (?:up |in |out )?(?:through|under|out of|from|into|up)|black smoke (?:from|out of|coming)|(?:stairwell|stairs|staircase|hallway|corridor|landing|hall) (?:is |are )?(?:all )?full of smoke)/;

/** Smoke that is a nuisance, a habit or a barbecue, not a fire. */
const smokeEveryday =
  /\b(?:sigaret|sigaretten|sigaar|wiet|blowen|roken|rookt|rookte|vape|barbecue|bbq|open haard|houtkachel|kachel|houtstook|stoken|stookt|vuurkorf|kampvuur|fakkel|uitlaat|uitlaatgas|scooter|brommer|auto|bus|vrachtwagen|rookmachine|wierook|cigarette|cigarettes|weed|vaping|barbecue|fireplace|wood ?burner|log burner|bonfire|exhaust|fog machine|incense)\b/;

// ---------------------------------------------------------------- a child's own words about home

/** A grown man of the home: the ones a child names when it tells of a night visit. */
const grownManAtHome =
  /(?:stiefvader|stiefpapa|stiefpa|oom|opa|vader|papa|pap|mijn vader|vriend van (?:mama|mam|mijn moeder|mn moeder|mijn mama)|mama (?:haar|der|d r) vriend|stepdad|step dad|stepfather|uncle|grandad|granddad|grandpa|dad|father|(?:mums|moms|mams) (?:boyfriend|partner)|my mothers (?:boyfriend|partner))/;

/**
 * A night visit to a child's room told by the child: "komt s nachts mijn kamer in en dan doe ik
 * alsof ik slaap", "comes into my room at night and I pretend to be asleep".
 */
export const nightVisit =
  /(?:(?:komt|kwam|sluipt|sloop|gaat|ging) (?:[a-z]+ ){0,2}(?:s nachts|snachts|in de nacht|midden in de nacht) (?:[a-z]+ ){0,2}(?:mijn|mn|onze) (?:kamer|bed|slaapkamer)|(?:doe|deed) (?:ik )?(?:dan )?alsof ik (?:slaap|sliep)|comes? (?:into|in to|to) my (?:room|bed) (?:at night|in the night)|(?:at night|in the night) (?:he |she )?comes? (?:into|to) my (?:room|bed)|pretend (?:to be|im|i am|that im) asleep)/;

/** A night visit that is care: comfort, a bad dream, an illness, tucking in. */
const nightCare =
  /\b(?:toedekken|toe te dekken|instoppen|welterusten|voorlezen|troosten|nachtmerrie|eng gedroomd|droom|onweer|koorts|ziek|verschonen|luier|voeding|tuck|tucks|bad dream|nightmare|storm|fever|sick|feed|feeding|check on|kijken of)\b/;

/** Food kept from a child as a punishment: "ik krijg geen eten als ik iets fout doe". */
export const foodAsPunishment =
  /(?:(?:krijg|krijgt|kreeg|kregen|krijgen) (?:ik|hij|ze|zij|we|wij)? ?geen (?:eten|avondeten|ontbijt|drinken)|geen (?:eten|avondeten|ontbijt|drinken) (?:krijg|krijgt|kreeg|kregen|krijgen|mag|mocht|mogen)|(?:mag|mocht|mogen) (?:ik|hij|ze|zij|we|wij)? ?(?:niet|niks|niets) (?:eten|mee ?eten)|(?:dont|do not|didnt|doesnt|wont) (?:get|give me|give us|let me have) (?:any )?(?:food|dinner|breakfast|anything to eat)|not allowed (?:any )?(?:food|to eat|dinner))/;

/** The punishment beside it: a fault, being naughty, a bad mark. */
const punishmentWord =
  /(?:fout|fouten|stout|ondeugend|straf|gestraft|slecht cijfer|onvoldoende|niet luister|luister niet|mistake|mistakes|naughty|punish|punished|punishment|bad mark|bad grade|dont listen|wrong)/;

/** Fasting for a reason: a feast, a diet, an operation, a test. */
const fastingEveryday =
  /\b(?:ramadan|vasten|vastenmaand|dieet|nuchter|operatie|ziekenhuis|onderzoek|bloedprikken|allergie|diet|fasting|surgery|operation|allergy)\b/;

// ---------------------------------------------------------------- a shaken baby

/** A baby shaken: "heb hem te hard door elkaar geschud", "I shook the baby". */
export const shakenBaby =
  /(?:(?:hem|haar|de baby|het kindje|mijn baby|ons kindje|de kleine|mijn zoontje|mijn dochtertje) (?:[a-z]+ ){0,2}(?:door elkaar )?(?:geschud|geschut|gerammeld|gerammelt)|(?:shook|shaken|shake) (?:him|her|the baby|my baby|my son|my daughter)(?: hard| too hard| really hard)?)/;

/** The baby beside it. */
const babyWord = /(?:baby|babys|kindje|zuigeling|pasgeboren|newborn|infant)/;

/** What is shaken for a baby: a bottle, a rattle, a blanket. */
const shakenThing =
  /\b(?:fles|flesje|melk|voeding|poeder|rammelaar|dekentje|deken|kussen|bottle|formula|milk|rattle|blanket)\b/;

// ---------------------------------------------------------------- a plan told by its means and time

/** Someone's pills to be taken all at once tonight: "die neem ik vanavond allemaal in". */
export const allPillsTonight =
  /(?:(?:neem|slik|neemt|slikt) (?:ik|hij|ze|zij) (?:ze |die )?(?:[a-z]+ )?(?:vanavond|vannacht|straks|morgen|vandaag|in een keer|tegelijk) (?:[a-z]+ )?(?:allemaal|alles|allen) (?:in|door)|(?:ga|gaat) (?:ik|hij|ze|zij) (?:ze |die )?(?:vanavond|vannacht|straks|morgen|vandaag) (?:allemaal|alles) (?:innemen|slikken|in nemen)|(?:going to|gonna|will|ill) (?:take|swallow) (?:them|all of them|the lot) (?:all )?(?:tonight|at once|in one go))/;

/** A dose as a doctor or a pharmacy says: a help question. */
const doseEveryday =
  /\b(?:dokter|huisarts|apotheek|apotheker|voorschrift|recept|bijsluiter|ontbijt|elke dag|iedere dag|per dag|baxter|doctor|pharmacy|prescription|every day|daily|with breakfast)\b/;

/** A cord chosen for a beam: "de balk al uitgezocht en een stevig koord gekocht". */
export const hangingPrepared =
  /(?:(?:touw|koord|strop|kabel|rope|cord|noose)\b[^.]{0,60}\b(?:balk|haak|zolder|trapleuning|beam|hook|loft|attic|banister|rafter)|(?:balk|haak|zolder|trapleuning|beam|hook|loft|attic|banister|rafter)\b[^.]{0,60}\b(?:touw|koord|strop|kabel|rope|cord|noose))/;

/** The sign the cord is made ready. */
const madeReady =
  /(?:uitgezocht|gekocht|klaar|klaargelegd|vastgemaakt|getest|bought|ready|picked|chosen|tied|tested)/;

/** A cord for a household job. */
const cordEveryday =
  /\b(?:schommel|was|wasgoed|waslijn|lamp|plant|hangmat|boksbal|zak|klimrek|slinger|slingers|decoratie|kerst|verhuizen|verhuis|tillen|takel|katrol|vastbinden|kat|hond|lijn|swing|washing|laundry|lamp|plant|hammock|punching bag|decoration|christmas|moving|pulley|dog|lead)\b/;

/** A hose to a car's exhaust: "a hose that fits the car exhaust", "slang op de uitlaat". */
export const exhaustHose =
  /(?:(?:slang|tuinslang|hose|tube|pipe)\b[^.]{0,40}\b(?:uitlaat|exhaust)|(?:uitlaat|exhaust)\b[^.]{0,40}\b(?:slang|tuinslang|hose|tube|pipe))/;

/** A hose for a workshop or a repair. */
const exhaustEveryday =
  /\b(?:afzuiging|afzuig|werkplaats|garage|monteur|apk|reparatie|repareren|lek|lekt|roest|extraction|workshop|mechanic|mot|repair|leak|leaking|rust|fitting|onderdeel|part)\b/;

/** After giving away what one loves, "won't be needing it after": a farewell. */
export const wontNeedAfter =
  /(?:(?:wont|will not|wouldnt|wont be) (?:be )?(?:needing|need) (?:it|them|either|any of (?:it|them|this)|anything|my [a-z]+)(?: [a-z]+){0,2} (?:after|anymore|any more)|(?:heb|hebben) (?:ik |het |die |ze )?(?:straks |daarna |na [a-z]+ )?(?:niet meer|niet langer) (?:nodig))/;

/** The giving away or cancelling beside it. */
const givenAway =
  /(?:gave|given|give away|gave away|cancelled|canceled|sold|weggegeven|weg gegeven|opgezegd|verkocht|afgegeven)/;

/** Leaving for a move, a trip or a new life. */
const leavingEveryday =
  /\b(?:verhuis|verhuizen|verhuizing|emigreer|emigreren|buitenland|reis|vakantie|nieuwe baan|studie|moving|move|emigrating|abroad|travel|travelling|trip|holiday|new job|new phone|upgrade)\b/;

// ---------------------------------------------------------------- a threat to stab someone

/** A first-person threat to stab or shoot someone down: "dan steek ik hem neer". */
export const stabThreatOwn =
  /(?:(?:steek|schiet|knal) ik (?:hem|haar|ze|die (?:[a-z]+ )?(?:vent|man|vrouw|gast|jongen|kerel)) (?:neer|dood|overhoop)|(?:ga|gaan) (?:ik|we) (?:hem|haar|ze) (?:neersteken|neerschieten|doodsteken|doodschieten)|(?:ill|i will|im going to|im gonna|i am going to) (?:stab|shoot|knife) (?:him|her|them))/;

/** A knife sharpened with a harm in view: "sharpening a knife" beside hurting people. */
export const knifeSharpenedForHarm =
  /(?:(?:slijpt|slijp|slijpen|zit te slijpen) (?:een |het |de |zijn |haar |die )?(?:[a-z]+ )?(?:mes|messen)|(?:mes|messen) (?:te |aan het )?(?:slijpen|geslepen|slijpt)|sharpening (?:a |the |his |her )?(?:[a-z]+ )?(?:knife|knives))/;

const harmTarget =
  /(?:pijn (?:gaat |wil |te |zal )?doen|iets (?:gaat |wil |te |zal )?aandoen|afmaken|vermoorden|dood|stemmen|hurt|harm|kill|voices|get them|get him|get her)/;

// ---------------------------------------------------------------- walking into the sea dressed

/** Someone walking into deep water with their clothes on, further and further. */
export const walksIntoWaterDressed =
  /(?:met (?:al )?(?:zijn|haar|zn|de|d r) kleren (?:nog )?aan|fully clothed|with (?:all )?(?:his|her|their) clothes (?:still )?on|in (?:his|her) clothes)/;

const deepWater =
  /(?:zee|water|meer|rivier|kanaal|golven|branding|sea|lake|river|canal|waves|surf)/;

const goingIn =
  /(?:in ?lopen|loopt|liep|gaat|ging|steeds verder|steeds dieper|walks|walking|walked|wading|further|deeper)/;

const dressedSwimEveryday =
  /\b(?:zwemles|zwemdiploma|diploma|kledingzwemmen|oefenen|oefening|les|zwembad|swimming lesson|lessons|pool|practice|practise|drill|dare|weddenschap)\b/;

/** A plan said to be arranged with its means: "ik heb het al geregeld met de trein". */
export const planArrangedWithMeans =
  /(?:(?:heb|had) (?:ik )?(?:het|alles) (?:al )?(?:geregeld|gepland|uitgezocht|besloten|voorbereid) (?:met|bij|op|voor) (?:de trein|het spoor|de spoorlijn|de rails|de brug|het water|de flat|het dak|de pillen|het touw)|(?:have|had|ive) (?:already )?(?:sorted|planned|arranged) it (?:with|at|on) (?:the train|the tracks|the railway|the bridge|the pills|the rope))/;

/** The end beside it: a deadline, a loss, not being there. */
const endInView =
  /(?:voor die tijd|tegen die tijd|voordat|voor het zover is|alles kwijt|er niet meer|niet meer leven|afscheid|dan is het klaar|dan is het over|before then|by then|lose everything|wont be here|not be here)/;

/** Travel by train: a ticket, an arrival, a pick-up. */
const travelEveryday =
  /\b(?:kaartje|ov|ov ?chipkaart|reis|reizen|aankomst|kom (?:[a-z]+ ){0,2}aan|aankomen|naar huis|terug|ophalen|vertrek|overstap|vakantie|werk|school|afspraak|ticket|arrive|arrival|pick (?:me|us) up|journey|holiday|commute)\b/;

export const toldIndirectlyDanger: readonly CrisisRule[] = [
  {
    id: 'danger.stroke-told-plainly',
    kind: 'danger',
    pattern: re`\b${strokeToldPlainly}\b`,
    unless: [past, limbEveryday, howToRecognise, informationalContext, toldFromMedia],
  },
  {
    id: 'danger.stroke-arm-suddenly',
    kind: 'danger',
    pattern: re`\b${armWillNotLift}\b`,
    with: [re`\b${suddenly}\b`],
    unless: [past, limbEveryday, howToRecognise, informationalContext, toldFromMedia],
  },
  {
    id: 'danger.heart-signs',
    kind: 'danger',
    pattern: re`\b${chestPressure}\b`,
    with: [re`\b${heartCompanion}\b`],
    unless: [past, chestEveryday, howToRecognise, informationalContext, toldFromMedia],
  },
  {
    id: 'danger.smoke-reaching',
    kind: 'danger',
    pattern: re`\b${smokeReaching}\b`,
    unless: [past, smokeEveryday, informationalContext, toldFromMedia],
  },
  {
    id: 'danger.shaken-baby',
    kind: 'danger',
    pattern: re`\b${shakenBaby}\b`,
    with: [re`\b${babyWord}\b`],
    unless: [past, shakenThing, informationalContext, toldFromMedia, howToRecognise],
  },
  {
    id: 'danger.stab-threat-own',
    kind: 'danger',
    pattern: re`\b${stabThreatOwn}\b`,
    unless: [past, informationalContext, toldFromMedia],
  },
  {
    id: 'danger.knife-sharpened-for-harm',
    kind: 'danger',
    pattern: re`\b${knifeSharpenedForHarm}\b`,
    with: [re`\b${harmTarget}\b`],
    unless: [past, informationalContext, toldFromMedia],
  },
  {
    id: 'danger.walks-into-water-dressed',
    kind: 'danger',
    pattern: re`\b${walksIntoWaterDressed}\b`,
    with: [re`\b${deepWater}\b`, re`\b${goingIn}\b`],
    unless: [past, dressedSwimEveryday, informationalContext, toldFromMedia],
  },
];

export const toldIndirectlySuicide: readonly CrisisRule[] = [
  {
    id: 'suicide.plan-arranged-with-means',
    kind: 'suicide',
    pattern: re`\b${planArrangedWithMeans}\b`,
    with: [re`\b${endInView}\b`],
    unless: [past, travelEveryday, informationalContext, toldFromMedia],
  },
  {
    id: 'suicide.all-pills-tonight',
    kind: 'suicide',
    pattern: re`\b${allPillsTonight}\b`,
    unless: [past, doseEveryday, informationalContext, toldFromMedia],
  },
  {
    id: 'suicide.hanging-prepared',
    kind: 'suicide',
    pattern: re`\b${hangingPrepared}\b`,
    with: [re`\b${madeReady}\b`],
    unless: [past, cordEveryday, informationalContext, toldFromMedia],
  },
  {
    id: 'suicide.exhaust-hose',
    kind: 'suicide',
    pattern: re`\b${exhaustHose}\b`,
    unless: [past, exhaustEveryday, informationalContext, toldFromMedia],
  },
  {
    id: 'suicide.given-away-wont-need',
    kind: 'suicide',
    pattern: re`\b${wontNeedAfter}\b`,
    with: [re`\b${givenAway}\b`],
    unless: [past, leavingEveryday, informationalContext, toldFromMedia],
  },
  {
    id: 'suicide.walks-into-water-dressed',
    kind: 'suicide',
    pattern: re`\b${walksIntoWaterDressed}\b`,
    with: [re`\b${deepWater}\b`, re`\b${goingIn}\b`],
    unless: [past, dressedSwimEveryday, informationalContext, toldFromMedia],
  },
];

export const toldIndirectlyAbuse: readonly CrisisRule[] = [
  {
    id: 'abuse.night-visit-told-by-child',
    kind: 'abuse',
    pattern: re`\b${nightVisit}\b`,
    with: [re`\b${grownManAtHome}\b`],
    unless: [nightCare, informationalContext, toldFromMedia],
    askUnless: [pastAndWell, pastMarker],
  },
  {
    id: 'abuse.food-as-punishment',
    kind: 'abuse',
    pattern: re`\b${foodAsPunishment}\b`,
    with: [re`\b${punishmentWord}\b`],
    unless: [fastingEveryday, informationalContext, toldFromMedia],
    askUnless: [pastAndWell, pastMarker],
  },
  {
    id: 'abuse.shaken-baby',
    kind: 'abuse',
    pattern: re`\b${shakenBaby}\b`,
    with: [re`\b${babyWord}\b`],
    unless: [past, shakenThing, informationalContext, toldFromMedia, howToRecognise],
  },
];
