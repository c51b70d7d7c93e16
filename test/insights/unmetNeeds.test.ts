import { describe, expect, it } from 'vitest';
import {
  InMemoryUnmetNeedsRecorder,
  UNKNOWN_LEVENSGEBIED,
  type UnmetNeed,
} from '../../src/insights/unmetNeeds.js';
import { isWijkwijzerError } from '../../src/shared/errors.js';

const at = new Date('2026-03-02T10:00:00Z');

describe('InMemoryUnmetNeedsRecorder', () => {
  it('counts misses per month, levensgebied and wijk', async () => {
    const recorder = new InMemoryUnmetNeedsRecorder();
    await recorder.record({ levensgebieden: ['geld'], wijk: 'Wesselerbrink', at });
    await recorder.record({ levensgebieden: ['geld'], wijk: 'Wesselerbrink', at });
    await recorder.record({ levensgebieden: ['geld', 'wonen'], at });
    expect(await recorder.counts()).toEqual([
      { month: '2026-03', levensgebied: 'geld', wijk: null, count: 1 },
      { month: '2026-03', levensgebied: 'geld', wijk: 'Wesselerbrink', count: 2 },
      { month: '2026-03', levensgebied: 'wonen', wijk: null, count: 1 },
    ]);
  });

  it('counts a miss without a levensgebied under "onbekend"', async () => {
    const recorder = new InMemoryUnmetNeedsRecorder();
    await recorder.record({ levensgebieden: [], at });
    expect(await recorder.counts()).toEqual([
      { month: '2026-03', levensgebied: UNKNOWN_LEVENSGEBIED, wijk: null, count: 1 },
    ]);
  });

  it('uses the Dutch month: 23:30 UTC on 31 March is April in Enschede', async () => {
    const recorder = new InMemoryUnmetNeedsRecorder();
    await recorder.record({ levensgebieden: ['geld'], at: new Date('2026-03-31T23:30:00Z') });
    expect((await recorder.counts())[0]?.month).toBe('2026-04');
  });

  it('refuses anything that looks like a question instead of a slug', async () => {
    const recorder = new InMemoryUnmetNeedsRecorder();
    const leaky = { levensgebieden: ['mijn fiets is gestolen'], at } as UnmetNeed;
    let caught: unknown;
    try {
      await recorder.record(leaky);
    } catch (error) {
      caught = error;
    }
    expect(isWijkwijzerError(caught) && caught.code).toBe('WW-5002');
    // The refused text is not in the error either.
    expect(JSON.stringify(caught)).not.toContain('fiets');
    expect(await recorder.counts()).toEqual([]);
  });

  it('holds no field that could carry text', async () => {
    const recorder = new InMemoryUnmetNeedsRecorder();
    await recorder.record({ levensgebieden: ['taal'], wijk: 'Stadsveld', at });
    const [row] = await recorder.counts();
    expect(Object.keys(row ?? {}).sort()).toEqual(['count', 'levensgebied', 'month', 'wijk']);
  });
});
