/**
 * A foul or chemical smell in the home or the stairwell with someone unwell now (ADR 0012, session
 * 20): "een zware lucht van rotte eieren, mijn slapen kloppen en de jongens moeten overgeven". The
 * gas rules read "gas"; a smell of rotten eggs, sulphur or chemicals beside a person sick or dizzy
 * was read by no rule. Read beside `unwellNow` (emergencyScenes.ts) in one clause. A drain, tap or
 * boiler water, a past, a habit, mould, paint and traffic are help questions.
 */

/** A smell of rotten eggs, sulphur or chemicals, or fumes. */
export const foulSmell =
  /(?:rotte eieren|rotte ei|zwavel|zwavellucht|zwavelgeur|chemische (?:lucht|geur|stank|dampen)|chemicalienlucht|scherpe (?:lucht|geur)|bijtende (?:lucht|geur|damp|dampen)|rotten eggs?|sulphur|sulfur|chemical (?:smell|fumes|odou?r|stench)|smell of chemicals|bleach fumes|fumes)/;

/** A drain, water, a past, a habit, damp or paint, traffic: not a person harmed now. */
export const foulSmellEveryday =
  /(?:afvoer|riool|put|kraanwater|water|boiler|schimmel|vocht|muf|verf|lijm|uitlaat|scooter|verkeer|vorig|vorige|geleden|toen|vaak|soms|altijd|elke|iedere|drain|drains|sewer|tap|mould|mold|damp|paint|glue|exhaust|traffic|last year|ago|often|sometimes|always|every)/;
