import { re } from '../crisisRule.js';
import { householdMember, possessive } from './lexicon.js';
import { meansForSelf } from './weapons.js';

/**
 * Someone else's means beside a death wish (ADR 0012, thirty-sixth round): a relative who has a
 * weapon or pills out, in hand or laid ready, and talks about not wanting to live or not being
 * here. The first-person rules read "op mezelf richten"; these read another person, so a father
 * who takes his rifle from the cabinet and says he would rather not be here gets 113 beside 112.
 * Written without anchors where a rule puts word boundaries around them.
 */

/**
 * A relative or a pronoun as the one who holds the means. The possessive is the shared list of
 * lexicon.ts (one list per concept): "zn vader", "dr broer", "ons kind", "hun zoon", "de oom".
 */
export const meansHolder = re`(?:${possessive} (?:[a-z]+ )?${householdMember}|hij|ze|zij|he|she)`;

/**
 * The means: the shared `meansForSelf` of weapons.ts (a weapon, a rope, pills), the same concept
 * whether it is turned on oneself or held by someone else.
 */
const meansHeld = meansForSelf;

/** Out, in hand or laid ready: "uit de kast gehaald", "op tafel gelegd", "took out", "holding". */
const outOrReady =
  /(?:uit de (?:kast|kluis|la|lade|schuur|kist) (?:gehaald|gepakt|genomen)|(?:gepakt|gehaald|tevoorschijn gehaald|klaargelegd|klaargezet|opgespaard|verzameld|op (?:een rij|tafel|schoot|het bed) (?:gelegd|gezet|liggen))|in (?:zijn|haar) (?:hand|handen|schoot)|op (?:zijn|haar) schoot|(?:took|taken|got|gotten|has) (?:[a-z]+ ){0,2}out|out of (?:the|his|her) (?:cabinet|gun cabinet|safe|gun safe|drawer|closet|cupboard|shed|case|attic)|(?:is |was )?holding|laid out|lined up|saved up|stockpil[a-z]+|in (?:his|her) (?:hand|hands|lap)|on (?:his|her) lap|loaded|geladen)/;

/**
 * Not wanting to live or to be here, said of or by the one who holds the means: "praat over er
 * niet meer zijn", "zegt dat ze niet meer wil leven", "does not want to be here anymore". Not
 * "niet meer wil jagen" or "niet meer naar de dagbesteding": only living and being here.
 */
const notWantingToBeHere =
  /(?:er niet meer (?:zijn|te zijn|wil zijn|willen zijn|wilt zijn)|niet meer (?:hier )?(?:wil|wilt|willen) (?:zijn|leven)|niet meer (?:wil|wilt|willen) (?:leven|bestaan)|(?:wil|wilt) (?:dood|sterven|er een (?:eind|einde) aan maken)|een (?:eind|einde) aan (?:zijn|haar) leven|(?:doesnt|does not|dont|do not) want to (?:be here|live|be around|go on)|(?:not|no longer) (?:wanting|want) to (?:be here|live|be around|go on)|wants to die|wanting to die|end (?:his|her) life|end it all)/;

/** The means out or ready, and the wish, in one message in either order. */
export const othersMeansWithDeathWish = re`(?:${meansHolder}\b[^.]{0,60}\b${meansHeld}\b[^.]{0,50}\b${outOrReady}|${meansHolder}\b[^.]{0,50}\b${outOrReady}\b[^.]{0,40}\b${meansHeld})\b(?=.{0,120}\b${notWantingToBeHere}\b)`;

/**
 * Not wanting to go on, said plainly at the end of what is told ("zegt dat ze niet meer wil",
 * "appt dat hij niet meer wil"): nothing but a full stop, a comma or a joining word after it, so
 * "niet meer wil turnen" is a sport given up. Or any wish of `notWantingToBeHere`.
 */
const notWantingAnyMore = re`(?:niet meer (?:wil|wilt)(?= ?(?:\.|$|\b(?:en|maar|want|dus|of|terwijl)\b))|${notWantingToBeHere}|(?:doesnt|does not) want to (?:go on|do this|be here|live) any ?more|(?:cant|can not|cannot) go on any ?more)`;

/** Told or written by the one who holds the means: "zegt", "appt", "says", "texted". */
const toldBy =
  /(?:zegt|zei|zeggen|appt|appte|schrijft|schreef|roept|riep|says|said|saying|texted|texts|writes|wrote|told me|tells me|keeps saying)/;

/** Has a means where they are, with no need for it to be out: "heeft een mes op haar kamer". */
const hasMeans = re`(?:heeft|had|hebben|has|had|keeps|kept|got|hides|hid|bewaart|verstopt) (?:[a-z]+ ){0,3}${meansHeld}`;

/**
 * A relative who says plainly that they do not want to go on, with a weapon, pills or a rope of
 * their own in the same message (session 17): "mijn dochter zegt dat ze niet meer wil, en ze heeft
 * een mes op haar kamer", "he keeps saying he does not want to live anymore and he has pills hidden".
 * Not out or ready, so no danger now of itself: 113, and 112 only where a danger rule reads more.
 */
export const othersWishBesideMeans = re`(?:${meansHolder}\b[^.]{0,40}\b${toldBy}\b[^.]{0,25}\b${notWantingAnyMore}\b[^.]{0,60}\b${hasMeans}|${meansHolder}\b[^.]{0,20}\b${hasMeans}\b[^.]{0,60}\b${toldBy}\b[^.]{0,25}\b${notWantingAnyMore})\b`;

/**
 * Someone else sitting or standing with a means at hand (session 19, part 5): "mijn oom zit met een
 * mes in de schuur", "hij staat met het touw in de garage". Read by suicide.others-means-finish-it.
 */
export const othersMeansAtHand = re`${meansHolder}\b[^.]{0,50}\b(?:zit|zat|staat|stond|loopt|liep|ligt|lag) (?:[a-z]+ ){0,3}?met (?:een|zijn|haar|het|de) (?:[a-z]+ )?${meansHeld}`;

/** "dat hij het gaat afmaken": to finish it, said of oneself beside a means and tears. */
export const finishIt = /het (?:[a-z]+ )?(?:gaat|ga|wil|wilt|zal|gaan) afmaken/;

/** Tears or despair in the clause: what makes "het afmaken" no job left half done. */
export const inDespair =
  /(?:huilt|huilen|huilend|te huilen|snikt|snikken|wanhopig|overstuur|radeloos|in paniek|ten einde raad)/;

/** A job, a piece of work or an animal "afgemaakt": the means is then a tool or the slaughter. */
export const jobOrAnimalFinished =
  /(?:klus|klusje|karwei|hout|houtsnijwerk|snijwerk|vogelhuisje|beeldje|werkstuk|schilderij|tekening|maaltijd|taart|heg|tuin|slachten|geslacht|dier|konijn|kip|kippen|haas|vis|muis|rat|duif|project|werk|huiswerk|puzzel|boek|spel|game|wedstrijd)/;
