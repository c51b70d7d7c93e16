import { describe, expect, it } from 'vitest';
import {
  CONTACT_HOLD_MINUTES,
  contactHoldCutoff,
  withoutAbandonedContact,
} from '../../src/conversation/heldContact.js';
import { createHarness, type Chat } from '../dialogs/conversationHarness.js';
import { storageBackends, useStateBackend } from '../support/storageBackends.js';

/**
 * The contact sweep (src/conversation/heldContact.ts; docs/privacy.md): a resident types contact
 * details in a handover and walks away. Nobody reads that conversation again, so the dialogs never
 * get to erase them; the sweep does, on the embedded files and on PostgreSQL, and leaves the rest
 * of the conversation, the resident's memory and any handover still under way as they were.
 */
const MINUTE = 60_000;
const PHONE = '0612345678';
const NAME = 'Fatima';

async function toSummary(chat: Chat, phone: string, name: string): Promise<void> {
  await chat.join();
  await chat.say('De bank schrijft mij steeds aan over mijn schulden');
  await chat.say('ja');
  await chat.say('voor mezelf');
  await chat.say('45');
  await chat.say('7544');
  await chat.say('Ik heb de schuldeiser gebeld');
  await chat.say('Ik wil met iemand praten');
  await chat.say('ja');
  await chat.say(name);
  await chat.say(phone);
  await chat.say('ja');
  await chat.say('in de ochtend');
}

/** A stored item without its eTag (a new eTag is part of an erase, not a loss). */
function withoutETag(item: unknown): Record<string, unknown> {
  const { eTag: _eTag, ...rest } = item as Record<string, unknown>;
  return rest;
}

for (const backend of storageBackends()) {
  describe(`contact sweep on ${backend.name}`, () => {
    const state = useStateBackend(backend);

    it('erases abandoned contact details after the hold and loses nothing else', async () => {
      const bot = createHarness({ storage: state.storage, clock: state.clock });
      // botbuilder's keys: `<channel>/conversations/<id>/` and `<channel>/users/<id>/`.
      const abandoned = 'webchat/conversations/conversation-1/';
      const live = 'webchat/conversations/conversation-2/';
      const users = ['webchat/users/resident-1/', 'webchat/users/resident-2/'];
      await toSummary(bot.chat({ user: 'resident-1' }), PHONE, NAME);
      state.clock.advanceMinutes(50);
      const second = bot.chat({ user: 'resident-2' });
      await toSummary(second, '0687654321', 'Sanne');

      const keys = [abandoned, live, ...users];
      const before = await state.storage.read(keys);
      expect(Object.keys(before).sort()).toEqual([...keys].sort());
      expect(JSON.stringify(before[abandoned])).toContain(PHONE);

      // Within the hold: nothing to erase.
      expect(await state.storage.eraseAbandonedContacts(contactHoldCutoff(state.clock.now()))).toBe(
        0,
      );
      state.clock.advanceMinutes(CONTACT_HOLD_MINUTES - 50 + 1);
      expect(await state.storage.eraseAbandonedContacts(contactHoldCutoff(state.clock.now()))).toBe(
        1,
      );
      expect(await state.storage.eraseAbandonedContacts(contactHoldCutoff(state.clock.now()))).toBe(
        0,
      );

      const after = await state.storage.read(keys);
      // The abandoned conversation: only its contact details are gone.
      const expected = withoutAbandonedContact(
        abandoned,
        withoutETag(before[abandoned]),
        contactHoldCutoff(state.clock.now()),
      );
      expect(expected).toBeDefined();
      expect(withoutETag(after[abandoned])).toEqual(expected);
      expect(JSON.stringify(after[abandoned])).not.toContain(PHONE);
      expect(JSON.stringify(after[abandoned])).not.toContain(NAME);
      expect((after[abandoned] as { eTag: string }).eTag).not.toBe(
        (before[abandoned] as { eTag: string }).eTag,
      );
      // The handover still under way and both residents' memories are untouched.
      for (const key of [live, ...users]) expect(after[key]).toEqual(before[key]);

      // The second resident's handover goes out with its details.
      await second.say('Ja, versturen');
      const [made] = await bot.cases.list();
      expect(made?.melder).toMatchObject({ kind: 'contact', phone: '0687654321' });

      // The erase is not a turn: the abandoned chat's state still expires 48 hours after its last turn.
      state.clock.advanceMinutes(48 * 60 - CONTACT_HOLD_MINUTES - 1 + 5);
      await state.storage.deleteExpired(state.clock.now(), {
        residentMs: 35 * 24 * 60 * MINUTE,
        anonymousMs: 48 * 60 * MINUTE,
      });
      expect((await state.storage.read([abandoned]))[abandoned]).toBeUndefined();
    });
  });
}
