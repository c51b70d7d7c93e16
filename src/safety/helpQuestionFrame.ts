import { collapseRegexSource } from './crisisRule.js';
import { deathTerm, ownNow, presentSelf } from './rules/lexicon.js';
import { painlessDeathNamed } from './rules/painlessWay.js';
import { pillsEn, pillsNl, poison } from './rules/swallowedMeans.js';

/**
 * The help-question frame (docs/adr/0012-safety-net.md, session 21, checks21): a message whose form
 * is a request for a service or information ("waar kan ik terecht voor ...", "is er een groep
 * voor ...", "kan iemand ...", "I am looking for a course ...") is read as such from its form, not
 * its topic, like the frame reader's frames. It decides nothing on its own: `decideSafety` may turn
 * a soft check that the concern model alone raised on a first message into none when a form is
 * read and nothing vetoes it. Never a firm check, a rule's crisis or question, a model crisis or a
 * check that built up over the conversation.
 *
 * Closed lists, no learned weights. Written in ordinary spelling and compiled as the rules compile
 * their patterns, so squeezed letters match ("waar" reads "war").
 */

/** A request form and the id the explanation carries for it (never the text). */
interface RequestForm {
  readonly id: string;
  readonly pattern: RegExp;
}

const compile = (pattern: RegExp) => new RegExp(collapseRegexSource(pattern.source), pattern.flags);

const subject = String.raw`(?:ik|we|wij|hij|zij|ze|mijn [a-z]+|onze [a-z]+|mn [a-z]+)`;

const forms: readonly RequestForm[] = [
  {
    id: 'where',
    pattern:
      /\b(?:waar (?:kan|kun|kunnen|moet|moeten|mag|mogen|vind|krijg|meld|vraag) (?:ik|we|wij|je|hij|zij|ze|mijn [a-z]+|onze [a-z]+)|waar (?:ga|gaan) (?:ik|we) (?:heen|naartoe)|where (?:can|could|do|should) (?:i|we|he|she|my [a-z]+))\b/,
  },
  {
    id: 'is-there',
    pattern:
      /\b(?:is er (?:ergens |hier |in de wijk |ook )?(?:een|iemand|plek|plaats|hulp|ruimte|iets|mogelijkheid|ondersteuning|geld|subsidie|vergoeding)|zijn er (?:ergens |hier |ook )?(?:mensen|groepen|plekken|cursussen|clubs|activiteiten|vrijwilligers|regelingen)|bestaat er|wordt er ergens|is there|are there)\b/,
  },
  {
    id: 'who-can',
    pattern:
      /\b(?:wie (?:kan|kunnen|mag) (?:mij|me|ons|hem|haar|helpen)|kan (?:er )?iemand|kunnen jullie|kun je mij|kunt u mij|kan ik (?:ergens|ook|hier|bij|terecht|mee|me aanmelden|aanmelden)|kun (?:ik|je) (?:ergens|ook|hier)|mag (?:ik|hij|zij|ze|we|mijn [a-z]+|onze [a-z]+) (?:ook |nog |gewoon )?(?:mee|naar|bij|meedoen|aanschuiven|komen)|can (?:someone|anyone|somebody|you help)|who can)\b/,
  },
  {
    id: 'what-can',
    pattern: new RegExp(
      String.raw`\b(?:wat (?:kan|kunnen|moet|moeten) ${subject} (?:doen|daaraan doen|eraan doen|hiermee|daarmee)|wat zijn (?:mijn|onze|zijn|haar) rechten|wat kunnen we doen|wat kan ik doen|what can (?:i|we) do|what are my rights)\b`,
    ),
  },
  {
    id: 'how',
    pattern: new RegExp(
      String.raw`\b(?:hoe (?:kan|kom|krijg|regel|vraag|vind|meld|moet|pak) ${subject}|hoe ga ik (?:hiermee|daarmee|ermee) om|how (?:do|can|could|should) (?:i|we))\b`,
    ),
  },
  {
    id: 'looking-for',
    pattern:
      /\b(?:ik zoek|wij zoeken|we zoeken|zoek ik|ik hulp zoek|op zoek naar|(?:i am|im|we are) looking for|i need (?:a|some) (?:help|advice|course|club|group|place))\b/,
  },
  {
    id: 'wants-help',
    pattern:
      /\b(?:ik (?:wil|wil graag|zou graag) (?:hulp|advies|informatie|info|weten|graag weten|me aanmelden|meedoen)|ik wil wel weten|wil ik (?:graag )?weten|ik wil hulp|i (?:want|would like|d like) (?:help|advice|information|to know|to join|to sign up))\b/,
  },
].map((form) => ({ id: form.id, pattern: compile(form.pattern) }));

/**
 * What keeps the check whatever form the message has, read over the whole message:
 * - danger now: a time of now or the coming hours, a cry for help, an emergency number;
 * - a means at hand: pills, poison, a rope, a blade or a weapon, a height, a bridge or a train;
 * - harm to a person told in the present: hitting, bleeding, not breathing, unconscious;
 * - the writer's own death wish or end (`ownNow`, `presentSelf`, the rules' death words) and a
 *   painless way to die named (`painlessDeathNamed`).
 */
const vetoes: readonly RegExp[] = [
  /\b(?:nu|net|zojuist|meteen|direct|vannacht|vanavond|vandaag|straks|nog vandaag|help|helpen helpen|spoed|dringend|noodgeval|112|113|now|right now|tonight|today|just now|asap|urgent|urgently|emergency|help me)\b/,
  new RegExp(
    String.raw`\b(?:${pillsNl.source}|${pillsEn.source}|${poison.source}|medicijnen|tabletten|slaappillen|overdosis|touw|strop|mes|messen|scheermes|wapen|pistool|geweer|bijl|brug|spoor|trein|dak|balkonrand|hoogte|rope|noose|knife|knives|blade|razor|gun|weapon|bridge|train|roof|ledge|overdose)\b`,
  ),
  /\b(?:slaat|sla|schopt|stompt|wurgt|knijpt|duwt|bedreigt|dreigt|bloedt|bloed|ademt niet|adem|stikt|bewusteloos|flauwgevallen|reageert niet|doet (?:me|mij|haar|hem) pijn|misbruikt|verkracht|aangerand|hits|hitting|beats|kicks|chokes|choking|strangles|threatens|bleeding|blood|unconscious|not breathing|cant breathe|hurts me|abuses)\b/,
  ownNow,
  presentSelf,
  deathTerm,
  /\b(?:zelfmoord|suicide|suicidal|een eind aan|een einde aan|end it|kill)\b/,
  painlessDeathNamed,
].map(compile);

/**
 * The request form a normalised message is framed in, or undefined when it is framed in none or a
 * veto holds. The id goes into the explanation; the text does not.
 */
export function helpQuestionForm(normalised: string): string | undefined {
  if (vetoes.some((veto) => veto.test(normalised))) return undefined;
  return forms.find((form) => form.pattern.test(normalised))?.id;
}
