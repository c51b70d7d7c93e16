import { re } from '../crisisRule.js';
import { animal } from './animals.js';
import { householdMember, youngChild, youngChildHits } from './lexicon.js';
import { weapon } from './weapons.js';

/**
 * Ordinary worries told in a crisis rule's words (ADR 0012, session 18): a parent, a pupil or a
 * pet owner says something a rule reads as a crisis, and the situation around the word makes it
 * ordinary. Each guard names that situation and the signs that keep the crisis reading (the
 * writer's own life, a blow, now, home). They are `unless` guards read against one clause (anchored
 * with `^`), unless said otherwise.
 */

/** The writer's own child named: "mijn zoon", "onze puber", "my teenager". */
const ownChild =
  /(?:mijn|mn|ons|onze|my|our) (?:zoon|zoontje|dochter|dochtertje|kind|kinderen|kindje|puber|tiener|jongste|oudste|son|sons|daughter|daughters|kid|kids|child|teen|teenager|teenagers)/;

/** What a child does that a parent wants stopped: truancy, stealing, vaping, gaming, weed, lies. */
const childsConduct =
  /(?:spijbel[a-z]*|steelt|stelen|stal|jat|jatten|vape[a-z]*|vaapt|gamen|gamet|gamed|gaming|blowt|blowen|liegt|liegen|schoolverzuim|truant|truancy|skipping school|skips school|bunking|stealing|steals|vaping|games|lying|lies|weed)/;

/** The writer's own life, pain or a means: a conduct named beside these is no parenting question. */
const ownLifeOrMeans =
  /(?:leven|leef|bestaan|dood|sterven|pijn|mezelf|mijzelf|pillen|touw|springen|zelfmoord|er niet meer zijn|life|living|alive|dead|to die|wanna die|pain|myself|pills|rope|suicide|end it)/;

/**
 * A child's conduct a parent wants stopped (`suicide.no-way-out`): "mijn zoon spijbelt, ik wil dat
 * het ophoudt", "my son's vaping has to stop, I see no way out with him". Read as a check, never
 * a crisis reply and never nothing: a parent at the end of their tether may be in crisis too. Not
 * beside the writer's own life, pain or a means.
 */
export const childsConductMustStop = re`^(?=[^.]*\b${ownChild}\b)(?=[^.]*\b${childsConduct}\b)(?![^.]*\b${ownLifeOrMeans}\b)`;

/** Violence verbs besides biting: a blow named beside the nails is still read. */
const blowBesideBiting =
  /(?:sla|slaat|slaan|sloeg|schopt|schoppen|schopte|trapt|duwt|wurgt|knijpt|stompt|mishandelt|hits|kicks|beats|punches)/;

/**
 * One's own nails bitten (`abuse.hit-victim`, `abuse.hit-inverted`): "ze bijt haar nagels kapot",
 * "bijt hij zijn nagels": the pronoun is the biter's own, no one is bitten. Not beside a blow.
 */
export const ownNailsBitten = re`^(?=[^.]*\b(?:bijt|bijten|beet|beten|afbijten|bijt (?:hij|ze|zij)) (?:[a-z]+ )?(?:op )?(?:haar|zijn|hun|mijn|mn|de) (?:nagels|nagel|nagelriemen|vingers|lip|lippen)\b)(?![^.]*\b${blowBesideBiting}\b)`;

/** A young child of the writer's own: "mijn peuter", "ons zoontje van twee", "de kleine van 3". */
const ownYoungChild = re`(?:mijn|mn|ons|onze|my|our|de|het|the) (?:${youngChild}|${youngChildHits}|kleine(?: van (?:[1-5]|een|twee|drie|vier|vijf))?|kleintje|little one)`;

/** A tantrum and its moments: anger, crying, bedtime, dressing, "his way". */
const tantrum =
  /(?:driftbui[a-z]*|woedeaanval[a-z]*|woedebui[a-z]*|boos|huilbui[a-z]*|krijst|krijsen|gilt|gillen|gegil|schreeuwt|schreeuwen|huilt|huilen|zijn zin|haar zin|nee zeg|slapen|bedtijd|naar bed|aankleden|tantrum[a-z]*|meltdown[a-z]*|screams|screaming|cries|crying|his way|her way|bedtime|dressed)/;

