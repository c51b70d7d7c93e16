/**
 * A fear of what happens at home, told with last time's violence to the writer (ADR 0012, session
 * 20): "als ik vanavond weer te laat thuis ben weet ik niet hoe het afloopt, vorige keer lag ik op
 * de grond". The last time, the violence done to the writer then and a fear of now in one clause. A
 * fall, an illness, a child's tantrum or a boss's warning last time are help questions.
 */

/** The last time. */
export const lastTime = /(?:vorige|laatste|last) (?:keer|time)/;

/** Violence to the writer then: on the floor, a blow, a black eye, the emergency room, choked. */
export const hurtLastTime =
  /(?:lag ik (?:op de grond|op de vloer)|(?:tot|toen) ik op de grond lag|(?:sloeg|schopte|duwde|wurgde|trapte|stompte)\b[^.]{0,20}\b(?:me|mij)|blauw oog|blauwe plekken|(?:moest|lag|belandde|kwam) ik (?:in het ziekenhuis|op de eerste hulp|naar de eerste hulp)|naar de eerste hulp|(?:hit|beat|choked|kicked|strangled|punched|pushed) me|black eye|ended up in (?:the )?(?:hospital|er))/;

/** A fear of now: what will happen, not daring, if he finds out. */
export const fearOfNow =
  /(?:weet (?:ik )?(?:niet|nie) (?:hoe het afloopt|wat (?:hij|ze|zij) (?:doet|gaat doen))|gaat het mis|bang|durf (?:niet|nie)|als (?:hij|ze|zij|ik)|(?:dont|do not) know what (?:he|she) (?:will|is going to) do|scared|afraid|if (?:he|she|i))/;

/** A fall, an illness, a tantrum, a boss, a doctor last time. */
export const lastTimeEveryday =
  /(?:duizelig|dokter|huisarts|viel|gevallen|flauw|driftbui|baas|aanvraag|tantrum|boss|fell|dizzy|doctor)/;
