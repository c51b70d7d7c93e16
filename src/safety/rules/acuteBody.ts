import type { CrisisRule } from '../crisisRule.js';
import { re } from '../crisisRule.js';
import { acuteMomentGuards, acuteWhenever } from './acuteGuards.js';
import { heartCompanion } from './toldIndirectly.js';

/**
 * A body giving out now, told in lay words rather than a diagnosis (ADR 0012, session 22, "crises in
 * acute moments"): a throat blocked, a fit that goes on, a rash that stays when pressed, the worst
 * headache with vomiting, a chest "like an elephant", a throat swelling after a sting, a shock from a
 * wire, speech that goes strange with numbness or a thud, a diabetic's hypo alone, a head that
 * bleeds with no answer, someone down on the floor since a day. Each reads the sign beside the event
 * in the same clause; a past, a what-if, a course or a story is guarded. They only add safety.
 */

// ---------------------------------------------------------------- a throat blocked

/** Something in the throat or swallowed the wrong way: "stuk worst in haar keel", "verslikte zich". */
export const throatBlocked =
  /(?:in (?:zijn|haar|mijn|de|zn|der) keel|verslikt|verslikte|verslikken|verslikt zich|ingeslikt|doorgeslikt|choking|choked|chokes|stuck in (?:his|her|my|the) throat|swallowed (?:a|an|the|something))/;

/** The sign it is blocked now: no sound, a purple face, gasping, a hand at the throat. */
const airwaySign =
  /(?:(?:wordt|is|ziet|zag|werd|kleurt|loopt|gaat) (?:[a-z]+ )?(?:paars|blauw)|blauwe lippen|lippen (?:worden|zijn) blauw|hapt naar (?:lucht|adem)|happen naar (?:lucht|adem)|grijpt naar (?:zijn|haar|de) keel|geen geluid|kan (?:niks|niets|geen woord|niet) (?:meer )?(?:zeggen|praten|uitbrengen|ademen|hoesten)|krijgt geen (?:lucht|adem)|turning (?:blue|purple)|gone (?:blue|purple)|gasping|clutching (?:at )?(?:his|her) throat|cant (?:breathe|speak|talk|cough)|no sound)/;

/** A button battery or magnets swallowed: harm inside within hours, whatever the child shows. */
export const batterySwallowed =
  /(?:(?:knoopcel|knoopcelbatterij|batterijtje|batterij|magneetjes|magneetballetjes)\b[^.]{0,40}\b(?:ingeslikt|doorgeslikt|opgegeten|in (?:zijn|haar) mond)|(?:swallowed|ate|eaten) (?:a |an |the )?(?:[a-z]+ ){0,2}(?:button battery|coin battery|battery|magnets))/;

/** A pet or an animal swallowed it: not a person's emergency line. */
const animal = /\b(?:hond|kat|konijn|puppy|kitten|dog|cat|rabbit)\b/;

// ---------------------------------------------------------------- a fit that goes on

/** Shaking or a fit: "schudt helemaal", "ligt te trillen", "he's jerking". */
export const fitting =
  /(?:schokt|schokken|schokte|schudt|trilt|trillen|ligt te trillen|stuip|stuipen|toeval|epileptische aanval|jerking|convulsing|seizure|seizing|fitting)/;

/** How long it goes on, or what shows it is not over. */
const fitGoesOn =
  /(?:al (?:[a-z]+ )?(?:minuten|minuut)|duurt al|(?:twee|drie|vier|vijf|zes|tien|\d+) minuten|houdt niet op|stopt niet|komt niet (?:meer )?bij|reageert niet|schuim|went stiff|head (?:keeps )?hitting|for (?:[a-z]+ )?minutes|wont stop|not stopping|not responding|foam)/;

/** A person in a fit, not a thing or a feeling that shakes. */
const fitPerson =
  /(?:epilepsie|epileptisch|stuip|toeval|schuim|op de grond|op de vloer|komt niet (?:meer )?bij|reageert niet|bewusteloos|zakte (?:ineens |opeens )?weg|went stiff|fell|on the floor|seizure|convulsing|not responding|unconscious|foam)/;