/** Someone else who may be hitting: the neighbours, a parent, a partner, a sitter. */
const otherAdult =
  /(?:buren|buurman|buurvrouw|bovenburen|benedenburen|hiernaast|naast ons|papa|mama|vader|moeder|man|vrouw|vriend|partner|oppas|stiefvader|opa|oma|neighbour|neighbours|neighbor|neighbors|dad|mum|mom|husband|wife|boyfriend|babysitter|sitter)/;

/**
 * One's own toddler's tantrum (`abuse.heard-violence`, `abuse.he-hits`, `abuse.hit-victim`): "ik hoor
 * ons zoontje van twee schreeuwen en slaan als hij moet slapen", "mijn kleuter heeft woedeaanvallen,
 * hij slaat en bijt". Never beside the neighbours or another adult who may be the one hitting.
 */
export const ownToddlersTantrum = re`^(?=[^.]*\b${ownYoungChild}\b)(?=[^.]*\b${tantrum}\b)(?![^.]*\b${otherAdult}\b)`;

/** Signs a collapse is now: not waking, breath, a call for help, unconscious. */
const collapseNow =
  /(?:wordt (?:[a-z]+ )?niet wakker|niet wakker|reageert niet|reageert nergens|ademt|adem|bewusteloos|buiten bewustzijn|bel|bellen|112|wont wake|not waking|not breathing|breath|breathing|unconscious|call|calling|right now|nog steeds)/;

/**
 * A faint that is over and seen to (`danger.collapsed`): "laatst", "onlangs" or "vorige week", or a
 * doctor, a dentist or an ambulance that has looked ("de huisarts heeft hem nagekeken", "is in het
 * ziekenhuis onderzocht"). Never beside now, not waking, breath or a call.
 */
export const faintSeenTo = re`^(?=[^.]*\b(?:laatst|onlangs|vorige (?:week|maand)|afgelopen (?:week|maand)|last (?:week|month)|(?:(?:dokter|huisarts|arts|tandarts|ambulance|ambulancebroeders|ehbo|ziekenhuis|doctor|gp|dentist|hospital|paramedics)\b[^.]*\b(?:nagekeken|gekeken|onderzocht|opgevangen|is geweest|zegt dat|zei dat|checked|examined|said))))(?![^.]*\b${collapseNow}\b)`;

/** Words of a missing person: the missing word of danger.missing. */
const goneWord = /(?:vermist|weggelopen|spoorloos|kwijt|weg|missing|ontsnapt|run off|ran off)/;

/** A child named as the subject: not after "van" (the rabbit "van mijn dochtertje"). */
const childSubject =
  /(?<!\bvan (?:mijn|mn|ons|onze|de|het|haar|zijn) )(?:kind|kindje|zoon|zoontje|dochter|dochtertje|peuter|kleuter|baby|child|toddler|son|daughter)/;

/**
 * A pet gone (`danger.missing`): "de kat van mijn zoontje is vermist", "onze hond is weggelopen en
 * mijn dochter van 5 wil hem zoeken". The animal is the one gone; never when a missing word
 * follows a child with no animal between.
 */
export const petGone = re`^(?=[^.]*\b${animal}\b[^.]*\b${goneWord}\b)(?![^.]*\b${childSubject}\b(?:(?!\b${animal}\b)[^.])*\b${goneWord}\b)`;

/** A teacher, a coach or someone else of school or a club. */
const schoolPerson =
  /(?:juf|juffrouw|meester|leraar|lerares|docent|docente|mentor|mentrix|trainer|trainster|coach|gymleraar|gymjuf|conciërge|concierge|conierge|directeur|directrice|instructeur|teacher|principal|instructor|headteacher)/;

/** A person of the household, a blow, a touch or home: the fear is then no school worry. */
const householdOrHarm =
  /(?:man|vrouw|vader|moeder|stiefvader|stiefmoeder|papa|mama|vriend|partner|ex|broer|oom|thuis|slaat|sloeg|slaan|schopt|raakt|aanraken|aangeraakt|betast|zit aan|husband|wife|dad|father|mother|stepdad|boyfriend|home|hits|hit|touches|touched|touching)/;

