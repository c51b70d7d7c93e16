import { animal } from './animals.js';
import { personHurtToo } from './everydaySetting.js';
import { pastMarker, presentSelf } from './lexicon.js';

/**
 * Settings where the danger a crisis word names is not the writer's now (ADR 0012, thirty-third
 * round): a wish about how to die of an illness (at home, without reanimation), a drill, a weapon
 * kept or handed in, a protocol asked about, an animal killed for food, old scars. Each is a guard
 * read in the clause of a rule's match (the normaliser drops commas, so a clause is a sentence);
 * each holds only while nothing in the clause says the writer or someone near is in danger now, so
 * the same words told as a crisis stay one. Written on normalised text (doubled letters are
 * collapsed by the rule compiler); without anchors where a rule puts word boundaries around them.
 */

/** Words that a danger is now or meant: a time, a threat, a means ready. */
const nowOrMeant = String.raw`(?:nu|nou|net|zojuist|vanavond|vannacht|vandaag|straks|morgen|right now|now|tonight|today|tomorrow|pillen|pil|tabletten|touw|springen|spring|mes|pills|rope|jump)`;

/**
 * A heart attack, a collapse or a breath that stops, happening: a plan of care beside it does not
 * make it less urgent ("hij heeft een hartstilstand en een niet-reanimeren penning").
 */
const eventNow = String.raw`(?:heeft (?:[a-z]+ )?(?:een )?(?:hartaanval|hart aanval|hartstilstand|beroerte|herseninfarct)|ademt (?:niet|nauwelijks)|reageert niet|valt|viel|ligt|bewusteloos|stikt|blauw|not breathing|collapsed|unresponsive|is having|choking)`;

/** The writer's own wish to die, told beside a plan of care: "want ik wil dood". */
const ownDeathWish = String.raw`(?:ik|i|want ik|omdat ik) (?:wil|want|wanna) (?:[a-z]+ ){0,2}(?:dood|sterven|die|niet meer)`;

/** An illness or its care named in the clause: a wish to die at home is read only beside it. */
const careContext = String.raw`(?:terminaal|palliatief|palliatieve|ongeneeslijk|ziek|ziekte|kanker|hospice|thuiszorg|nachtzorg|zorg|huisarts|verpleegkundige|wijkverpleging|dementie|ziekenhuisbed|hospital bed|ill|illness|cancer|care|nurse|doctor|gp|dementia)`;

/**
 * A wish about the end of an illness, told as a plan of care: "hij is terminaal en wil thuis
 * sterven", "ik wil niet gereanimeerd worden", "een niet-reanimeren penning", "a do not resuscitate
 * form". Read by suicide.death-wish and danger.heart-stroke; never beside the writer's own crisis
 * now (presentSelf) or a time, a threat or a means ("ik wil thuis sterven, vannacht, met de
 * pillen" stays read).
 */
export const endOfLifeCare = new RegExp(
  String.raw`^(?![^.]*${presentSelf.source})(?![^.]*\b(?:${nowOrMeant}|${eventNow}|${ownDeathWish})\b)(?=[^.]*\b(?:(?=[^.]*\b${careContext}\b)(?:(?:wil|wilt|willen|wou) (?:[a-z]+ ){0,2}(?:thuis|in (?:zijn|haar|mijn|hun|het|eigen) (?:eigen )?bed|in het hospice) (?:sterven|overlijden|doodgaan|dood gaan)|(?:wants|wanted|wishes|want|wish) to (?:die|pass away) (?:at home|in (?:his|her|my|their) own bed|in (?:the|a) hospice))|niet (?:meer )?gereanimeerd (?:wil |wilt |willen |te )?worden|niet reanimeren (?:penning|verklaring|wens|beleid|formulier)|nr (?:penning|verklaring)|(?:do not|dont) resuscitate (?:form|order|bracelet))\b)`,
);

/**
 * A drill: "een oefening van de brandweer met een gaslek", "a fire drill". Read by danger.gas; the
 * fire rule had its own "oefening" already.
 */
export const drillNotReal =
  /^(?![^.]*\b(?:echt|echte|real|really|geen oefening|not a drill)\b)(?=[^.]*\b(?:oefening|oefeningen|brandweeroefening|ontruimingsoefening|oefenen|drill|exercise)\b)/;

