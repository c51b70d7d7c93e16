/**
 * Three messages that each score between the weak-signal floor and the check threshold of the
 * shipped concern model: alone none of them asks, one after another they build up to a check on
 * the third. Picked from the model's scores (npm run train:safety); after retraining, pick new ones
 * the same way if test/safety/assessSafety.test.ts says they no longer fit.
 */
export const weakMessages = [
  'al een paar weken lukt het me slecht om de dagen door te komen',
  "sinds de winter sta ik 's ochtends met tegenzin op en alles voelt grauw",
  'de laatste tijd kost het me veel moeite om de dag door te komen',
] as const;
