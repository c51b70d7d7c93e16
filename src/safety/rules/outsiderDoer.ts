import type { CrisisKind } from '../crisisKind.js';
import { collapseRegexSource, re } from '../crisisRule.js';
import { householdDoer } from '../kindCues.js';
import { householdMember, toldFromMedia } from './lexicon.js';

/**
 * 112 first when the one doing harm lives outside the home (ADR 0012, session 20, recall20b): "de
 * buurman heeft een mes en zegt dat hij me pijn doet", "the guy next door pushed me down the
 * stairs". The abuse rules read the hand and the victim, not who the doer is, so their crisis reply
 * led with Veilig Thuis, the line for violence at home; for a neighbour or a stranger the needed
 * line is 112. This never makes a crisis reply or a check: it only adds the danger kind to a crisis
 * reply the rules already give for abuse alone, so 112 (shown in every crisis reply) moves first.
 * A household member named anywhere in the message keeps the abuse order: then it may be home.
 * The writer must be the one harmed ("me", "mij"): a neighbour's child with bruises or a neighbour
 * heard being beaten is violence in that home, where Veilig Thuis is the line that helps.
 */

/** A neighbour, a stranger, someone on the street. */
export const outsiderDoer =
  /(?:buurman|buurvrouw|buren|bovenbuurman|onderbuurman|bovenbuurvrouw|onderbuurvrouw|bovenburen|onderburen|buurjongen|buurjongens|overbuurman|een vreemde|onbekende|iemand op straat|neighbou?rs?|next door|a stranger|some stranger|strangers|someone on the street|some guy on the street)/;

const outsider = new RegExp(collapseRegexSource(re`\b${outsiderDoer}\b`.source));
const household = new RegExp(collapseRegexSource(re`\b${householdMember}\b`.source));
const writerHarmed = /\b(?:me|mij)\b/;

/**
 * Violence in a public place or by people no one knows, going on now (ADR 0012, session 25,
 * frames25): "in de tram werd mijn zoon net door een groep jongens geschopt", "een vent in de kroeg
 * heeft net mijn vriendin tegen de muur geduwd", "in the park a man just punched my friend". The
 * abuse rules read the hand and the victim; a street, a bar, a station or a group of strangers is
 * no home, so 112 leads. Unlike a neighbour's violence (above) the one harmed need not be the
 * writer: a stranger's blow in public is no violence in anyone's home. Never when someone of the
 * household is the doer ("mijn man slaat me op straat": householdDoer of kindCues.ts, or "door
 * mijn vader", "by my husband"), a partner, an ex or a parent is named with no stranger beside
 * them, or the home is named: there Veilig Thuis keeps its place. Only
 * with a word of now ("net", "nu", "nog", "just", "still"): a rule's match with danger among its
 * kinds is never lowered by the frame reader, so a fight told from a film or long ago keeps its
 * own path.
 */
export const publicPlace =
  /(?:op straat|straat|plein|kroeg|cafe|bar|club|disco|discotheek|nachtclub|snackbar|station|perron|bushalte|tramhalte|bus|tram|trein|metro|park|festival|uitgaansgebied|stadion|supermarkt|parkeerplaats|winkelcentrum|kermis|street|square|pub|nightclub|train|subway|car park|parking lot|mall|markt|weekmarkt|winkelstraat|stoep|fietspad|speeltuin|strand|zwembad|market|pavement|sidewalk|playground|beach)/;
const strangerGroup =
  /(?:een groep|groepen|groepje|jongeren|een stel jongens|een paar jongens|een vent|een kerel|een onbekende|onbekenden|een vreemde|vreemden|a group|a gang|some guys|some men|a stranger|strangers)/;
const violenceNow =
  /(?:net(?! (?:als|zo|zoals|niet|wel)\b)|nu|zojuist|zonet|op dit moment|nog steeds|staat (?:er )?nog|is (?:er )?nog|zijn (?:er )?nog|aan het (?:vechten|slaan|schoppen|trappen)|just|now|right now|still)/;

