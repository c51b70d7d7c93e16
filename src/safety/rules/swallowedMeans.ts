import { re } from '../crisisRule.js';

/**
 * What is swallowed in an overdose or a poisoning: pills and medicines, and poisons. One list per
 * concept (a session-15 review found the rules' copies had drifted apart); written without
 * anchors, the rules put word boundaries around them.
 */

/**
 * Pills and medicines in Dutch, as a plural or a mass noun: "pillen", "slaaptabletten",
 * "paracetamol", "insuline". Read where a quantity may come after the verb ("paracetamol genomen,
 * heel veel"): without the singular "pil", which there is the contraceptive ("de pil genomen,
 * alles goed").
 */
export const pillsPluralNl =
  /(?:pillen|tabletten|medicijnen|slaappillen|slaaptabletten|slaapmiddelen|kalmeringspillen|paracetamol|pijnstillers|oxazepam|diazepam|temazepam|lorazepam|ibuprofen|insuline|oxycodon|morfine|antidepressiva)/;

/** The same with the singular "pil", read after a quantity ("een hele strip pil", "veel pil"). */
export const pillsNl = re`(?:pil|${pillsPluralNl})`;

/**
 * Pills in English: "took all my pills", "swallowed a load of painkillers". Without "medication":
 * "took all my medication" is the day's dose as prescribed (suicide.saving-pills adds it: only
 * saving it up is a plan).
 */
export const pillsEn = /(?:pills|tablets|meds|painkillers|paracetamol)/;

/**
 * An animal's products against fleas, ticks and worms (session 17): "vlooiendruppels",
 * "ontwormingsmiddel", "flea drops". Poison to a person who drinks or eats them; read beside a
 * swallowing verb by danger.poisoning and danger.child-ingested, where a pet of its own that ate
 * them is guarded as before (animalOrThingHurt).
 */
export const petProduct =
  /(?:vlooiendruppels|vlooienmiddel|vlooienmiddeltje|antivlooienmiddel|vlooienspray|tekenmiddel|tekendruppels|ontwormingsmiddel|wormenmiddel|flea drops|flea treatment|flea spray|tick drops|tick treatment|dewormer|worming tablets)/;

/**
 * Poisons one drinks, Dutch and English: "gif", "rattengif", "bleekmiddel", "ontstopper",
 * "antivries", "bleach", "antifreeze"; thirty-first round: poisons of the garden ("slakkengif",
 * "onkruidverdelger", "weed killer"), which a child finds in the shed. Read by danger.poisoning, by suicide.ts's poisonDrunk and by
 * suicide.on-purpose. Cleaning products and batteries are danger.poisoning's own (a child's mishap,
 * and "bewust wasmiddel zonder parfum" is a choice in a shop).
 */
export const poison =
  /(?:gif|vergif|rattengif|muizengif|slakkengif|onkruidgif|onkruidverdelger|bleekmiddel|chloor|ontstopper|gootsteenontstopper|antivries|bleach|poison|rat poison|weed killer|weedkiller|slug pellets|antifreeze)/;

/**
 * Pills told as taken, in either order and either language: "heb de tabletten al ingenomen", "de
 * medicijnen heb ik al geslikt", "took the tablets" (thirty-fifth round). Read beside `everyPill`
 * and `saidToBeReal` (suicide.all-pills-for-real).
 */
export const pillsTaken = re`(?:${pillsPluralNl}\b (?:[a-z]+ ){0,3}(?:genomen|ingenomen|geslikt|ingeslikt|opgeslikt|doorgeslikt|opgegeten)|(?:took|taken|swallowed) (?:[a-z]+ ){0,2}${pillsEn})`;

/** Every one of them: "alle", "allemaal", "de hele doos", "every single one", "all of them". */
export const everyPill =
  /(?:alle|allemaal|alles|de hele (?:doos|strip|pot|fles|voorraad)|every single one|every one|all of them|the whole (?:box|pack|bottle|strip))/;

/**
 * Said to be real: "geen grap", "geen geintje", "ik meen het", "echt", "serieus", "al" (already),
 * "not a joke", "for real". A joke denied is the writer insisting, not a joke.
 */
export const saidToBeReal =
  /(?:geen grap|geen geintje|geen gein|ik meen het|meen het|echt|serieus|al|not a joke|no joke|not joking|i mean it|for real|seriously|already)/;

/**
 * The day's dose as prescribed: "van vanochtend", "uit het baxterzakje", "zoals de dokter zei",
 * "as prescribed" (thirty-fifth round). Never beside too many, an overdose, a death word or all at
 * once.
 */
export const doseAsPrescribed = new RegExp(
  String.raw`^(?![^.]*\b(?:te veel|teveel|overdosis|dood|in een keer|tegelijk|allemaal tegelijk|too many|overdose|overdosed|die|dead|at once|all at once)\b)(?=[^.]*\b(?:van vanochtend|van vanmorgen|van vanavond|ochtendpillen|avondpillen|baxter|baxterzakje|baxterzakjes|baxterrol|medicijnrol|weekdoos|pillendoos|dagdosis|zoals voorgeschreven|zoals de (?:dokter|arts|huisarts|apotheek) (?:zei|zegt|voorschreef)|voorgeschreven|as prescribed|as the doctor (?:said|told me|prescribed)|prescribed|this mornings|morning dose|evening dose|daily dose|pill organi[sz]er|blister pack)\b)`,
);

/**
 * A supply used up and a new one to buy (review24b, session 24): "de hele pot vitamines op, ik moet
 * nieuwe kopen", "de strip is op, nieuwe halen", a repeat prescription asked for. Never beside a
 * swallowing verb, too many, a harm, a wish or a farewell word: "ik heb de hele pot pillen genomen"
 * stays an overdose.
 */
export const resupplyOnly =
  /^(?!.*\b(?:genomen|ingenomen|geslikt|doorgeslikt|te veel|teveel|overdosis|dood|doodgaan|sterven|misselijk|duizelig|suf|slaperig|wakker|overgeven|braken|tegelijk|in een keer|niet meer|geen zin|sorry|afscheid|took|taken|swallowed|too many|overdose|die|dead|dizzy|sick|at once|goodbye)\b).*\b(?:(?:moet|moeten|ga|gaan|wil) (?:[a-z]+ ){0,2}?(?:nieuwe|nieuw|een nieuwe|een nieuw|meer|weer) (?:[a-z]+ ){0,2}?(?:kopen|halen|ophalen|bestellen)|nieuwe (?:kopen|halen|ophalen|bestellen)|herhaalrecept|herhaalrecepten|nieuw recept|repeat prescription|(?:need|have) to (?:buy|get|order) (?:new|more|some more)(?: ones)?)\b/;
