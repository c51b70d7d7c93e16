/**
 * `npx tsx training/offerSecondPlace.ts`: the second place of the levensgebied offer on the dev
 * sets (golden train+dev and the dev kaarten), by cause and by candidate (ADR 0013, session 20).
 * Each question is searched once as the bench does; the shipped top two is the search's own
 * `domains`. For diagnosis and for scoring the candidates declared in the ADR before they were
 * scored; never reads a frozen split or an apart kaart.
 *
 * `MISSES=1` counts the misses of the shipped top two by the classes of the session-20 brief
 * (results agree, a named levensgebied, a need word's levensgebied, a near tie); `SHOW=1` prints
 * them. Without it, prints per set the candidates' top two against what ships (won / lost).
 */
import path from 'node:path';
import { DEV_KAART_FOLDERS, readCases, searchAsResident } from '../bench/benchSupport.js';
import { loadKnowledge } from '../src/knowledge/loader.js';
import { buildSearchIndex } from '../src/search/searchIndex.js';
import { WijkwijzerError } from '../src/shared/errors.js';
import { splitOf } from '../src/understanding/corpus.js';
import { shippedModel } from '../src/understanding/linearModel.js';
import { namedDomains } from '../src/understanding/namedDomains.js';
import { understand } from '../src/understanding/understand.js';

const root = path.resolve(import.meta.dirname, '..');
const TODAY = '2026-12-01';
const model = shippedModel();
const misses = process.env.MISSES === '1';
const show = process.env.SHOW === '1';

interface Signals {
  readonly domains: readonly { readonly slug: string; readonly confidence: number }[];
  readonly model: readonly { readonly slug: string; readonly confidence: number }[];
  readonly named: readonly string[];
  /** The levensgebieden of the first three results, best first. */
  readonly top: readonly (readonly string[])[];
}

type Candidate = (s: Signals) => readonly string[];

const shipped: Candidate = (s) => s.domains.slice(0, 2).map((d) => d.slug);

/** How many of the first three results carry the levensgebied. */
const carried = (s: Signals, slug: string) => s.top.filter((l) => l.includes(slug)).length;

/** Puts `slug` in the second place when it is not among the two. */
function second(s: Signals, slug: string | undefined): readonly string[] {
  const two = shipped(s);
  if (slug === undefined || two.includes(slug) || two.length < 2) return two;
  return [two[0] as string, slug];
}

const CANDIDATES: Record<string, Candidate> = {
  // R: a levensgebied that at least two of the first three results carry takes the second place
  // from one that fewer of them carry.
  R: (s) => {
    const two = shipped(s);
    const second2 = two[1];
    if (second2 === undefined) return two;
    const best = s.domains
      .slice(2)
      .map((d) => d.slug)
      .find((slug) => carried(s, slug) >= 2 && carried(s, slug) > carried(s, second2));
    return second(s, best);
  },
  // N: a levensgebied the message names by its own need words, when neither of the two is named,
  // takes the second place (the one the search ranks highest of the named).
  N: (s) => {
    const two = shipped(s);
    if (two.some((slug) => s.named.includes(slug))) return two;
    const ranked = s.domains.map((d) => d.slug).filter((slug) => s.named.includes(slug));
    const best = ranked[0] ?? s.named[0];
    return s.named.length === 1 || ranked.length > 0 ? second(s, best) : two;
  },
  // T: the third place within 0.05 of the second that the model reads higher takes the second.
  T: (s) => {
    const [, b, c] = s.domains;
    if (b === undefined || c === undefined || b.confidence - c.confidence > 0.05) return shipped(s);
    const p = (slug: string) => s.model.find((d) => d.slug === slug)?.confidence ?? 0;
    return p(c.slug) > p(b.slug) ? second(s, c.slug) : shipped(s);
  },
};
// K0 (after the first score): no keep rule, the combined confidence alone orders the offer.
CANDIDATES.K0 = (s) =>
  [...s.domains]
    .sort((a, b) => b.confidence - a.confidence || (a.slug < b.slug ? -1 : 1))
    .slice(0, 2)
    .map((d) => d.slug);
// K1 (after the first score): the keep rule does not move the model's best past a levensgebied
// that at least two of the first three results carry and more of them than carry the model's best.
CANDIDATES.K1 = (s) => {
  const [first, kept, third] = s.domains;
  if (first === undefined || kept === undefined || third === undefined) return shipped(s);
  if (kept.confidence >= third.confidence) return shipped(s);
  const passed = s.domains
    .slice(2)
    .filter((d) => d.confidence > kept.confidence)
    .find((d) => carried(s, d.slug) >= 2 && carried(s, d.slug) > carried(s, kept.slug));
  return passed === undefined ? shipped(s) : [first.slug, passed.slug];
};
// RT: R, then T on what R left.
CANDIDATES.RT = (s) => {
  const two = (CANDIDATES.R as Candidate)(s);
  if (two.join() !== shipped(s).join()) return two;
  return (CANDIDATES.T as Candidate)(s);
};