/**
 * A teacher or a coach feared (`abuse.afraid-of-household`): "ik ben bang voor hem" where "hem" is
 * the teacher or the coach named beside it. Never beside a person of the household, a blow, a touch
 * or home.
 */
export const schoolPersonFeared = re`^(?=[^.]*\b${schoolPerson}\b)(?![^.]*\b${householdOrHarm}\b)`;

/** Where a pupil is at school: the break, the schoolyard, the class. */
const atSchool =
  /(?:school|pauze|speelkwartier|schoolplein|klas|klasgenoten|gym|gymles|juf|meester|les|overblijf|overblijven|lunchpauze)/;

/** Signs of a child alone in danger: home, night, hunger, a parent gone, a follower. */
const aloneInDanger =
  /(?:thuis|huis|nacht|vannacht|avond|honger|eten|mama|papa|moeder|vader|ouders|volgt|achter me aan|man|meneer|auto|straat|buiten|weg)/;

/**
 * A pupil alone or afraid at school (`danger.child-alone-afraid`): "ik ben 9 en sta in de pauze
 * alleen op het schoolplein". Never beside home, night, hunger, a parent or a follower.
 */
export const pupilAloneAtSchool = re`^(?=[^.]*\b${atSchool}\b)(?![^.]*\b${aloneInDanger}\b)`;

/** A teacher or the school who told it: the writer heard it afterwards. */
const schoolToldIt =
  /(?:(?:zegt|zei|vertelde|meldt|meldde|mailde) (?:de|onze|zijn|haar) (?:juf|meester|leraar|lerares|docent|mentor|school|directeur)|(?:de|onze|zijn|haar) (?:juf|meester|leraar|lerares|docent|mentor|school|directeur) (?:zegt|zei|vertelde|meldt|meldde|mailde|heeft (?:gezegd|verteld|gemaild|gemeld|gebeld|laten weten))|volgens de (?:juf|meester|leraar|lerares|docent|mentor|school)|(?:the|his|her|our) (?:teacher|school|principal|mentor) (?:says|said|told|emailed|called|rang|wrote)|(?:says|said) (?:the|his|her|our) (?:teacher|school|principal))/;

/** Signs the weapon is there now: standing, walking, locked in, the police on the way. */
const weaponThereNow =
  /(?:staat|stond|loopt|rent|zwaait|dreigt|richt|achter (?:ons|me|mij) aan|(?<!wat )nu|op dit moment|binnen blijven|binnenblijven|op slot|deuren dicht|deur dicht|lockdown|politie komt|komt eraan|now|right now|still|standing|walking|running|outside|locked|on the way)/;

/**
 * A knife at school told by the teacher afterwards (`danger.weapon`): "een kind had een mes bij
 * zich op school, zegt de juf", "the teacher says a boy brought a knife to school". Read over the
 * message (a colon splits the report from what it says). Never beside a sign that the weapon is
 * there now.
 */
export const schoolToldOfKnife = re`^(?=.*\b${schoolToldIt}\b)(?!.*\b${weaponThereNow}\b)`;

/** One's own lock-in: "hij heeft zich (al uren op zijn kamer) opgesloten", "ze wil zich opsluiten". */
export const lockedOneselfIn =
  /(?:zich|zichzelf|himself|herself|themselves)(?: (?!(?:word|wordt|werd|worden|werden|door|dat|omdat|want|maar|die)\b)[a-z]+){0,8} (?:opgesloten|opsluiten)/;

/**
 * Signs a lock-in of one's own is no sulk: a means, a threat, a word of death, no answer, fear or
 * violence from someone, a person shut in with them, or the writer (mij, ons) in it. Not "me":
 * squeezed, it is also "mee".
 */
