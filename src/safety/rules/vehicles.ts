/**
 * Vehicles that hit or run someone over, one list per language (a session-15 review found the
 * rules' copies had drifted apart). Written without anchors; the rules put word boundaries around
 * them.
 */

/**
 * The English vehicles of an accident: "hit by a car", "knocked over by a cyclist". Read by
 * accidentBlowEn (lexicon.ts: a blow from a thing, not a person) and danger.injured's vehicleHitEn.
 */
export const vehicleEn =
  /(?:car|cars|bus|van|lorry|truck|bike|bicycle|cyclist|scooter|moped|motorbike|motorcycle|train|tram|taxi)/;

/**
 * The Dutch vehicles heavy enough to throw oneself in front of or under (suicide.in-front-of:
 * "voor de trein springen"). Without the scooter of vehicleNl: nobody means to die under a
 * scooter, and "onder de scooter liggen" is a repair.
 */
export const heavyVehicleNl = /(?:trein|metro|bus|vrachtwagen|auto|tram)/;

/** The Dutch vehicles of an accident ("door een auto geslagen", abuse.passive's guard). */
export const vehicleNl = new RegExp(`(?:${heavyVehicleNl.source}|scooter)`);
