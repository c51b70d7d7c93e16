/**
 * Where the whole conversation and the bench's model of the intake part ways (ADR 0013, "after
 * the intake"): per question of the dev kaarten, the bench's hit@3 after the intake beside the
 * conversation's, with the conversation's transcript where they differ. Dev kaarten only:
 * `npx tsx scripts/understanding/intakeParity.ts [kaart-folder ...] [--all]`.
 */
import { casesOfFolder, devFoldersOf, kaartForConversation } from './kaartConversation.js';
import { conversationChoice, playAsBenchResident } from '../../bench/understandingConversation.js';
import { afterIntakeAsBench, DEV_KAART_FOLDERS } from '../../bench/benchSupport.js';

const TODAY = '2026-12-01';
const DEV = DEV_KAART_FOLDERS;
const args = process.argv.slice(2);
const showAll = args.includes('--all');
const folders = devFoldersOf(args, { golden: true });

for (const folder of folders.length > 0 ? folders : DEV) {
  const { dir, cases } = casesOfFolder(folder);
  const { catalogue, index, clock, knowledge } = await kaartForConversation(dir, TODAY);
  let benchHits = 0;
  let convHits = 0;
  let n = 0;
  for (const c of cases) {
    if (c.expected.length === 0) continue;
    n += 1;
    // Each as the bench measures it: its own choice of levensgebied, its own search or dialogs.
    const after = afterIntakeAsBench(index, c, TODAY);
    const chosen = after.chosen ?? '';
    const benchHit = after.hit;
    const convChosen = conversationChoice(index, c, TODAY);
    const { played, hit: convHit } = await playAsBenchResident(
      catalogue,
      knowledge,
      clock,
      c,
      convChosen,
    );
    if (benchHit) benchHits += 1;
    if (convHit) convHits += 1;
    if (benchHit !== convHit || showAll) {
      console.log(
        `\n=== ${folder} bench ${benchHit ? 'HIT' : 'miss'} conv ${convHit ? 'HIT' : 'miss'} | chosen bench ${chosen} conv ${convChosen} | age ${c.age ?? '-'} pc ${c.postcode ?? '-'} | expected ${c.expected.join(',')}`,
      );
      console.log(`bench top3: ${after.top3.join(', ')}`);
      console.log(played.transcript.map((l) => `  ${l.slice(0, 220)}`).join('\n'));
    }
  }
  console.log(
    `\n### ${folder}: bench after-intake ${benchHits}/${n}, conversation ${convHits}/${n}`,
  );
}
