import type { TurnContext } from 'botbuilder';
import { readMessage, type MessageFacts } from '../../src/conversation/messageFacts.js';
import { buildPlaceIndex, type PlaceIndex } from '../../src/conversation/places.js';
import type { GemeenteDiensten } from '../../src/knowledge/schema.js';
import type { KnowledgePort } from '../ports.js';

/**
 * The facts of this turn's message, read once (src/conversation/messageFacts.ts) and shared by
 * every question that looks at it in the same turn, with the understanding pass of ADR 0013.
 */

const MESSAGE_KEY = Symbol('wijkwijzer.message');

interface CachedMessage {
  readonly text: string;
  readonly facts: MessageFacts;
}

/** The place names index, rebuilt only when the knowledge is reloaded (a new wijken list). */
const indexes = new WeakMap<object, PlaceIndex>();

export function placeIndexOf(knowledge: KnowledgePort): PlaceIndex {
  const wijken = knowledge.wijken();
  let index = indexes.get(wijken);
  if (index === undefined) {
    const gemeente = knowledge.gemeente?.();
    const buurgemeenten = knowledge.buurgemeenten?.();
    index = buildPlaceIndex({
      wijken,
      lookupPostcode: (input) => knowledge.lookupPostcode(input),
      ...(gemeente === undefined ? {} : { gemeente }),
      ...(buurgemeenten === undefined ? {} : { buurgemeenten }),
    });
    indexes.set(wijken, index);
  }
  return index;
}

/** Every name of a wijk or buurt, so "ik woon in Het Lang" is not read as part of the question. */
const names = new WeakMap<object, readonly string[]>();

export function placeNamesOf(knowledge: KnowledgePort): readonly string[] {
  const wijken = knowledge.wijken();
  let found = names.get(wijken);
  if (found === undefined) {
    found = wijken.flatMap((wijk) => [wijk.naam, ...wijk.buurten]);
    names.set(wijken, found);
  }
  return found;
}

/** The gemeente's own services, when the knowledge lists them (ADR 0013, gemeente amendment). */
function diensten(knowledge: KnowledgePort): { gemeenteDiensten?: GemeenteDiensten } {
  const found = knowledge.gemeenteDiensten?.();
  return found === undefined ? {} : { gemeenteDiensten: found };
}

export function messageOf(
  context: TurnContext,
  knowledge: KnowledgePort,
  text: string,
): MessageFacts {
  const cached = context.turnState.get(MESSAGE_KEY) as CachedMessage | undefined;
  if (cached?.text === text) return cached.facts;
  const facts = readMessage(text, {
    places: placeIndexOf(knowledge),
    levensgebieden: knowledge.levensgebieden().map((domain) => domain.id),
    placeNames: placeNamesOf(knowledge),
    ...diensten(knowledge),
  });
  context.turnState.set(MESSAGE_KEY, { text, facts } satisfies CachedMessage);
  return facts;
}
