import { collapseRegexSource, re } from './crisisRule.js';
import { deathTerm, hitVerb, hitVerbEn, knifeDutch } from './rules/lexicon.js';
import { pillsEn, pillsNl, pillsPluralNl, poison } from './rules/swallowedMeans.js';

/**
 * A neighbour's everyday nuisance (docs/adr/0012-safety-net.md, session 19, ordinary23, E2 and E2b):
 * "de bovenburen stampen tot middernacht", "de rook van de houtkachel hiernaast komt ons huis in",
 * "upstairs they play loud music every night". The most common ordinary question the concern
 * model checks on the dev kaarten: smoke, noise and things from next door are told in the words
 * of fire, violence and fear. This reading is a gate on a **model-only** check (decideSafety): it
 * never touches a rule's reply, a crisis reply of the model or a check that built up.
 *
 * One concept, three lists: a neighbour (or the home above, below or beside), a nuisance of the
 * everyday kind from a closed list (smoke from cigarettes, a joint or a wood stove; stamping,
 * dragging, music, barking; a ball, branches, rubbish, parking), and what must keep the check
 * anywhere in the message: violence or a threat, a weapon or a means, fear, cries, fire, gas or
 * fumes, someone unwell, signs that a neighbour has not been seen, a child alone or neglected, the
 * police, the writer's own life or despair. Smoke alone is no nuisance: it must come with its
 * everyday source, and a word of fire keeps the check.
 */

/**
 * A neighbour, or the home next to, above or below the writer's ("bovenburen", "hiernaast", "de man
 * beneden"). "Beneden" alone is no neighbour: "de bomen gaan naar beneden" is a level crossing.
 */
const neighbour =
  /(?:[a-z]*buren|[a-z]*buurman|[a-z]*buurvrouw|buurjongen|buurjongens|buurmeisje|buurmeisjes|buurkind|buurkinderen|hiernaast|naast ons|naast mij|naast me|boven ons|onder ons|boven mij|onder mij|beneden ons|beneden mij|(?:man|vrouw|mensen|jongen|jongens|gezin|familie|studenten) (?:van )?beneden|overkant|upstairs|downstairs|next door|neighbour|neighbours|neighbor|neighbors)/;

/** Smoke's everyday sources: someone smoking, a joint, a wood stove, a barbecue. */
const smokeSource =
  /(?:roken|rookt|rookte|rokers|sigaret|sigaretten|sigarettenrook|sigarettenwalm|sigarettenpeuk|sigarettenpeuken|peuk|peuken|walm|walmt|walmen|houtkachel|houtkachels|houtstook|houtrook|wiet|wietlucht|blowen|blowt|joint|joints|vape|vapen|vapet|barbecue|barbecuen|bbq|smokes|smoking|cigarette|cigarettes|cigar|weed|woodstove|woodburner|wood stove|wood burner|log burner|stoken|stookt|stookte|open haard|vuurkorf|shisha|waterpijp|hookah)/;

/**
 * Noise of the everyday kind: stamping, dragging, music, drilling, a washing machine, a leaf blower,
 * barking.
 */
const noiseSource =
  /(?:stampen|stampt|stampte|gestamp|slepen|sleept|sleepte|gesleep|muziek|lawaai|lawaaiig|herrie|geluid|geluidsoverlast|basdreun|dreunt|boren|boort|geboor|wasmachine|blaft|blaffen|geblaf|feest|feestje|feesten|bladblazer|grasmaaier|radio|subwoofer|boormachine|klussen|klust|verbouwen|verbouwt|verbouwing|timmeren|timmert|drums|drumstel|gitaar|piano|karaoke|kabaal|dreun|dreunen|renovation|renovating|hammering|music|noise|noisy|loud|bass|stomps|stomping|drilling|drag|drags|dragging|barking|barks|party|parties|tv|televisie)/;

/** Things over the fence: a ball, branches and leaves, rubbish, droppings, a parked car. */
const thingSource =
  /(?:bal|ballen|voetbal|voetballen|voetbalt|trampoline|speelgoed|takken|tak|bladeren|blad|bomen|heg|haag|klimop|conifeer|coniferen|schutting|wortels|onkruid|kattenbak|vuilniszak|vuilniszakken|vuilnis|afval|grofvuil|rommel|kattenpoep|hondenpoep|poep|poept|parkeerplek|parkeerplaats|parkeert|parkeren|geparkeerd|busje|aanhanger|caravan|camper|container|containers|kliko|klikos|branches|leaves|tree|trees|hedge|rubbish|trash|bins|litter|parking|parked|poo|poop)/;

/** A ball kicked is play, not a blow: taken out before the violence words are read. */
const ballKicked = new RegExp(
  collapseRegexSource(
    String.raw`\b(?:schop|schopt|schoppen|schopte|trapt|trappen|trapte|kick|kicks|kicking|kicked) (?:[a-z]+ ){0,3}(?:bal|ballen|voetbal|ball|balls|football)\b`,
  ),
  'g',
);