/**
 * A weapon kept, stored or handed in: "heeft nog een geweer op zolder, hoe lever ik dat in", "mijn
 * wapenvergunning verlengen", "where do I hand in my late father's rifle". Read by danger.weapon;
 * never beside a threat, a shot, a victim or a time now in the clause.
 */
export const weaponKeptOrHandedIn = new RegExp(
  String.raw`^(?![^.]*\b(?:dreigt|dreigde|dreigen|bedreigt|bedreigd|richt|richtte|schiet|schieten|neerschiet|neerschieten|vermoord[a-z]*|doodschiet|dood|zegt|zei|roept|schreeuwt|geladen|loaded|threat[a-z]*|shoot|shooting|kill|killing|pointing|aims|aiming|zwaait|waving|bang|afraid|scared|dronken|agressief|boos|woedend|drunk|angry|aggressive|gebruiken|use|mij|me|ons|us|${nowOrMeant})\b)(?=[^.]*\b(?:inleveren|inlevert|ingeleverd|lever (?:[a-z]+ ){0,3}in|op (?:de )?zolder|in de kast|in de kluis|wapenkluis|wapenvergunning|jachtakte|jachtvergunning|hand (?:it |them )?in|turn (?:it |them )?in|surrender|gun safe|firearms? licen[cs]e|hunting licen[cs]e|in the attic)\b)`,
);

/**
 * A protocol asked about, for a case that is not happening: "waar leer ik wat te doen bij een
 * leerling met een mes", "wat is het protocol als", "what is the procedure if a student brings a
 * knife"; a plain "wat moet ik doen" is a question asked in a crisis too, so it is not read. Read
 * by danger.weapon (the other rules read informationalSetting); never beside a time now or the
 * writer's own crisis.
 */
export const protocolAsked = new RegExp(
  String.raw`^(?![^.]*${presentSelf.source})(?![^.]*\b(?:nu|nou|net|zojuist|right now|now|vandaag|today)\b)(?=[^.]*\b(?:(?:waar|hoe) (?:leer|leren|oefen|oefenen) (?:ik|we|wij|je|jij) wat (?:te|je moet|ik moet|we moeten) doen|protocol|procedure|meldcode|(?:is there|are there) (?:a )?(?:training|course|protocol)|(?:where|how) (?:do|can) (?:i|we) learn what to do)\b)`,
);

/**
 * An animal struck, shot or slaughtered for food or hunting: "hij durft de vis niet dood te slaan",
 * "wij slachten een schaap", "konijnen schieten op het land". Read by abuse.violence-in-household;
 * never beside a person hurt or threatened in the clause.
 */
export const animalKilledForFood = new RegExp(
  String.raw`^(?![^.]*\b${personHurtToo}\b)(?![^.]*\b(?:mij|me|ons|us|mama|papa|de kinderen|the kids|my mum|my mom)\b)(?=[^.]*\b(?:${animal.source} (?:[a-z]+ ){0,2}(?:dood (?:te )?)?(?:slaan|slaat|sla|sloeg|schieten|schiet|slachten|slacht|geslacht)|(?:slaan|slaat|sloeg|schieten|schiet|slachten|slacht|shoot|shoots|slaughter|slaughters) (?:de|het|een|onze|zijn|haar|mijn|the|a|our|his|her)? ?${animal.source})\b)`,
);

/**
 * Old scars of self-harm told as long ago: "vroeger sneed ik mezelf, de littekens zitten er nog".
 * Read by the self-harm rules; never beside "weer", "opnieuw", "nog steeds", new wounds or a time
 * now.
 */
export const oldScars = new RegExp(
  String.raw`^(?![^.]*\b(?:weer|opnieuw|nog steeds|nog altijd|again|still|nieuwe|nieuw|vers|verse|fresh|new|gisteren|yesterday|${nowOrMeant})\b)(?=[^.]*${pastMarker.source})(?=[^.]*\b(?:litteken|littekens|scar|scars)\b)`,
);

/**
 * Signs that a stroke or a heart attack is happening now, in either language: what
 * `attackLongOver` and `recogniseAsked` never stand beside.
 */
const attackSignNow = String.raw`(?:nu|nou|net|zojuist|vanochtend|vanmiddag|vanavond|vannacht|vandaag|ineens|opeens|plotseling|scheef|hangt|valt|viel|ligt|kan (?:[a-z]+ )?(?:niet|nie) (?:meer )?(?:praten|lopen|bewegen|staan)|praat (?:raar|onduidelijk|niet)|ademt|reageert|bewusteloos|pijn|right now|now|just|suddenly|drooping|slurring|collapsed|cant (?:talk|speak|move)|not breathing|unresponsive|pain)`;