const lockInDanger =
  /(?:mes|messen|mesje|scheermes|pillen|medicijnen|touw|riem|wapen|pistool|gas|motor|uitlaat|auto loopt|dreigt|dreigde|dreigen|dood|doodgaan|leven|eind|einde|zelfmoord|zichzelf iets|zichzelf pijn|pijn|reageert niet|reageert nergens|geen antwoord|geen reactie|hoor (?:niets|niks) meer|niet meer wakker|bang|slaat|sloeg|slaan|schopt|dronken|agressief|tekeer|geweld|bedreigt|vlucht|gevlucht|verstopt|beschermen|veilig|onveilig|met (?:mijn|mn|de|het|haar|zijn|ons|onze|hun|een|hem|haar)|mij|ons|knife|pills|rope|gun|threat|threatens|die|dead|kill|scared|afraid)/;

/**
 * A lock-in of one's own (`abuse.locked-up`): "mijn zoon heeft zich de hele middag op zijn kamer
 * opgesloten", "mijn man heeft zich na de ruzie in de schuur opgesloten". No one locked them up.
 * Never beside a means, a threat, a word of death, no answer, fear or violence, someone shut in
 * with them, or the writer: there the rule still answers (and the suicide and danger rules read
 * the means and threats as they do).
 */
export const lockedOneselfInCalmly = re`^(?=[^.]*\b${lockedOneselfIn}\b)(?![^.]*\b${lockInDanger}\b)`;

/**
 * Someone else in a lock-in (ADR 0012, session 25, frames25): violence, a threat to someone or fear
 * of someone, a flight or a hiding place, a person shut in with them ("met de kinderen", "met
 * hem"), or the writer (mij, ons). Not a means, a word of death or no answer: those tell of the
 * one inside, and the suicide and danger rules read them.
 */
/**
 * Someone of the household with a weapon or a threat beside a lock-in of one's own (session 25,
 * review25): "ze heeft zich opgesloten, haar man heeft een mes", "omdat haar vriend dreigt":
 * the one inside hides from them. Never the one locked in ("mijn broer heeft zich met zijn geweer
 * opgesloten": "zich" right after them).
 */
const householdDoerArmed = re`(?:mijn|mn|haar|zijn|zn|hun) ${householdMember} (?!(?:[a-z]+ ){0,2}(?:zich|zichzelf)\b)(?:(?:[a-z]+ ){0,4}?${weapon}|(?:dreigt|dreigde|bedreigt|staat (?:[a-z]+ ){0,4}?voor de deur))`;

export const someoneElseInLockIn = re`(?:bang|slaat|sloeg|slaan|schopt|agressief|tekeer|geweld|bedreigt|bedreigde|(?:dreigt|dreigde|dreigen) (?:mij|me|ons|haar|hem|de kinderen|iedereen)|vlucht|gevlucht|verstopt|beschermen|veilig|onveilig|met (?:de |het |een |mijn |mn |zijn |zn |haar |ons |onze |hun )?(?:[a-z]+ )?${householdMember}|met (?:hem|haar|mij|ons)|mij|ons|scared|afraid|threatens|with (?:me|us|the kids|the children)|${householdDoerArmed})`;

/**
 * A lock-in of one's own with no one else in it (`abuse.locked-up`, session 25, frames25): "mijn
 * broer heeft zich met zijn geweer in zijn kamer opgesloten", "ze heeft zich met een doos pillen
 * in de badkamer opgesloten". No one locked them up, so the line is not Veilig Thuis: a means, a
 * word of death or no answer beside it is for the suicide and danger rules (session 18 let the
 * abuse rule answer there, and its Veilig Thuis led where 113 was needed). Never beside someone
 * else's violence, a threat, fear, a person shut in with them, or the writer.
 */
export const lockedOneselfInNoOneElse = re`^(?=[^.]*\b${lockedOneselfIn}\b)(?![^.]*\b${someoneElseInLockIn}\b)`;

/**
 * What tells of the one inside a lock-in of one's own (session 25, frames25): a means (a blade,
 * pills, a rope, a weapon, the car's exhaust), a word of death or of an end, or no answer.
 * Not someone else's death ("sinds mama dood is": grief, no means; session 25, review25). Read
 * by `suicide.locked-in-with-means`, which answers where `abuse.locked-up` no longer does.
 */