/**
 * The harm told as it is now (session 25, lines25): the one hurt screams, bleeds, lies there, the
 * skin turns white or burns, the doer runs off ("haar huid wordt wit en ze schreeuwt", "he is
 * bleeding", "she is screaming"). A present state of the body is a word of now as much as "net";
 * a film or a book told in the present is kept out by `toldFromMedia`.
 */
const harmStateNow =
  /(?:(?:ze|zij|hij|het meisje|de jongen|de vrouw|de man) (?:[a-z]+ )?(?:schreeuwt|gilt|bloedt|huilt|ligt|kreunt|beweegt niet)|huid (?:wordt|is|brandt|kleurt)|(?:brandt|bloedt|bloeden|schreeuwt|gilt) (?:heel )?(?:erg|hard|helemaal|nog)|(?:rent|rennen|fietst|rijdt) (?:hij |ze |zij )?(?:nu )?weg|(?:is|are|keeps) (?:screaming|bleeding|burning|lying|crying)|(?:skin|face|eyes) (?:is |are )?(?:burning|turning white|going white|peeling)|(?:running|ran) away)/;
const householdAgent = re`(?:door|by) (?:mijn|mn|zijn|zn|haar|hun|onze|my|his|her|their|our) (?:[a-z]+ )?${householdMember}`;
const homeNamed = /(?:thuis|in huis|ons huis|mijn huis|at home|our house|my house)/;
/** A partner, an ex or a parent of the writer's: the doer, unless a stranger is named beside them. */
const partnerOrParentNamed =
  /(?:mijn|mn|my) (?:man|vrouw|echtgenoot|echtgenote|vriend|vriendje|partner|ex|exman|exvriend|exvriendin|expartner|vader|moeder|stiefvader|stiefmoeder|husband|wife|boyfriend|girlfriend|ex|dad|mum|mom|father|mother|stepdad|stepmother)/;
const strangerNamed =
  /(?:een (?:man|vrouw|jongen|meisje|kerel|vent|onbekende|vreemde|dronken man)|a (?:man|woman|guy|boy)|some (?:guy|man)|someone)/;

const publicOrStrangers = new RegExp(
  collapseRegexSource(re`\b(?:${publicPlace}|${strangerGroup})\b`.source),
);
const now = new RegExp(collapseRegexSource(re`\b(?:${violenceNow}|${harmStateNow})\b`.source));
const householdHand = new RegExp(
  collapseRegexSource(re`\b(?:${householdAgent}|${homeNamed})\b`.source),
);
const partnerOrParent = new RegExp(collapseRegexSource(re`\b${partnerOrParentNamed}\b`.source));
const stranger = new RegExp(
  collapseRegexSource(re`\b(?:${strangerGroup}|${strangerNamed})\b`.source),
);

/** Violence read by an abuse rule, told now in public or by strangers, with no one of the household doing it. */
function violenceInPublicNow(normalised: string): boolean {
  return (
    publicOrStrangers.test(normalised) &&
    now.test(normalised) &&
    !toldFromMedia.test(normalised) &&
    !householdHand.test(normalised) &&
    !householdDoer.test(normalised) &&
    (!partnerOrParent.test(normalised) || stranger.test(normalised))
  );
}

/**
 * The kinds of a crisis reply, with danger added when abuse alone was read and the doer is an
 * outsider, or the violence is in public or by strangers now (session 25).
 */
export function withDangerForOutsider(
  kinds: readonly CrisisKind[],
  normalised: string,
): readonly CrisisKind[] {
  if (!kinds.includes('abuse') || kinds.includes('danger')) return kinds;
  if (violenceInPublicNow(normalised)) return ['danger', ...kinds];
  if (!outsider.test(normalised) || household.test(normalised)) return kinds;
  if (!writerHarmed.test(normalised)) return kinds;
  return ['danger', ...kinds];
}
