import type { CrisisKind } from './crisisKind.js';
import { collapseRegexSource } from './crisisRule.js';
/**
 * Words that tell which line a crisis needs, never whether there is one (docs/adr/0012-safety-net.md,
 * "Which lines a caught crisis gets", L4): a farewell letter or message, or one's own
 * last evening, names an end of one's own life without a word for death. Read on the normalised
 * text (letters squeezed: "laatste" is "latste", "haar" is "har", "goodbye" is "godbye", "z'n"
 * is "zn"), and only beside a rule's crisis (decideSafety).
 */
const farewell = new RegExp(
  [
    String.raw`\bafscheidsbrie(?:f|fje|fjes|ven)\b`,
    String.raw`\bafscheidsbericht(?:je|jes|en)?\b`,
    String.raw`\b(?:mijn|zijn|har|zn|mn) (?:al)?latste (?:avond|nacht|dag)\b`,
    String.raw`\b(?:suicide|godbye|farewel) (?:note|notes|leter|leters|mesage|text)\b`,
    String.raw`\b(?:my|his|her) (?:last|final) (?:evening|night|day) (?:alive|on earth|here)\b`,
  ].join('|'),
);

/** True when the message tells of a farewell or of one's own last evening. */
export function tellsFarewell(normalised: string): boolean {
  return farewell.test(normalised);
}

/** Compiled like a rule's pattern: written in ordinary spelling, doubled letters squeezed. */
const squeezed = (parts: readonly string[]) => new RegExp(collapseRegexSource(parts.join('|')));

/**
 * An end of the writer's or the doer's own life told beside harm to others or beside abuse
 * (docs/adr/0012-safety-net.md, session 21, lines21): the doer named again after the others ("de
 * kinderen en zichzelf", "kill them and then himself"), inside what he would burn, or a means kept
 * "for it". A crisis of another kind then also needs 113.
 */
const ownEndBeside = squeezed([
  String.raw`\b(?:en|and)(?: (?:dan|daarna|ook|then|also))? (?:zichzelf|mezelf|himself|herself|myself|themselves)\b`,
  String.raw`\bwith (?:himself|herself|myself|themselves)(?: still)? inside\b`,
  String.raw`\bmet (?:zichzelf|hemzelf|haarzelf|mezelf) (?:erin|er in|binnen)\b`,
  String.raw`\b(?:rope|noose|touw|strop|pillen|pills|tabletten)\b[^.]{0,40}\b(?:for it|om ervan af te zijn|om er een eind aan te maken|to end it)\b`,
]);

/** "zegt dat hij het nu gaat doen" or "says he'll do it tonight", with a means named. */
const doingItNow = squeezed([
  String.raw`\bhet (?:nu|vannacht|vanavond|vandaag) (?:gaat|ga|gaan) doen\b`,
  String.raw`\b(?:going to|gonna|about to|will) do it (?:now|tonight|today)\b`,
]);
const meansAtHand = squeezed([
  String.raw`\b(?:scheer)?mesjes\b|\bscheermes\b|\bmes\b|\bpillen\b|\btouw\b|\bstrop\b`,
  String.raw`\brazors?\b|\bblades?\b|\bpills\b|\brope\b|\bknife\b`,
]);

/**
 * A whole pack of pills emptied by an adult (a child who swallowed pills is a poisoning, for 112
 * alone): the overdose is taken, and 113 belongs beside 112.
 */
const wholePackTaken = squeezed([
  String.raw`\b(?:hele|volle|complete|whole|full|entire) (?:strip|doos|pot|potje|pak|verpakking|box|bottle|pack|packet|blister)\b[^.]{0,40}\b(?:leeg|leeggedrukt|leeggemaakt|geslikt|ingenomen|empty|emptied|swallowed)\b`,
]);
const aChild = squeezed([
  String.raw`\b(?:peuter|dreumes|kleuter|baby|zoontje|dochtertje|kindje|toddler|little one|van [1-6] jaar|van [1-6]\b)`,
]);

/**
 * Others taken along in a death, or violence told as at home: the children, a partner or a
 * family named beside the doer's own end ("zij en de twee kleintjes ... voor altijd", "zijn
 * vrouw, de kinderen en hij ... dood"), beaten at home ("word geslage thuis", a dropped final n
 * as many residents write it), or an ex or partner who breaks in with a weapon. A crisis of
 * another kind then also needs Veilig Thuis.
 */