/** Shaking for an everyday reason: cold, nerves, a phone, a machine, building work, a pet. */
const shakingEveryday =
  /\b(?:kou|koud|zenuwen|zenuwachtig|spanning|lachen|lacht|huilen|telefoon|mobiel|wasmachine|machine|vloer trilt|ramen|bouw|boor|muziek|bas|trein|aardbeving|parkinson|tremor|hond|kat|cold|nervous|laughing|phone|washing machine|building work|drill|music|bass|earthquake|dog|cat)\b/;

// ---------------------------------------------------------------- signs named in lay words

/** A rash that stays when pressed (the glass test): "vlekjes die niet weggaan als je drukt". */
export const rashStays =
  /(?:(?:vlekjes|vlekken|puntjes|uitslag)\b[^.]{0,40}\b(?:niet )?(?:weggaan|weg gaan|verdwijnen|wegtrekken|wegtrekt|weggaat) (?:niet )?(?:als|wanneer) (?:je|ik|u|we) (?:erop )?(?:drukt|druk)|(?:rash|spots)\b[^.]{0,30}\b(?:doesnt|does not|dont|do not|wont) fade)/;

/** Beside the rash: a child limp, drowsy or feverish. */
const illNow = /(?:slap|suf|sufferig|koorts|gloeiend|heet|huilerig|floppy|drowsy|fever|limp|hot)/;

/** The worst headache ever: "hoofd doet zo pijn als nooit", "worst headache of my life". */
export const worstHeadache =
  /(?:hoofdpijn (?:zo erg |zo |heel erg )?als (?:nog )?nooit|ergste hoofdpijn|barstende hoofdpijn|knallende hoofdpijn|hoofd doet (?:zo |heel )?(?:pijn|zeer) als (?:nog )?nooit|worst headache (?:of (?:his|her|my) life|ever)|thunderclap headache)/;

/** Beside it: vomiting, walking or speaking gone, a stiff neck, confusion. */
const headacheCompanion =
  /(?:overgeven|geeft over|spugen|spuug|spuugt|braakt|kan niet (?:goed )?(?:lopen|praten|staan)|stijve nek|flauw|verward|vomit|vomiting|throwing up|stiff neck|cant (?:walk|talk|stand)|confused)/;

/** Late in a pregnancy, a headache with flashes or a swollen face. */
export const pregnantHeadache = /(?:(?:zwanger|pregnant)\b[^.]{0,60}\b(?:hoofdpijn|headache))/;
const pregnantWarning =
  /(?:lichtflitsen|flitsen|sterretjes|wazig|opgezwollen|gezwollen|dik gezicht|flashing lights|flashes|blurred|swollen|puffy)/;

/** A chest "like an elephant on it": "mijn borst voelt als een olifant erop". */
export const chestLikeWeight =
  /(?:olifant (?:op|erop) (?:mijn|zijn|haar) borst|borst voelt (?:als|alsof)|(?:elephant|weight) (?:on|sitting on) (?:my|his|her) chest)/;

/** A chest that is heavy after sport or with a cold. */
const chestEveryday =
  /\b(?:sporten|gesport|verkouden|hoest|hoesten|griep|gym|cold|cough|flu|workout)\b/;

/** A throat or tongue that swells: "keel voelt strak", "my tongue is getting fat". */
export const throatSwelling =
  /(?:(?:voelt|wordt|zit|gaat) (?:mijn|zijn|haar|de|zn) keel (?:[a-z]+ )?(?:dik|dicht|strak|nauw)|(?:wordt|zwelt) (?:mijn|zijn|haar|de|zn) tong (?:[a-z]+ )?(?:dik|op)|keel (?:wordt|voelt|zit|gaat) (?:[a-z]+ )?(?:dik|dicht|strak|nauw|dichtgeknepen)|tong (?:wordt|is|zwelt) (?:[a-z]+ )?(?:dik|op)|throat (?:feels |is |getting |going )?(?:tight|closing|swelling|swollen)|tongue (?:is |getting |going )?(?:fat|swollen|swelling|thick)|lips (?:are )?swelling)/;

