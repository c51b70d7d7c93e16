/**
 * `npx tsx scripts/safety/linesOutOfFold.ts out.jsonl [--extra]`: the right line on train and dev
 * out of fold (ADR 0012, "Right lines and ordinary checks"). Reads the scores that
 * `dumpOutOfFold.ts` wrote and decides every message as production does (the rules, the frame
 * reader, `decideSafety` with the tuned thresholds), so a change to the rules or to the decision
 * can be measured without training again. Prints each caught crisis whose lines are wrong or
 * incomplete (`rightLine`), with `--extra` each crisis reply with a kind the message does not need,
 * then the totals and the share of the dev kaarten' help questions checked or answered, by
 * language. Train and dev and the dev kaarten only, as the dump.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { decideSafety, shippedFrameReader } from '../../src/safety/assessSafety.js';
import { noConcern } from '../../src/safety/concernState.js';
import type { CrisisKind } from '../../src/safety/crisisKind.js';
import { detectCrisisNormalised } from '../../src/safety/detectCrisis.js';
import { frameLowering } from '../../src/safety/frameReader.js';
import { readKindCues } from '../../src/safety/kindCues.js';
import { normalise, wordCount } from '../../src/safety/normalise.js';
import { firstLineRight, rightLine } from './rightLine.js';
import { readTuningRecord } from './tuningRecord.js';

const kind = z.enum(['danger', 'suicide', 'abuse']);
const dumped = z.object({
  text: z.string(),
  label: z.string(),
  kinds: z.array(kind),
  origin: z.string(),
  class: z.string(),
  concern: z.number(),
  crisis: z.number(),
  k: z.object({ danger: z.number(), suicide: z.number(), abuse: z.number() }),
  strongest: z.array(z.string()),
});

const file = process.argv[2];
if (file === undefined) throw new Error('usage: linesOutOfFold.ts out.jsonl [--extra] [--first]');
const showExtra = process.argv.includes('--extra');
const showFirst = process.argv.includes('--first');
const { thresholds } = readTuningRecord();
const reader = shippedFrameReader();
const totals = {
  crises: 0,
  missed: 0,
  wrong: 0,
  otherFirst: 0,
  needless: 0,
  nearCrisis: 0,
  nearCheck: 0,
};
const kaarten = new Map<string, { questions: number; flagged: number }>();

for (const line of readFileSync(file, 'utf8').trim().split('\n')) {
  const d = dumped.parse(JSON.parse(line));
  const normalised = normalise(d.text);
  const rules = detectCrisisNormalised(normalised);
  const frame = frameLowering(reader, rules, normalised);
  const result = decideSafety({
    rules,
    score: { concern: d.concern, crisis: d.crisis, kinds: d.k, strongest: d.strongest },
    words: wordCount(normalised),
    language: 'nl',
    prior: noConcern,
    thresholds,
    ...readKindCues(normalised),
    ...(frame === undefined ? {} : { frame }),
  });
  const shown = result.lines.map((shownLine) => shownLine.kind);
  const needed: CrisisKind[] = d.kinds;
  const reason = `${d.class} ${result.outcome} ${result.explanation.source} ${result.explanation.ruleIds.join(',')}`;
  if (d.label === 'crisis') {
    totals.crises += 1;
    if (result.outcome === 'none') totals.missed += 1;
    else if (!rightLine(result.outcome, needed, shown)) {
      totals.wrong += 1;
      console.log(`LINE ${reason} need=${needed.join('+')} shown=${shown.join('>')} | ${d.text}`);
    } else if (result.outcome === 'check' && !firstLineRight(needed, shown)) {
      totals.otherFirst += 1;
      if (showFirst) {
        const heads = `d=${d.k.danger.toFixed(2)} s=${d.k.suicide.toFixed(2)} a=${d.k.abuse.toFixed(2)}`;
        console.log(
          `FIRST ${reason} ${heads} need=${needed.join('+')} shown=${shown.join('>')} | ${d.text}`,
        );
      }
    } else if (
      result.outcome === 'crisis' &&
      result.kinds.some((shownKind) => !needed.includes(shownKind))
    ) {
      totals.needless += 1;
      if (showExtra) {
        console.log(
          `EXTRA ${reason} need=${needed.join('+')} kinds=${result.kinds.join('+')} | ${d.text}`,
        );
      }
    }
  } else if (d.label === 'near-miss') {
    if (result.outcome === 'crisis') totals.nearCrisis += 1;
    if (result.outcome === 'check') totals.nearCheck += 1;
  }
  if (d.origin === 'dev-kaart') {
    // The dump's class is `${kaart}-${language}`.
    const language = d.class.slice(d.class.lastIndexOf('-') + 1);
    const count = kaarten.get(language) ?? { questions: 0, flagged: 0 };
    count.questions += 1;
    if (result.outcome !== 'none') count.flagged += 1;
    kaarten.set(language, count);
  }
}
console.log(
  `crises ${totals.crises}: missed ${totals.missed}, wrong or incomplete lines ${totals.wrong}, checks with another first line ${totals.otherFirst}, needless kind ${totals.needless}; near misses: crisis reply ${totals.nearCrisis}, check ${totals.nearCheck}`,
);
for (const [language, { questions, flagged }] of kaarten) {
  console.log(
    `dev kaarten ${language}: ${flagged} of ${questions} checked or answered (${((100 * flagged) / questions).toFixed(2)}%)`,
  );
}
