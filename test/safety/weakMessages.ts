/**
 * Three messages that each score between the weak-signal floor and the check threshold of the
 * shipped concern model: alone none of them asks, one after another they build up to a check on
 * the third. Picked from the model's scores (npm run train:safety); after retraining, pick new ones
 * the same way if test/safety/assessSafety.test.ts says they no longer fit.
 */
export const weakMessages = [
  'ik voel me de laatste tijd niet zo lekker in mijn vel',
  "sinds de winter sta ik 's ochtends met tegenzin op en alles voelt grauw",
  'mijn dagen zijn zo leeg sinds de kinderen het huis uit zijn',
] as const;
