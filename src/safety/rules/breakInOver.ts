import { re } from '../crisisRule.js';
import { overEn } from './itIsOver.js';

/**
 * A break-in that is over, told to ask for help (docs/adr/0012-safety-net.md, session 19, "A crime
 * that is over, told to ask for help"): a resident whose house, car or shed was broken into last
 * weekend and who asks for buurtpreventie, victim support or better locks needs that help, not
 * "Bel nu meteen 112". Read over the whole message (danger.intruder's `unlessInMessage` and
 * `askUnlessInMessage`), so a present told in another sentence keeps the rule.
 */

/**
 * Words of the aftermath a "now" or "nu" may stand beside: a fear, a sleep or a being alone that
 * came after the break-in ("now she is afraid to be home alone", "the children won't sleep alone
 * now", "ik durf nu 's avonds niet meer alleen", "ik lig nu elke nacht wakker", "ik schrik nu van
 * elk geluidje"), or the question asked now ("nu wil ik graag weten hoe").
 */
const aftermathState =
  /(?:unsafe|scared|afraid|anxious|nervous|shaken|uneasy|sleep|alone|wont stay|wont sleep|will not stay|doesnt dare|dont dare|cant sleep|want to know|bang|angstig|onveilig|durf|durft|durven|schrik|schrikt|slaap|slaapt|wakker|alleen|niet meer|voel|voelt|wil ik|willen we|elke nacht|elke avond|s nachts|s avonds)/;

/**
 * The resident's "now" that tells the aftermath, not the danger: a "now" or "nu" within three
 * words of an aftermath word. Any other "now" or "nu" is acute.
 */
const nowOfTheAftermath = re`(?<!\b${aftermathState} (?:[a-z]+ ){0,2})\b(?:now|nu)\b(?! (?:[a-z]+ ){0,2}${aftermathState}\b)`;

/**
 * Something acute or going on, anywhere in the message: the break-in now, someone inside or still
 * there, coming back or back again, someone hurt, a weapon or a threat, a call for help, a place in
 * the house where someone is. Any of these keeps danger.intruder's 112. Written wide on purpose: a
 * word here that also says something harmless ("weer", "back", "staat") only keeps the rule.
 */
export const breakInAcute = re`\b(?:${nowOfTheAftermath}|nou|net|zojuist|daarnet|op dit moment|momenteel|nog steeds|nog altijd|nog binnen|nog in|er nog|weer|opnieuw|terug|terugkomen|vannacht|vanavond|straks|ik hoor|hoor ik|hoor iemand|beneden|boven|zolder|verstop|verstopt|verstoppen|gewond|bloed|bloedt|bewusteloos|ligt|liggen|staan|staat|zit(?! vast)|zitten(?! vast)|bedreig|bedreigt|bedreigd|bedreigen|dreigt|dreigen|mes|wapen|pistool|koevoet|wordt ingebroken|breekt|breken|breek|durf niet naar binnen|right now|just now|still(?! (?:think|thinks|thinking) about (?:it|that))|again|back|tonight|can hear|i hear|hoor|hoort|horen|hear|hears|hearing|noise|noises|stay away|wont leave|keep coming|keeps coming|downstairs|upstairs|hiding|hide|hurt|injured|bleeding|unconscious|breaking|standing|at (?:the|my|our) (?:door|window|back door|front door)|threat|threaten|threatened|threatening|knife|gun|weapon|please help|help (?:me|us|now|please))\b|(?:^|[.] )help\b`;

/**
 * A time that is over, or a sign the break-in is over: a past day, weekend, week, month or year,
 * "geleden", "sindsdien", a holiday, "terwijl we aan het werk waren", "is geweest", the police
 * already there, a count of times; "last weekend", "a few days ago", "while we were at work",
 * "since then", "twice".
 */
const breakInOverSign = re`\b(?:vorig|vorige|afgelopen|geleden|gisteren|eergisteren|gisteravond|sindsdien|sinds die tijd|toen|[a-z]*vakantie|is (?:al )?geweest|zijn (?:al )?geweest|politie (?:is|was) (?:al )?(?:geweest|gekomen|langs geweest)|terwijl (?:we|wij|ik) (?:[a-z]+ ){0,2}(?:weg|werk|werken|werkten|werkte|vakantie|familie|niet thuis)|(?:twee|drie|vier|vijf|meerdere|een paar|verschillende) (?:keer|keren|maal)|${overEn}|last (?:weekend|night)|yesterday|the other day|days ago|since then|ever since|twice|(?:two|three|several|a few) times|while (?:we|i) (?:were|was) (?:at work|away|out|on holiday|on vacation|at (?:my|our|his|her) [a-z]+)|(?:the )?police (?:came|have been|has been|were here|already came))\b`;

/**
 * A break-in told as over: a sign it is over and nothing acute in the whole message. The rule
 * gives no crisis reply; the concern model still reads the message and may ask.
 */
export const breakInOverInMessage = re`^(?!.*${breakInAcute})(?=.*${breakInOverSign})`;

/** A break-in told as done: "er is (bij ons) ingebroken", "someone broke into my car". */
const breakInDone = re`\b(?:(?:is|zijn|werd|werden|was|were|got|been) (?:[a-z]+ ){0,4}(?:ingebroken|opengebroken|broken into|burgled)|(?:hebben|heeft) (?:[a-z]+ ){0,5}(?:ingebroken|opengebroken)|broke into)\b`;

/**
 * What came after: something taken, the fright after it, a question for the help that follows
 * ("slachtofferhulp", "support for victims", "buurtpreventie", "organiseren").
 */
const breakInAftermath =
  /\b(?:gestolen|meegenomen|leeggehaald|leeggeroofd|durft niet meer|durf niet meer|durven niet meer|niet meer veilig|niet meer alleen|slaap (?:[a-z]+ )?slecht|slaapt (?:[a-z]+ )?slecht|van slag|geschrokken|slachtofferhulp|buurtpreventie|buurtapp|organiseren|stole|stolen|took|taken|shaken|upset|unsafe|not safe|afraid to be|scared to be|cant sleep|wont stay|victim support|support for victims|counselling|neighbourhood watch)\b/;

/**
 * A break-in told as done with what came after it, but without a time (session 19, part B): the
 * rule asks (a check with every line) instead of answering with 112, when nothing in the message
 * is acute.
 */
export const breakInDoneInMessage = re`^(?!.*${breakInAcute})(?=.*${breakInDone})(?=.*${breakInAftermath})`;
