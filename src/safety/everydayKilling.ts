import { collapseRegexSource, re } from './crisisRule.js';
import { animal } from './rules/animals.js';
import { householdMember, knifeDutch, reflexive } from './rules/lexicon.js';
import { pillsEn, pillsNl, pillsPluralNl } from './rules/swallowedMeans.js';

/**
 * Killing and dying said of a thing (docs/adr/0012-safety-net.md, session 18, ordinary21):
 * "ik heb alle tomatenplanten vermoord", "de accu van mijn telefoon is dood", "mijn poppetje ging
 * dood in het spel", "I killed my basil again". Everyday speech kills plants, batteries and game
 * characters; the concern model reads the verb and, told of a plant, may ask. This reading is a gate
 * on a **model-only** check (decideSafety): it never touches a rule's reply, a crisis reply of the
 * model or a check that built up.
 *
 * One concept, three lists: the verbs of killing and dying, the things said to be killed or dead
 * (plants, devices and their batteries, a game and its pieces), and what must keep the check (a
 * person, an animal, the writer's own life or body, a means, words of despair). A thing alone is not
 * enough: the verb must be there, and nothing of the last list anywhere in the message.
 */

/** A verb of killing or dying, Dutch and English, in the forms a resident writes. */
const killingVerb =
  /(?:vermoord|vermoorden|vermoordt|doodgemaakt|dood gemaakt|doodmaken|gedood|dood|doodgegaan|dood gegaan|doodgaan|killed|kill|kills|killing|murdered|dead|died|dies|dying)/;

/**
 * A thing with no life of its own that everyday speech kills: a plant and its kin (also inside a
 * compound, "tomatenplanten", "kamerplantje"), a device or its battery, a game and its pieces.
 */
const everydayThing =
  /(?:[a-z]*plant|[a-z]*planten|[a-z]*plantje|[a-z]*plantjes|bloemen|bloem|cactus|cactussen|orchidee|orchideeen|basilicum|kruiden|kruidentuin|moestuin|stekje|stekjes|zaailingen|tomaten|gazon|gras|plants|flowers|orchid|orchids|basil|herbs|tomatoes|seedlings|lawn|succulent|succulents|accu|batterij|batterijen|telefoon|mobiel|laptop|computer|pc|tablet|printer|oplader|router|wifi|battery|batteries|phone|charger|spel|spelletje|game|games|level|potje|personage|poppetje|character|minecraft|fortnite|tamagotchi)/;

/**
 * What keeps the check: a person (a pronoun, a household member, a neighbour, anyone), an animal,
 * the writer's own life or body, a means of harm, words of despair. Any of these in the message
 * and the gate stays shut: the verb may then be said of someone.
 */
const person = re`(?:me|mij|mezelf|hij|zij|hem|haar|jij|jou|u|wij|we|ons|jullie|iemand|niemand|mensen|buurman|buurvrouw|buren|collega|baas|leraar|juf|meester|im|he|she|him|her|you|we|us|they|them|someone|somebody|nobody|people|neighbour|neighbor|boss|teacher|${householdMember}|${reflexive})`;
const ownLife = /(?:leven|lichaam|life|body|zelfmoord|suicide|begrafenis|funeral|graf|grave)/;
const means = re`(?:${pillsNl}|${pillsPluralNl}|${pillsEn}|${knifeDutch}|touw|strop|gif|vergif|pistool|wapen|geweer|brug|dak|flat|spoor|trein|knife|rope|poison|gun|weapon|bridge|roof|train|overdosis|overdose)`;
const despair =
  /(?:hopeloos|wanhopig|zinloos|zin meer|einde|eind|help|hopeless|desperate|pointless|end it)/;

const verbPattern = new RegExp(collapseRegexSource(String.raw`\b${killingVerb.source}\b`));
const thingPattern = new RegExp(collapseRegexSource(String.raw`\b${everydayThing.source}\b`));
const keepsCheck = new RegExp(
  collapseRegexSource(
    String.raw`\b(?:${person.source}|${animal.source}|${ownLife.source}|${means.source}|${despair.source})\b`,
  ),
);

/**
 * Whether a normalised message tells of killing or dying said of a thing only: a verb of killing
 * or dying, a plant, a device or a game, and no person, animal, own life, means or despair.
 * The subject ("ik heb ... vermoord") is the writer's own pronoun, so the first person is read
 * only where it is not the one who killed the thing: "ik" before the verb stays allowed, and a
 * first person as the object ("vermoord mij", "kill me") shuts the gate through `objectSelf`.
 */
export function killingSaidOfAThing(normalised: string): boolean {
  if (!verbPattern.test(normalised) || !thingPattern.test(normalised)) return false;
  // The writer as the one who killed the plant is the everyday sense; the writer beside the verb
  // in any other place (the object, "mijn leven", "ik wil dood") keeps the check.
  const withoutSubject = normalised.replace(subjectSelf, ' ');
  return !keepsCheck.test(withoutSubject) && !objectSelf.test(normalised);
}

/** "ik heb", "ik", "i have", "i", "mijn"/"my" as the teller of a thing of their own. */
const subjectSelf = new RegExp(
  collapseRegexSource(String.raw`\b(?:ik heb|ik|i have|ive|i|mijn|mn|my)\b`),
  'g',
);

/** The writer as the one killed or dying: "maak me dood", "kill me", "ik ga dood", "im dying". */
const objectSelf = new RegExp(
  collapseRegexSource(
    String.raw`\b(?:(?:vermoord|vermoorden|dood|doodmaken|kill|kills|killing) (?:me|mij|mezelf|myself)|(?:me|mij) (?:dood|vermoorden|doodmaken)|ik (?:ben|ga|wil|word) (?:[a-z]+ )?dood|i (?:am|will|want to|wanna|wish i was|wish i were|m) (?:[a-z]+ )?(?:die|dying|dead)|im (?:[a-z]+ )?(?:dying|dead))\b`,
  ),
);
