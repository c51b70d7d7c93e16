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
 * The lines the words of a message tell beside a caught crisis: 113 for an end of one's own
 * (a farewell, a doer's own end beside harm to others, an adult's whole pack taken, doing it now
 * with a means at hand), Veilig Thuis for others taken along or violence at home. Most urgent
 * first. Words that tell a line, never whether there is a crisis: decideSafety only adds these to
 * a crisis or a check and never removes a line.
 */
export function kindCues(normalised: string): CrisisKind[] {
  return readKindCues(normalised).cues;
}

/** The farewell and the lines a message's words tell, with the farewell read once for both. */
export interface KindCueReading {
  readonly farewell: boolean;
  readonly cues: CrisisKind[];
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
  return {
    farewell,
    cues: [...(suicide ? (['suicide'] as const) : []), ...(abuse ? (['abuse'] as const) : [])],
  };
}
