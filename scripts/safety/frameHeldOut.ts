/**
 * `npx tsx scripts/safety/frameHeldOut.ts [--lines]`: what the frame reader changes
 * (docs/adr/0012-safety-net.md, thirteenth round), main's decision (a reader that never lowers)
 * beside the shipped one, on the sets the round decides on: the held-out frame set written before
 * the reader (test/safety/frameModelPhrasings.ts), the tenth round's frame sets, every other
 * held-out phrasing of test/safety/heldOut.ts, the dev kaarten's help questions, and the crises
 * and near misses of the corpus's train and dev parts (in sample for the concern model: only the
 * frame's change is read there; the reader's own out-of-fold figures are printed by trainFrames).
 * Never the frozen test nor an unseen round. `--lines` prints the held-out messages that a rule
 * still answers (near misses) or that are not answered (crises).
 */
import {
  assessSafety,
  shippedConcernModel,
  type SafetyAssessment,
} from '../../src/safety/assessSafety.js';
import {
  frameReaderFrom,
  loadFrameReader,
  type FrameReader,
} from '../../src/safety/frameReader.js';
import {
  crisesWrittenForTheFrames,
  frameModelAfterCrises,
  frameModelAfterNearMisses,
  eighthRoundCrises,
  falseAlarmClasses,
  frameModelCrises,
  frameModelNearMisses,
  issuePhrasings,
  missedClasses,
  nearMissesWrittenForTheFrames,
} from '../../test/safety/heldOut.js';
import { devKaartQuestions } from './helpQuestions.js';
import { loadSplit } from './safetyCorpus.js';

const show = process.argv.includes('--lines');
const shipped = loadFrameReader();
/** Main's decision: a reader that never lowers. */
const never: FrameReader = frameReaderFrom({
  version: 1,
  threshold: 1,
  bias: -50,
  features: [],
  weights: [],
  training: {},
});
const model = shippedConcernModel();
const assess = (text: string, frames: FrameReader): SafetyAssessment =>
  assessSafety(text, { model, frames });

interface Tally {
  crisis: number;
  check: number;
  firm: number;
  none: number;
}

function tally(
  texts: readonly string[],
  frames: FrameReader,
  lines?: (t: string, a: SafetyAssessment) => void,
): Tally {
  const out: Tally = { crisis: 0, check: 0, firm: 0, none: 0 };
  for (const text of texts) {
    const assessment = assess(text, frames);
    out[assessment.outcome] += 1;
    if (assessment.checkStrength === 'firm') out.firm += 1;
    lines?.(text, assessment);
  }
  return out;
}

const pct = (n: number, d: number) => (d === 0 ? '-' : `${((100 * n) / d).toFixed(1)}%`);
const fmt = (t: Tally, n: number) =>
  `crisis ${t.crisis} (${pct(t.crisis, n)}), check ${t.check} (firm ${t.firm}), none ${t.none}`;

function compare(
  name: string,
  texts: readonly string[],
  kind: 'near misses' | 'crises' | 'questions',
  lines = false,
): void {
  const before = tally(texts, never);
  const after = tally(
    texts,
    shipped,
    lines && show
      ? (text, a) => {
          const wrong = kind === 'crises' ? a.outcome !== 'crisis' : a.outcome === 'crisis';
          if (wrong)
            console.log(
              `  ${a.outcome} ${a.explanation.source} ${a.explanation.ruleIds.join(',')} | ${text}`,
            );
        }
      : undefined,
  );
  console.log(
    `${name}, ${texts.length} ${kind}\n  main:   ${fmt(before, texts.length)}\n  frames: ${fmt(after, texts.length)}`,
  );
}

compare('held-out frame set (frameModelPhrasings)', frameModelNearMisses, 'near misses', true);
compare(
  'held-out frame set (frameModelPhrasings)',
  frameModelCrises.map((c) => c.text),
  'crises',
  true,
);
compare('second frame set, after the reader', frameModelAfterNearMisses, 'near misses', true);
compare(
  'second frame set, after the reader',
  frameModelAfterCrises.map((c) => c.text),
  'crises',
  true,
);
compare('tenth-round frame sets', nearMissesWrittenForTheFrames, 'near misses', true);
compare('tenth-round frame sets', crisesWrittenForTheFrames, 'crises', true);
compare(
  'issue classes (false alarms)',
  Object.values(falseAlarmClasses).flat(),
  'near misses',
  true,
);
compare(
  'issue classes (missed), issue phrasings, eighth round',
  [
    ...Object.values(missedClasses).flat(),
    ...issuePhrasings.map((p) => p.text),
    ...eighthRoundCrises.map((c) => c.text),
  ],
  'crises',
  true,
);
compare(
  'dev kaarten (Vechtstede, Reggedal, Elsenvoorde, Hoolterveen)',
  devKaartQuestions().map((q) => q.text),
  'questions',
);
const corpus = [...loadSplit('train'), ...loadSplit('dev')];
compare(
  'corpus train+dev',
  corpus.filter((r) => r.label === 'crisis').map((r) => r.text),
  'crises',
);
compare(
  'corpus train+dev',
  corpus.filter((r) => r.label === 'near-miss').map((r) => r.text),
  'near misses',
);
compare(
  'corpus train+dev',
  corpus.filter((r) => r.label === 'ordinary').map((r) => r.text),
  'questions',
);
