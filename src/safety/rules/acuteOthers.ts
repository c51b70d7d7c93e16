import type { CrisisRule } from '../crisisRule.js';
import { re } from '../crisisRule.js';
import { acuteMomentGuards } from './acuteGuards.js';

/**
 * Danger from another person right now, and a young child in danger seen or told (ADR 0012, session
 * 22, "crises in acute moments"): a threat of harm by someone at the door, petrol with a threat to
 * set alight, a weapon held to a person, a child pulled into a van, a baby shaken in the street,
 * children alone for days, a toddler in an open window high up or alone at the water, a baby in a
 * shut car in the heat, a parent lying on the floor who does not answer, a child who ate someone's
 * pills, a stranger in the house while a child hides. They only add safety.
 */

// ---------------------------------------------------------------- danger from a person now

/** A threat of bodily harm: "mijn knieen kapotmaken", "ik pak jou", "he'll cut me". */
export const harmThreat =
  /(?:(?:mijn|je|jouw|zijn|haar|your|my) (?:knieen|benen|armen|kop|hoofd|gezicht|neus|tanden|botten|ribben|nek|knees|legs|arms|head|face|teeth|bones|neck) (?:[a-z]+ )?(?:kapotmaken|kapot maken|kapotslaan|kapot slaan|breken|inslaan|smash|break)|(?:me|mij|jou|hem|ons) (?:gaan |gaat |zullen |zal |komen |komt )?(?:helemaal |echt )?(?:kapotmaken|kapot maken|kapotslaan|kapot slaan|afmaken|neersteken|doodmaken|dood maken|in elkaar slaan|te grazen nemen)|ik pak (?:jou|je)(?! (?:op|in|even|zo|straks|mee|vast|beet|hand|jas|tas|fiets))|we pakken (?:jou|je)(?! (?:op|in|even|zo|straks|mee|vast))|hell (?:cut|stab|kill|hurt) me|(?:going to|gonna|will) (?:cut|stab|kill|hurt) me)/;

/** The one who threatens is there now. */
const thereNow =
  /(?:aan (?:mijn|de|onze) (?:deur|voordeur)|voor (?:mijn|de|onze) (?:deur|raam|portiek|voordeur)|bij (?:mijn|de|onze) (?:deur|portiek|voordeur)|(?:staat|staan) (?:nu )?(?:beneden|bij|voor|aan)|gaan niet weg|gaat niet weg|banging on (?:my|the) door|at (?:my|the) door|outside (?:my|the) (?:door|flat|house|window))/;

/** Petrol or a lighter with a threat to burn. */
export const fuelForFire = /(?:benzine|jerrycan|petrol|gasoline)/;
const threatToBurn =
  /(?:in de fik (?:steken|steekt|zet|zetten)|in brand (?:steken|steekt|zet|zetten)|fik steken|afbranden|set (?:it|the house|everything|us|the place|the flat|me) (?:on fire|alight)|burn (?:it|the house|us|everything|the place|me) down)/;
/**
 * A partner or an ex beside the threat. Read only as a whole word anywhere in the clause, so "ex"
 * and "partner" alone already cover "mijn ex", "my ex" and "my partner".
 */
const partnerOrEx = /(?:ex|partner|mijn man|mijn vriend|husband|boyfriend)/;

/** A weapon or a sharp thing held to a person: "drukt een man met een schroevendraaier tegen de ruit". */
export const heldToPerson =
  /(?:houdt|drukt|zet|duwt|holding|holds|pressing|presses|held) (?:[a-z]+ ){0,6}(?:tegen|op|aan|to|against|at) (?:de|zijn|haar|een|a|the|his|her|a womans|a mans|my|zn) (?:[a-z]+ ){0,2}(?:keel|nek|gezicht|ruit|muur|hoofd|face|throat|neck|head|wall|window)/;
const sharpThing =
  /(?:schroevendraaier|gebroken fles|kapotte fles|mes|hamer|schaar|bijl|pistool|knuppel|screwdriver|broken bottle|smashed (?:a |the )?bottle|knife|hammer|scissors|axe|gun|bat)/;