/** The cause beside a swelling throat: a sting, a nut, something eaten. */
const allergen =
  /(?:wesp|wespensteek|bijensteek|een bij|steek|gestoken|pinda[a-z]*|noot|noten[a-z]*|gegeten|allergie|allergisch|sting|stung|wasp|bee|peanut|peanuts|nut|nuts|ate|eaten|allergic)/;

/** A shock from a wire: "aan een stroomdraad gekomen", "electrocuted". */
export const electricShock =
  /(?:stroomdraad|stroomkabel|onder stroom|stroom (?:gekregen|gehad)|elektrische schok|geelektrocuteerd|electric shock|electrocuted|live wire)/;

/** Beside the shock: lying still, no answer. */
const notAnswering =
  /(?:ligt (?:nu |daar )?(?:stil|roerloos|bewusteloos)|beweegt niet|reageert niet|bewusteloos|zegt (?:niet meer iets|niks meer|niets meer|niks|niets)|praat niet|niet (?:meer )?aanspreekbaar|not moving|unconscious|not responding|wont wake|not talking|wont answer)/;

/**
 * Speech that goes strange: "praat ineens heel vreemd en lallend", "he's slurring". Suddenness alone
 * is no companion: a teenager's new slang also comes suddenly.
 */
export const speechGoesStrange =
  /(?:praat (?:ineens |opeens )?(?:heel )?(?:vreemd|raar|lallend|brabbelend|onduidelijk|dubbel)|lalt|brabbelt|slurring|slurred|slurs)/;

/** Beside it: numbness, a thud, suddenness, nothing more heard. */
const speechCompanion =
  /(?:klap|gevoelloos|verdoofd|scheef|half (?:zijn|haar) gezicht|halve gezicht|numb|drooping|thud|half (?:his|her) face|one side of (?:his|her) face)/;

/** Speech slurred by drink, tiredness or a joke. */
const speechEveryday =
  /\b(?:dronken|drank|bier|wijn|borrel|feest|moe|slaperig|grapje|drunk|drinking|beer|wine|pub|party|tired|joke)\b/;

/** A diabetic's low: "suikerziekte en ik sta te trillen en te zweten en zie alles dubbel". */
export const diabeticLow = /(?:suikerziekte|diabetes|diabeet|insuline|hypo|insulin)/;
const lowSigns =
  /(?:trillen|trillend|trilt|zweten|zweet|zie (?:alles )?dubbel|wazig|verward|suf|shaking|sweating|seeing double|confused|blurry)/;
const aloneNow = /(?:alleen thuis|ben alleen|ineens|opeens|alone|right now|suddenly)/;
/** Lows told as a pattern: they come now and then. */
const lowsAsAPattern = /\b(?:soms|vaak|af en toe|regelmatig|sometimes|often|now and then)\b/;

/** A head that bleeds: "bloed uit zijn hoofd", "bleeding from her head". */
export const headBleeds =
  /(?:bloed (?:uit|aan) (?:zijn|haar|zn|der) (?:hoofd|oor)|(?:zijn|haar) hoofd bloedt|bleeding from (?:his|her) (?:head|ear)|(?:his|her) head is bleeding)/;

/** Someone down since a day: "ligt er al sinds gistermiddag", "ligt sinds zaterdag op de gang". */
export const downSinceADay =
  /(?:(?:ligt|lig|liggen|lying|been lying) (?:er |ze |hij |daar )?(?:al )?(?:sinds|since) (?:gisteren|gistermiddag|gisteravond|gisterochtend|eergisteren|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|het weekend|yesterday|monday|tuesday|wednesday|thursday|friday|saturday|sunday|the weekend))/;

