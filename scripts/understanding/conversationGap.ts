/**
 * Where the whole conversation loses questions the bench's "after the intake" search finds (ADR
 * 0013, session 13, "the conversation's gap by cause"): per dev kaart, every answerable question
 * the after-intake search hits and the conversation misses (and the reverse), with the cause read
 * from the conversation's own transcript, never from the question's text. Dev kaarten only (never
 * the apart kaart nor Hengelo; `golden` is golden train+dev, never the frozen split):
 * `npx tsx scripts/understanding/conversationGap.ts [golden] [folder ...] [--show]` (--show prints the first message and the transcript's last lines of each).
 */
import { casesOfFolder, devFoldersOf, kaartForConversation } from './kaartConversation.js';
import {
  answeredForSelf,
  conversationChoice,
  crisisReplyShown,
  playAsBenchResident,
  whyNoCards,
  wijkteamExpected,
} from '../../bench/understandingConversation.js';
import { afterIntakeAsBench, DEV_KAART_FOLDERS, type BenchCase } from '../../bench/benchSupport.js';
import type { Catalogue } from '../../src/knowledge/catalogue.js';

const TODAY = '2026-12-01';
const args = process.argv.slice(2);
const show = args.includes('--show');
const folders = devFoldersOf(args, { golden: true });

/** Why a conversation that ended without cards did so: the bench's own reading (whyNoCards). */
function noCardsCause(
  catalogue: Catalogue,
  c: BenchCase,
  played: {
    readonly endedWith: 'result' | 'handover' | 'stuck';
    readonly transcript: readonly string[];
  },
): string {
  const { why, expectedLineShown } = whyNoCards(catalogue, c, played);
  switch (why) {
    case 'person':
      return wijkteamExpected(catalogue, c)
        ? 'no cards: handed to the wijkteam the question expects (right help)'
        : 'no cards: handed to a person';
    case 'gemeente':
      return 'no cards: gemeente reply';
    case 'crisisLine':
      return expectedLineShown
        ? 'no cards: safety, the expected line shown'
        : 'no cards: safety, a crisis line';
    case 'noGoodMatch':
      return 'no cards: "no good match" after the intake';
    case 'other':
      return `no cards: stopped at "${(played.transcript.at(-1) ?? '').slice(0, 80)}"`;
  }
}

/** The levensgebied the conversation searched ("Goed. Ik zoek hulp bij: …"). */
function searchedTopic(transcript: readonly string[]): string | undefined {
  const line = transcript.findLast((l) => /Ik zoek hulp bij: |I will look for help with: /.test(l));
  return line
    ?.replace(/^.*(?:Ik zoek hulp bij|I will look for help with): /, '')
    .replace(/\.$/, '');
}

/** Why the conversation showed other cards than the after-intake search. */
function whyOtherCards(c: BenchCase, topic: string, transcript: readonly string[]): string {
  const all = transcript.join('\n');
  if (/Zal ik uw vraag doorsturen|Shall I send your question/.test(all))
    return 'other cards: the "three levensgebieden at once" path';
  const searched = searchedTopic(transcript);
  if (searched !== undefined && !searched.includes(topic))
    return `other cards: levensgebied (searched "${searched}", the resident meant "${topic}")`;
  if (c.for === undefined && answeredForSelf(transcript))
    return 'other cards: for whom asked, the simulated resident answered "for myself"';
  return 'other cards: same path, other ranking';
}

const totals = new Map<string, number>();
let benchSum = 0;
let convSum = 0;
let answerable = 0;
for (const folder of folders.length > 0 ? folders : DEV_KAART_FOLDERS) {
  const { dir, cases } = casesOfFolder(folder);
  const { catalogue, index, clock, knowledge } = await kaartForConversation(dir, TODAY);
  const causes = new Map<string, number>();
  let benchHits = 0;
  let convHits = 0;
  let n = 0;
  for (const c of cases) {
    if (c.expected.length === 0) continue;
    n += 1;
    // Each measure as the bench takes it: "after the intake" with its own choice and search
    // (afterIntakeAsBench), the conversation with the choice it offers from the bare first message.
    const after = afterIntakeAsBench(index, c, TODAY);
    const benchHit = after.hit;
    const chosen = conversationChoice(index, c, TODAY);
    const { played, hit } = await playAsBenchResident(catalogue, knowledge, clock, c, chosen);
    if (benchHit) benchHits += 1;
    if (hit) convHits += 1;
    if (benchHit === hit) continue;
    const english = c.category === 'english';
    const topic = catalogue.levensgebied(chosen)?.label ?? chosen;
    const path = !benchHit
      ? 'conversation hits, the bench misses'
      : played.cards.length === 0
        ? noCardsCause(catalogue, c, played)
        : english
          ? whyOtherCards(c, '', played.transcript)
          : whyOtherCards(c, topic, played.transcript);
    // The resident goes on after a crisis reply (it says it is no emergency now): named apart.
    const cause =
      played.cards.length > 0 && crisisReplyShown(played.transcript)
        ? `after a crisis reply, ${path}`
        : path;
    causes.set(cause, (causes.get(cause) ?? 0) + 1);
    totals.set(cause, (totals.get(cause) ?? 0) + 1);
    console.log(`${folder}  ${cause}`);
    if (show) {
      console.log(`    "${c.text}" | age ${c.age ?? '-'} | expected ${c.expected.join(',')}`);
      console.log(`    bench (chose ${after.chosen ?? '-'}): ${after.top3.join(', ')}`);
      console.log(
        `    conversation (chose ${chosen}): ${played.cards.slice(0, 3).join(', ') || '(no cards)'}`,
      );
    }
  }
  benchSum += benchHits;
  convSum += convHits;
  answerable += n;
  console.log(`## ${folder}: after the intake ${benchHits}/${n}, conversation ${convHits}/${n}`);
}
const pct = (k: number) => ((100 * k) / answerable).toFixed(1);
console.log(
  `\n## summed: after the intake ${benchSum}/${answerable} (${pct(benchSum)}%), conversation ${convSum}/${answerable} (${pct(convSum)}%)`,
);
for (const [cause, count] of [...totals].sort((a, b) => b[1] - a[1]))
  console.log(`  ${String(count).padStart(3)}  ${cause}`);