const aPerson =
  /(?:man|vrouw|jongen|meisje|iemand|persoon|kassiere|passagier|buurman|buurvrouw|hem|haar|woman|womans|mans|guy|girl|boy|someone|person|him|her)/;
const householdJob =
  /\b(?:kit|plamuur|behang|verf|schilder|klus|klussen|timmeren|repareren|spijker|schilderij|ophangen|snijden|brood|groente|caulk|paint|diy|nail|picture|cooking)\b/;

/** A child pulled into a vehicle: "trekt een meisje in een busje". */
export const childPulledIn =
  /(?:trekt|trok|sleurt|sleurde|duwt|duwde|tilt|tilde|pulled|pulling|dragged|dragging|pushed|pushing|grabbed|grabbing|bundled) (?:[a-z]+ ){0,3}(?:meisje|jongetje|jongen|kind|kindje|kleuter|girl|boy|kid|child) (?:[a-z]+ ){0,2}(?:in|into) (?:een|zijn|de|haar|a|his|the|their) (?:busje|bus|auto|wagen|bestelbus|van|car|truck)/;
const againstWill =
  /(?:gilde|gilt|schreeuwt|schreeuwde|huilt|verzet|spartelt|vreemde|onbekende|screaming|screamed|struggling|kicking|stranger)/;

// ---------------------------------------------------------------- a young child in danger

/** A baby shaken hard now: "schudt zijn baby heel hard door elkaar". */
export const babyShakenNow =
  /(?:schudt|rammelt|shakes|shaking) (?:zijn|haar|de|een|het|the|his|her|a) (?:baby|kindje|zuigeling|kleine|baby s)\b[^.]{0,30}\b(?:hard|door elkaar|violently)/;
/** A bottle shaken, or a baby rocked to sleep. */
const shakenThing =
  /\b(?:fles|flesje|rammelaar|dekentje|zachtjes|wiegen|in slaap|boertje|bottle|rattle|blanket|gently|rocking|to sleep|burp)\b/;

/** Children alone at home for days: "zitten al vier dagen alleen thuis". */
export const aloneForDays =
  /(?:al (?:[a-z]+ )?(?:dagen|dag) (?:[a-z]+ )?alleen|(?:alone|by themselves|on their own) (?:at home )?for (?:[a-z]+ )?days|(?:left|been) (?:home )?alone for (?:[a-z]+ )?days)/;
const childWord =
  /(?:kinderen|kind|kindjes|baby|peuter|kleinste|kleuter|broertje|zusje|children|kids|toddler|little ones)/;
const veryYoung =
  /(?:baby|peuter|dreumes|kleinste van (?:1|een|twee|2)|van (?:1|2|een|twee) (?:jaar)?|toddler|infant)/;
/** Older children, a minder, or the writer at home with the children: not left alone. */
const olderOrMinded =
  /\b(?:tieners|puber|pubers|volwassen|oppas|opa|oma|babysit|teenagers|grandma|grandpa|ik (?:zit|ben|was)|im|i am|met (?:de|mijn|onze) (?:baby|kinderen|kids|kleine)|with (?:the|my) (?:baby|kids|children))\b/;

/** A young child in an open window or on a balcony edge. */
export const childAtWindow =
  /(?:peuter|kleuter|kindje|klein kind|kleine|baby|dreumes|jongetje|toddler|little (?:boy|girl|one)|kid)\b[^.]{0,30}\b(?:in|op|uit|over) (?:een |het |de )?(?:open )?(?:raam|vensterbank|balkon ?rand|rand van het balkon|reling|dakrand|window|windowsill|window sill|balcony edge|balcony railing|ledge)/;
const highUp = /(?:verdieping|hoog|etage|beentjes buiten|hangt|hanging|legs out|floor|storey|high)/;
const windowSafety =
  /\b(?:rooster|raamslot|kinderslot|beveiliging|subsidie|hek|hekje|veiligheid|voorkomen|guard|lock|safety|prevent)\b/;

