import { describe, expect, it, vi } from 'vitest';
import type { LocatedEntry } from '../../src/knowledge/checks.js';
import { duplicateWarnings } from '../../src/knowledge/checks.js';
import { loadKnowledge } from '../../src/knowledge/loader.js';
import type { VoorzieningEntry } from '../../src/knowledge/schema.js';
import { parseYamlText } from '../../src/knowledge/yamlSource.js';
import type * as suggest from '../../src/knowledge/suggest.js';
import { fixedClock, VALID_FIXTURE } from '../knowledge/fixtures.js';

/**
 * Hardening (docs/adr/0015-security-posture.md): the duplicate check compared every pair of entries, normalising both names
 * and running an edit distance each time, on the event loop: 1.6 s of frozen conversations for one
 * edit at 1,000 entries. Work is counted here, not timed (bench:knowledge times it).
 */
const editDistanceCalls = vi.hoisted(() => ({ count: 0 }));
vi.mock('../../src/knowledge/suggest.js', async (importOriginal) => {
  const actual = await importOriginal<typeof suggest>();
  return {
    ...actual,
    editDistance: (a: string, b: string) => {
      editDistanceCalls.count += 1;
      return actual.editDistance(a, b);
    },
  };
});

const source = (() => {
  const parsed = parseYamlText(new TextEncoder().encode('voorzieningen: []\n'), 'x.yaml');
  if (!parsed.ok) throw new Error('fixture');
  return parsed.source;
})();

/** `count` entries of one organisation, in files of ten, with varied names. */
function entries(count: number): LocatedEntry[] {
  const words = ['buurt', 'huis', 'hulp', 'taal', 'geld', 'werk', 'sport', 'zorg', 'club', 'punt'];
  return Array.from({ length: count }, (_, index) => ({
    entry: {
      id: `entry-${index}`,
      naam: `${words[index % 10]}${words[Math.floor(index / 10) % 10]} ${words[Math.floor(index / 100) % 10]}${index}`,
      organisatie: 'Stichting Welzijn',
    } as unknown as VoorzieningEntry,
    source: { ...source, file: `voorzieningen/file-${Math.floor(index / 10)}.yaml` },
    path: ['voorzieningen', index % 10],
  }));
}

describe('knowledge checks at scale', () => {
  it('rules out most pairs before computing an edit distance', () => {
    editDistanceCalls.count = 0;
    duplicateWarnings(entries(2_000));
    // Every pair of one organisation is a candidate (about two million); cheap bounds must
    // leave only a small fraction for the edit distance.
    expect(editDistanceCalls.count).toBeLessThan(20 * 2_000);
  });

  it('still finds a near-identical name in another file', () => {
    const letters = 'abcdefghijklmnopqrstuvwxyz0123';
    const all = entries(30).map((located, index) => ({
      ...located,
      entry: { ...located.entry, naam: letters.charAt(index).repeat(8) },
    }));
    const copy = all[3] as LocatedEntry;
    all.push({
      ...copy,
      entry: { ...copy.entry, id: 'copy', naam: `${copy.entry.naam}x` },
      source: { ...copy.source, file: 'voorzieningen/other.yaml' },
    });
    expect(duplicateWarnings(all).map((warning) => warning.entryId)).toEqual(['copy']);
  });

  it('gives the event loop a turn while it loads, however large the knowledge', async () => {
    let pauses = 0;
    const loaded = await loadKnowledge(VALID_FIXTURE, {
      clock: fixedClock,
      pause: async () => {
        pauses += 1;
      },
    });
    expect(loaded.ok).toBe(true);
    // At least once per file read and once per entry checked.
    expect(pauses).toBeGreaterThanOrEqual(loaded.stats.files + loaded.stats.voorzieningen);
  });
});
