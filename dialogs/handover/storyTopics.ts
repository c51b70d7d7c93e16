import type { TurnContext } from 'botbuilder';
import type { IntakeFacts } from '../../src/conversation/intakeFacts.js';
import type { Language } from '../../src/understanding/language.js';
import type { DialogDeps } from '../dialogDeps.js';
import { topicsOfQuestion } from '../intake/intakeSearch.js';
import { intakeQuestion } from '../intake/questions/index.js';

/**
 * The levensgebieden of a story told for the handover ("ik wil een mens spreken", then the story).
 * The intake does the same for a first message that asks for a person (the strong levensgebieden
 * only, nobody picks from a list): without it the case reached the wijkteam with no topic and the
 * monitor counted the question as "Onbekend". The summary names them ("We sturen ook mee waar uw
 * vraag over gaat"), and "Aanpassen" changes them. The search runs here, before the state is
 * updated: the update itself only stores the facts.
 */
export function withStoryTopics(
  deps: DialogDeps,
  context: TurnContext,
  facts: IntakeFacts,
  story: string,
  language: Language,
): IntakeFacts {
  if (facts.levensgebieden.length > 0) return facts;
  const { services } = deps;
  const { strong } = topicsOfQuestion(services, context, facts, story, language);
  if (strong.length === 0) return facts;
  // Only the facts are used here (the summary says it in the resident's language), not the reply.
  return intakeQuestion('topic').fromResult(
    { kind: 'value', value: { kind: 'domains', slugs: strong } },
    { language: 'nl', knowledge: services.knowledge, facts },
  ).facts;
}
