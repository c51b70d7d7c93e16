import { re } from '../crisisRule.js';
import { animal } from './animals.js';
import { youngChild } from './lexicon.js';

/**
 * Ordinary worries told as a situation (ADR 0012, session 17, branch safety43): a help question of
 * a parent, a pupil or a pet owner uses a word a crisis rule reads ("wil dat het stopt", "bijt
 * haar", "huilt en slaat", "flauwgevallen", "weggelopen", "bang voor hem", "ik ben 12 … alleen").
 * Each guard names the situation that makes the word ordinary and holds only while nothing in its
 * reach says someone is in danger now, so the same words beside a danger stay a crisis. Written
 * without anchors where a rule puts word boundaries around them.
 */

/** A child as parents name one, for the guards below: "mijn zoon", "onze dochter", "ons kind". */
const ownChild =
  /(?:zoon|zoontje|dochter|dochtertje|kind|kindje|kinderen|puber|tiener|son|daughter|kid|kids|teenager)/;

/**
 * A child's misconduct that a parent wants stopped: stealing, shoplifting, lying, skipping school,
 * smoking, vaping or gaming. Read over the whole message by suicide.no-way-out ("mijn dochter jat
 * in de drogist, ik wil dat het stopt"), as `nuisanceMustStop` reads a nuisance; never beside a
 * word of the writer's own life, pain or a means (the same words `nuisanceMustStop` refuses), and
 * never when the phrase is "zie geen uitweg".
 */
export const childsConductMustStop = re`^(?!.*\b(?:zie geen uitweg|geen uitweg meer|see no way out)\b)(?=.*\b${ownChild}\b)(?=.*\b(?:winkeldiefstal|diefstal|steelt|stelen|gestolen|jat|jatten|jatte|gejat|pikt|pikken|pikte|gepikt|liegt|liegen|spijbelt|spijbelen|gespijbeld|blowt|blowen|rookt|roken|vapet|vapen|gamet|gamen|shoplifting|shoplifts|stealing|steals|stole|lying|lies|skipping school|truancy|vaping|vapes|gaming)\b)(?!.*\b(?:leven|leef|bestaan|dood|sterven|pijn|moe van|zo moe|leeg|kan (?:het |dit )?niet meer|wil niet meer|trek het niet|hou het niet|houd het niet|voorgoed|voor altijd|hoofd|gedachten|stemmen|hel|niemand|pillen|touw|springen|mezelf|mijzelf|ik ook|zelfmoord|wakker|vannacht|life|living|alive|dead|to die|wanna die|pain|tired of|empty|(?:cant|cannot) (?:go on|take|do this)|forever|head|thoughts|voices|nobody|pills|rope|myself|end it|tonight)\b)`;

/**
 * Nails, lips or skin bitten by the one who bites: "ze bijt haar nagels tot bloedens toe", "bijt
 * zijn lip kapot". The pronoun after "bijt" is the biter's own, not a victim's. Read by the hit
 * rules whose victim may follow the verb.
 */
export const ownNailsBitten =
  /\b(?:bijt|beet|bijten|gebeten|bites|bit|biting) (?:(?:ze|zij|hij|ik|steeds|vaak|altijd|nog) )?(?:op |aan |on )?(?:haar|zijn|mijn|mn|hun|dr|zn|her|his|my|their) (?:nagels|nagel|nagelriemen|vingers|vinger|duim|lip|lippen|wang|wangen|tong|huid|nails|nail|fingers|thumb|lip|lips|cheek|tongue|skin)\b/;

/**
 * An own toddler's tantrum told by the parent: "onze peuter krijst en slaat als hij moe is". Read by
 * abuse.heard-violence (crying, then blows): the child cries and hits, nobody is heard being hit.
 * Never with a word of hearing or of the neighbours, nor beside an adult who hits.
 */
