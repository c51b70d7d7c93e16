import type { CrisisAssessment } from '../../src/safety/detectCrisis.js';

/** The rules' assessment of a message no rule answers or asks about: the model alone decides. */
export const NO_RULE_ANSWER: Extract<CrisisAssessment, { isCrisis: false }> = {
  isCrisis: false,
  kinds: [],
  ruleIds: [],
  asks: [],
  askRuleIds: [],
};
