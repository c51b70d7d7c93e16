/**
 * Someone drunk or high who drives off now with children in the car (ADR 0012, session 20): "heeft
 * de hele middag gezopen en rijdt nu met de kinderen weg". Read in one clause as four parts: the
 * drink or the drug, the driving, a child, and a sign that it is now. A habit, a question about the
 * law and a drive that is over are help questions. Written without anchors; the rule puts word
 * boundaries around them.
 */

/**
 * Drunk or high: "dronken", "gezopen", "bier gedronken", "te veel wijn op", "stoned". Not "zat"
 * (also "sat") and not "lam"; "high" never before "school". Session 20 (recall20b): having drunk
 * told with a helper verb and only the words that say how much or how long ("heeft gedronken",
 * "heeft de hele avond gedronken", "gedronken heeft"), so "niks gedronken" and "gif gedronken" stay
 * out; drinking now ("zit te drinken", "has been drinking"); drugs taken ("gesnoven", "on drugs").
 */
const drankHowMuch =
  '(?:(?:al |weer |flink |veel |te veel |wat |behoorlijk |nogal |stevig |de hele (?:dag|middag|avond|nacht) |vanavond |vanmiddag |vandaag |vannacht )+)?';
export const drunkOrHigh = new RegExp(
  '(?:dronken|stomdronken|straalbezopen|bezopen|ladderzat|aangeschoten|beschonken|lazarus|gezopen|onder invloed|stoned|' +
    '(?:bier|biertjes|wijn|wijntjes|drank|drankjes|alcohol|borrels|wodka|whisky)\\b[^.]{0,15}\\b(?:gedronken|op)|te veel (?:op|gedronken)|' +
    `(?:heeft|had|hebben|hadden) ${drankHowMuch}(?:gedronken|gesnoven|geblowd|gebruikt)(?! (?:om|voor|als|bij))|(?<!(?:niks|niets|geen|nauwelijks|weinig|water|gif|thee|koffie|melk|genoeg) )(?:gedronken|gesnoven|geblowd) (?:heeft|had|hebben|hadden)|` +
    `(?:zit|zitten|is|zijn) ${drankHowMuch}(?:te|aan het) (?:drinken|zuipen|blowen|snuiven)|` +
    'onder de drugs|drugs (?:genomen|gebruikt|op)|' +
    'drunk|tipsy|wasted|hammered|plastered|sloshed|intoxicated|been drinking|(?:is|are) drinking|' +
    'had (?:a few|some|too many|several|a lot of|loads of) (?:drinks|beers|pints|glasses|shots)|had (?:a few )?too many|had too much to drink|' +
    'under the influence|on drugs|coked up|off (?:his|her|their) face|high(?! school))',
);
/** Driving or getting behind the wheel. */
export const drivingOff =
  /(?:rijdt|rijden|reed|wegrijdt|weggereden|wegreed|wegrijden|gaat (?:nu )?(?:weg)?rijden|achter het stuur|stapt (?:[a-z]+ ){0,2}in de auto|in de auto (?:gestapt|gestapt is)|drives|driving|drove|drive off|drive away|about to drive|behind the wheel|getting in(?:to)? the car|got in(?:to)? the car)/;

/**
 * A child with the driver. Session 20 (recall20b): a younger brother or sister and the words for a
 * small child, in both languages, are one class with the child words (youngChildOrSibling).
 */
export const youngChildOrSibling =
  /(?:broertje|zusje|broertjes|zusjes|kleine (?:broer|zus|broertje|zusje)|jongere (?:broer|zus)|babybroertje|babyzusje|dreumes|kleintje|kleintjes|kleuters|peuters|pasgeboren|zuigeling|little (?:brother|sister|ones|boy|girl)|baby (?:brother|sister)|younger (?:brother|sister|siblings?)|kid (?:brother|sister)|infant|newborn|toddlers)/;
/** One's own child, a young child or a younger brother or sister (also childTaken.ts's child). */
export const ownChild = new RegExp(
  `(?:kinderen|kind|kindje|kids|zoon|zoontje|dochter|dochtertje|baby|peuter|kleuter|children|child|kid|son|daughter|toddler|${youngChildOrSibling.source})`,
);
/** A child in the car: also a grandchild or "de kleine". */
export const childInCar = new RegExp(
  `(?:${ownChild.source}|kleine|kleinkinderen|kleinkind|grandchildren|grandkids|little one)`,
);

/** It is happening now. */
export const drivingNow =
  /(?:nu|net|zojuist|daarnet|zonet|op dit moment|al achter|weg|staat op het punt|just|now|right now|at the moment|off with|about to)/;

/** A habit, a question about the law, a drive that is over. */
export const drunkDrivingEveryday =
  /(?:soms|vaak|altijd|elke|iedere|weleens|wel eens|regelmatig|vroeger|vorig|vorige|geleden|toen ik|mag (?:je|ik|men|hij|zij)|hoeveel|strafbaar|boete|promille|de wet|rijbewijs|sometimes|often|always|every|used to|last year|ago|how much|illegal|allowed|legal|the law|licen[cs]e|a fine)/;
