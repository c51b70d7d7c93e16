/**
 * A painless way to die searched, asked about or found written down (ADR 0012, session 20): "ik vond
 * op haar kamer een lijstje met hoe je het pijnloos doet", "searching for a painless way to end it".
 * "Pijnloos" beside a death or "doing it"; a pet put down, a dentist, a birth, a waxing, a splinter
 * and an end of life in care (euthanasia, a hospice) are help questions for the model to read.
 */

/** Painless. */
export const painless = /(?:pijnloos|pijnloze|painless|painlessly)/;

/** A death or "doing it" beside it. */
export const deathOrDoingIt =
  /(?:dood|doodgaan|sterven|sterft|overlijden|uit het leven|zelfmoord|een eind|een einde|het (?:pijnloos )?(?:doet|doen|te doen)|die|dying|death|end it|end (?:my|your|his|her) life|kill|suicide|do it)/;

/** A pet, a treatment, a birth, a splinter, an end of life in care, a death long over. */
export const painlessEveryday =
  /(?:hond|kat|poes|konijn|huisdier|dier|dierenarts|inslapen|tandarts|kies|tand|prik|injectie|vaccin|ontharen|harsen|waxen|tattoo|piercing|oorbel|bevalling|ruggenprik|behandeling|operatie|verdoving|pleister|splinter|euthanasie|palliatie[a-z]*|hospice|sedatie|levenseinde|vorig|vorige|geleden|dog|cat|pet|vet|put down|dentist|tooth|injection|wax|birth|labour|labor|treatment|surgery|plaster|euthanasia|hospice|palliative|last year|ago)/;

/**
 * A painless way to die named, for the frame reader's vetoes (session 20): "pijnloos" or "painless"
 * within a few words of a death or of "doing it", either way round.
 */
export const painlessDeathNamed =
  /\b(?:(?:pijnloos|pijnloze|painless|painlessly) (?:[a-z]+ ){0,4}(?:dood|doodgaan|sterven|overlijden|uit het leven|zelfmoord|een eind|een einde|die|dying|death|end it|suicide|kill)|(?:dood|doodgaan|sterven|die|dying|het|it) (?:[a-z]+ ){0,3}(?:pijnloos|painlessly)(?: (?:doet|doen|te doen|do))?)\b/;
