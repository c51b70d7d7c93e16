/**
 * `npx tsx training/domainMisses.ts`: the questions of the dev kaarten whose levensgebied is not
 * among the two the search offers, sorted into classes (ADR 0013, eighth amendment), with the
 * counts per class. For diagnosing, never for fitting a fix to one question. `KAARTEN=a,b` limits
 * the kaarten; `SHOW=1` prints every miss with its class.
 *
 * Classes, first that applies:
 * - `model`: the model's own two best levensgebieden miss as well (its need probabilities);
 * - `combination`: the model has it in its two, the search's offer (rules, results, model) not;
 * plus flags: `label-elsewhere` (the kaart files none of the expected entries under the wanted
 * levensgebied: the kaart's own mapping), `entry-domain-offered` (an expected entry's levensgebied
 * is among the two: one of several reasonable ones), `english`, `multi` (the model sees two
 * levensgebieden above 0.2), `vague` (the model reads the message as naming no subject, ≥ 0.3),
 * `results-have-it` (one of the first three results carries the wanted levensgebied).
 *
 * Since session 12 each miss also gets ONE primary cause, the first that applies (ADR 0013,
 * session 12 amendment): `ambiguous` (entry-domain-offered: the engine chose a levensgebied an
 * expected entry carries), `outvoted` (combination: the model had it in its two), `english`,
 * `multi`, `vague`, `model` (the model's need reading is simply wrong); printed per kaart.
 * `GOLDEN=1` adds golden train+dev over Enschede's knowledge (never its frozen part).
 *
 * Since session 15 a second table sorts the same misses by what could be done about them, first
 * that applies: `fewer` (the search ranks fewer than two levensgebieden: the offer has no second
 * place), `filed-elsewhere` (the kaart files none of the expected entries under the label: the model
 * never saw this kaart's naming), `debatable` (an offered levensgebied is one an expected entry
 * carries: the question fits two levensgebieden), `outvoted` (the model had the label in its two),
 * `model-near` (the model ranks the label third or fourth) and `model-far` (fifth or lower, or not
 * at all: the model's reading of the situation is wrong); each with how often one of the first
 * three results carries the label.
 *
 * Since session 18 the totals also count where the search ranks the label in a miss (`search rank
 * 3`, `4+`, `absent`) and, for third place, how close it came and what carries it.
 */
import path from 'node:path';
import { DEV_KAART_FOLDERS, readCases, searchAsResident } from '../bench/benchSupport.js';
import { loadKnowledge } from '../src/knowledge/loader.js';
import { WijkwijzerError } from '../src/shared/errors.js';
import { buildSearchIndex } from '../src/search/searchIndex.js';
import { loadModelFile, shippedModel } from '../src/understanding/linearModel.js';
import { OFFER_CONFIDENCE } from '../src/understanding/domainOffer.js';
import { understand } from '../src/understanding/understand.js';
import { splitOf } from '../src/understanding/corpus.js';

const root = path.resolve(import.meta.dirname, '..');
const TODAY = '2026-12-01';
const DEV_KAARTEN = DEV_KAART_FOLDERS;
const kaarten = process.env.KAARTEN?.split(',') ?? DEV_KAARTEN;
const model =
  process.env.PROBE_MODEL === undefined ? shippedModel() : loadModelFile(process.env.PROBE_MODEL);
const show = process.env.SHOW === '1';

const totals = new Map<string, number>();
const count = (key: string) => totals.set(key, (totals.get(key) ?? 0) + 1);

