/**
 * Someone drunk or high who drives off now with children in the car (ADR 0012, session 20): "heeft
 * de hele middag gezopen en rijdt nu met de kinderen weg". Read in one clause as four parts: the
 * drink or the drug, the driving, a child, and a sign that it is now. A habit, a question about the
 * law and a drive that is over are help questions. Written without anchors; the rule puts word
 * boundaries around them.
 */

/**
 * Drunk or high: "dronken", "gezopen", "bier gedronken", "te veel wijn op", "stoned". Not "zat"
 * (also "sat") and not "lam"; "high" never before "school".
 */
export const drunkOrHigh =
  /(?:dronken|stomdronken|straalbezopen|bezopen|ladderzat|aangeschoten|gezopen|onder invloed|stoned|(?:bier|wijn|drank|alcohol|wodka|whisky)\b[^.]{0,15}\b(?:gedronken|op)|te veel (?:op|gedronken)|drunk|wasted|hammered|been drinking|under the influence|high(?! school))/;

/** Driving or getting behind the wheel. */
export const drivingOff =
  /(?:rijdt|rijden|reed|wegrijdt|weggereden|wegreed|achter het stuur|stapt (?:[a-z]+ ){0,2}in de auto|in de auto (?:gestapt|gestapt is)|drives|driving|drove|behind the wheel|getting in(?:to)? the car|got in(?:to)? the car)/;

/** A child with the driver. */
export const childInCar =
  /(?:kinderen|kind|kindje|kids|zoon|zoontje|dochter|dochtertje|baby|kleine|kleinkinderen|kleinkind|peuter|kleuter|children|child|kid|son|daughter|grandchildren|grandkids|toddler|little one)/;

/** It is happening now. */
export const drivingNow =
  /(?:nu|net|zojuist|daarnet|zonet|op dit moment|al achter|weg|just|now|right now|at the moment|off with)/;

/** A habit, a question about the law, a drive that is over. */
export const drunkDrivingEveryday =
  /(?:soms|vaak|altijd|elke|iedere|weleens|wel eens|regelmatig|vroeger|vorig|vorige|geleden|toen ik|mag (?:je|ik|men|hij|zij)|hoeveel|strafbaar|boete|promille|de wet|rijbewijs|sometimes|often|always|every|used to|last year|ago|how much|illegal|allowed|legal|the law|licen[cs]e|a fine)/;
