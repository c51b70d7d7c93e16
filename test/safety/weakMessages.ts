/**
 * Three messages that each score between the weak-signal floor and the check threshold of the
 * shipped concern model: alone none of them asks, one after another they build up to a check on
 * the third. Picked from the model's scores (npm run train:safety); after retraining, pick new ones
 * the same way if test/safety/assessSafety.test.ts says they no longer fit.
 */
export const weakMessages = [
  'de laatste weken kom ik moeilijk op gang in de ochtend',
  'ik slaap slecht en lig veel te piekeren',
  'ik huil vaker dan vroeger zonder dat ik weet waarom',
] as const;
