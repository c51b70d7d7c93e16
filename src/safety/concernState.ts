import { z } from 'zod';
import type { CrisisKind } from './crisisKind.js';
import { crisisKindsByUrgency, orderByUrgency } from './crisisKind.js';

/**
 * What the safety check remembers between messages of one conversation: numbers only, never
 * text (docs/privacy.md). `concern` is the accumulated weak signal per kind, in units of the check
 * threshold (1 means "ask"); `pendingCheck` holds the kinds of a check question that is waiting
 * for an answer, as a bit set (danger 1, suicide 2, abuse 4), 0 when none is.
 */
/** softAge stops counting here; only "fresh or not" matters. */
export const maxSoftAge = 99;

/**
 * Unknown keys are stripped, not refused: in a rolling deploy an older build reads state that a
 * newer build wrote with a field it does not know yet (as `checkOrder` once was), and refusing it
 * reset the conversation's concern to nothing. The fields it knows are still checked.
 */
export const concernStateSchema = z.object({
  concern: z.tuple([z.number().min(0), z.number().min(0), z.number().min(0)]),
  pendingCheck: z.number().int().min(0).max(7),
  /**
   * The kinds of a soft check that is still open (docs/adr/0012-safety-net.md, fourth round): the
   * intake went on, and its "yes, I need help now" button can still be tapped. Absent when none is.
   */
  softCheck: z.number().int().min(1).max(7).optional(),
  /** Messages since that soft check: 0 for the very next one, where a plain "ja" still answers it. */
  softAge: z.number().int().min(0).max(maxSoftAge).optional(),
  /**
   * The kinds of the open check (firm or soft) in the order its lines showed them, each as its
   * place in the order of urgency (danger 0, suicide 1, abuse 2), so that the crisis reply after
   * its "ja" leads with the line the check led with. Absent in state written before it existed,
   * and then urgency orders them.
   */
  checkOrder: z.array(z.number().int().min(0).max(2)).max(3).optional(),
});

export type ConcernState = z.infer<typeof concernStateSchema>;

export const noConcern: ConcernState = { concern: [0, 0, 0], pendingCheck: 0 };

export function kindsToBits(kinds: readonly CrisisKind[]): number {
  return crisisKindsByUrgency.reduce(
    (bits, kind, index) => (kinds.includes(kind) ? bits | (1 << index) : bits),
    0,
  );
}

export function bitsToKinds(bits: number): CrisisKind[] {
  return crisisKindsByUrgency.filter((_, index) => (bits & (1 << index)) !== 0);
}

/** The kinds as their places in the order of urgency, in the order given: for `checkOrder`. */
export function kindsToOrder(kinds: readonly CrisisKind[]): number[] {
  return kinds.map((kind) => crisisKindsByUrgency.indexOf(kind));
}

/**
 * The kinds of a check's bit set in the order the check showed them (`checkOrder`): those of the
 * order that are in the set first, then any the order lacks, most urgent first. Without an order
 * (state written before it existed) the order of urgency stands.
 */
export function orderedKinds(bits: number, order: readonly number[] = []): CrisisKind[] {
  const inSet = bitsToKinds(bits);
  const shown = order
    .map((place) => crisisKindsByUrgency[place])
    .filter((kind): kind is CrisisKind => kind !== undefined && inSet.includes(kind));
  return [...new Set([...shown, ...orderByUrgency(inSet)])];
}