/**
 * A stroke or a heart attack told as long over, with life going on since (thirty-fourth round):
 * "had drie jaar terug een beroerte, hij is goed hersteld", "had a stroke a few years back and is
 * fine now", "heeft in de zomer een herseninfarct gehad en oefent nu met praten". A time back and
 * a recovery both, never beside a sign now. Read by danger.heart-stroke.
 */
export const attackLongOver = new RegExp(
  String.raw`^(?![^.]*\b(?:net|zojuist|just|nu (?:weer )?(?:een|opnieuw)|weer een|opnieuw|again|another|vanochtend|vanmiddag|vanavond|vannacht|vandaag|ineens|opeens|plotseling|scheef|hangt|ademt|reageert|bewusteloos|this morning|today|tonight|suddenly|drooping|slurring|collapsed|not breathing|unresponsive)\b)(?=[^.]*\b(?:(?:jaar|jaren|maanden|weken) (?:terug|geleden)|in de (?:zomer|winter|lente|herfst)|(?:years|months|weeks) (?:back|ago)|a (?:year|few years|couple of years) (?:back|ago)|gehad)\b)(?=[^.]*\b(?:hersteld|herstelt|herstellende|revalideert|revalidatie|oefent|logopedie|fysio|fysiotherapie|weer (?:fietsen|autorijden|lopen|werken|praten)|gaat (?:het )?(?:weer )?goed|recovered|recovering|(?:is|doing) (?:fine|well|ok|okay) now|fine now|rehab|physio)\b)`,
);

/**
 * How to recognise a stroke or a heart attack, asked as a question or a course (thirty-fourth
 * round): "hoe herken je een hartinfarct bij vrouwen", "les in het herkennen van een
 * herseninfarct", "signs of a stroke". Never beside a sign now or a person it is happening to
 * ("ik herken het, zijn mond hangt scheef"). Read by danger.heart-stroke.
 */
export const recogniseAsked = new RegExp(
  String.raw`^(?![^.]*\b${attackSignNow}\b)(?=[^.]*\b(?:hoe (?:herken|herkent) (?:je|u|jij|ik|we|men)|hoe (?:je|u|jij|men|we) [^.]{0,40}\b(?:herkent|herkennen|herken)|herkennen van|het herkennen|herkenning|signalen van|symptomen van|kenmerken van|how (?:do|can) (?:you|i|we) (?:recognise|recognize|spot|tell)|signs of|symptoms of)\b)`,
);

/**
 * A worried question about someone else's self-harm that the school, the parents or a carer
 * already know of (thirty-fourth round): "een meisje uit de klas krast zichzelf, de mentor weet
 * het al, hoe steun ik mijn dochter". Never beside a wound now, blood, a hospital, a wish to die
 * or a time now. Read by the self-harm rules.
 */
export const othersSelfHarmKnown = new RegExp(
  String.raw`^(?![^.]*${presentSelf.source})(?![^.]*\b(?:bloedt|bloed|diep|diepe|ziekenhuis|dood|zelfmoord|niet meer leven|wil niet meer|bleeding|blood|deep|hospital|suicide|kill|${nowOrMeant})\b)(?=[^.]*\b(?:klasgenoot|klasgenote|klasgenootje|uit (?:de|haar|zijn) klas|vriendin van (?:mijn|mn) (?:dochter|zoon)|vriend van (?:mijn|mn) (?:dochter|zoon)|classmate|a girl in (?:her|his|my) class|a boy in (?:her|his|my) class)\b)(?=[^.]*\b(?:(?:de )?(?:school|mentor|juf|meester|ouders|leraar|leerkracht|zorgcoordinator|vertrouwenspersoon|psycholoog) (?:[a-z]+ ){0,3}(?:weet|weten|wist|ingelicht|op de hoogte|heeft hulp|hebben hulp)|(?:weet|weten) (?:het|ervan) (?:al|ook)|(?:zijn|is) (?:al )?(?:ingelicht|op de hoogte)|(?:school|teacher|parents|mentor) (?:already )?(?:knows|know|is aware|are aware|informed))\b)`,
);