const sources = [
  ...DEV_KAART_FOLDERS.map((folder) => ({ folder, dir: path.join(root, 'test/fixtures', folder) })),
  { folder: 'golden', dir: path.join(root, 'knowledge') },
];
const totals = new Map<string, number>();
const count = (key: string, by = 1) => totals.set(key, (totals.get(key) ?? 0) + by);
for (const { folder, dir } of sources) {
  const loaded = await loadKnowledge(dir, { clock: { now: () => new Date(`${TODAY}T10:00:00Z`) } });
  if (!loaded.ok)
    throw new WijkwijzerError('WW-4001', { detail: { errors: loaded.errors.length } });
  const catalogue = loaded.catalogue;
  const index = buildSearchIndex(catalogue, { model });
  const known = catalogue.levensgebieden.map((d) => d.id);
  const cases =
    folder === 'golden'
      ? readCases(path.join(root, 'test/golden/search.golden.jsonl')).filter(
          (c) => splitOf(c.text) !== 'test',
        )
      : readCases(path.join(dir, 'questions.jsonl'));
  const row = new Map<string, number>();
  for (const c of cases) {
    if (c.expected.length === 0) continue;
    const entryDomains = c.expected.flatMap(
      (id) => catalogue.voorziening(id)?.levensgebieden ?? [],
    );
    const wanted = c.levensgebied !== undefined ? [c.levensgebied] : entryDomains;
    const result = searchAsResident(index, c, TODAY);
    const pass = understand(c.text, {
      assessSafety: () => undefined,
      model,
      levensgebieden: known,
    });
    const s: Signals = {
      domains: result.domains,
      model: pass.levensgebieden,
      named: namedDomains(c.text, model, new Set(known)),
      top: result.results.slice(0, 3).map((hit) => hit.voorziening.levensgebieden),
    };
    const hit = (two: readonly string[]) => two.some((slug) => wanted.includes(slug));
    const base = hit(shipped(s));
    row.set('answerable', (row.get('answerable') ?? 0) + 1);
    if (base) row.set('shipped', (row.get('shipped') ?? 0) + 1);
    if (misses) {
      if (base) continue;
      const label = wanted[0] as string;
      const rank = s.domains.findIndex((d) => wanted.includes(d.slug));
      const modelRank = s.model.findIndex((d) => wanted.includes(d.slug));
      const classes = [
        carried(s, label) >= 2 ? 'results-agree' : '',
        s.named.includes(label) ? 'named' : '',
        s.named.length > 0 && !s.named.includes(label) ? 'named-other' : '',
        rank === 2 && (s.domains[1]?.confidence ?? 0) - (s.domains[2]?.confidence ?? 0) <= 0.05
          ? 'near-tie'
          : '',
        modelRank === 2 ? 'model-third' : '',
        modelRank < 0 ? 'model-absent' : '',
      ].filter(Boolean);
      for (const name of classes) count(name);
      if (classes.length === 0) count('none of these');
      count('misses');
      if (show)
        console.log(
          `${folder.replace('kaart-', '')} [${classes.join(',')}] ${c.text}\n   want ${label} | search ${s.domains
            .slice(0, 3)
            .map((d) => `${d.slug}:${d.confidence}`)
            .join(' ')} | model ${s.model
            .slice(0, 3)
            .map((d) => `${d.slug}:${d.confidence}`)
            .join(
              ' ',
            )} | named ${s.named.join('+')} | top ${s.top.map((l) => l.join('+')).join(' ')}`,
        );
      continue;
    }
    for (const [name, candidate] of Object.entries(CANDIDATES)) {
      const now = hit(candidate(s));
      if (now && !base) row.set(`${name} won`, (row.get(`${name} won`) ?? 0) + 1);
      if (!now && base) row.set(`${name} lost`, (row.get(`${name} lost`) ?? 0) + 1);
    }
  }
  const line = [...row.entries()].map(([k, v]) => `${k} ${v}`).join(', ');
  console.log(`${folder.replace('kaart-', '')}: ${line}`);
  for (const [k, v] of row) count(k, v);
}
console.log(
  [...totals.entries()]
    .sort()
    .map(([k, v]) => `${k} ${v}`)
    .join('\n'),
);