const PRIMARY = ['ambiguous', 'outvoted', 'english', 'multi', 'vague', 'model'] as const;
const primaryRows: string[] = [];
const ACTIONABLE = [
  'fewer',
  'filed-elsewhere',
  'debatable',
  'outvoted',
  'model-near',
  'model-far',
] as const;
const actionableRows: string[] = [];
const sources = [
  ...kaarten.map((folder) => ({ folder, dir: path.join(root, 'test/fixtures', folder) })),
  ...(process.env.GOLDEN === '1' ? [{ folder: 'golden', dir: path.join(root, 'knowledge') }] : []),
];
for (const { folder, dir } of sources) {
  const loaded = await loadKnowledge(dir, {
    clock: { now: () => new Date(`${TODAY}T10:00:00Z`) },
  });
  if (!loaded.ok)
    throw new WijkwijzerError('WW-4001', { detail: { errors: loaded.errors.length } });
  const catalogue = loaded.catalogue;
  const index = buildSearchIndex(catalogue, { model });
  const known = catalogue.levensgebieden.map((d) => d.id);
  let answerable = 0;
  let misses = 0;
  // What the resident sees: the intake offers only levensgebieden at OFFER_CONFIDENCE or more.
  let offeredInConversation = 0;
  // The top two holds a levensgebied an expected entry carries on this kaart (class e included).
  let entryDomainInTwo = 0;
  const primary = new Map<string, number>();
  const actionable = new Map<string, number>();
  let resultsCarry = 0;
  const cases =
    folder === 'golden'
      ? readCases(path.join(root, 'test/golden/search.golden.jsonl')).filter(
          (c) => splitOf(c.text) !== 'test',
        )
      : readCases(path.join(dir, 'questions.jsonl'));
  for (const c of cases) {
    if (c.expected.length === 0) continue;
    answerable += 1;
    const entryDomains = c.expected.flatMap(
      (id) => catalogue.voorziening(id)?.levensgebieden ?? [],
    );
    const wanted = c.levensgebied !== undefined ? [c.levensgebied] : entryDomains;
    const result = searchAsResident(index, c, TODAY);
    const offered = result.domains.slice(0, 2).map((d) => d.slug);
    const shown = result.domains
      .filter((d) => d.confidence >= OFFER_CONFIDENCE)
      .slice(0, 2)
      .map((d) => d.slug);
    if (shown.some((slug) => wanted.includes(slug))) offeredInConversation += 1;
    if (offered.some((slug) => wanted.includes(slug) || entryDomains.includes(slug)))
      entryDomainInTwo += 1;
    if (offered.some((slug) => wanted.includes(slug))) continue;
    misses += 1;
    const pass = understand(c.text, {
      assessSafety: () => undefined,
      model,
      levensgebieden: known,
    });
    const modelTwo = pass.levensgebieden.slice(0, 2).map((d) => d.slug);
    const kind = modelTwo.some((slug) => wanted.includes(slug)) ? 'combination' : 'model';
    const flags = [
      c.levensgebied !== undefined && !entryDomains.includes(c.levensgebied)
        ? 'label-elsewhere'
        : '',
      offered.some((slug) => entryDomains.includes(slug)) ? 'entry-domain-offered' : '',
      c.category === 'english' ? 'english' : '',
      pass.levensgebieden.filter((d) => d.confidence >= 0.2).length >= 2 ? 'multi' : '',
      pass.vague >= 0.3 ? 'vague' : '',
      result.results
        .slice(0, 3)
        .some((hit) => hit.voorziening.levensgebieden.some((slug) => wanted.includes(slug)))
        ? 'results-have-it'
        : '',
    ].filter(Boolean);
    const cause =
      PRIMARY.find((name) =>
        name === 'ambiguous'
          ? flags.includes('entry-domain-offered')
          : name === 'outvoted'
            ? kind === 'combination'
            : name === 'model' || flags.includes(name),
      ) ?? 'model';
    primary.set(cause, (primary.get(cause) ?? 0) + 1);
    const modelRank = pass.levensgebieden.findIndex((d) => wanted.includes(d.slug));
    const why =
      result.domains.length < 2
        ? 'fewer'
        : flags.includes('label-elsewhere')
          ? 'filed-elsewhere'
          : flags.includes('entry-domain-offered')
            ? 'debatable'
            : kind === 'combination'
              ? 'outvoted'
              : modelRank >= 2 && modelRank <= 3
                ? 'model-near'
                : 'model-far';
    actionable.set(why, (actionable.get(why) ?? 0) + 1);
    // Since session 18: where the search itself ranks the label (third place is the largest
    // group), and for third place what carries it and how close it came.
    const searchRank = result.domains.findIndex((d) => wanted.includes(d.slug));
    const rankKey = searchRank < 0 ? 'absent' : searchRank === 2 ? '3' : '4+';
    count(`search rank ${rankKey}`);
    if (searchRank === 2) {
      const gap = (result.domains[1]?.confidence ?? 0) - (result.domains[2]?.confidence ?? 0);
      if (gap <= 0.05) count('search rank 3 within 0.05 of the second');
      if (result.results[0]?.voorziening.levensgebieden.some((slug) => wanted.includes(slug)))
        count('search rank 3, the first result carries it');
      if (pass.levensgebieden[1] !== undefined && wanted.includes(pass.levensgebieden[1].slug))
        count("search rank 3, the model's second reading");
    }
    if (flags.includes('results-have-it')) resultsCarry += 1;
    count(`primary ${cause}`);
    count(kind);
    for (const flag of flags) count(`${kind}+${flag}`);
    for (const flag of flags) count(flag);
    if (show)
      console.log(
        `${folder.slice(6)} ${kind} ${flags.join(',')} | ${c.text}\n   want ${wanted.join('/')} (entries ${[...new Set(entryDomains)].join('/')}) | search ${result.domains
          .slice(0, 3)
          .map((d) => `${d.slug}:${d.confidence}`)
          .join(' ')} | model ${pass.levensgebieden
          .slice(0, 3)
          .map((d) => `${d.slug}:${d.confidence}`)
          .join(' ')} | top ${result.results
          .slice(0, 3)
          .map((h) => h.voorziening.levensgebieden.join('+'))
          .join(' ')}`,
      );
  }
  primaryRows.push(
    `| ${folder.replace('kaart-', '')} | ${misses} of ${answerable} | ${PRIMARY.map((name) => primary.get(name) ?? 0).join(' | ')} |`,
  );
  actionableRows.push(
    `| ${folder.replace('kaart-', '')} | ${misses} of ${answerable} | ${ACTIONABLE.map((name) => actionable.get(name) ?? 0).join(' | ')} | ${resultsCarry} |`,
  );
  console.log(
    `${folder}: ${misses} of ${answerable} answerable miss the levensgebied in the top two; offered in the conversation (confidence ≥ ${OFFER_CONFIDENCE}) ${offeredInConversation}; the label or an expected entry's levensgebied in the top two ${entryDomainInTwo}`,
  );
}
console.log(`| set | misses | ${PRIMARY.join(' | ')} |\n${primaryRows.join('\n')}`);
console.log(
  `| set | misses | ${ACTIONABLE.join(' | ')} | a first-three result carries the label |\n${actionableRows.join('\n')}`,
);
console.log(
  [...totals.entries()]
    .sort()
    .map(([k, v]) => `${k} ${v}`)
    .join('\n'),
);
