/**
 * The three situations the wijkwijzer never handles itself. Each one has its own line
 * (src/safety/crisisLines.ts). Ordered by urgency: a danger to life right now comes first (112),
 * then suicidality (113), then domestic violence or child abuse (Veilig Thuis). When a message hits
 * several kinds, the resident sees the lines in this order.
 */
export const crisisKindsByUrgency = ['danger', 'suicide', 'abuse'] as const;

export type CrisisKind = (typeof crisisKindsByUrgency)[number];

/** Sorts kinds most urgent first and drops duplicates. */
export function orderByUrgency(kinds: Iterable<CrisisKind>): CrisisKind[] {
  const present = new Set(kinds);
  return crisisKindsByUrgency.filter((kind) => present.has(kind));
}
