/**
 * The bench's "after the intake" misses by cause (ADR 0013, session 15): per dev kaart (and golden
 * train+dev with `golden`), every answerable question the after-intake search misses, with the
 * cause read by searching again without one part of what the intake gave: the gemeente's own
 * answer; "no good match" said; the chosen levensgebied narrowing (found without it, or with
 * another levensgebied of the expected entries); a fact dropping the right entry (found without
 * the age, for whom or the area); a right entry ranked below the third; or not found at all. And
 * the other side, counted per kaart (listed with `--show`): the questions the first message missed
 * and the search after the intake found (ADR 0013, session 16: the chosen levensgebied's boost).
 * Dev sets only: `npx tsx scripts/understanding/afterIntakeMisses.ts [folder ...] [--show]`.
 */
import { casesOfFolder, devFoldersOf, kaartForConversation } from './kaartConversation.js';
import type { SearchIndex } from '../../src/search/searchIndex.js';
import {
  afterIntakeAsBench,
  answeredAsGemeente,
  DEV_KAART_FOLDERS,
  searchAsResident,
  type BenchCase,
} from '../../bench/benchSupport.js';

const TODAY = '2026-12-01';
const args = process.argv.slice(2);
const show = args.includes('--show');
const folders = devFoldersOf(args, { golden: true });

const hits = (c: BenchCase, ids: readonly string[]) =>
  ids.slice(0, 3).some((id) => c.expected.includes(id));

function cause(index: SearchIndex, c: BenchCase, chosen: string | undefined): string {
  if (answeredAsGemeente(index, c, TODAY)) return 'the gemeente reply';
  const found = searchAsResident(index, c, TODAY, chosen);
  const ids = found.results.map((h) => h.id);
  const facts = (['age', 'asker', 'area'] as const).filter((part) =>
    hits(
      c,
      searchAsResident(index, c, TODAY, chosen, [part]).results.map((h) => h.id),
    ),
  );
  if (facts.length > 0) return `a fact drops it (found without: ${facts.join(', ')})`;
  const bare = searchAsResident(index, c, TODAY).results.map((h) => h.id);
  if (hits(c, bare)) return 'the levensgebied narrows (found without one)';
  const others = [
    ...new Set(c.expected.flatMap((id) => index.catalogue.voorziening(id)?.levensgebieden ?? [])),
  ].filter((slug) => slug !== chosen);
  const other = others.find((slug) =>
    hits(
      c,
      searchAsResident(index, c, TODAY, slug).results.map((h) => h.id),
    ),
  );
  if (other !== undefined) return `another right levensgebied finds it (${other})`;
  if (found.noGoodMatch) return '"no good match" said';
  const rank = ids.findIndex((id) => c.expected.includes(id));
  if (rank >= 3) return 'ranked below the third';
  return 'not in the top 10';
}

const totals = new Map<string, number>();
for (const folder of folders.length > 0 ? folders : ['golden', ...DEV_KAART_FOLDERS]) {
  const { dir, cases } = casesOfFolder(folder);
  const { index } = await kaartForConversation(dir, TODAY);
  let misses = 0;
  let lostByIntake = 0;
  let rescuedByIntake = 0;
  for (const c of cases) {
    if (c.expected.length === 0) continue;
    const after = afterIntakeAsBench(index, c, TODAY);
    if (after.hit) {
      // The other side: a question the first message missed and the intake's choice found.
      const firstMissed = !hits(
        c,
        searchAsResident(index, c, TODAY).results.map((h) => h.id),
      );
      if (firstMissed && !answeredAsGemeente(index, c, TODAY)) {
        rescuedByIntake += 1;
        if (show)
          console.log(
            `${folder}  rescued by the intake (chose ${after.chosen ?? '-'}): "${c.text}"`,
          );
      }
      continue;
    }
    misses += 1;
    // The first message's own top 3 (the bench's first search): a question the intake then lost.
    const firstHit = hits(
      c,
      searchAsResident(index, c, TODAY).results.map((h) => h.id),
    );
    if (firstHit) lostByIntake += 1;
    const why = `${cause(index, c, after.chosen)}${firstHit ? ' [the first message found it]' : ''}`;
    totals.set(why, (totals.get(why) ?? 0) + 1);
    console.log(`${folder}  ${why}`);
    if (show) {
      console.log(
        `    "${c.text}" | age ${c.age ?? '-'} | for ${c.for ?? '-'} | pc ${c.postcode ?? '-'} | chose ${after.chosen ?? '-'} | expected ${c.expected.join(',')}`,
      );
      console.log(`    top 3: ${after.top3.join(', ')}`);
    }
  }
  console.log(
    `## ${folder}: ${misses} after-intake misses, ${lostByIntake} found by the first message; ${rescuedByIntake} found after the intake that the first message missed`,
  );
}
console.log('\n## by cause');
for (const [why, count] of [...totals].sort((a, b) => b[1] - a[1]))
  console.log(`  ${String(count).padStart(3)}  ${why}`);
