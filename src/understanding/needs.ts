/**
 * Need labels of the learned layer: `levensgebied.kind` (geld.schulden, ontmoeting.contact), plus
 * `vaag` (a request for help that names no subject yet) and `geen` (a question the sociale kaart is
 * not for: a passport, the bus, the weather). The part before the dot is the levensgebied id of
 * knowledge/levensgebieden.yaml, except where the id is long.
 */
export const VAGUE = 'vaag';
export const OUT_OF_SCOPE = 'geen';

const LEVENSGEBIED_OF_PREFIX: Readonly<Record<string, string>> = { ouderen: 'ouder-worden' };

/** The levensgebied a need belongs to, or undefined for `vaag` and `geen`. */
export function levensgebiedOfNeed(need: string): string | undefined {
  const dot = need.indexOf('.');
  if (dot < 0) return undefined;
  const prefix = need.slice(0, dot);
  return LEVENSGEBIED_OF_PREFIX[prefix] ?? prefix;
}
