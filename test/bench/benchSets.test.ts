import { describe, expect, it } from 'vitest';
import {
  benchSets,
  costMessages,
  readsHengelo,
  readsLaterKaarten,
} from '../../bench/benchSupport.js';

describe("bench:understanding's BENCH_SETS", () => {
  it('reads every set when unset, and refuses a value it does not know', () => {
    expect(benchSets(undefined)).toBe('all');
    expect(benchSets('')).toBe('all');
    expect(benchSets('tuned')).toBe('tuned');
    expect(() => benchSets('dev')).toThrow(/BENCH_SETS=dev/);
  });

  it('reads Hengelo and the apart kaart only when the run measures them', () => {
    expect(readsHengelo('all')).toBe(true);
    expect(readsHengelo('unfrozen')).toBe(true);
    expect(readsHengelo('apart')).toBe(false);
    expect(readsHengelo('tuned')).toBe(false);
    expect(readsLaterKaarten('tuned')).toBe(false);
    expect(readsLaterKaarten('apart')).toBe(true);
  });

  it('times only messages of sets the run reads, and says which', () => {
    let hengeloRead = 0;
    const cases = {
      goldenAll: ['train', 'dev', 'frozen test'],
      goldenTuned: ['train', 'dev'],
      hengelo: () => {
        hengeloRead += 1;
        return ['hengelo'];
      },
    };
    for (const limited of ['tuned', 'apart'] as const) {
      const timed = costMessages(limited, cases);
      expect(timed.cases).toEqual(['train', 'dev']);
      expect(timed.timed).toBe('golden train+dev');
    }
    expect(hengeloRead).toBe(0);
    expect(costMessages('unfrozen', cases).cases).toEqual(['train', 'dev', 'hengelo']);
    // The default full run times what every run timed before, so its figures stay comparable.
    const full = costMessages('all', cases);
    expect(full.cases).toEqual(['train', 'dev', 'frozen test', 'hengelo']);
    expect(full.timed).toMatch(/whole golden set.*Hengelo/);
  });
});