const othersAlong = squeezed([
  String.raw`\b(?:kinderen|kids|children|kleintjes|kindjes|baby)\b[^.]{0,40}\b(?:en|and) (?:dan |daarna |then )?(?:zichzelf|mezelf|himself|herself|myself|hij|zij|ik|he|she)\b`,
  String.raw`\b(?:ik|zij|hij|i|she|he) (?:en|and) (?:de|mijn|zijn|haar|onze|the|my|his|her|our) (?:[a-z]+ )?(?:kinderen|kids|children|kleintjes|kindjes|baby)\b`,
]);
const deathWord = squeezed([
  String.raw`\b(?:dood|doodmaakt|doodmaken|vermoord|vermoorden|sterven|voor altijd|hemel|kill|dead|die together|heaven|forever)\b`,
]);
const homeViolence = squeezed([
  String.raw`\b(?:thuis|at home) (?:word |wordt |worden )?(?:geslagen|geslage|mishandeld|beaten|hit)\b`,
  String.raw`\b(?:geslagen|geslage|mishandeld|beaten|hit) (?:thuis|at home)\b`,
  String.raw`\b(?:mijn|mn|me|my|her|haar) (?:ex|exman|ex-man|exvriend|ex-vriend|man|husband|boyfriend|vriendje|partner) (?:[a-z]+ ){0,2}(?:ramt|beukt|slaat|trapt|schopt|smashes|is smashing|kicks|is kicking)\b[^.]{0,30}\b(?:knuppel|hamer|bijl|mes|bat|hammer|axe|knife)\b`,
]);

/**
 * Violence by someone of the household, told as going on (docs/adr/0012-safety-net.md, session 24,
 * lines24): a partner, an ex, a parent or a mother's boyfriend as the doer of a violent verb or
 * holding a weapon in the same clause ("mn ex is binnen gekomen met een mes", "my mums boyfriend is
 * choking her", "mijn vader zwaait met zijn geweer"), or a violent verb done to a partner or a
 * child of the doer ("slaat de buurman zijn vrouw", "he is hitting his wife"). Never beside a
 * blow done to the person named ("mijn broer is met een mes gestoken") nor beside words of the
 * person's own end ("mijn vriend zwaait met een mes en wil zichzelf ..."): there the weapon may be
 * for themselves. A danger rule's reply then also needs Veilig Thuis. Waving, pointing or aiming
 * counts only with a weapon named ("my dad points at his chest" is no threat), crossing a road
 * ("steekt de straat over") and raising an alarm ("slaat alarm") are no blow (review24).
 */
export const householdDoer = squeezed([
  String.raw`\b(?:mijn|mn|me|my|mums?|moms?|mams|mamas|moeders|zijn|zn|haar|his|her|onze|our) (?:ex|exman|exvriend|exvriendin|expartner|ex (?:man|vrouw|vriend|vriendin|partner|husband|wife|boyfriend|girlfriend)|man|vrouw|echtgenoot|echtgenote|partner|vriend|vriendje|stiefvader|stiefmoeder|vader|moeder|papa|pa|husband|wife|boyfriend|stepdad|stepfather|dad|father)\b(?![^.]{0,60}\b(?:gestoken|neergestoken|geslagen|aangevallen|beroofd|stabbed|attacked|beaten up|mugged|was hit|got hit|zichzelf|zich|hemzelf|himself|herself|zelfmoord|suicide|springen|springt|jump|jumps|eind aan|end it)\b)[^.]{0,40}\b(?:slaat(?! alarm| de deur| door\b| op hol| aan\b)|sloeg|schopt|trapt|wurgt|knijpt|steekt(?! (?:[a-z]+ ){0,3}?over\b)|(?:zwaait|richt|waves|is waving|points|is pointing) (?:[a-z]+ ){0,3}?(?:mes|messen|hamer|bijl|knuppel|geweer|jachtgeweer|pistool|wapen|knife|gun|rifle|shotgun|pistol|weapon|hammer|axe|bat)|hits|is hitting|beats|is beating|kicks|is kicking|punches|is punching|chokes|is choking|strangles|is strangling|stabs|is stabbing|met (?:een|zijn|haar|het) (?:mes|messen|hamer|bijl|knuppel|honkbalknuppel|geweer|jachtgeweer|pistool|wapen)|with (?:a|his|her|the) (?:knife|hammer|axe|bat|gun|rifle|shotgun|pistol|weapon))\b`,
  String.raw`\b(?:slaat|sloeg|schopt|trapt|wurgt|mishandelt|hits|is hitting|beats|is beating|kicks|is kicking|chokes|is choking|strangles|is strangling) (?:[a-z]+ ){0,2}(?:zijn|zn|haar|his|her) (?:vrouw|man|vriendin|vriend|partner|kinderen|kind|kindje|zoon|dochter|wife|husband|girlfriend|boyfriend|kids|children|child|son|daughter)\b`,
]);

