/**
 * Much blood beside an injury now, told briefly or in beginner's Dutch (ADR 0012, session 20): "hond
 * van buurman heeft mij gebeten, veel bloed". danger.bleeding reads "bloedt heel veel" and the
 * whole-message alarms; a short "veel bloed" after a fall, a cut, a bite or a car was read by no
 * rule. A period, a birth, a donation or a test, an animal's prey and a past are help questions.
 */

/** Much blood: "veel bloed", "zoveel bloed", "so much blood", "lots of blood". */
export const muchBlood =
  /(?:veel|zoveel|zo veel|heel veel|erg veel|much|so much|lots of|a lot of) (?:bloed|blood)/;

/** An injury beside it: a fall, a cut, a bite, a scratch, a stab, a car, a wound, a head or an eye. */
export const injuryNow =
  /(?:gevallen|valt|gesneden|snee|gebeten|gebijt|gebeet|beet|gekrabd|gekrabt|gestoken|geslagen|aangereden|geraakt|wond|hoofd|oog|gezicht|ongeluk|kan (?:niet|nie) (?:meer )?lopen|stopt (?:niet|nie)|stop (?:niet|nie)|fell|fallen|cut|bitten|bit|scratched|stabbed|hit|wound|head|eye|face|accident|cant walk|wont stop)/;

/** Blood in its everyday sense: a period, a birth, a donation, a test, a stool, prey, a past. */
export const bloodEveryday =
  /(?:menstruatie|menstrueren|ongesteld|maandstonden|bevalling|bevallen|geboorte|bloed geven|bloeddonor|donor|bloedbank|bloedtest|bloedprikken|prikken|ontlasting|urine|muis|vogel|prooi|vorig|vorige|geleden|toen|period|periods|birth|labour|labor|donat[a-z]*|blood test|stool|mouse|bird|prey|last year|ago|film|serie|game)/;
