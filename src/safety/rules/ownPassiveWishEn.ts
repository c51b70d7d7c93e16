/**
 * The writer's own passive death wish in English (docs/adr/0012-safety-net.md, session 19, second
 * gaps): "i dont want to be here anymore", "i just want to disappear for good", "i pray i wont wake
 * up". The Dutch "ik wil er niet meer zijn" has its rule (suicide.not-be-here); the English went to
 * the concern model alone. Written without anchors; the rules put word boundaries around them.
 */
import { re } from '../crisisRule.js';

/** Still here, or on this earth: "here anymore", "around any longer", "in this world". */
const stillHere =
  /(?:(?:here|around) (?:any ?more|any longer|no more)|(?:on (?:this |the )?(?:earth|planet)|in this world|in the world|part of this world)(?: (?:any ?more|any longer|no more))?)/;

/**
 * "i (really) dont want to be here anymore", "i no longer want to be around", "i do not want to be
 * in this world any longer". Only the writer: "she doesnt want to be here anymore" is not read.
 */
export const notBeHereEn = re`i (?:[a-z]+ )?(?:dont|do not|no longer) (?:[a-z]+ )?(?:want|wanna) to be ${stillHere}`;

/**
 * "i just want to disappear for good", "i want to vanish forever and never be found": gone for
 * good, not gone "from" or "off" something (social media, the grid).
 */
export const disappearForGoodEn =
  /i (?:[a-z]+ ){0,2}?(?:(?:want|wanna|need|would like|d like) to|wish (?:i|id) could) (?:just |simply |quietly )?(?:disappear|vanish) (?:for good|forever|for ever|permanently|and never (?:be found|come back|return)|without a trace|off the face of the earth|from the face of the earth)(?! (?:from|off|of)\b)/;

/** What follows a "wake up" of every day: an object or a time ("the baby", "every hour", "at 4"). */
const everydayWakeTail =
  /(?:the (?!next\b|following\b|morning\b|day\b)[a-z]+|my|our|her|his|him|them|you|anyone|anybody|everyone|everybody|every|each|at (?:[0-9]+|night|dawn|one|two|three|four|five|six|seven|eight)|so|early|late|during|in the night|in the middle|in time|on time|because|by the|before (?:[0-9]+|five|six|seven|eight|nine|ten|the alarm|my alarm)|until|till|all night|all the time|several times|twice|once|a few times|[0-9]+ times)/;

/**
 * A "not wake up" of every day: "not wake up the baby", "not wake up every hour", "at 4", "so
 * early". A lookahead at the death term of suicide.death-wish: there "wont wake up" is no death
 * term; "i hope i dont wake up tomorrow" is.
 */
export const wakingEveryday = re`(?!(?:wont|not|never|dont) wake up ${everydayWakeTail}\b)`;

/** "i pray i wont wake up", "praying that i dont wake up": the wish said as a prayer. */
export const prayNotWakeEn = re`(?:pray|prayed|praying) (?:that )?i (?:just )?(?:wont|will not|dont|do not|never|would not|wouldnt) wake up(?! ${everydayWakeTail}\b)`;

/**
 * The everyday "here", told over the message: a town, a house or a flat, a job, a club, a
 * relationship, noise or a nuisance, a move; and nowhere a word of life or death, pain, tiredness,
 * emptiness, nobody or not coping ("i dont want to be here anymore, this town is boring, where can
 * i find a club"; not "… i hate this town and my life").
 */
export const everydayHereInMessage =
  /^(?=.*\b(?:town|city|village|neighbourhood|neighborhood|area|street|country|house|home|flat|apartment|building|school|class|job|work|office|company|club|clubs|party|relationship|marriage|hospital|ward|care home|nursing home|hotel|move|moving|rent|housing|landlord|council|neighbours|neighbors|noise|noisy|loud|music|drilling|renovation|mould|mold|damp|burglary|library|boring)\b)(?!.*\b(?:life|living|alive|live|die|dead|death|dying|kill|suicide|end it|pain|hurt|hurts|tired|exhausted|empty|hopeless|worthless|pointless|nobody|no one|noone|cant (?:go on|cope|take|do this|do it)|burden|better off|forever|for good|pills|rope|bridge|jump|tonight|goodbye|everything|everyone|anything)\b)/;
