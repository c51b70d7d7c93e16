import { representativeAge } from '../../src/conversation/ageBands.js';
import { withoutResidence } from '../../src/conversation/firstMessage.js';
import type { IntakeFacts } from '../../src/conversation/intakeFacts.js';
import type { ResidentArea } from '../../src/knowledge/catalogue.js';
import type { IntakeSearchResult, KnowledgePort } from '../ports.js';
import { domainLabel } from '../texts.js';

/** Confidence from which a levensgebied is offered to confirm (one clear everyday word is 0.55). */
const OFFER_CONFIDENCE = 0.4;

/** Every name of a wijk or buurt, so "ik woon in Het Lang" is not read as part of the question. */
function placeNames(knowledge: KnowledgePort): string[] {
  return knowledge.wijken().flatMap((wijk) => [wijk.naam, ...wijk.buurten]);
}

/** The search with what the resident told: the question, the age (or its band) and the area. */
export function searchFor(
  knowledge: KnowledgePort,
  facts: IntakeFacts,
  text: string,
  today: string,
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
  return knowledge.search({
    text: withoutResidence(text, placeNames(knowledge)),
    today,
    ...(age === undefined ? {} : { age }),
    ...(area.wijk === undefined && area.stadsdeel === undefined ? {} : { area }),
    // ADR 0013: the levensgebieden the resident chose count in the ranking, not only as words.
    ...(facts.levensgebieden.length === 0 ? {} : { levensgebieden: facts.levensgebieden }),
  });
}

/** What the search saw in the question: levensgebieden to offer, and the strong ones. */
export function topicGuess(
  knowledge: KnowledgePort,
  found: IntakeSearchResult,
): { readonly offered: string[]; readonly strong: string[] } {
  const known = new Set(knowledge.levensgebieden().map((domain) => domain.id));
  return {
    offered: found.domains
      .filter((domain) => domain.confidence >= OFFER_CONFIDENCE && known.has(domain.slug))
      .map((domain) => domain.slug),
    strong: found.strongDomains.filter((slug) => known.has(slug)),
  };
}

/**
 * The question as searched for the results: the resident's words, plus the name of a
 * levensgebied they chose that their words did not show.
 */
export function resultQuery(knowledge: KnowledgePort, facts: IntakeFacts): string {
  const extra = facts.levensgebieden
    .filter((slug) => !facts.topicGuess.includes(slug))
    .map((slug) => domainLabel(knowledge, slug, 'nl'));
  return [facts.questions.at(-1) ?? '', ...extra].join(' ');
}