/** A young child left in a shut car in the heat. */
export const childInShutCar =
  /(?:baby|kind|kindje|peuter|kleuter|toddler|child|kid|infant)\b[^.]{0,40}\b(?:in (?:de|een|die|haar|zijn) auto|in (?:a|the|that) car|vastgegespt|strapped in)|(?:in de auto|in the car)\b[^.]{0,40}\b(?:baby|kindje|peuter|toddler|infant)/;
const heatShut =
  /(?:ramen (?:zijn )?dicht|\d+ graden|bloedheet|snikheet|hitte|windows (?:up|closed|shut)|\d+ degrees|boiling|baking|sweltering)/;
const noOneThere = /(?:niemand|alleen|geen ouder|no one|nobody|alone|no parent)/;

/** A toddler alone at the water's edge. */
export const toddlerAtWater =
  /(?:peuter|kleuter|kindje|klein kind|dreumes|toddler|little (?:boy|girl|one))\b[^.]{0,50}\b(?:rand van het water|waterkant|aan het water|bij het water|steiger|sloot|vijver|edge of the water|waters edge|jetty|pier|pond|canal|ditch|lake)/;
const noAdult =
  /(?:alleen|geen (?:ouder|volwassene|mama|papa|moeder|vader)|niemand|alone|no (?:parent|adult|one)|cant see (?:any|a|the) (?:parent|adult|mum|mom|dad))/;
/** Swimming lessons, a fence, or the writer there with the child. */
const waterSafety =
  /\b(?:zwemles|zwemmen|zwemdiploma|hek|eendjes|eenden|voeren|(?:ik|we|wij) (?:ga|gaan|ging|gingen|loop|lopen|wandel|wandelen)|swimming lessons|fence|ducks|(?:i|we) (?:go|went|walk))\b/;

// ---------------------------------------------------------------- a child tells of an emergency

/** Someone lying on the floor: "mama ligt op de keukenvloer". */
export const liesOnFloor =
  /(?:ligt|lag) (?:op de|op het|in de) (?:[a-z]*vloer|grond|gang|badkamer)/;
const noAnswer =
  /(?:(?:praat|reageert|beweegt|zegt|antwoordt|ademt) (?:niet|niks|niets)|(?:wordt|word) niet wakker|not (?:talking|moving|answering|waking)|wont wake)/;
const floorEveryday =
  /\b(?:slaapt|slapen|dronken|spelen|speelt|grapje|yoga|oefening|oefeningen|zonnen|lezen|hond|kat|konijn|telefoon|laptop|tablet|sleeping|playing|joke|drunk|dog|cat|phone)\b/;

/** A young child who ate someone's pills: "broertje heeft de pilletjes van oma opgegeten". */
export const childAtePills =
  /(?:broertje|zusje|zoontje|dochtertje|peuter|kleuter|kleine|kindje|baby|little brother|little sister|toddler)\b[^.]{0,30}\b(?:pilletjes|pillen|tabletten|medicijnen|pills|tablets|meds)\b[^.]{0,30}\b(?:opgegeten|gegeten|ingeslikt|doorgeslikt|swallowed|eaten)|(?:broertje|zusje|zoontje|dochtertje|peuter|kleuter|kleine|kindje|little brother|little sister|toddler)\b[^.]{0,20}\b(?:ate|swallowed) (?:[a-z]+ ){0,3}(?:pills|tablets|meds)/;

/** A child's own pills, or vitamins, taken as they should be. */
const ownMedicine =
  /\b(?:netjes|eindelijk|vitamine|vitamines|kauwtabletten|zijn eigen|haar eigen|his own|her own|vitamins)\b/;

/** A stranger in the house while a child hides. */
export const strangerInHouse =
  /(?:(?:er is|er staat|er loopt|there is|theres) (?:een )?(?:meneer|man|vreemde|vreemde man|inbreker|iemand|a man|someone|a stranger) (?:[a-z]+ ){0,2}in (?:ons|mijn|het|our|my|the) (?:huis|house)|(?:a man|someone|a stranger) (?:is )?in (?:our|my|the) house)/;
const unknownOrHiding =
  /(?:die ik niet ken|ken ik niet|ken niet|vreemde|verstopt|onder mijn bed|onder het bed|in de kast|bang|dont know|stranger|hiding|under my bed|in the wardrobe|scared)/;