/**
 * An end of one's own told without a word for death (session 24, lines24): "het hoeft voor mij
 * (ook) niet meer", "ik kan (zo) niet (meer) verder", someone who sets himself on fire or does
 * himself harm. Beside a crisis of another kind, 113 belongs with its line.
 */
const ownEndInOtherWords = squeezed([
  String.raw`\b(?:het )?hoeft (?:het )?(?:voor mij|voor mn|voor mijn|van mij) (?:ook |allemaal |echt )?(?:niet|niks|nix) meer\b`,
  // Not a task held up: "ik kan niet verder met de aanvraag" (review24); "met mijn leven" still is.
  String.raw`\bik kan (?:zo |zo echt |echt |gewoon )?(?:niet|nie) (?:meer )?verder\b(?! (?:met|zonder) (?:de|het|een|deze|die|dat|mijn|mn) (?!leven\b))`,
  String.raw`\bi cant (?:go on|carry on)\b`,
  String.raw`\b(?:zichzelf|zich|hemzelf|haarzelf|mezelf|himself|herself|myself|themselves) (?:[a-z]+ )?(?:in brand|in de fik|on fire|iets aan (?:te )?doen|iets aandoen|iets aandoet|wat aan (?:te )?doen|wat aandoen|op (?:te )?hangen|ophangen|ophangt)\b`,
  String.raw`\b(?:set|sets|setting|burn|burns|hurt|hurts|harm|harms|hang|hangs|kill|kills) (?:himself|herself|myself|themselves)\b`,
]);

/**
 * The lines the words of a message tell beside a caught crisis: 113 for an end of one's own
 * (a farewell, a doer's own end beside harm to others, an adult's whole pack taken, doing it now
 * with a means at hand), Veilig Thuis for others taken along or violence at home. Most urgent
 * first (the lines told only beside a crisis reply are in `readKindCues`). Words that tell a line,
 * never whether there is a crisis: decideSafety only adds these to a crisis or a check and never
 * removes a line.
 */
export function kindCues(normalised: string): CrisisKind[] {
  return readKindCues(normalised).cues;
}

/** The farewell and the lines a message's words tell, with the farewell read once for both. */
export interface KindCueReading {
  readonly farewell: boolean;
  readonly cues: CrisisKind[];
  /**
   * Lines told only beside a crisis reply (session 24, lines24): an end of one's own in other
   * words, violence by someone of the household. Words too common in strain ("ik kan niet meer
   * verder") to change what a check asks about; beside a crisis they only add a line.
   */
  readonly besideCrisis: CrisisKind[];
}

/**
 * `tellsFarewell` and `kindCues` in one reading: the safety net needs both for every message, and
 * the farewell is one of the cues, so it is read once and shared.
 */
export function readKindCues(normalised: string): KindCueReading {
  const farewell = tellsFarewell(normalised);
  const suicide =
    farewell ||
    ownEndBeside.test(normalised) ||
    (doingItNow.test(normalised) && meansAtHand.test(normalised)) ||
    (wholePackTaken.test(normalised) && !aChild.test(normalised));
  const abuse =
    (othersAlong.test(normalised) && deathWord.test(normalised)) || homeViolence.test(normalised);
  // Session 24 (lines24): told only beside a crisis reply; a check's question stays as it was.
  const ownEnd = !suicide && ownEndInOtherWords.test(normalised);
  const household = !abuse && householdDoer.test(normalised);
  return {
    farewell,
    cues: [...(suicide ? (['suicide'] as const) : []), ...(abuse ? (['abuse'] as const) : [])],
    besideCrisis: [
      ...(ownEnd ? (['suicide'] as const) : []),
      ...(household ? (['abuse'] as const) : []),
    ],
  };
}
