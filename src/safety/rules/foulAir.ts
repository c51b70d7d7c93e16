/**
 * A foul or chemical smell in the home or the stairwell with someone unwell now (ADR 0012, session
 * 20): "een zware lucht van rotte eieren, mijn slapen kloppen en de jongens moeten overgeven". The
 * gas rules read "gas"; a smell of rotten eggs, sulphur or chemicals beside a person sick or dizzy
 * was read by no rule. Read beside `unwellNow` (emergencyScenes.ts) in one clause. A drain, tap or
 * boiler water, a past, a habit, mould, paint and traffic are help questions.
 */

/**
 * A smell of rotten eggs, sulphur or chemicals, or fumes. Session 20 (recall20b): the class told
 * with a verb ("ruikt naar chemicaliën", "stinkt naar chloor", "smells of chemicals", "reeks of
 * ammonia") and the nouns for a chemical smell ("chloorlucht", "giftige dampen", "toxic fumes").
 * Gas itself is read by the gas rules, with their own guards.
 */
const chemicalNl =
  '(?:chemicalien|chemisch|chemische (?:troep|stoffen|middelen|rommel)|chloor|ammoniak|bleek|bleekmiddel|zwavel|rotte eieren|oplosmiddel|oplosmiddelen|terpentine|thinner|schoonmaakmiddel)';
const chemicalEn =
  '(?:chemicals|chemical|bleach|chlorine|ammonia|sulphur|sulfur|rotten eggs?|solvents?|cleaning products)';
export const foulSmell = new RegExp(
  '(?:rotte eieren|rotte ei|zwavel|zwavellucht|zwavelgeur|chemische (?:lucht|geur|stank|dampen|walm)|chemicalienlucht|chemicaliengeur|' +
    'chloorlucht|chloorgeur|ammoniaklucht|ammoniakgeur|giftige (?:lucht|damp|dampen|walm)|scherpe (?:lucht|geur)|bijtende (?:lucht|geur|damp|dampen)|' +
    `(?:ruikt|ruiken|rook|stinkt|stinken|stonk|walmt) (?:het |hier |er |alles |overal |ineens |heel |erg |sterk |zo )*(?:naar|als) ${chemicalNl}|` +
    'rotten eggs?|sulphur|sulfur|chemical (?:smell|fumes|odou?r|stench)|smell of chemicals|bleach fumes|fumes|' +
    `(?:smells?|smelled|smelling|stinks?|stank|reeks?) (?:strongly |really |very |so |badly )?(?:of|like) ${chemicalEn}|` +
    '(?:chlorine|ammonia) (?:smell|fumes|gas)|toxic (?:smell|fumes|air))',
);

/** A drain, water, a past, a habit, damp or paint, traffic: not a person harmed now. */
export const foulSmellEveryday =
  /(?:afvoer|riool|put|kraanwater|water|boiler|schimmel|vocht|muf|verf|lijm|uitlaat|scooter|verkeer|zwembad|nagellak|nieuwe (?:vloer|bank|kast|matras|meubels|laminaat|tapijt|vloerbedekking)|vorig|vorige|geleden|toen|vaak|soms|altijd|elke|iedere|drain|drains|sewer|tap|pool|swimming|nail polish|nail varnish|new (?:carpet|floor|flooring|sofa|couch|mattress|furniture)|mould|mold|damp|paint|glue|exhaust|traffic|last year|ago|often|sometimes|always|every)/;
