import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

/**
 * The golden set of resident phrasings (test/golden/search.golden.jsonl): what residents write,
 * with the voorzieningen that answer it. Written before the engine was tuned; see the README in
 * this folder for the rules. Shared by the golden test and `npm run bench:search`.
 */
export const GOLDEN_FILE = path.join(
  path.dirname(fileURLToPath(import.meta.url)),
  'search.golden.jsonl',
);

export const goldenCategories = [
  'everyday',
  'short',
  'typo',
  'nt2',
  'english',
  'story',
  'age',
  'postcode',
  'nomatch',
] as const;

const goldenCaseSchema = z.strictObject({
  text: z.string().min(1),
  /** Acceptable ids, any of which is a hit; empty for a question nothing answers. */
  expected: z.array(z.string()),
  category: z.enum(goldenCategories),
  postcode: z.string().optional(),
  age: z.int().min(0).max(120).optional(),
});
export type GoldenCase = z.output<typeof goldenCaseSchema>;

export function loadGoldenSet(file: string = GOLDEN_FILE): GoldenCase[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .map((line, index) => ({ line: line.trim(), number: index + 1 }))
    .filter(({ line }) => line !== '' && !line.startsWith('//'))
    .map(({ line, number }) => {
      const parsed = goldenCaseSchema.safeParse(JSON.parse(line));
      if (!parsed.success) throw new Error(`${file}:${number}: ${z.prettifyError(parsed.error)}`);
      return parsed.data;
    });
}

/** What an engine answered for one golden case. */
export interface EngineAnswer {
  /** Ids, best first (at least the top 10 when there are that many). */
  readonly ranked: readonly string[];
  /** Whether the engine said nothing fits; engines without that notion say false. */
  readonly noGoodMatch: boolean;
}

export interface GoldenScores {
  readonly answerable: number;
  readonly noMatchCases: number;
  /** Share of answerable cases with an expected id first. */
  readonly hitAt1: number;
  /** Share of answerable cases with an expected id in the top 3. */
  readonly hitAt3: number;
  /** Mean reciprocal rank of the first expected id (0 beyond rank 10). */
  readonly mrr: number;
  /** hit@3 counting only answers the engine itself did not call "no good match". */
  readonly answeredHitAt3: number;
  /** Share of no-match cases the engine called "no good match". */
  readonly noMatchRecall: number;
  /** Share of answerable cases the engine wrongly called "no good match". */
  readonly falseNoMatch: number;
  readonly byCategory: Readonly<
    Record<string, { readonly cases: number; readonly hitAt3: number }>
  >;
  readonly misses: readonly {
    readonly text: string;
    readonly expected: readonly string[];
    readonly got: readonly string[];
  }[];
}

export function scoreGolden(
  cases: readonly GoldenCase[],
  answer: (golden: GoldenCase) => EngineAnswer,
): GoldenScores {
  let answerable = 0;
  let hit1 = 0;
  let hit3 = 0;
  let answeredHit3 = 0;
  let reciprocal = 0;
  let noMatchCases = 0;
  let noMatchSaid = 0;
  let falseNoMatch = 0;
  const categories = new Map<string, { cases: number; hits: number }>();
  const misses: { text: string; expected: readonly string[]; got: readonly string[] }[] = [];
  for (const golden of cases) {
    const result = answer(golden);
    const category = categories.get(golden.category) ?? { cases: 0, hits: 0 };
    categories.set(golden.category, category);
    category.cases += 1;
    if (golden.expected.length === 0) {
      noMatchCases += 1;
      if (result.noGoodMatch) {
        noMatchSaid += 1;
        category.hits += 1;
      } else misses.push({ text: golden.text, expected: [], got: result.ranked.slice(0, 3) });
      continue;
    }
    answerable += 1;
    const rank = result.ranked.slice(0, 10).findIndex((id) => golden.expected.includes(id));
    if (rank === 0) hit1 += 1;
    if (rank >= 0 && rank < 3) {
      hit3 += 1;
      category.hits += 1;
      if (!result.noGoodMatch) answeredHit3 += 1;
    } else
      misses.push({ text: golden.text, expected: golden.expected, got: result.ranked.slice(0, 3) });
    if (rank >= 0) reciprocal += 1 / (rank + 1);
    if (result.noGoodMatch) falseNoMatch += 1;
  }
  const share = (count: number, total: number) => (total === 0 ? 0 : count / total);
  return {
    answerable,
    noMatchCases,
    hitAt1: share(hit1, answerable),
    hitAt3: share(hit3, answerable),
    mrr: share(reciprocal, answerable),
    answeredHitAt3: share(answeredHit3, answerable),
    noMatchRecall: share(noMatchSaid, noMatchCases),
    falseNoMatch: share(falseNoMatch, answerable),
    byCategory: Object.fromEntries(
      [...categories].map(([name, value]) => [
        name,
        { cases: value.cases, hitAt3: share(value.hits, value.cases) },
      ]),
    ),
    misses,
  };
}
