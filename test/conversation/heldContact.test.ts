import { describe, expect, it } from 'vitest';
import { contactHoldCutoff, withoutAbandonedContact } from '../../src/conversation/heldContact.js';

/** Where the contact sweep looks and what it changes (src/conversation/heldContact.ts). */
describe('withoutAbandonedContact', () => {
  const key = 'webchat/conversations/c-1/';
  const cutoff = contactHoldCutoff(new Date('2026-03-02T10:00:00.000Z'));
  const contact = (collectedAt: unknown) => ({
    name: 'Fatima',
    phone: '0612345678',
    email: null,
    bestMoment: null,
    noCalls: false,
    collectedAt,
  });
  const item = (held: unknown) => ({
    wijkwijzer: { language: 'nl', greeted: true, facts: { need: 'schulden' }, contact: held },
    DialogState: { dialogStack: [{ id: 'main' }] },
  });

  it('holds cutoff one hour before now', () => {
    expect(cutoff.toISOString()).toBe('2026-03-02T09:00:00.000Z');
  });

  it('erases details held since before the cutoff and keeps the rest of the item', () => {
    expect(withoutAbandonedContact(key, item(contact('2026-03-02T08:59:59.999Z')), cutoff)).toEqual(
      {
        ...item(null),
      },
    );
  });

  it('keeps details still within the hold, and items without any', () => {
    expect(withoutAbandonedContact(key, item(contact('2026-03-02T09:00:00.000Z')), cutoff)).toBe(
      undefined,
    );
    expect(withoutAbandonedContact(key, item(null), cutoff)).toBeUndefined();
    expect(withoutAbandonedContact(key, { other: 1 }, cutoff)).toBeUndefined();
  });

  it('erases details whose time cannot be read', () => {
    for (const broken of ['gisteren', 42, undefined]) {
      expect(withoutAbandonedContact(key, item(contact(broken)), cutoff)).toEqual(item(null));
    }
    expect(withoutAbandonedContact(key, item('0612345678'), cutoff)).toEqual(item(null));
  });

  it('looks only at conversation state, never at a resident memory', () => {
    const userKey = 'webchat/users/dl_anon-1/';
    expect(withoutAbandonedContact(userKey, item(contact('2020-01-01T00:00:00Z')), cutoff)).toBe(
      undefined,
    );
  });
});
