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
 * Poisons one drinks, Dutch and English: "gif", "rattengif", "bleekmiddel", "ontstopper",
 * "antivries", "bleach", "antifreeze"; thirty-first round: poisons of the garden ("slakkengif",
 * "onkruidverdelger", "weed killer"), which a child finds in the shed. Read by danger.poisoning, by suicide.ts's poisonDrunk and by
 * suicide.on-purpose. Cleaning products and batteries are danger.poisoning's own (a child's mishap,
 * and "bewust wasmiddel zonder parfum" is a choice in a shop).
 */
export const poison =
  /(?:gif|vergif|rattengif|muizengif|slakkengif|onkruidgif|onkruidverdelger|bleekmiddel|chloor|ontstopper|gootsteenontstopper|antivries|bleach|poison|rat poison|weed killer|weedkiller|slug pellets|antifreeze)/;