/** Beside it: a fall or the floor, not a bed. */
const downOnFloor =
  /(?:gevallen|gevalle|viel|op de gang|op de vloer|op de grond|in de gang|kan niet (?:meer )?op|niet meer op kan|niet (?:meer )?opstaan|fell|fallen|on the floor|in the hall|cant get up)/;

/** Down in bed with an illness: not a fall. */
const downEveryday =
  /\b(?:in bed|op bed|op de bank|griep|koorts|verkouden|ziek|rugpijn|ziekenhuis|in bed with|flu|cold|sick|hospital)\b/;

export const acuteBodyDanger: readonly CrisisRule[] = [
  {
    id: 'danger.throat-blocked',
    kind: 'danger',
    pattern: re`\b${throatBlocked}\b`,
    with: [re`\b${airwaySign}\b`],
    unless: acuteMomentGuards,
  },
  {
    id: 'danger.battery-swallowed',
    kind: 'danger',
    pattern: re`\b${batterySwallowed}\b`,
    unless: [...acuteMomentGuards, animal],
  },
  {
    id: 'danger.fit-goes-on',
    kind: 'danger',
    pattern: re`\b${fitting}\b`,
    with: [re`\b${fitGoesOn}\b`, re`\b${fitPerson}\b`],
    unless: [...acuteMomentGuards, shakingEveryday],
  },
  {
    id: 'danger.rash-stays-when-pressed',
    kind: 'danger',
    pattern: re`\b${rashStays}\b`,
    with: [re`\b${illNow}\b`],
    unless: acuteMomentGuards,
  },
  {
    id: 'danger.worst-headache',
    kind: 'danger',
    pattern: re`\b${worstHeadache}\b`,
    with: [re`\b${headacheCompanion}\b`],
    unless: acuteMomentGuards,
  },
  {
    id: 'danger.pregnant-headache-warning',
    kind: 'danger',
    pattern: re`\b${pregnantHeadache}\b`,
    with: [re`\b${pregnantWarning}\b`],
    unless: [...acuteMomentGuards, acuteWhenever],
  },
  {
    id: 'danger.chest-like-a-weight',
    kind: 'danger',
    pattern: re`\b${chestLikeWeight}\b`,
    with: [re`\b${heartCompanion}\b`],
    unless: [...acuteMomentGuards, acuteWhenever, chestEveryday],
  },
  {
    id: 'danger.throat-swelling-after-allergen',
    kind: 'danger',
    pattern: re`\b${throatSwelling}\b`,
    with: [re`\b${allergen}\b`],
    unless: [...acuteMomentGuards, acuteWhenever],
  },
  {
    id: 'danger.electric-shock-not-answering',
    kind: 'danger',
    pattern: re`\b${electricShock}\b`,
    with: [re`\b${notAnswering}\b`],
    unless: acuteMomentGuards,
  },
  {
    id: 'danger.speech-goes-strange',
    kind: 'danger',
    pattern: re`\b${speechGoesStrange}\b`,
    with: [re`\b${speechCompanion}\b`],
    unless: [...acuteMomentGuards, speechEveryday],
  },
  {
    id: 'danger.diabetic-low-alone',
    kind: 'danger',
    pattern: re`\b${diabeticLow}\b`,
    with: [re`\b${lowSigns}\b`, re`\b${aloneNow}\b`],
    unless: [...acuteMomentGuards, acuteWhenever, lowsAsAPattern],
  },
  {
    id: 'danger.head-bleeds-no-answer',
    kind: 'danger',
    pattern: re`\b${headBleeds}\b`,
    with: [re`\b${notAnswering}\b`],
    unless: acuteMomentGuards,
  },
  {
    id: 'danger.down-since-a-day',
    kind: 'danger',
    pattern: re`\b${downSinceADay}\b`,
    with: [re`\b${downOnFloor}\b`],
    unless: [...acuteMomentGuards, downEveryday],
  },
];
