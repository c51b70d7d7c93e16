/**
 * Three messages that each score between the weak-signal floor and the check threshold of the
 * shipped concern model: alone none of them asks, one after another they build up to a check on
 * the third. Picked from the model's scores (npm run train:safety); after retraining, pick new ones
 * the same way if test/safety/assessSafety.test.ts says they no longer fit.
 */
export const weakMessages = [
  'de laatste tijd heb ik moeite om de deur uit te gaan',
  'ik voel me vaak alleen, ook als er mensen om me heen zijn',
  'sinds de winter voel ik me lusteloos en blijf ik veel binnen',
] as const;
