import type { Areas } from '../../knowledge/areas.js';
import { WijkwijzerError } from '../../shared/errors.js';
import type { Hierarchy } from './cube.js';

/**
 * The areas of the monitor as one tree: the city, its stadsdelen, their wijken, plus two kinds of
 * leaf nobody can select ("wijk unknown" in a stadsdeel, and "area unknown"), so the city is
 * always the sum of its parts (ADR 0017 §5).
 */

export interface AreaNode {
  /** `stad`, `stadsdeel:west` or `wijk:Wesselerbrink`; `onbekend…` for the unpublished leaves. */
  readonly id: string;
  readonly kind: 'stad' | 'stadsdeel' | 'wijk' | 'onbekend';
  /** Display name (Dutch); the city's is filled in by the report. */
  readonly name: string;
  readonly parent: number;
}

export interface AreaTree {
  readonly nodes: readonly AreaNode[];
  readonly hierarchy: Hierarchy;
  /** The leaf a counter belongs to, from its `wijk` and `stadsdeel` dimensions. */
  leafOf(dimensions: Readonly<Record<string, string>>): number;
  find(id: string): number;
}

export const CITY = 'stad';

export function buildAreaTree(areas: Pick<Areas, 'stadsdelen'>, cityName: string): AreaTree {
  const nodes: AreaNode[] = [{ id: CITY, kind: 'stad', name: cityName, parent: -1 }];
  const stadsdeelNode = new Map<string, number>();
  for (const stadsdeel of areas.stadsdelen) {
    stadsdeelNode.set(stadsdeel.id, nodes.length);
    nodes.push({
      id: `stadsdeel:${stadsdeel.id}`,
      kind: 'stadsdeel',
      name: stadsdeel.naam,
      parent: 0,
    });
  }
  const wijkNode = new Map<string, number>();
  const unknownIn = new Map<string, number>();
  for (const stadsdeel of areas.stadsdelen) {
    const parent = stadsdeelNode.get(stadsdeel.id) ?? 0;
    for (const wijk of stadsdeel.wijken) {
      if (wijkNode.has(wijk.naam)) continue;
      wijkNode.set(wijk.naam, nodes.length);
      nodes.push({ id: `wijk:${wijk.naam}`, kind: 'wijk', name: wijk.naam, parent });
    }
    unknownIn.set(stadsdeel.id, nodes.length);
    nodes.push({ id: `onbekend:${stadsdeel.id}`, kind: 'onbekend', name: '', parent });
  }
  const unknown = nodes.length;
  nodes.push({ id: 'onbekend', kind: 'onbekend', name: '', parent: 0 });
  const byId = new Map(nodes.map((node, index) => [node.id, index]));
  return {
    nodes,
    hierarchy: {
      parents: nodes.map((node) => node.parent),
      published: nodes.map((node) => node.kind !== 'onbekend'),
    },
    leafOf: (dimensions) => {
      const wijk = dimensions.wijk === undefined ? undefined : wijkNode.get(dimensions.wijk);
      if (wijk !== undefined) return wijk;
      const stadsdeel =
        dimensions.stadsdeel === undefined ? undefined : unknownIn.get(dimensions.stadsdeel);
      return stadsdeel ?? unknown;
    },
    find: (id) => {
      const found = byId.get(id);
      if (found === undefined || nodes[found]?.kind === 'onbekend') {
        throw new WijkwijzerError('WW-8105', { detail: { reason: 'area' } });
      }
      return found;
    },
  };
}

/** For tables counted for the whole city only (crisis, answers, handover steps…). */
export const cityOnly: Hierarchy = { parents: [-1] };
