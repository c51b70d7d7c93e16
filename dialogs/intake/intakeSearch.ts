import { representativeAge } from '../../src/conversation/ageBands.js';
import { withoutResidence } from '../../src/conversation/firstMessage.js';
import type { IntakeFacts } from '../../src/conversation/intakeFacts.js';
import { relationNameIn } from '../../src/conversation/relationNames.js';
import { detectLanguage, type Language } from '../../src/understanding/language.js';
import type { MessageUnderstanding } from '../../src/conversation/messageFacts.js';
import type { ResidentArea } from '../../src/knowledge/catalogue.js';
import type { Asker } from '../../src/search/forWhom.js';
import type { TurnContext } from 'botbuilder';
import type { ConversationServices, IntakeSearchResult, KnowledgePort } from '../ports.js';
import { localDate } from '../../src/shared/gemeenteTime.js';
import { searchAfterIntake } from '../../src/understanding/afterIntake.js';
import { isGemeenteQuestion } from '../../src/understanding/gemeenteDienst.js';
import type { GemeenteDienstReading } from '../../src/understanding/understand.js';
import { demoteTried } from '../../src/understanding/triedEntries.js';
// From this confidence a levensgebied is offered to confirm (one clear everyday word is 0.55).
import { OFFER_CONFIDENCE } from '../../src/understanding/domainOffer.js';
import { domainLabel } from '../texts.js';
import { messageOf, placeNamesOf } from './turnMessage.js';

/**
 * Who asks and for whom (ADR 0013, "for whom"): the intake's answer to "Voor wie zoekt u hulp?",
 * else what the message clearly said ("voor mezelf", "mijn zoon van 15"). The resident's own age:
 * an age they said of themselves ("ik ben 15"), or the intake's age when they ask for themselves,
 * unless that age is only a number of years the message named without whose ("we gaan scheiden na
 * 14 jaar" is no 14-year-old).
 */
export function askerOf(facts: IntakeFacts, understanding?: MessageUnderstanding): Asker {
  const forWhom = facts.forWhom ?? understanding?.facts.forWhom;
  const answered =
    forWhom === 'zelf' && facts.age !== facts.mentionedAges?.unknown ? facts.age : undefined;
  const ownAge = facts.mentionedAges?.self ?? answered ?? understanding?.facts.ownAge;
  // "Voor mezelf" about a partner's or a parent's trouble: the resident may be their naaste.
  const namesAnother =
    forWhom === 'zelf' && relationNameIn(facts.questions.at(-1) ?? '') !== undefined;
  return {
    ...(forWhom === undefined ? {} : { forWhom }),
    ...(ownAge === undefined || ownAge === null ? {} : { ownAge }),
    ...(facts.caresFor ? { caresFor: true } : {}),
    ...(namesAnother ? { namesAnother: true } : {}),
  };
}

/**
 * The search with what the resident told: the question, the age (or its band), the area and the
 * levensgebieden the resident chose. With the message's understanding pass, the search reuses its
 * search text, probabilities, language and readings (the wijkteam asked for, the caring) instead of
 * reading the message again (ADR 0013). A text that shows no language of its own ("noisy
 * neighbours", "quit smoking") is read in the conversation's language when it is given: a resident
 * who writes English is searched through the English glossary (ADR 0013, session 11 amendment).
 */
export function searchFor(
  knowledge: KnowledgePort,
  facts: IntakeFacts,
  text: string,
  today: string,
  understanding?: MessageUnderstanding,
  top?: number,
  conversationLanguage?: Language,
): IntakeSearchResult {
  const age = facts.age ?? (facts.ageBand === null ? undefined : representativeAge(facts.ageBand));
  const stadsdeelName =
    facts.stadsdeel === null
      ? undefined
      : (knowledge.wijken().find((wijk) => wijk.stadsdeelId === facts.stadsdeel)?.stadsdeel ??
        facts.stadsdeel);
  const area: ResidentArea = {
    ...(facts.wijk === null ? {} : { wijk: facts.wijk }),
    ...(stadsdeelName === undefined ? {} : { stadsdeel: stadsdeelName }),
  };
  const shown =
    understanding === undefined ? detectLanguage(text) : (understanding.textLanguage ?? undefined);
  const language =
    shown ?? conversationLanguage ?? (understanding === undefined ? undefined : 'nl');
  return knowledge.search({
    text: understanding?.searchText ?? withoutResidence(text, placeNamesOf(knowledge)),
    today,
    ...(understanding === undefined
      ? {}
      : { needProbabilities: understanding.probabilities, readings: understanding.searchReadings }),
    ...(language === undefined ? {} : { language }),
    ...(age === undefined ? {} : { age }),
    asker: askerOf(facts, understanding),
    ...(area.wijk === undefined && area.stadsdeel === undefined ? {} : { area }),
    // ADR 0013: the levensgebieden the resident chose count in the ranking, not only as words.
    ...(facts.levensgebieden.length === 0 ? {} : { levensgebieden: facts.levensgebieden }),
    ...(top === undefined ? {} : { top }),
  });
}