export const ownToddlersTantrum = re`^(?![^.]*\b(?:hoor|hoorde|horen|gehoord|buren|bovenburen|onderburen|benedenburen|buurman|buurvrouw|muur|naast ons|(?:man|vader|papa|pap|vriend|partner|stiefvader|moeder|mama|ex|oppas) (?:slaat|sloeg|schopt|klapt))\b)(?=[^.]*\b(?:mijn|mn|onze|ons) (?:peuter|peutertje|kleuter|dreumes|(?:zoon|zoontje|dochter|dochtertje|kind|kindje) van (?:[1-5]|een|twee|drie|vier|vijf)(?: jaar)?)\b)`;

/**
 * A faint that is over and has been seen to: "laatst flauwgevallen, de huisarts heeft gekeken",
 * "onlangs flauwgevallen op het werk". Read by danger.collapsed. Never beside a word of now, of not
 * waking or breathing, or of a call for help.
 */
export const faintSeenTo =
  /^(?![^.]*\b(?:nu|net|zojuist|op dit moment|ligt|reageert niet|reageert nergens|wordt niet wakker|ademt|bloedt|help|bel|112|ambulance|now|just now|right now)\b)(?=[^.]*\b(?:laatst|onlangs|pas geleden|een paar keer|paar keer|al eens|eerder|afgelopen (?:week|maand|maanden)|(?:huisarts|dokter|arts|specialist|cardioloog|neuroloog) (?:heeft|hebben|zegt|zei|vond|vindt)|(?:de|het) (?:huisarts|dokter|ziekenhuis) (?:[a-z]+ ){0,2}(?:gekeken|onderzocht|nagekeken|getest))\b)/;

/**
 * A pet that ran off or is lost, said right before the verb: "de kat is weggelopen", "onze hond is
 * al dagen kwijt". Read by danger.missing, whose child word (a child who cries about it) is then
 * no missing child. Never when a missing word follows a child with no animal between ("de hond is
 * weggelopen en mijn zoontje is er achteraan, nu kwijt").
 */
export const petGone = re`^(?![^.]*\b(?:${ownChild}|${youngChild}|jongen|meisje|boy|girl)\b(?:(?!\b${animal}\b)[^.]){0,60}\b(?:weg|kwijt|vermist|weggelopen|zoek|missing|gone|lost)\b)(?=[^.]*\b(?:de|het|onze|ons|mijn|mn|een|the|our|my) ${animal} (?:is|zijn|was|raakte|ging|has|ran|got) (?:[a-z]+ ){0,3}(?:weggelopen|vermist|kwijt|weg|zoek|ontsnapt|missing|gone|away|off|lost)\b)`;

/**
 * Someone at school feared by a pupil: "hij is bang voor hem" where "hem" is the teacher or the
 * coach named in the clause ("de meester schreeuwt in de klas, hij is bang voor hem"). Read by
 * abuse.afraid-of-household. Never beside a person of the household, a blow or home.
 */
export const schoolPersonFeared =
  /^(?![^.]*\b(?:vader|papa|pap|stiefvader|stiefmoeder|man|vriend|partner|ex|broer|opa|oom|moeder|mama|mam|thuis|slaat|sloeg|schopt|father|dad|stepdad|husband|boyfriend|home|hits)\b)(?=[^.]*\b(?:meester|juf|juffrouw|leraar|lerares|docent|docente|mentor|trainer|coach|gymleraar|conciërge|concierge|teacher|tutor)\b)/;

/**
 * A pupil alone at school, in the break or in class: "ik ben 12 en sta in het speelkwartier alleen".
 * Read by danger.child-alone-afraid, which is for a child alone at home or outside without an
 * adult. Never beside home, the night, hunger, a parent gone or someone who follows.
 */
export const pupilAloneAtSchool =
  /^(?![^.]*\b(?:thuis|huis|nacht|vannacht|donker|honger|mama|papa|mam|pap|ouders|opgesloten|volgt|achtervolgt|politie|112|home|night|hungry)\b)(?=[^.]*\b(?:pauze|pauzes|speelkwartier|schoolplein|in de klas|op school|klasgenoten|klasgenoot|mijn klas|de klas|kantine|gym|break|recess|playground|at school|in class)\b)/;