/** Violence, a threat or harm done or meant: the nuisance may then be the lesser part. */
const violence = re`(?:${hitVerb}|${hitVerbEn}|gooi|gooit|gooien|gooide|gegooid|smijt|smijten|throw|throws|threw|thrown|vecht|vechten|gevecht|vechtpartij|fight|fighting|ruzie|geweld|violence|violent|klap|klappen|bloed|blood|gewond|injured|wound|pijn|dreig|dreigt|dreigen|dreigde|gedreigd|bedreig|bedreigt|bedreigd|bedreiging|intimideert|threat|threats|threaten|threatens|threatened|aandoen|aan doen|afmaken|vermoord|vermoorden|kill|wraak|revenge|valt aan|aangevallen|attack|attacked|bitten|volgt|achtervolgt|stalkt|stalker|stalking|gluurt|filmt|follows|followed|watches me)`;

/** A weapon or a means of harm. */
const means = re`(?:${knifeDutch}|knife|wapen|wapens|weapon|pistool|gun|vuurwapen|${pillsNl}|${pillsPluralNl}|${pillsEn}|${poison}|touw|strop|rope|overdosis|overdose)`;

/** Fear for one's safety, and cries heard through the wall. */
const fearOrCries =
  /(?:bang|angst|angstig|doodsbang|durf|durven|durft|onveilig|eng|scared|afraid|frightened|fear|terrified|unsafe|schreeuw|schreeuwt|schreeuwen|geschreeuw|gil|gilt|gillen|gegil|gillend|huil|huilt|huilen|gehuil|huilend|krijs|krijst|krijsen|roept|roepen|geroep|om hulp|hulpgeroep|help|scream|screams|screaming|yell|yells|yelling|shout|shouts|shouting|cry|cries|crying)/;

/** Fire, gas or fumes: smoke that is no nuisance but an emergency. */
const fireOrGas =
  /(?:brand|brandt|brandde|fik|vlam|vlammen|vuur|rookmelder|melder|alarm|piept|sirene|schoorsteen|zwart|zwarte|dik|dikke|gas|gaslucht|koolmonoxide|co|fire|flames|burning|burnt|carbon|monoxide|chimney|black|thick)/;

/** Someone unwell, or signs that a neighbour has not been seen: the emergency may be theirs. */
const unwellOrUnseen =
  /(?:flauw|flauwgevallen|bewusteloos|adem|ademt|ademen|ademnood|benauwd|stikt|stikken|geen lucht|duizelig|misselijk|hoofdpijn|suf|slaperig|ziekenhuis|ambulance|spoed|huisartsenpost|gevallen|ligt op de grond|niet gezien|dagen niet|al dagen|niet open|reageert niet|geen reactie|hoor niks|hoor niets|vreemd|vreemde|raar|rare|faint|fainted|unconscious|breathe|breathing|breath|dizzy|nauseous|headache|hospital|emergency|fallen|not seen|havent seen|no answer|not answering|strange|weird)/;

/**
 * A smell or a stench: a sign of a neighbour not seen, or of gas, unless the message names the
 * smoke's everyday source ("the wood burner, and the smell comes in").
 */
const smell = /(?:stank|stinkt|stinken|smell|smells|stinks|stench)/;

/** A child left alone or neglected, the police, sexual words. */
const childOrPolice =
  /(?:alleen|verwaarloosd|verwaarlozing|honger|kou|buiten gezet|politie|police|alone|neglected|hungry|seks|sex|naakt|naked|aanraken|aangeraakt|betast|touched)/;

/** The writer's own life and despair. */
const ownLifeOrDespair = re`(?:${deathTerm}|dood|leven|life|zelfmoord|suicide|einde|eind|end it|hopeloos|hopeless|wanhopig|desperate|zinloos|geen zin|pointless|kan niet meer|kan het niet meer|trek het niet meer|hou het niet meer|houd het niet meer|klaar met alles|cant take it|cannot take it)`;

const word = (pattern: RegExp) =>
  new RegExp(collapseRegexSource(String.raw`\b${pattern.source}\b`));

const neighbourPattern = word(neighbour);
const nuisancePattern = word(re`(?:${smokeSource}|${noiseSource}|${thingSource})`);
const keepsCheck = word(
  re`(?:${violence}|${means}|${fearOrCries}|${fireOrGas}|${unwellOrUnseen}|${childOrPolice}|${ownLifeOrDespair})`,
);
const smokeSourcePattern = word(smokeSource);
const smellPattern = word(smell);

/**
 * Whether a normalised message tells of a neighbour's everyday nuisance only: a neighbour, a
 * nuisance from the closed lists, and nothing anywhere that keeps the check.
 */
export function neighbourNuisanceOnly(normalised: string): boolean {
  if (!neighbourPattern.test(normalised) || !nuisancePattern.test(normalised)) return false;
  if (smellPattern.test(normalised) && !smokeSourcePattern.test(normalised)) return false;
  return !keepsCheck.test(normalised.replace(ballKicked, ' '));
}
