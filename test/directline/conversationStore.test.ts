import { describe, expect, it } from 'vitest';
import type { ActivityGroup } from '../../src/directline/activity.js';
import {
  ConversationStore,
  parseWatermark,
  type ConversationStoreOptions,
  type EvictionReason,
} from '../../src/directline/conversationStore.js';
import { WijkwijzerError } from '../../src/shared/errors.js';
import { ManualClock } from '../support/manualClock.js';

function setup(options: Partial<ConversationStoreOptions> = {}) {
  const clock = new ManualClock();
  const evictions: [string, EvictionReason][] = [];
  const store = new ConversationStore({
    clock,
    idleMinutes: 60,
    onEvict: (id, reason) => evictions.push([id, reason]),
    ...options,
  });
  return { clock, store, evictions };
}

function message(text: string) {
  return { type: 'message', text };
}

function codeOf(action: () => unknown): string {
  try {
    action();
  } catch (error) {
    if (error instanceof WijkwijzerError) return error.code;
    throw error;
  }
  throw new Error('expected a WijkwijzerError');
}

describe('ConversationStore', () => {
  it('numbers activities: id <conversation>|<padded seq>, clock timestamp, watermark = seq', () => {
    const { store, clock } = setup();
    store.create('c1', 'u1');
    const first = store.append('c1', message('een'));
    clock.advanceSeconds(5);
    const second = store.append('c1', message('twee'));
    expect(first.id).toBe('c1|0000001');
    expect(second.id).toBe('c1|0000002');
    expect(first.timestamp).toBe('2026-03-02T09:00:00.000Z');
    expect(second.timestamp).toBe('2026-03-02T09:00:05.000Z');
    expect(store.list('c1')).toEqual({ activities: [first, second], watermark: '2' });
    expect(store.list('c1', 1)).toEqual({ activities: [second], watermark: '2' });
    expect(store.list('c1', 2)).toEqual({ activities: [], watermark: '2' });
  });

  it('pages through a long conversation without gaps or duplicates', () => {
    const { store } = setup({ pageSize: 3 });
    store.create('c1', 'u1');
    for (let index = 1; index <= 8; index += 1) store.append('c1', message(`m${index}`));
    const seen: string[] = [];
    let watermark: number | undefined;
    let pages = 0;
    for (;;) {
      const page = store.list('c1', watermark);
      if (page.activities.length === 0) break;
      pages += 1;
      seen.push(...page.activities.map((activity) => String(activity.text)));
      watermark = Number(page.watermark);
    }
    expect(pages).toBe(3);
    expect(seen).toEqual(['m1', 'm2', 'm3', 'm4', 'm5', 'm6', 'm7', 'm8']);
  });

  it('delivers an update once to a reader after its watermark, under the same id and place', () => {
    const { store, clock } = setup();
    store.create('c1', 'u1');
    const original = store.append('c1', message('oud'));
    store.append('c1', message('daarna'));
    const readerWatermark = Number(store.list('c1').watermark);
    clock.advanceSeconds(30);
    const updated = store.update('c1', original.id, message('nieuw'));
    expect(updated.id).toBe(original.id);
    expect(updated.timestamp).toBe(original.timestamp);
    const afterReader = store.list('c1', readerWatermark);
    expect(afterReader.activities).toEqual([updated]);
    expect(Number(afterReader.watermark)).toBeGreaterThan(readerWatermark);
    // A fresh reader sees each activity once, in its latest version.
    expect(store.list('c1').activities.map((activity) => activity.text)).toEqual([
      'daarna',
      'nieuw',
    ]);
  });

  it('replaces a deleted activity with a messageDelete tombstone under the same id', () => {
    const { store } = setup();
    store.create('c1', 'u1');
    const gone = store.append('c1', { ...message('weg'), from: { id: 'bot' } });
    store.delete('c1', gone.id);
    expect(store.list('c1').activities).toEqual([
      { type: 'messageDelete', id: gone.id, timestamp: gone.timestamp, from: { id: 'bot' } },
    ]);
    expect(codeOf(() => store.delete('c1', gone.id))).toBe('WW-2106');
    expect(codeOf(() => store.update('c1', 'c1|9999999', message('x')))).toBe('WW-2106');
    expect(codeOf(() => store.append('nope', message('x')))).toBe('WW-2104');
  });

  it('keeps only the newest activities of a long conversation', () => {
    const { store } = setup({ maxActivitiesPerConversation: 3 });
    store.create('c1', 'u1');
    for (let index = 1; index <= 5; index += 1) store.append('c1', message(`m${index}`));
    const all = store.list('c1');
    expect(all.activities.map((activity) => activity.text)).toEqual(['m3', 'm4', 'm5']);
    expect(all.watermark).toBe('5');
  });

  it('drops the least recently used conversation when full, and tells its listeners', () => {
    const { store, evictions } = setup({ maxConversations: 2 });
    store.create('old', 'u1');
    store.create('used', 'u2');
    const ended: EvictionReason[] = [];
    store.subscribe('old', { push: () => undefined, end: (reason) => ended.push(reason) });
    store.append('used', message('x'));
    store.list('old');
    // 'used' is now the least recently used: 'old' was read after it.
    store.create('new', 'u3');
    expect(store.has('used')).toBe(false);
    expect(store.has('old')).toBe(true);
    expect(evictions).toEqual([['used', 'capacity']]);
    store.create('newer', 'u4');
    expect(ended).toEqual(['capacity']);
    expect(store.size).toBe(2);
  });

  it('forgets conversations idle longer than the limit, and only those', () => {
    const { store, clock, evictions } = setup({ idleMinutes: 60 });
    store.create('idle', 'u1');
    store.create('busy', 'u2');
    clock.advanceMinutes(45);
    store.append('busy', message('nog hier'));
    clock.advanceMinutes(16);
    expect(store.sweep()).toBe(1);
    expect(store.has('idle')).toBe(false);
    expect(store.has('busy')).toBe(true);
    expect(evictions).toEqual([['idle', 'idle']]);
    clock.advanceMinutes(45);
    expect(store.sweep()).toBe(1);
    expect(store.size).toBe(0);
  });

  it('re-creates an unknown conversation above the client watermark and the current time', () => {
    const { store, clock } = setup();
    const info = store.ensure('lost', 'u1', 57);
    expect(info).toEqual({ conversationId: 'lost', userId: 'u1', created: true });
    const empty = store.list('lost', 57);
    expect(empty.activities).toEqual([]);
    const next = store.append('lost', message('verder'));
    const watermark = Number(store.list('lost', 57).watermark);
    expect(watermark).toBeGreaterThan(57);
    expect(watermark).toBeGreaterThan(clock.now().getTime());
    expect(next.id).toBe(`lost|${watermark}`);
    // A far-ahead watermark (from an earlier re-creation) still wins.
    const ahead = clock.now().getTime() + 1_000_000;
    store.ensure('later', 'u2', ahead);
    store.append('later', message('x'));
    expect(Number(store.list('later', ahead).watermark)).toBe(ahead + 1);
  });

  it('knows an existing conversation and refuses another user for it', () => {
    const { store } = setup();
    store.create('c1', 'u1');
    expect(store.ensure('c1', 'u1', 0)).toEqual({
      conversationId: 'c1',
      userId: 'u1',
      created: false,
    });
    expect(codeOf(() => store.ensure('c1', 'intruder'))).toBe('WW-2103');
    expect(codeOf(() => store.create('c1', 'u1'))).toBe('WW-2004');
  });

  it('pushes new activities to listeners, and typing only to listeners', () => {
    const { store } = setup();
    store.create('c1', 'u1');
    const pushed: ActivityGroup[] = [];
    const unsubscribe = store.subscribe('c1', {
      push: (group) => pushed.push(group),
      end: () => undefined,
    });
    const stored = store.append('c1', message('hallo'));
    const typing = store.publishEphemeral('c1', { type: 'typing' });
    unsubscribe();
    store.append('c1', message('niet meer'));
    expect(pushed).toEqual([
      { activities: [stored], watermark: '1' },
      { activities: [typing], watermark: '1' },
    ]);
    expect(store.list('c1').activities.map((activity) => activity.type)).toEqual([
      'message',
      'message',
    ]);
  });

  it('keeps going when a listener throws', () => {
    const { store } = setup();
    store.create('c1', 'u1');
    const pushed: string[] = [];
    store.subscribe('c1', {
      push: () => {
        throw new Error('broken socket');
      },
      end: () => undefined,
    });
    store.subscribe('c1', { push: (group) => pushed.push(group.watermark), end: () => undefined });
    store.append('c1', message('een'));
    store.append('c1', message('twee'));
    expect(pushed).toEqual(['1', '2']);
    expect(store.listenerCount).toBe(1);
  });
});

describe('parseWatermark', () => {
  it('reads sequence numbers and refuses anything else', () => {
    expect(parseWatermark(undefined)).toBeUndefined();
    expect(parseWatermark('')).toBeUndefined();
    expect(parseWatermark('42')).toBe(42);
    for (const bad of ['-1', '1.5', 'abc', '12345678901234567', ['1']]) {
      expect(codeOf(() => parseWatermark(bad))).toBe('WW-2004');
    }
  });
});
