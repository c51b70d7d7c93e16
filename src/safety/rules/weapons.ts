import { re } from '../crisisRule.js';
import { animal } from './animals.js';
import { householdMember, knifeDutch } from './lexicon.js';
import { pillsEn, pillsPluralNl } from './swallowedMeans.js';

/**
 * Weapons, one list per concept (ADR 0012, thirty-fourth round): the rules had one inline list
 * each, and the firearm of a hunter or a boy ("jachtgeweer", "buks", "luchtbuks", "shotgun") was
 * in none. Written without anchors; the rules put word boundaries around them. Compounds are
 * listed one by one, never as a suffix, so a toy ("waterpistool", "speelgoedgeweer") is no weapon.
 */

/** Firearms in Dutch: "pistool", "jachtgeweer", "buks". */
export const firearmNl =
  /(?:pistool|pistolen|revolver|vuurwapen|vuurwapens|geweer|geweren|jachtgeweer|jachtgeweren|hagelgeweer|luchtgeweer|luchtbuks|buks|jachtbuks|karabijn|alarmpistool|gaspistool|kalasjnikov|machinegeweer)/;

/** Blades in Dutch: a knife of any kind, an axe, a machete. */
export const bladeNl = re`(?:${knifeDutch}|messen|keukenmes|broodmes|vleesmes|stanleymes|zakmes|slagersmes|jachtmes|steekmes|vlindermes|springmes|dolk|bijl|hakbijl|machete|zwaard)`;

/** Clubs and other things swung or shot at people, in Dutch. */
export const bluntOrBowNl =
  /(?:knuppel|knuppels|honkbalknuppel|honkbalknuppels|boksbeugel|koevoet|kruisboog|pijl en boog)/;

/**
 * "gun" in English, but not the Dutch verb "gunnen" ("ik gun hem alles", "gun je dat"):
 * after it a pronoun, an article or a possessive says Dutch.
 */
export const gunEnglish =
  /gun(?! (?:ik|je|jij|we|wij|hem|haar|het|jou|jullie|ze|zij|hen|hun|u|ons|iedereen|alles|niemand|mijn|zijn|de|dat|dit)\b)/;

/** Firearms in English. */
export const firearmEn = re`(?:${gunEnglish}|guns|pistol|revolver|handgun|rifle|rifles|shotgun|air rifle|firearm|crossbow)`;

/** Blades, clubs and the rest in English. */
export const otherWeaponEn =
  /(?:knife|knives|machete|axe|hatchet|bat|baseball bat|crowbar|broken bottle|weapon|weapons)/;

/** Every weapon a rule reads: the union of the lists above. */
export const weapon = re`(?:${firearmNl}|${bladeNl}|${bluntOrBowNl}|wapen|wapens|${firearmEn}|${otherWeaponEn})`;

/** A firearm in either language: what "geladen", "loaded" and "shoot" are said of. */
export const firearm = re`(?:${firearmNl}|${firearmEn})`;

/**
 * A weapon told before what is done with it: raised, aimed, swung, loaded ("haalde het geweer van
 * zolder en richt het op mijn zus", "got the shotgun out and is pointing it at me"). Read beside a
 * person or a threat in the clause (danger.weapon-raised).
 */
export const raisedAfter =
  /(?:richt|richtte|richten|gericht|zwaait|zwaaide|zwaaien|ermee|mee te dreigen|geladen|doorgeladen|legt aan|schiet|schieten|points|pointing|pointed|aims|aiming|aimed|waves|waving|waved|brandishing|loaded|swinging|swings|shooting)/;

/** Whom a raised weapon threatens, or the threat itself. */
export const threatenedPerson = re`(?:mij|me|ons|(?:mijn|mn|zijn|haar|onze|my|his|her|our|the) ${householdMember}|mama|papa|mensen|iemand|voorbijgangers|kinderen|hem|haar|us|people|someone|him|her|zegt|zei|dreigt|schreeuwt|roept|says|threatens|shouting|screaming)`;

/**
 * A weapon as a sport, a sale, a wish or a licence: "een luchtbuks kopen voor de
 * schietvereniging", "een club voor kruisboogschieten", "an air rifle for his birthday, is that
 * legal". Never beside a threat, a shot at someone, drink or anger, fear or a time now in the
 * clause; a climbing clip ("karabijn") with a rope is a tool.
 */
export const weaponAsSport = new RegExp(
  String.raw`^(?![^.]*\b(?:dreigt|dreigde|bedreigt|richt|richtte|zwaait|zwaaide|geladen|doorgeladen|neerschiet|doodschiet|vermoord[a-z]*|dood|raken|geraakt|gewond|bloed|bang|dronken|kwaad|woedend|agressief|schreeuwt|roept|threat[a-z]*|pointing|aiming|waving|loaded|kill|hurt|shot|drunk|angry|scared|afraid|mij|ons|us|nu|net|zojuist|vanavond|vannacht|right now|now|tonight)\b)(?=[^.]*\b(?:jager|jagers|jacht|jachtseizoen|boswachter|hunter|hunters|hunting season|schietvereniging|schietsport|schietclub|schietbaan|kruisboogschieten|handboogschieten|boogschieten|kopen|koop|gekocht|verkopen|vergunning|vergunningen|legaal|mag dat|mag hij|mag ze|club|sport|verjaardag|cadeau|blikjes|schietschijf|klimmen|klimhal|klimtouw|touw|hangmat|shooting range|gun club|range|licence|license|legal|allowed|buy|buying|bought|sell|birthday|present|cans|target practice)\b)`,
);

