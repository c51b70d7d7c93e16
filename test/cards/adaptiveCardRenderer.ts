import { createRequire } from 'node:module';

/**
 * The official Adaptive Cards renderer (adaptivecards 3.0.6) as a validator. Its main entry
 * cannot load in plain Node (extensionless ESM imports), so the UMD bundle is required instead;
 * parsing and validating need no DOM.
 */

interface ParseEvent {
  readonly message: string;
}
interface RendererCard {
  parse(json: unknown, context: unknown): void;
  validateProperties(): { readonly validationEvents: readonly ParseEvent[] };
  toJSON(): unknown;
}
interface RendererModule {
  AdaptiveCard: new () => RendererCard;
  SerializationContext: new (targetVersion?: unknown) => {
    readonly eventCount: number;
    getEventAt(index: number): ParseEvent;
  };
  Versions: Record<'v1_3' | 'v1_5', unknown>;
}

const renderer = createRequire(import.meta.url)(
  'adaptivecards/dist/adaptivecards.js',
) as RendererModule;

export interface RendererReport {
  /** Problems found while parsing: unknown elements or actions, properties newer than the version. */
  readonly parseEvents: readonly string[];
  /** Problems from `validateProperties`: missing required values, duplicate ids, and so on. */
  readonly validationEvents: readonly string[];
  /** The card as the renderer understood it; properties it does not know are missing here. */
  readonly roundTrip: unknown;
}

/** Parses a card for a host that supports `version` (1.3 for Web Chat, 1.5 for Teams). */
export function checkWithRenderer(card: unknown, version: '1.3' | '1.5'): RendererReport {
  const parsed = new renderer.AdaptiveCard();
  const context = new renderer.SerializationContext(
    version === '1.3' ? renderer.Versions.v1_3 : renderer.Versions.v1_5,
  );
  parsed.parse(card, context);
  const parseEvents: string[] = [];
  for (let index = 0; index < context.eventCount; index += 1) {
    parseEvents.push(context.getEventAt(index).message);
  }
  return {
    parseEvents,
    validationEvents: parsed.validateProperties().validationEvents.map((event) => event.message),
    roundTrip: parsed.toJSON(),
  };
}

/** JSON with object keys sorted, to compare two cards regardless of key order. */
export function canonical(value: unknown): string {
  const sort = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(sort);
    if (node !== null && typeof node === 'object') {
      return Object.fromEntries(
        Object.entries(node)
          .sort(([a], [b]) => a.localeCompare(b))
          .map(([key, child]) => [key, sort(child)]),
      );
    }
    return node;
  };
  return JSON.stringify(sort(value), null, 1);
}

/** Every object in a card, depth first, so tests can look for action types or strings. */
export function allNodes(value: unknown): Record<string, unknown>[] {
  const found: Record<string, unknown>[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node !== null && typeof node === 'object') {
      found.push(node as Record<string, unknown>);
      Object.values(node).forEach(walk);
    }
  };
  walk(value);
  return found;
}