const expectedVisitor =
  /\b(?:monteur|loodgieter|schilder|klusjesman|oppas|elektricien|woningcorporatie|corporatie|meteropnemer|huisbaas|verhuurder|plumber|electrician|babysitter|painter|landlord)\b/;

export const acuteOthersDanger: readonly CrisisRule[] = [
  {
    id: 'danger.harm-threat-there-now',
    kind: 'danger',
    pattern: re`\b${harmThreat}\b`,
    with: [re`\b${thereNow}\b`],
    unless: acuteMomentGuards,
  },
  {
    id: 'danger.threat-to-burn-with-fuel',
    kind: 'danger',
    pattern: re`\b${fuelForFire}\b`,
    with: [re`\b${threatToBurn}\b`],
    unless: acuteMomentGuards,
  },
  {
    id: 'danger.sharp-thing-held-to-person',
    kind: 'danger',
    pattern: re`\b${heldToPerson}\b`,
    with: [re`\b${sharpThing}\b`, re`\b${aPerson}\b`],
    unless: [...acuteMomentGuards, householdJob],
  },
  {
    id: 'danger.child-pulled-into-vehicle',
    kind: 'danger',
    pattern: re`\b${childPulledIn}\b`,
    with: [re`\b${againstWill}\b`],
    unless: acuteMomentGuards,
  },
  {
    id: 'danger.baby-shaken-now',
    kind: 'danger',
    pattern: re`\b${babyShakenNow}\b`,
    unless: [...acuteMomentGuards, shakenThing],
  },
  {
    id: 'danger.very-young-alone-for-days',
    kind: 'danger',
    pattern: re`\b${aloneForDays}\b`,
    with: [re`\b${veryYoung}\b`],
    unless: [...acuteMomentGuards, olderOrMinded],
  },
  {
    id: 'danger.child-at-window-high',
    kind: 'danger',
    pattern: re`\b${childAtWindow}\b`,
    with: [re`\b${highUp}\b`],
    unless: [...acuteMomentGuards, windowSafety],
  },
  {
    id: 'danger.child-in-shut-car-heat',
    kind: 'danger',
    pattern: re`\b${childInShutCar}\b`,
    with: [re`\b${heatShut}\b`, re`\b${noOneThere}\b`],
    unless: acuteMomentGuards,
  },
  {
    id: 'danger.toddler-alone-at-water',
    kind: 'danger',
    pattern: re`\b${toddlerAtWater}\b`,
    with: [re`\b${noAdult}\b`],
    unless: [...acuteMomentGuards, waterSafety],
  },
  {
    id: 'danger.lies-on-floor-no-answer',
    kind: 'danger',
    pattern: re`\b${liesOnFloor}\b`,
    with: [re`\b${noAnswer}\b`],
    unless: [...acuteMomentGuards, floorEveryday],
  },
  {
    id: 'danger.child-ate-pills',
    kind: 'danger',
    pattern: re`\b${childAtePills}\b`,
    unless: [...acuteMomentGuards, ownMedicine],
  },
  {
    id: 'danger.stranger-in-house-child-hides',
    kind: 'danger',
    pattern: re`\b${strangerInHouse}\b`,
    with: [re`\b${unknownOrHiding}\b`],
    unless: [...acuteMomentGuards, expectedVisitor],
  },
];

export const acuteOthersAbuse: readonly CrisisRule[] = [
  {
    id: 'abuse.partner-threat-to-burn',
    kind: 'abuse',
    pattern: re`\b${fuelForFire}\b`,
    with: [re`\b${threatToBurn}\b`, re`\b${partnerOrEx}\b`],
    unless: acuteMomentGuards,
  },
  {
    id: 'abuse.baby-shaken-now',
    kind: 'abuse',
    pattern: re`\b${babyShakenNow}\b`,
    unless: [...acuteMomentGuards, shakenThing],
  },
  {
    id: 'abuse.children-alone-for-days',
    kind: 'abuse',
    pattern: re`\b${aloneForDays}\b`,
    with: [re`\b${childWord}\b`],
    unless: [...acuteMomentGuards, olderOrMinded],
  },
];
