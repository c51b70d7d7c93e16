import { re } from '../crisisRule.js';

/**
 * Animals, one list per concept (ADR 0012, session 17): the dogs that attack, the pets a lever of
 * control hurts and the animals a guard names were three lists that repeated each other and had
 * drifted apart ("poezen", "pup" and "goudvis" in one, "kater", "papegaai" and "huisdier" in
 * another). Each list now holds the one before it. Written without anchors; the rules put word
 * boundaries around them.
 */

/** A dog, as every list names one: "hond", "hondje", "puppy", "dog". */
const dogWord = /(?:hond|honden|hondje|puppy|pup|dog|dogs)/;

/** Dogs, as the ones that attack: a dog and the breeds residents name. */
export const dog = re`(?:${dogWord}|pitbull|pitbulls|pit bull|rottweiler|herder|herdershond|staffordshire|stafford)`;

/** Pets a resident names: kept at home, hurt or threatened as a lever. */
export const pet = re`(?:${dogWord}|kat|katten|kater|poes|poezen|poesje|kitten|kitty|konijn|konijnen|konijntje|cavia|hamster|parkiet|vogel|vogels|vogeltje|papegaai|kanarie|vis|vissen|goudvis|schildpad|paard|pony|huisdier|huisdieren|cat|cats|rabbit|bunny|guinea pig|budgie|parrot|bird|birds|goldfish|tortoise|turtle|horse|pet|pets)`;

/** Animals residents name: the pets, farm animals and the birds and animals of the street. */
export const animal = re`(?:${pet}|duif|duiven|meeuw|kip|kippen|haan|eend|eenden|schaap|geit|koe|egel|vos|ree|hert|pigeon|pigeons|duck|ducks|chicken|chickens|sheep|goat|hedgehog|fox|deer|fish)`;
