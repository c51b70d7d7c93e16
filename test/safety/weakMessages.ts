/**
 * Three messages that each score between the weak-signal floor and the check threshold of the
 * shipped concern model: alone none of them asks, one after another they build up to a check on
 * the third. Picked from the model's scores (npm run train:safety); after retraining, pick new ones
 * the same way if test/safety/assessSafety.test.ts says they no longer fit.
 */
export const weakMessages = [
  'het lukt me de laatste tijd slecht om de dag door te komen',
  'het kost me de laatste tijd moeite om te slapen',
  'ik heb er de laatste tijd moeite mee om mensen te zien',
] as const;
