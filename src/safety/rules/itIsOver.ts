import { re } from '../crisisRule.js';

/**
 * Words that say something is over: a time that is past, or the one hurt who is fine now. One
 * list per concept (a session-15 review found the rules' copies had drifted apart); written
 * without anchors, the rules put word boundaries around them.
 */

/** An English time that is over: "last week", "last summer". */
export const lastPeriodEn = /last (?:week|month|year|summer|winter|spring|autumn)/;

/** The same, or "ago" ("three years ago"): read by the danger rules' guards of a past event. */
export const overEn = re`(?:ago|${lastPeriodEn})`;

/**
 * English words of being fine, read before "now" ("is fine now", "safe now", "recovering now") by
 * danger.violence-now's guard.
 */
export const fineEn = /(?:fine|ok|okay|alright|better|unhurt|recovering|recovered|safe|well)/;

/**
 * The same without "safe" and "well", for accidentOverEn (danger.ts), which reads them without
 * "now" after: "is it safe to move him" and "his sister was as well" say nothing of how the one
 * hit is, and "well now" opens a question.
 */
export const unhurtEn = /(?:fine|ok|okay|alright|better|unhurt|recovering|recovered)/;

/**
 * Dutch words of being fine after an accident (accidentOverNl in danger.ts): "is weer beter", "oke
 * nu", "in orde nu". Not "goed" after "is" ("het is goed dat ik bel"); "goed nu" is read apart.
 */
export const fineNl = /(?:beter|hersteld|oke|ok|okay|in orde)/;
