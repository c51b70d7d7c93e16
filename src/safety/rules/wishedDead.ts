import { re } from '../crisisRule.js';
import { householdMember } from './lexicon.js';

/**
 * A death said to the writer by someone else (ADR 0012, session 25, lines25): "mijn vader zei dat
 * ik beter dood kan zijn", "roept hij dat ik liever dood was geweest", "my dad keeps saying i would
 * be better off dead", "hij schreeuwt dat je beter dood kan zijn". The words of a death wish are the
 * sayer's, not the writer's: honour-related violence and a parent's rejection tell them, and read
 * as the writer's own wish they put 113 before Veilig Thuis. Read by its structure: a sayer who is
 * not the writer (hij, ze, "mijn vader", "my dad", with no "ik" in between and not the one spoken
 * to, "tegen mijn zus", "told my dad"; or in Dutch named right after the verb: "roept hij", "zei
 * mijn vader"), a verb of saying, the one told of, the writer or the one
 * spoken to ("dat ik", "je", "that i", "you"; never "dat hij" or "she": "mijn zoon zegt dat hij
 * liever dood is" is his own wish, and so may a sister's be), then "beter", "liever", "better",
 * "should" and the death word. "ik zei tegen mijn moeder dat ik beter dood kan zijn" and "ik denk
 * dat ik beter dood kan zijn" stay the writer's own wish; any other death word in the clause still
 * counts.
 */
const sayVerb =
  /(?:zei|zegt|zeggen|zeiden|gezegd|riep|roept|roepen|riepen|schreeuwt|schreeuwde|schreeuwen|schreeuwden|gilt|gilde|brult|brulde|sist|siste|appt|appte|schreef|schrijft|vindt|vond|vinden|vonden|says|said|saying|tells|told|telling|yells|yelled|shouts|shouted|screams|screamed|texted|texts)/;
const sayerNamed =
  /(?:hij|zij|ze|he|she|they|(?:mijn|mn|onze|ons|haar|zijn|hun|my|our|her|his|their) [a-z]+|familie|family)/;
/** Dutch puts the sayer after the verb in a main clause after another part: "roept hij", "zei mijn vader". */
const sayVerbInverted =
  /(?:zei|zegt|riep|roept|schreeuwt|schreeuwde|gilt|gilde|brult|brulde|sist|siste|appt|appte|schreef|schrijft|vindt|vond)/;
const sayerInverted = /(?:hij|zij|ze|(?:mijn|mn|onze|ons) [a-z]+|de familie)/;
const toldOf = /(?:ik|je|jij|u|i|id|im|you|youd|youre)/;
const betterWord = /(?:beter|liever|better|rather|should|ought to)/;

/** Up to the death word, for a lookbehind: someone else says the one told of had better be dead. */
const saidBefore = re`\b(?:(?<!\b(?:tegen|to|aan|at|with|met|ik|i)(?: [a-z]+){0,2} )${sayerNamed} (?:(?!(?:ik|i)\b)[a-z]+ ){0,3}?${sayVerb}|${sayVerbInverted} ${sayerInverted})(?: (?:tegen|to|at) (?:me|mij|haar|hem|her|him)| (?:me|mij|her|him))?(?: (?:dat|that))? ${toldOf} (?:(?!(?:ik|i)\b)[a-z]+ ){0,3}?${betterWord} (?:[a-z]+ ){0,2}?`;

/**
 * A negative lookahead put before a death word ("dood", "dead"): the word does not start there
 * when someone else is saying it of the writer (suicide.death-wish, suicide.if-i-were-dead).
 */
export const notSaidByAnother = re`(?!(?<=${saidBefore})(?:dood|dead)\b)`;

/** The whole structure, for the abuse rule: someone says the one told of had better be dead. */
export const wishedDeadByAnother = re`${saidBefore}(?:dood|dead)\b`;

/**
 * Someone of the family as the sayer, for the abuse rule: a parent, a brother, an uncle, the family
 * ("mijn neven", "my brothers"). A classmate or a stranger saying it is bullying or a threat, read
 * by other rules and the model.
 */
export const familySayer = re`\b(?:${householdMember}|broer|broers|zus|zussen|neef|neven|ooms|familie|brother|brothers|sister|sisters|uncles|cousin|cousins|family)\b`;
