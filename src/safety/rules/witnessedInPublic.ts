import { re } from '../crisisRule.js';
import { householdMember, possessive } from './lexicon.js';
import { somethingOfNow } from './pastToldForHelp.js';

/**
 * A stranger's beating seen in a public place and over, told to ask for help
 * (docs/adr/0012-safety-net.md, session 20, V1): "ik zag hoe een jongen bij de bushalte in elkaar
 * werd geslagen en ik krijg het niet uit mijn hoofd", "I saw a man being beaten up at the station,
 * is there someone to talk to". The passive abuse rules read any "werd … geslagen" and answer with
 * Veilig Thuis, a line for violence at home. Read over the whole message and wired as an
 * `askUnlessInMessage` on those two rules only: a check with every line, never silence.
 */

/** The writer saw it happen. */
const writerSaw =
  /(?:ik zag|zag ik|ik heb (?:[a-z]+ ){0,4}gezien|heb ik (?:[a-z]+ ){0,4}gezien|getuige|i saw|saw (?:a|an|two|some|someone)|i witnessed|witnessed|i watched)/;

/** A public place: a stop, a station, a square, a street, a shop, a pub, a fair, a park. */
const publicPlace =
  /(?:[a-z]*halte|bushokje|[a-z]*station|[a-z]*stationsplein|perron|[a-z]*plein|op straat|in de straat|in de stad|markt|park|winkel|supermarkt|winkelcentrum|kroeg|cafe|disco|festival|kermis|[a-z]*parkeerplaats|schoolplein|bus stop|tram stop|bus station|train station|station|street|square|market|park|shop|supermarket|pub|bar|club|fair|car park|playground)/;

/** The writer as the one hit: then it is no bystander's story. */
const writerHit =
  /(?:ik werd|werd ik|ik ben (?:[a-z]+ ){0,6}(?:geslagen|geschopt|mishandeld|aangevallen)|ben ik (?:[a-z]+ ){0,6}(?:geslagen|geschopt|mishandeld|aangevallen)|mij (?:ook|geslagen)|me (?:ook|geslagen)|i was (?:hit|beaten|kicked|attacked)|i got (?:hit|beaten|kicked)|me too|they hit me|hit me|kicked me|beat me)/;

/**
 * A relative of the writer's or of the one hit ("mijn zus", "haar vriend", "papa"). A bare "man" or
 * "vrouw" is a stranger here ("een man", "a man"), not a husband or a wife.
 */
const relativeNamed = re`(?:${possessive} (?:[a-z]+ )?${householdMember}|papa|mama|pap|mam)`;

/**
 * A witness's story of a public beating, with no relative named, no writer hit and nothing of now
 * anywhere in the message.
 */
export const witnessedInPublicInMessage = re`^(?!.*${somethingOfNow})(?!.*\b${relativeNamed}\b)(?!.*\b${writerHit}\b)(?=.*\b${writerSaw}\b)(?=.*\b${publicPlace}\b)`;