export const lockInMeans = re`(?:${weapon}|scheermes|mesje|pillen|medicijnen|tabletten|slaappillen|touw|strop|riem|gas|uitlaat|auto loopt|motor (?:loopt|draait|aan)|dood(?! (?:is|was|zijn|waren|gegaan|ging|gingen)\b)|doodgaan|zelfmoord|eind aan|einde aan|niet meer leven|zichzelf iets|zichzelf pijn|reageert niet|reageert nergens|geen antwoord|geen reactie|hoor (?:niets|niks) meer|niet meer wakker|knife|pills|rope|gun|rifle|die|dead|kill)`;

/**
 * A weapon locked away (`abuse.locked-up`, session 25, frames25): "mijn vader bewaart zijn
 * jachtgeweer opgesloten in een kast", "het geweer ligt opgesloten in de kluis", "the rifle is
 * locked up in a safe". The thing locked up is the weapon, no person: not a weapon someone is
 * shut in with ("zit met een pistool opgesloten"). Never beside the writer or a person made to
 * stay (me, mij, ons, zonder eten, straf). Session 25, review25: nor with a second part of the
 * sentence between the weapon and the lock-in ("verstopt zijn geweer en houdt mijn moeder
 * opgesloten"): there a person is locked up; "geweer en munitie" stays one thing.
 */
export const weaponLockedAway = re`^(?=[^.]*\b(?:(?<!\bmet (?:[a-z]+ )?)${weapon}\b(?: (?!(?:en|maar|and|but) (?!(?:de |het |zijn |haar |the |his )?(?:munitie|kogels|patronen|ammo|ammunition|bullets)\b))[a-z]+){0,6} (?:opgesloten|opsluiten|locked (?:up|in|away))|(?:opgesloten|locked (?:up|in|away))(?: [a-z]+){0,2} (?:in )?(?:de |een |het |a |the )?(?:kluis|wapenkluis|wapenkast|geweerkast|safe|gun safe|gun cabinet))\b)(?![^.]*\b(?:me|mij|ons|mezelf|zich|zichzelf|myself|himself|herself|us|zonder eten|straf)\b)`;

/** A young pupil: a toddler's word, a child of at most eight, a pupil of groups 1 to 5. */
const youngPupil = re`(?:${youngChild}|${youngChildHits}|(?:is|van) (?:pas |bijna |net )?(?:[4-8]|vier|vijf|zes|zeven|acht)(?! (?:uur|tot|keer|euro|minuten|dagen|weken|maanden|jaar geleden))|groep (?:[1-5]|een|twee|drie|vier|vijf)|kleuterklas|onderbouw)`;

/** At school among other pupils: the class, the schoolyard, classmates, the after-school care. */
const amongPupils =
  /(?:school|klas|schoolplein|klasgenoot|klasgenoten|klasgenootjes|medeleerlingen|leerlingen|andere kinderen|andere kindjes|pauze|speelkwartier|gym|gymles|juf|meester|bso|opvang|kinderopvang|peuterspeelzaal|kinderdagverblijf|creche)/;

/** A child being hit, told of by a child, or afraid; home: the blow is then no pupil's anger. */
const childHitOrHome =
  /(?:geslagen|geschopt|getrapt|mishandeld|gepest|slaat (?:hem|haar|me|mij|ons)|vertelt|vertelde|zegt dat|zei dat|says|said|told|bang|thuis|huis|home|beaten)/;

/**
 * A young child who hits at school (`abuse.he-hits`): "ons zoontje van vijf slaat klasgenootjes als
 * hij boos is", "hij zit in groep 2 en schopt in de pauze als hij zijn zin niet krijgt". The
 * hitter is the young pupil. Never beside an adult of the household or the street, a child being
 * hit or telling of it, fear, or home.
 */
export const youngPupilHitsAtSchool = re`^(?=[^.]*\b${youngPupil}\b)(?=[^.]*\b${amongPupils}\b)(?![^.]*\b${otherAdult}\b)(?![^.]*\b${childHitOrHome}\b)`;
