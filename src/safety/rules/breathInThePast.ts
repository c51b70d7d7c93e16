import { re } from '../crisisRule.js';
import { pastMarker } from './lexicon.js';

/**
 * A breath that stopped in the past, told to ask for something now (docs/adr/0012-safety-net.md,
 * session 19): "last year my daughter could not breathe after a wasp sting, where can i get an
 * epipen". `danger.not-breathing` reads "not breathe" and "stopped breathing" whatever the time;
 * 112 is for a breath that stops now. Dutch past forms ("kon niet ademen", "kreeg geen lucht")
 * never matched the rule; the English ones did.
 */

/** The breath told in a past form. */
const breathPastForm =
  /(?:could not|couldnt|was not|wasnt|were not|werent|stopped|had stopped|kon|kreeg|stopte|ademde)/;

/** A time that is over: last year, years ago, when he was a baby, vorig jaar, geleden. */
const timeOver = re`(?:${pastMarker}|last (?:year|month|week|summer|winter|spring|autumn|time)|(?:[a-z]+ )?(?:years|months|weeks|year|month|week) ago|when (?:he|she|i|we|they|(?:my|our) [a-z]+) (?:was|were) (?:a )?(?:baby|little|small|young|toddler|kid|child)|as a (?:baby|toddler|kid)|vorig|vorige|geleden|toen (?:hij|ze|zij|ik) (?:nog )?(?:klein|baby|jong) (?:was|waren))`;

/**
 * Anything of a breath that stops now: a present form, "now", "again", "still", today, or a "but"
 * that turns from the past to now. Beside one of these the past is only context ("she had it last
 * year too and now she cant breathe", "last week he was fine but today he stopped breathing").
 */
const breathNow =
  /(?:cant|cannot|can not|isnt|is not|hes not|shes not|are not|arent|now|right now|just now|again|still|at the moment|today|tonight|this (?:morning|afternoon|evening)|but|kan|krijgt|krijg|ademt|stopt|haalt|nu|weer|opnieuw|nog steeds|op dit moment|zojuist|zonet|daarnet|net|vandaag|vanavond|vannacht|vanochtend|vanmiddag|maar)/;

/**
 * The clause tells a breath that stopped at a time that is over, and nothing of now. The time
 * comes first ("last year my daughter could not breathe"), or right after the breath ("stopped
 * breathing for a moment years ago"): "my dad stopped breathing, he was fine last week" is now.
 */
export const breathStoppedInThePast = re`^(?![^.]*\b${breathNow}\b)(?=[^.]*\b(?:${timeOver}\b(?: [a-z0-9]+){0,5}? ${breathPastForm}|${breathPastForm}(?: [a-z]+){0,3}? (?:breathe|breathing|adem|ademen|lucht)(?: [a-z]+){0,2}? ${timeOver})\b)`;