/**
 * The results search asks for more than the three cards it shows, like the bench (top 10): what
 * the resident already tried moves down, and what an earlier search in this conversation showed
 * is left out, and the next ones then fill the three places instead of leaving them empty.
 */
const RESULTS_POOL = 10;

export interface TopicGuess {
  readonly offered: string[];
  readonly strong: string[];
}

/**
 * The levensgebieden the search sees in a question the resident typed, with the turn's one
 * understanding pass (ADR 0013): one path for the intake's question and for the story told for
 * a handover (dialogs/handover/storyTopics.ts). `language` is the conversation's, as for the
 * results: a question whose own words show none is read in it, so the levensgebied offer after
 * an English first message reads "clean flat" through the English glossary too.
 */
export function topicsOfQuestion(
  services: Pick<ConversationServices, 'knowledge' | 'clock'>,
  context: TurnContext,
  facts: IntakeFacts,
  text: string,
  language: Language,
): TopicGuess {
  const message = messageOf(context, services.knowledge, text);
  const found = searchFor(
    services.knowledge,
    facts,
    text,
    localDate(services.clock.now()),
    message.understanding,
    undefined,
    language,
  );
  return topicGuess(services.knowledge, found);
}

/** What the search saw in the question: levensgebieden to offer, and the strong ones. */
function topicGuess(knowledge: KnowledgePort, found: IntakeSearchResult): TopicGuess {
  const known = new Set(knowledge.levensgebieden().map((domain) => domain.id));
  return {
    offered: found.domains
      .filter((domain) => domain.confidence >= OFFER_CONFIDENCE && known.has(domain.slug))
      .map((domain) => domain.slug),
    strong: found.strongDomains.filter((slug) => known.has(slug)),
  };
}

/**
 * The search for the results, after the intake (src/understanding/afterIntake.ts). What the
 * resident says they already tried, in their own words, moves that help below the rest
 * (src/understanding/triedEntries.ts). `language` is the conversation's: the question is read in it
 * when its own words show none.
 */
export function resultsSearch(
  knowledge: KnowledgePort,
  facts: IntakeFacts,
  today: string,
  language?: Language,
): { readonly query: string; readonly found: IntakeSearchResult } {
  const { query, found } = searchAfterIntake(
    facts.questions.at(-1) ?? '',
    facts.levensgebieden.map((slug) => domainLabel(knowledge, slug, 'nl')),
    (text) => searchFor(knowledge, facts, text, today, undefined, RESULTS_POOL, language),
  );
  if (facts.triedText.trim() === '') return { query, found };
  return { query, found: { ...found, results: demoteTried(found.results, facts.triedText) } };
}

/**
 * The gemeente service the question is about, when it is only about that (ADR 0013, gemeente
 * amendment): the message names one (the understanding pass), and the rest of its words, searched
 * as the intake searches, finds no good match. A question that also names a need of the sociale
 * basis ("ik heb schulden en mijn paspoort verloopt") is searched as always, in the conversation's
 * `language` when its words show none (as topicsOfQuestion).
 */
export function gemeenteQuestionOf(
  services: Pick<ConversationServices, 'knowledge' | 'clock'>,
  context: TurnContext,
  facts: IntakeFacts,
  text: string,
  language: Language,
): GemeenteDienstReading | undefined {
  const understanding = messageOf(context, services.knowledge, text).understanding;
  const dienst = understanding.gemeenteDienst;
  if (dienst === undefined) return undefined;
  const today = localDate(services.clock.now());
  // The rest is searched with its own reading (GemeenteDienstReading.restProbabilities and
  // restReadings).
  const only = isGemeenteQuestion(dienst, understanding.searchText, (words, part) =>
    searchFor(
      services.knowledge,
      facts,
      words,
      today,
      part === 'rest'
        ? {
            ...understanding,
            searchText: words,
            probabilities: dienst.restProbabilities,
            searchReadings: dienst.restReadings,
          }
        : understanding,
      undefined,
      language,
    ),
  );
  return only ? dienst : undefined;
}