/**
 * Shooting at animals, with no person aimed at or threatened in the clause: "de buurjongen schiet
 * met een luchtbuks op duiven", "shoots at cats with an air rifle" (a matter for the police or the
 * animal ambulance, not 112 at once). "richt de kruisboog op onze kat en zegt dat ik de volgende
 * ben" names the writer and stays read.
 */
export const shotAtAnimals = new RegExp(
  String.raw`^(?![^.]*\b(?:mensen|kinderen|iemand|voorbijgangers|mij|ons|volgende|people|kids|children|someone|us|next)\b)(?=[^.]*\b(?:schiet|schieten|schoot|richt|shoots|shooting|shot|aims) (?:[a-z]+ ){0,4}(?:op|naar|at) (?:[a-z]+ )?${animal.source}\b)`,
);

/**
 * Fireworks or explosives, a means a writer may turn on themselves (session 17): "zwaar vuurwerk",
 * "cobra's", "explosives". Read by suicide.means-turned-on-self beside `meansForSelf`; not a part
 * of it, since fireworks kept by someone else at New Year are everyday (othersMeans.ts).
 */
export const explosive =
  /(?:vuurwerk|zwaar vuurwerk|vuurwerkbom|vuurwerkbommen|cobra|cobras|explosief|explosieven|springstof|fireworks|firework|explosive|explosives)/;

/**
 * Set off on or against the writer: "bij mezelf laten ontploffen", "op mezelf afsteken", "set it
 * off on myself", "blow myself up". "bij mezelf" with a word between is the writer's home ("bij
 * mezelf thuis afsteken").
 */
const explosiveSetOffOnSelf =
  /(?:(?:op|tegen) (?:mezelf|mijzelf|mij zelf) (?:[a-z]+ )?(?:laten )?(?:ontploffen|afsteken|aansteken|afgaan)|bij (?:mezelf|mijzelf|mij zelf) (?:laten )?(?:ontploffen|afgaan)|(?:set|let) (?:it|them) (?:off|go off) (?:on|against|next to) myself|blow myself up)/;

/**
 * A means turned on the writer: "op mezelf richten", "tegen mezelf gebruiken", "use it on myself",
 * "turn it on myself" (thirty-fifth round). "voor mezelf" alone is not this: "een mes voor mezelf",
 * "cooking for myself" are everyday (suicide.means-for-self reads "voor mezelf" with its guard).
 */
export const turnedOnSelf = re`(?:(?:op|tegen) (?:mezelf|mijzelf|mij zelf) (?:[a-z]+ )?(?:richten|richt|gebruiken|gebruik|zetten|zet|houden|keren|afvuren|leegschieten)|(?:richten|richt|gebruiken|gebruik|zetten|zet|keren|keer) (?:[a-z]+ ){0,3}(?:op|tegen) (?:mezelf|mijzelf)|(?:use|turn|point|aim|pull) (?:it |them |this |that |the trigger )?(?:on|at|against) myself|${explosiveSetOffOnSelf})`;

/**
 * What a means turned on oneself is: a weapon, a rope or pills. The pills are the shared lists of
 * swallowedMeans.ts (one list per concept), so a medicine named there is a means here too.
 */
export const meansForSelf = re`(?:${weapon}|touw|strop|rope|noose|${pillsPluralNl}|${pillsEn})`;

/** The intention or the time now beside it: "ik wil", "ik ga", "vanavond", "going to", "tonight". */
export const intentOrNow =
  /(?:wil|ga|gaat|ben van plan|nu|straks|vanavond|vannacht|vandaag|meteen|want|wanna|going to|gonna|about to|will|now|right now|tonight|today)/;

/**
 * A weapon cleaned or maintained, with no threat, person aimed at, drink or anger in the clause:
 * "zit met zijn jachtgeweer op schoot om het schoon te maken", "cleans his rifle before the
 * season".
 */
export const weaponCleaned = new RegExp(
  String.raw`^(?![^.]*\b(?:dreigt|dreigde|bedreigt|richt|richtte|zwaait|zwaaide|geladen|doorgeladen|neerschiet|doodschiet|vermoord[a-z]*|dood|bang|dronken|kwaad|woedend|agressief|schreeuwt|roept|mezelf|mijzelf|zichzelf|threat[a-z]*|pointing|aiming|waving|loaded|kill|hurt|drunk|angry|scared|afraid|myself|himself|herself|me|mij|ons|us)\b)(?=[^.]*\b(?:schoonmaken|schoon te maken|schoonmaakt|poetsen|poetst|onderhoud|onderhouden|clean|cleans|cleaning|oil|oils|oiling|maintain|maintenance)\b)`,
);

/**
 * A knife, a rope, pills or a gun kept "for myself" in the everyday sense: cooked with,
 * climbed with, against a headache, at a club ("een touw voor mezelf om te klimmen", "i am
 * cooking for myself"). Never beside all of them, a death word, an end or the wish not to go on.
 */
export const meansEveryday = new RegExp(
  String.raw`^(?![^.]*\b(?:allemaal|alle|in een keer|dood|niet meer|eind|einde|zelfmoord|afscheid|all of them|end it|to die|dead|kill|suicide)\b)(?=[^.]*\b(?:koken|kook|kookt|cooking|cook|recept|recepten|recipe|recipes|snij|snijd|snijden|appel|brood|klimmen|klimhal|klimles|climbing|schietvereniging|schietclub|jager|jacht|hoofdpijn|koorts|headache|apotheek|pharmacy)\b)`,
);
