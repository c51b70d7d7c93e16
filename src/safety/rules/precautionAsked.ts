import { re } from '../crisisRule.js';
import { ownNow, presentSelf } from './lexicon.js';
import { somethingOfNow } from './pastToldForHelp.js';

/**
 * A precaution asked about before anything happened (docs/adr/0012-safety-net.md, session 22): "een
 * noodplan bij brand voor een gezin met een rolstoel", "als hij ooit een hypo krijgt, wat moet ik
 * dan doen", "hoe moeten de geweren opgeborgen worden". The shared `whatIfOneDay` reads one clause
 * and its own forms. Read over the whole message and wired as an `askUnlessInMessage` on every rule
 * (detectCrisis.ts): a check with every line, never silence.
 */

/** A plan, being prepared, a "one day", or a way of storing, asked about. */
const precaution =
  /\b(?:[a-z]*(?:noodplan|vluchtplan|ontruimingsplan|calamiteitenplan)|(?:nood|vlucht|brand|ontruimings)plan|voorbereid|voorbereiden|voor het geval|mocht (?:er )?ooit|als (?:[a-z]+ ){1,2}ooit|ooit (?:een|iets)|just in case|in case|if (?:[a-z]+ ){1,2}ever|before anything happens|be prepared|prepared|(?:hoe|waar|how|where) (?:[a-z]+ ){0,4}(?:opbergen|opgeborgen|bewaren|bewaard|bewaar|wegzetten|op slot|store|stored|keep|lock away|locked away))\b/;

/**
 * "nu er" or "now that" with a household that grows ("nu er kleinkinderen logeren", "now that the
 * baby lives here"): the reason for the precaution, not a danger now. Read as an exception at the
 * place the list of now would match.
 */
const nowThatHousehold =
  /(?!(?:nu|now) (?:er|de|het|that|the) (?:[a-z]+ ){0,2}(?:logeren|logeert|wonen|woont|komen|komt|spelen|speelt|stays|stay|lives|live|visit|visits|visiting)\b)/;

/** A precaution asked, with nothing of now but that, and no crisis of the writer's own. */
export const precautionAskedInMessage = re`^(?=.*${precaution})(?!.*${nowThatHousehold}${somethingOfNow})(?!.*${ownNow})(?!.*${presentSelf})`;
