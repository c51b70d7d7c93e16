import { re } from '../crisisRule.js';
import { blowInAGame, pillowPlay } from './everydaySetting.js';
import {
  householdMember,
  hypotheticalGeneric,
  informationalContext,
  pastAndWell,
  possessive,
  youngChildHits,
} from './lexicon.js';

/**
 * An attempt to hit by someone close, in English (thirty-sixth round): "my stepdad is trying to
 * punch my mum", "she keeps trying to slap me". The Dutch "probeert me te slaan" was read by the
 * infinitive rules already; the English base form after "trying to" was in none. The doer is a
 * relative or a pronoun, the one hit the writer or a relative.
 */
export const attemptToHitEn = re`\b(?:${possessive} (?:[a-z]+ )?${householdMember}|he|she|hes|shes)\b (?:[a-z]+ ){0,3}?(?:trying|tries|tried|attempting|attempts|attempted) to (?:hit|slap|smack|punch|kick|beat|strangle|choke|throttle|hurt|shove|push) (?:me|us|him|her|${possessive} (?:[a-z]+ )?${householdMember})\b`;

/** A game, a pest or advice beside an attempt to hit: "keeps trying to hit the wasp", "how do i stop". */
export const attemptInnocentEn =
  /\b(?:game|games|play|playing|plays|pillow|pillows|wasp|fly|mosquito|spider|ball|tag|lol|haha|joke|joking|sparring|boxing|karate|judo|training|practice|stop trying|how do i|how can i|tips)\b/;

/**
 * What keeps an attempt to hit from being a crisis, for both rules that read it
 * (abuse.attempt-to-hit-en and danger.attempt-to-hit-now): a game, a pest or advice, a young child,
 * a what-if, a question for information, a past told as over.
 */
export const attemptToHitGuards: readonly RegExp[] = [
  attemptInnocentEn,
  blowInAGame,
  pillowPlay,
  youngChildHits,
  hypotheticalGeneric,
  informationalContext,
  pastAndWell,
];
