import { re } from '../crisisRule.js';
import { animal } from './animals.js';
import { personNoun } from './emergencyScenes.js';
import { householdMember } from './lexicon.js';

/**
 * Someone locked in a room by another (docs/adr/0012-safety-net.md, session 19): "mijn vriend heeft
 * mijn dochter in de badkamer opgesloten". `abuse.locked-up` reads "kamer", "kelder", "zolder",
 * "schuur" and "kast" as whole words, and guards every toilet, so a bathroom, a bedroom, a
 * bijkeuken or a toilet someone was shut in by another went to the model alone. Written without
 * anchors; the rules put word boundaries around them.
 */

/** The rooms `abuse.locked-up` does not read: compounds of "kamer" and "kast", a toilet, a shed. */
export const roomShutIn =
  /(?:[a-z]+kamer|[a-z]+kast|toilet|toiletje|wc|wcs|wc tje|bijkeuken|berging|garage|douche|douchecel|washok|hok|kolenhok|tuinhuis|tuinhuisje|bathroom|bedroom|closet|cupboard|basement|cellar|attic|shed)/;

/** The one locked in: a pronoun, a person or a relative, the writer among them. */
const lockedPerson = re`(?:me|mij|ons|hem|haar|hen|ze|${personNoun}|${householdMember})`;

/**
 * Locked in by someone, the person named: the perfect or the keeping ("heeft haar … opgesloten",
 * "houdt mijn zoontje opgesloten"), the passive ("mijn dochter wordt … opgesloten", "is door hem
 * opgesloten") and a threat to ("dreigt haar op te sluiten"). A lock-in no one did ("we zaten
 * opgesloten", "ik zit opgesloten op de wc") and a thing locked away ("de fietsen in de garage")
 * are none of these.
 */
export const shutInBySomeone = re`(?:(?:heeft|hebben|had|hadden|houdt|houden|hield|hielden) (?:[a-z0-9]+ ){0,3}?${lockedPerson}(?: [a-z0-9]+){0,7}? opgesloten|${lockedPerson} (?:[a-z0-9]+ ){0,3}?(?:wordt|worden|werd|werden) (?:[a-z0-9]+ ){0,7}?opgesloten|(?:is|zijn|was|waren) (?:[a-z0-9]+ ){0,5}?door (?:[a-z0-9]+ ){0,5}?opgesloten|(?:dreigt|dreigde|dreigen|gaat|wil) (?:[a-z0-9]+ ){0,3}?${lockedPerson}(?: [a-z0-9]+){0,6}? (?:op te sluiten|opsluiten))`;

/**
 * A mishap or the law: a lock that jams, a key that will not turn, "opgesloten geraakt" (got shut
 * in), by accident; the police or a cell.
 */
export const shutInByMishapOrLaw =
  /(?:lift|buitengesloten|per ongeluk|by accident|accidentally|opgesloten (?:ge)?raakt|raakte (?:[a-z]+ ){0,4}opgesloten|(?:slot|deur|klink|deurklink) (?:[a-z]+ )?(?:klemt|klemde|zat vast|zit vast|kapot|hapert|haperde)|sleutel (?:[a-z]+ )?(?:draait|draaide|brak|afgebroken)|storm|sneeuw|snow|noodweer|lockdown|quarantaine|politie|police|arrestant|gevangenis|cel|dader|verdachte)/;

/**
 * An animal locked in, with no person in the clause ("we hebben de puppy in de bijkeuken
 * opgesloten", "onze konijnen zitten opgesloten in de schuur"). Someone shut in with it, a child, a
 * relative or the writer, is no longer this.
 */
export const onlyAnAnimalShutIn = re`^(?![^.]*\b(?:${personNoun}|${householdMember}|me|mij|mezelf|ons|hem|haar|zichzelf)\b)(?=[^.]*\b${animal}\b)`;

/**
 * The writer who shut themselves in ("ik heb me in de wc opgesloten", "we hebben ons in de
 * badkamer opgesloten"): hiding from an intruder is 112's, not someone locked up by another.
 */
export const writerShutThemselvesIn =
  /(?:ik heb|heb ik|ik had|had ik|we hebben|wij hebben|hebben we|hebben wij|we hadden|hadden we) (?:[a-z]+ ){0,3}?(?:me|mij|mezelf|mijzelf|ons|onszelf)\b/;
