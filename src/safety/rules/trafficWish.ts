import { re } from '../crisisRule.js';
import { heavyVehicleNl, vehicleEn } from './vehicles.js';

/**
 * A wish to be hit by traffic (docs/adr/0012-safety-net.md, session 19, part 5): "sometimes i dont
 * care if a car hits me", "id be fine if a bus hit me", "ik hoop dat een auto me aanrijdt". A
 * passive death wish told without a death word; `abuse.hit-victim-en` may also read the car as a
 * relative's hand (a guard against that cost an unseen crisis its immediate lines and was taken
 * out: an extra line is the lesser harm). Written without anchors; the rules put word boundaries
 * around them.
 */

/** A vehicle as the one that hits: "a car", "the bus", "some truck". */
const vehicleHitsEn = re`(?:a|an|the|some) (?:[a-z]+ )?${vehicleEn} (?:would |will |might |just )?(?:hits?|ran over|runs over|knocks? (?:me )?(?:down|over)|took me out)`;

/** English: not caring, being fine with or hoping for it. */
export const trafficWishEn = re`(?:(?:dont|do not|wouldnt|would not) (?:really |even |honestly )?care (?:if|when) ${vehicleHitsEn} me|(?:would|id|i would) (?:honestly |really )?be (?:fine|ok|okay|happy|glad|relieved) if ${vehicleHitsEn} me|(?:hope|hoping|wish|pray|praying) (?:that )?${vehicleHitsEn} me)`;

/** Dutch: "ik hoop dat een auto me aanrijdt", "het maakt me niet uit als de trein me raakt". */
export const trafficWishNl = re`(?:hoop|hoopte|wens|zou het niet erg vinden|maakt me niet uit|kan me niet schelen|boeit me niet) (?:[a-z]+ ){0,3}?(?:dat|als|of) (?:een|de) (?:[a-z]+ )?${heavyVehicleNl} (?:me|mij) (?:[a-z]+ )?(?:aanrijdt|aanreed|overrijdt|overreed|raakt|schept|doodrijdt|aan rijdt|zou aanrijden|zou raken)`;
