import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  benchSets,
  costMessages,
  DEV_KAART_FOLDERS,
  FROZEN_HASHES_FILE,
  GOLDEN_FILE,
  GOLDEN_FROZEN_FILE,
  goldenSets,
  readsDevKaarten,
  readsFrozen,
  readsHengelo,
  readsLaterKaarten,
  type BenchSets,
} from '../../bench/benchSupport.js';
import { findProjectRoot } from '../../src/shared/projectRoot.js';
import { splitOf } from '../../src/understanding/corpus.js';

describe("bench:understanding's BENCH_SETS", () => {
  it('reads every set when unset, and refuses a value it does not know', () => {
    expect(benchSets(undefined)).toBe('all');
    expect(benchSets('')).toBe('all');
    expect(benchSets('tuned')).toBe('tuned');
    // `dev` is what the helpers' rules ask for (golden train+dev and the dev kaarten); it was refused
    // until 2026-12-03, so runs fell back to `tuned` or `apart`.
    expect(benchSets('dev')).toBe('dev');
    expect(() => benchSets('frozen')).toThrow(/BENCH_SETS=frozen/);
  });

  it('opens the frozen split only in the full run, and scores the apart kaart only when asked', () => {
    expect(readsFrozen('all')).toBe(true);
    for (const sets of ['tuned', 'dev', 'apart', 'unfrozen'] as const) {
      expect(readsFrozen(sets)).toBe(false);
    }
    expect(readsDevKaarten('dev')).toBe(true);
    expect(readsDevKaarten('tuned')).toBe(false);
    expect(readsLaterKaarten('dev')).toBe(false);
    expect(readsHengelo('dev')).toBe(false);
  });

  it('lists the twenty-two dev kaarten the probes read, Touwhoven among them since session 25, never Hengelo nor the apart kaart', () => {
    const root = findProjectRoot();
    expect(DEV_KAART_FOLDERS).toHaveLength(22);
    expect(DEV_KAART_FOLDERS).toContain('kaart-ravelsloo');
    expect(DEV_KAART_FOLDERS).toContain('kaart-wolderbeek');
    expect(DEV_KAART_FOLDERS).toContain('kaart-lindewaard');
    expect(DEV_KAART_FOLDERS).toContain('kaart-weversdal');
    expect(DEV_KAART_FOLDERS).toContain('kaart-kuipersveld');
    expect(DEV_KAART_FOLDERS).toContain('kaart-smidsbroek');
    expect(DEV_KAART_FOLDERS).toContain('kaart-vlasmarke');
    expect(DEV_KAART_FOLDERS).toContain('kaart-biezendijk');
    expect(DEV_KAART_FOLDERS).toContain('kaart-hazelbrink');
    expect(DEV_KAART_FOLDERS).toContain('kaart-tichelhorst');
    expect(DEV_KAART_FOLDERS).toContain('kaart-korfhuizen');
    expect(DEV_KAART_FOLDERS).toContain('kaart-slikkerwaard');
    expect(DEV_KAART_FOLDERS).toContain('kaart-rietmonde');
    expect(DEV_KAART_FOLDERS).toContain('kaart-touwhoven');
    expect(DEV_KAART_FOLDERS).not.toContain('kaart-turfhaven');
    expect(DEV_KAART_FOLDERS).not.toContain('kaart-hengelo');
    for (const folder of DEV_KAART_FOLDERS) {
      expect(() =>
        readFileSync(path.join(root, 'test/fixtures', folder, 'questions.jsonl'), 'utf8'),
      ).not.toThrow();
    }
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

/** A reader over files in memory that records which files were opened. */
function recordingReader(files: ReadonlyMap<string, string>, root: string) {
  const opened: string[] = [];
  const read = (file: string): string => {
    const relative = path.relative(root, file).split(path.sep).join('/');
    opened.push(relative);
    const content = files.get(relative);
    if (content === undefined) throw new Error(`ENOENT: ${relative}`);
    return content;
  };
  return { opened, read };
}

describe("bench:understanding's golden sets", () => {
  // Made-up questions (not from any set): the split's hash rule puts some of them in test.
  const rows = Array.from({ length: 40 }, (_, i) => ({
    text: `verzonnen vraag nummer ${i} over de buurt`,
    expected: [`entry-${i % 5}`],
    category: 'everyday',
  }));
  const frozenRows = rows.filter((row) => splitOf(row.text) === 'test');
  const frozenFile = frozenRows.map((row) => `${JSON.stringify(row)}\n`).join('');
  const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
  const root = '/virtual/project';
  const files = new Map([
    [GOLDEN_FILE, `// a comment line\n${rows.map((row) => JSON.stringify(row)).join('\n')}\n`],
    [GOLDEN_FROZEN_FILE, frozenFile],
    [
      FROZEN_HASHES_FILE,
      `${sha256('other')}  training/split/test.jsonl\n${sha256(frozenFile)}  ${GOLDEN_FROZEN_FILE}\n`,
    ],
  ]);

  it('BENCH_SETS=dev (and every run but the full one) never opens the frozen split', () => {
    expect(frozenRows.length).toBeGreaterThan(0);
    for (const sets of ['tuned', 'dev', 'apart', 'unfrozen'] satisfies BenchSets[]) {
      const { opened, read } = recordingReader(files, root);
      const golden = goldenSets(root, sets, read);
      expect(opened).not.toContain(GOLDEN_FROZEN_FILE);
      expect(opened).toEqual([GOLDEN_FILE, FROZEN_HASHES_FILE]);
      expect(golden.frozen).toBeUndefined();
      expect(golden.all).toHaveLength(rows.length);
      expect(golden.tuned.map((c) => c.text)).toEqual(
        rows.filter((row) => splitOf(row.text) !== 'test').map((row) => row.text),
      );
    }
  });

  it('the full run opens it and leaves out the same questions', () => {
    const { opened, read } = recordingReader(files, root);
    const golden = goldenSets(root, 'all', read);
    expect(opened).toContain(GOLDEN_FROZEN_FILE);
    expect(golden.frozen?.map((c) => c.text)).toEqual(frozenRows.map((row) => row.text));
    expect(golden.tuned).toEqual(goldenSets(root, 'dev', recordingReader(files, root).read).tuned);
  });

  it('stops when the golden set no longer splits into the committed frozen file', () => {
    // A question added without `npm run train`: it might belong to the frozen split.
    const added = new Map(files);
    const extra = rows.map((_, i) => ({ ...rows[0], text: `nog een vraag ${i}` }));
    added.set(GOLDEN_FILE, [...rows, ...extra].map((row) => JSON.stringify(row)).join('\n'));
    const { opened, read } = recordingReader(added, root);
    expect(() => goldenSets(root, 'dev', read)).toThrow(/npm run train/);
    expect(opened).not.toContain(GOLDEN_FROZEN_FILE);
  });

  it('on this repository: the dev run reads golden train+dev without opening the frozen file', () => {
    const projectRoot = findProjectRoot();
    const opened: string[] = [];
    const golden = goldenSets(projectRoot, 'dev', (file) => {
      opened.push(path.relative(projectRoot, file).split(path.sep).join('/'));
      if (file.endsWith(GOLDEN_FROZEN_FILE)) throw new Error('the frozen split was opened');
      return readFileSync(file, 'utf8');
    });
    expect(opened).toEqual([GOLDEN_FILE, FROZEN_HASHES_FILE]);
    expect(golden.tuned.length).toBeGreaterThan(0);
    expect(golden.tuned.length).toBeLessThan(golden.all.length);
  });
});
