/**
 * `npx tsx training/situationReading.ts`: stage 1 of ADR 0013's session-22 amendment "the
 * situation read without the person". Every answerable question of golden train+dev and the dev
 * kaarten is searched as the bench does; the top two as shipped (the search's `domains`) is scored
 * beside the top two with the mechanism: the model reads the message again with its person words
 * and numbers taken out, and that reading's best levensgebied takes the second seat when it is not
 * among the two, reaches 0.2 and was raised by taking the person out. Korfhuizen is printed apart
 * (its misses were read for the class). Dev sets only; `SHOW_MOVED=1` lists the moved questions.
 */
import path from 'node:path';
import {
  DEV_KAART_FOLDERS,
  readCases,
  rightLevensgebieden,
  searchAsResident,
} from '../bench/benchSupport.js';
import { loadKnowledge } from '../src/knowledge/loader.js';
import { MODEL_KEEP_IN_OFFER } from '../src/search/search.js';
import { buildSearchIndex, type SearchIndex } from '../src/search/searchIndex.js';
import { WijkwijzerError } from '../src/shared/errors.js';
import { splitOf } from '../src/understanding/corpus.js';
import { modelByDomain } from './modelByDomain.js';
import { withoutPerson } from './withoutPerson.js';

const root = path.resolve(import.meta.dirname, '..');
const TODAY = '2026-12-01';
const showMoved = process.env.SHOW_MOVED === '1';

/** The offer's two with the situation reading (the mechanism as the ADR names it). */
function withSituation(
  index: SearchIndex,
  text: string,
  two: readonly string[],
  known: ReadonlySet<string>,
): readonly string[] {
  const rest = withoutPerson(text);
  if (rest === undefined || two.length < 2) return two;
  const situation = modelByDomain(index, rest);
  const full = modelByDomain(index, text);
  const best = [...situation.entries()]
    .filter(([slug]) => known.has(slug))
    .sort((a, b) => b[1] - a[1])[0];
  if (best === undefined) return two;
  const [slug, p] = best;
  if (two.includes(slug) || p < MODEL_KEEP_IN_OFFER || p <= (full.get(slug) ?? 0)) return two;
  return [two[0] as string, slug];
}

const sources = [
  { folder: 'golden', dir: path.join(root, 'knowledge') },
  ...DEV_KAART_FOLDERS.map((folder) => ({ folder, dir: path.join(root, 'test/fixtures', folder) })),
];
let base = 0;
let after = 0;
let up = 0;
let worst = 0;
for (const { folder, dir } of sources) {
  const loaded = await loadKnowledge(dir, { clock: { now: () => new Date(`${TODAY}T10:00:00Z`) } });
  if (!loaded.ok)
    throw new WijkwijzerError('WW-4001', { detail: { errors: loaded.errors.length } });
  const catalogue = loaded.catalogue;
  const index = buildSearchIndex(catalogue);
  const known = new Set(catalogue.levensgebieden.map((d) => d.id));
  const cases =
    folder === 'golden'
      ? readCases(path.join(root, 'test/golden/search.golden.jsonl')).filter(
          (c) => splitOf(c.text) !== 'test',
        )
      : readCases(path.join(dir, 'questions.jsonl'));
  let n = 0;
  let shipped = 0;
  let mine = 0;
  for (const c of cases) {
    if (c.expected.length === 0) continue;
    n += 1;
    const wanted = rightLevensgebieden(catalogue, c);
    const two = searchAsResident(index, c, TODAY)
      .domains.slice(0, 2)
      .map((d) => d.slug);
    const before = two.some((slug) => wanted.includes(slug));
    const now = withSituation(index, c.text, two, known).some((slug) => wanted.includes(slug));
    if (before) shipped += 1;
    if (now) mine += 1;
    if (showMoved && before !== now)
      console.log(`  ${now ? 'won' : 'lost'} ${folder}: want ${wanted.join('/')} | ${c.text}`);
  }
  const d = mine - shipped;
  console.log(`${folder}: ${shipped} -> ${mine} of ${n} (${d >= 0 ? '+' : ''}${d})`);
  if (folder === 'kaart-korfhuizen') continue;
  base += shipped;
  after += mine;
  if (d > 0) up += 1;
  worst = Math.min(worst, d);
}
console.log(
  `nineteen sets without Korfhuizen: ${base} -> ${after} (${after - base >= 0 ? '+' : ''}${after - base}), up on ${up}, worst ${worst}`,
);
