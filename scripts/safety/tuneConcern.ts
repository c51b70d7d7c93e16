/**
 * `npm run tune:safety`: chooses the concern model's training settings and every threshold by
 * 5-fold cross-validation on the train and dev splits together (about 2,600 messages), and writes
 * them to models/safety-concern.tuning.json for `npm run train:safety`. The frozen test split and
 * the unseen rounds are never read (docs/adr/0012-safety-net.md).
 *
 * The help questions of the train and dev parts of the understanding corpus and the golden set, as
 * pinned in corpus/safety/help-questions.jsonl (scripts/safety/helpSnapshot.ts), are held out by
 * fold like the corpus, so their scores are out of fold too; the setting's `helpWeight` says how
 * much they are trained on (0: not at all). Writing the shipped record also writes the snapshot's
 * SHA-256 to test/safety/helpQuestions.sha256: the help questions these thresholds were tuned on.
 *
 * Each choice is made with the production decision (decideSafety) on out-of-fold scores:
 * - the settings and the two check thresholds (8 words or more, 3 to 7 words): with at most
 *   ORDINARY_BUDGET of the corpus's ordinary questions and NEAR_MISS_CHECK_CEILING of its near
 *   misses flagged and recall (a crisis reply or a
 *   check counted as caught) at the corrected floor or more, the fewest help questions flagged;
 *   then the highest recall; fewer checks on near misses break ties (chooseCheck). The corrected
 *   floor (ninth round) is RECALL_FLOOR raised until thresholds chosen on one half of the
 *   out-of-fold points keep a mean recall of HELD_OUT_RECALL_TARGET on the other half (seeded,
 *   stratified half-splits of the setting chosen at RECALL_FLOOR; correctedFloor). With
 *   `--floor-sets` the floor also holds on two dev sets no model trains on (session 17,
 *   scripts/safety/floorSets.ts): the very short crises, and conversations told a little at a
 *   time, played turn by turn with the weak-signal floor chooseWeakSignal picks at the pair
 *   (FloorSets). Without it they are scored and reported (`floorSets` in the record) only;
 * - `kind`: the largest share at which the kinds a check asks about (and lists first) include every
 *   needed kind for at least KIND_COVERAGE of the crises only the model caught (every line is
 *   listed in any case);
 * - `behindDanger`: on crises the rules answered with 112 alone, the threshold with the fewest
 *   wrong lines, where NEEDLESS_LINES_PER_WRONG needless second lines (a fire that also gets 113)
 *   weigh as much as one wrong line;
 * - `crisis`: the lowest threshold at which the model alone would give a crisis reply to no near
 *   miss and no ordinary question, with the right line for at least 99% of the crises it answers;
 *   null when none does;
 * - `weakSignal`: the lowest floor at which simulated ordinary conversations almost never build
 *   up to a check, and never above MAX_FLOOR_SHARE of the check threshold (chooseWeakSignal);
 * - `firmCheck` and `firmCheckShort`: the concern at which a model-only check (8 words or more, 3 to
 *   7 words) holds up the intake: as many crises held up out of fold as possible while at most
 *   HELP_FIRM_BUDGET of the help questions wait for an answer, in Dutch and in English, and at most
 *   DEV_KAART_FIRM_BUDGET of the dev kaarten's help questions, which no model trains on (eighth
 *   round; chooseFirmCheck). Below it a check is soft: lines and question shown, the intake goes
 *   on. `--explore` prints the trade-off at other dev-kaart budgets, fitted on two kaarten and read
 *   on the third, and what raising the check thresholds would cost in recall.
 * Deterministic: the same corpus gives the same file byte for byte.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { decideSafety, linesFor, type LayerReadings } from '../../src/safety/assessSafety.js';
import type { ConcernScore, ConcernThresholds } from '../../src/safety/concernModel.js';
import { noConcern } from '../../src/safety/concernState.js';
import type { CrisisKind } from '../../src/safety/crisisKind.js';
import {
  detectCrisisNormalised,
  ruleAsks,
  type CrisisAssessment,
} from '../../src/safety/detectCrisis.js';
import { normalise, wordCount } from '../../src/safety/normalise.js';
import { kindCues, tellsFarewell } from '../../src/safety/kindCues.js';
import { findProjectRoot } from '../../src/shared/projectRoot.js';
import { SEED, trainingExamples, type TrainingExample } from './concernExamples.js';
import { devKaartQuestions, devKaarten, readDevKaarten } from './helpQuestions.js';
import { helpSnapshotFile, helpSnapshotHashFile, helpSnapshotHashLine } from './helpSnapshot.js';
import { seededRandom } from './linearTrainer.js';
import { LEARNING_RATE, type TrainingSettings } from './concernTraining.js';
import { FOLDS, outOfFold, settingKey } from './crossValidation.js';
import { firstLineRight, rightLine } from './rightLine.js';
import { classCrisisExamples, floorSetExamples, groupFloorSets } from './floorSets.js';

export const tuningFile = path.join(findProjectRoot(), 'models', 'safety-concern.tuning.json');

/** Checks on ordinary questions allowed out of fold: the 5%, less a margin for chance. */
const ORDINARY_BUDGET = 0.03;
/**
 * Share of model-caught crises whose check asks about (and lists first) every needed kind. Since
 * the third round a check lists every line whatever it asks about (checkLinesFor), so this shapes
 * the question and the order, no longer whether a line is there.
 */
const KIND_COVERAGE = 0.995;
/**
 * A line a resident needed and does not see is far worse than a second line, with its reason, that
 * they can skip; but a 112 reply to a fire that always also lists 113 or Veilig Thuis is noise.
 */
const NEEDLESS_LINES_PER_WRONG = 20;
/** How much concern carries over per message: a design choice (ADR 0012), not tuned. */
const CARRY_OVER = 0.7;
/** Simulated ordinary conversations for the weak-signal floor: how many, how long, how many may ask. */
const CONVERSATIONS = 2000;
const CONVERSATION_LENGTH = 8;
const CONVERSATION_BUDGET = 0.01;
/**
 * The weak-signal floor stays at most this share of the check threshold, so a band is left in
 * which concern builds up over turns (ADR 0012, "The build-up band"). Read off the out-of-fold
 * curve of the fifth round's model after the near copies were rewritten (floor as a share of the
 * check: simulated ordinary conversations of 8 questions that build up to a check / conversations
 * of 3 train and dev help questions / conversations of 3 crises that neither rule nor model caught
 * alone): 0.6: 2.6% / 5.3% / 51%; 0.75: 1.1% / 3.6% / 29%; 0.825 (the budget alone): 0.8% / 3.0%
 * / 19%; from 0.8 up the weak crises no longer build up any more often than at the check itself.
 * Below 0.75 the help conversations held up by a firm check grow past the 3% a firm check may
 * hold (HELP_FIRM_BUDGET); above it the build-up catches a weak crisis told three times in fewer
 * than three conversations of ten.
 */
const MAX_FLOOR_SHARE = 0.75;

/**
 * Share of help questions (train and dev parts, per language) a firm check may hold up. A soft check
 * still shows the lines; a firm one makes the resident answer before the search, which kept English
 * questions from the cards. The 5% for any check, less a margin for chance.
 */
const HELP_FIRM_BUDGET = 0.03;

/**
 * Share of the dev kaarten's help questions (per language, the kaarten together) a firm check from
 * the model may hold up (eighth round). The help questions of the understanding corpus and the
 * golden set are trained on, and their siblings in other folds share their words, so out of fold
 * they read as more ordinary than questions in new words: firm thresholds fitted on them alone held
 * up 10% of the Dutch questions of a kaart written apart. The dev kaarten are never trained on; each
 * question is scored by the model of its fold.
 */
export const DEV_KAART_FIRM_BUDGET = 0.05;

/**
 * Out-of-fold recall may not fall below the third round's (0.9908): fewer checks on help questions
 * are bought with the setting and the thresholds, never with a missed crisis.
 */
const RECALL_FLOOR = 0.9908;
/**
 * Selection optimism (ninth round, docs/adr/0012-safety-net.md): RECALL_FLOOR is certified on the
 * same out-of-fold points the check thresholds were chosen on, so recall on new messages is
 * expected below it. The floor the tuner applies is raised until thresholds chosen on one half of
 * the points (seeded, stratified half-splits) keep a mean recall of HELD_OUT_RECALL_TARGET on the
 * other half: the 99%. The rule was fixed before its effect was read.
 */
const HELD_OUT_RECALL_TARGET = 0.99;
const OPTIMISM_SPLITS = 25;
const OPTIMISM_SEED = 9;
/** About one crisis in the 1,279 out of fold. */
const FLOOR_STEP = 0.0008;
const MAX_CORRECTED_FLOOR = 0.998;
/**
 * The corrected floor never falls below the one the ninth round shipped with (tenth round,
 * docs/adr/0012-safety-net.md). With the word groups widened the half-splits measured less
 * optimism and the correction stopped at RECALL_FLOOR, so the tuner bought fewer checks with two
 * more crises missed out of fold; but the frozen test read 97.4% against 99.30% out of fold (issue
 * 12): out of fold overstates recall on words nobody wrote, and fewer checks must not be paid for
 * by a lower floor. At 0.994 the widened groups caught more crises with words held out
 * (scripts/safety/classHeldOut.ts) and flagged the dev kaarten as often as before, but the
 * short-message threshold fell to 0.19 and a typed way out of the intake's list got a soft check;
 * the ADR has the figures of both. The lead chose 0.994 on merge, before reading any frozen or
 * unseen figure: recall with a writing round held out (the nearest measure of words nobody wrote)
 * rose 98.5% → 99.0%, for three more firm checks on the dev kaarten; ten typed ways out of the
 * intake's list were added to round 11 so they stay unchecked.
 */
const MIN_FLOOR = 0.994;
/**
 * Nor may checks on the corpus's near misses rise above the third round's out-of-fold share
 * (0.1935): a help question spared a check must not be paid for by a training on suicide
 * prevention or a past attempt that is over getting one.
 */
const NEAR_MISS_CHECK_CEILING = 0.1935;

/**
 * helpWeight 0: help questions scored, never trained on; 1: each weighs like a corpus non-crisis,
 * on top of them. In the fourth round every help-trained setting cut checks on help questions to
 * 8-13% out of fold but kept recall at 98.5-98.9%, below RECALL_FLOOR, so 0 was chosen.
 *
 * letterGroupValue (seventh round): letter groups read at 0.5 or 0.25 in training (1 before), so
 * words, word pairs and word groups decide more. With letter groups at full value, help-trained
 * settings still lost crises (recall 98.6-98.9% at help weight 0.5 and 1); at 0.5 or 0.25 they keep
 * the floor and halve the checks on help questions out of fold (about 17% to 8% Dutch, 22% to 9%
 * English; docs/adr/0012-safety-net.md, seventh round). The sixth round's setting (help weight 0,
 * letter groups at 1, non-crises twice the crises) stays in the grid to show the trade-off in
 * `tried`. L2 3e-3, tried in this round, did better than 1e-3 only with letter groups at full
 * value, and worse at 0.5. Non-crises weighing once the crises in total did no better than twice
 * at any help weight with letter groups at 0.5 or 0.25 (out of fold, the seventh round), and was left
 * out to keep the tuner quick.
 */
const GRID: readonly Omit<TrainingSettings, 'epochs'>[] = [
  { l2: 1e-3, nonCrisisWeight: 2, helpWeight: 0, letterGroupValue: 1 },
  ...[0.5, 1].flatMap((helpWeight) =>
    [0.5, 0.25].map((letterGroupValue) => ({
      l2: 1e-3,
      nonCrisisWeight: 2,
      helpWeight,
      letterGroupValue,
    })),
  ),
];
const EPOCHS = [5, 10, 20] as const;

export interface Point {
  readonly example: TrainingExample;
  readonly rules: CrisisAssessment;
  readonly words: number;
  readonly score: ConcernScore;
  /** Whether the message tells of a farewell (src/safety/kindCues.ts), as production reads it. */
  readonly farewell?: boolean;
  /** The lines the message's words tell (src/safety/kindCues.ts), as production reads them. */
  readonly cues?: readonly CrisisKind[];
}

/** What the rules, the word count and the kind cues read in a message (normalised once). */
export function readingOf(text: string): Pick<Point, 'rules' | 'words' | 'farewell' | 'cues'> {
  const normalised = normalise(text);
  return {
    rules: detectCrisisNormalised(normalised),
    words: wordCount(normalised),
    farewell: tellsFarewell(normalised),
    cues: kindCues(normalised),
  };
}

/** The dev kaarten's help questions as examples that are scored by their fold, never trained on. */
export function devKaartExamples(names?: readonly string[]): TrainingExample[] {
  return devKaartQuestions(names).map((question) => ({
    key: question.key,
    text: question.text,
    label: 'ordinary',
    kinds: [],
    origin: 'dev-kaart',
    class: `${question.set}-${question.lang}`,
  }));
}

/**
 * One setting's out-of-fold scores as points, by origin: the corpus, the train and dev help
 * questions, and the dev kaarten's. `readings` holds what `readingOf` read per example key.
 */
export function pointsByOrigin(
  scored: readonly { readonly example: TrainingExample; readonly score: ConcernScore }[],
  readings: ReadonlyMap<string, Pick<Point, 'rules' | 'words' | 'farewell' | 'cues'>>,
): { points: Point[]; help: Point[]; devHelp: Point[]; floorSet: Point[] } {
  const all: Point[] = scored.map(({ example, score }) => {
    const known = readings.get(example.key);
    return {
      example,
      score,
      rules: known?.rules ?? detectCrisisNormalised(normalise(example.text)),
      words: known?.words ?? 0,
      farewell: known?.farewell ?? false,
      cues: known?.cues ?? [],
    };
  });
  return {
    points: all.filter((p) => p.example.origin === 'corpus'),
    help: all.filter((p) => p.example.origin === 'help'),
    devHelp: all.filter((p) => p.example.origin === 'dev-kaart'),
    floorSet: all.filter((p) => p.example.origin === 'floor-set'),
  };
}

const grid = (from: number, to: number, step: number) =>
  Array.from({ length: Math.round((to - from) / step) + 1 }, (_, i) => round4(from + i * step));
const round4 = (x: number) => Math.round(x * 10_000) / 10_000;
const rate = (part: number, whole: number) => (whole === 0 ? 0 : round4(part / whole));

function readingsOf(point: Point, thresholds: ConcernThresholds): LayerReadings {
  return {
    rules: point.rules,
    score: point.score,
    words: point.words,
    language: 'nl',
    prior: noConcern,
    thresholds,
    farewell: point.farewell ?? false,
    cues: point.cues ?? [],
  };
}

function decide(point: Point, thresholds: ConcernThresholds) {
  return decideSafety(readingsOf(point, thresholds));
}

const shownKinds = (kinds: readonly CrisisKind[]) => linesFor(kinds).map((line) => line.kind);

interface Figures {
  readonly crises: number;
  readonly recall: number;
  readonly recallRulesOnly: number;
  readonly crisisReplies: number;
  readonly wrongLines: number;
  readonly wrongFirstLineInChecks: number;
  readonly nearMisses: number;
  readonly nearMissCrisis: number;
  readonly nearMissCheck: number;
  readonly ordinary: number;
  readonly ordinaryFlagged: number;
  readonly linesPerCheck: number;
}

export function figures(points: readonly Point[], thresholds: ConcernThresholds): Figures {
  let crises = 0;
  let caught = 0;
  let byRules = 0;
  let crisisReplies = 0;
  let wrong = 0;
  let wrongFirst = 0;
  let near = 0;
  let nearCrisis = 0;
  let nearCheck = 0;
  let ordinary = 0;
  let ordinaryFlagged = 0;
  let checks = 0;
  let checkLines = 0;
  for (const point of points) {
    const result = decide(point, thresholds);
    const label = point.example.label;
    if (result.outcome === 'check') {
      checks += 1;
      checkLines += result.lines.length;
    }
    if (label === 'crisis') {
      crises += 1;
      if (point.rules.isCrisis) byRules += 1;
      if (result.outcome === 'none') continue;
      caught += 1;
      if (result.outcome === 'crisis') crisisReplies += 1;
      const needed = point.example.kinds as readonly CrisisKind[];
      const shown = result.lines.map((line) => line.kind);
      if (!rightLine(result.outcome, needed, shown)) wrong += 1;
      if (result.outcome === 'check' && !firstLineRight(needed, shown)) wrongFirst += 1;
    } else if (label === 'near-miss') {
      near += 1;
      if (result.outcome === 'crisis') nearCrisis += 1;
      if (result.outcome === 'check') nearCheck += 1;
    } else {
      ordinary += 1;
      if (result.outcome !== 'none') ordinaryFlagged += 1;
    }
  }
  return {
    crises,
    recall: rate(caught, crises),
    recallRulesOnly: rate(byRules, crises),
    crisisReplies: rate(crisisReplies, crises),
    wrongLines: wrong,
    wrongFirstLineInChecks: wrongFirst,
    nearMisses: near,
    nearMissCrisis: rate(nearCrisis, near),
    nearMissCheck: rate(nearCheck, near),
    ordinary,
    ordinaryFlagged: rate(ordinaryFlagged, ordinary),
    linesPerCheck: checks === 0 ? 0 : Math.round((100 * checkLines) / checks) / 100,
  };
}

const inertThresholds: ConcernThresholds = {
  crisis: null,
  check: 1,
  checkShort: 1,
  kind: 0.05,
  behindDanger: 0.5,
  weakSignal: 1,
  carryOver: CARRY_OVER,
  firmCheck: 0,
  firmCheckShort: 0,
};

/**
 * The dev sets the recall floor holds on beside the corpus (session 17, scripts/safety/floorSets.ts):
 * the very short crises and the build-up conversations, scored by the setting's fold models, and
 * the corpus's ordinary points, on which chooseWeakSignal sets the floor a conversation builds up
 * over. `caughtAt` remembers the conversations caught per check pair: the half-splits of the
 * selection-optimism correction ask again about the same pairs.
 */
export interface FloorSets {
  readonly short: readonly Point[];
  /** The class rounds' crises, scored only with `--class-floor` (empty otherwise). */
  readonly classCrises: readonly Point[];
  readonly conversations: readonly (readonly Point[])[];
  readonly corpus: readonly Point[];
  readonly caughtAt: Map<string, number>;
}

export function floorSetsOf(floorSet: readonly Point[], corpus: readonly Point[]): FloorSets {
  const { short, conversations, classCrises } = groupFloorSets(floorSet);
  return { short, conversations, classCrises, corpus, caughtAt: new Map() };
}

/** Whether a conversation gets a crisis reply or a check at any turn, the concern carried. */
function conversationCaught(turns: readonly Point[], thresholds: ConcernThresholds): boolean {
  let prior = noConcern;
  for (const point of turns) {
    const result = decideSafety({ ...readingsOf(point, thresholds), prior });
    if (result.outcome !== 'none') return true;
    prior = result.nextConcern;
  }
  return false;
}

/**
 * The build-up conversations caught at a check pair, with the weak-signal floor the tuner would
 * choose at that pair (chooseWeakSignal on the whole corpus's ordinary points).
 */
function conversationsCaughtAt(sets: FloorSets, pair: { check: number; checkShort: number }) {
  const key = `${pair.check}/${pair.checkShort}`;
  const known = sets.caughtAt.get(key);
  if (known !== undefined) return known;
  const base = { ...inertThresholds, ...pair };
  const thresholds = { ...base, weakSignal: chooseWeakSignal(sets.corpus, base) };
  const caught = sets.conversations.filter((turns) => conversationCaught(turns, thresholds)).length;
  sets.caughtAt.set(key, caught);
  return caught;
}

/**
 * The floor sets at the shipped thresholds, for the record: short crises caught (and among them by
 * the model, not a rule), conversations caught, and those only the build-up caught (no turn asked
 * by itself).
 */
export function floorSetFigures(sets: FloorSets, thresholds: ConcernThresholds) {
  const shortResults = sets.short.map((p) => decide(p, thresholds));
  const classResults = sets.classCrises.map((p) => decide(p, thresholds));
  const byItself = (turns: readonly Point[]) =>
    turns.some((p) => decide(p, thresholds).outcome !== 'none');
  const caught = sets.conversations.filter((turns) => conversationCaught(turns, thresholds));
  return {
    shortCrises: sets.short.length,
    shortCaught: shortResults.filter((r) => r.outcome !== 'none').length,
    shortCaughtByModel: shortResults.filter(
      (r) => r.outcome !== 'none' && r.explanation.source === 'model',
    ).length,
    conversations: sets.conversations.length,
    conversationsCaught: caught.length,
    conversationsCaughtOnlyByBuildUp: caught.filter((turns) => !byItself(turns)).length,
    ...(classResults.length === 0
      ? {}
      : {
          classCrises: classResults.length,
          classCaught: classResults.filter((r) => r.outcome !== 'none').length,
        }),
  };
}

/**
 * The two check thresholds: messages of 8 words or more and of 3 to 7 words are disjoint, so each
 * threshold's flags and catches add up; every pair is tried. Of the pairs that flag at most
 * ORDINARY_BUDGET of the corpus's ordinary questions and NEAR_MISS_CHECK_CEILING of its near
 * misses, and keep recall at `recallFloor`, the one that
 * flags the fewest help questions (then the highest recall, then the fewest near misses); when no
 * pair keeps the floor, the highest recall. With `sets`, a pair keeps the floor only when recall on
 * the short crises and on the build-up conversations is at `recallFloor` too (each set on its own);
 * when no pair keeps all three, the pair chosen without the two sets, reported as not keeping them.
 */
export function chooseCheck(
  points: readonly Point[],
  help: readonly Point[],
  recallFloor: number = RECALL_FLOOR,
  sets?: FloorSets,
  checkCeiling?: Held['checkAtMost'],
  heldCheckShort?: number,
): { check: number; checkShort: number; keepsFloorSets: boolean } {
  const ordinary = points.filter((p) => p.example.label === 'ordinary');
  const crises = points.filter((p) => p.example.label === 'crisis');
  const near = points.filter((p) => p.example.label === 'near-miss');
  const count = flagCounter(CHECK_CANDIDATES);
  const ordinaryAt = count(ordinary);
  const nearAt = count(near);
  const crisesAt = count(crises);
  const helpAt = count(help);
  const shortAt = count(sets?.short ?? []);
  const classAt = count(sets?.classCrises ?? []);
  const floor = recallFloor * crises.length;
  const shortFloor = recallFloor * (sets?.short.length ?? 0);
  const classFloor = recallFloor * (sets?.classCrises.length ?? 0);
  const conversationFloor = recallFloor * (sets?.conversations.length ?? 0);
  const ceiling = NEAR_MISS_CHECK_CEILING * near.length;
  interface Candidate {
    check: number;
    checkShort: number;
    recall: number;
    helpChecks: number;
    nearChecks: number;
    shortKept: boolean;
  }
  const candidates: Candidate[] = [];
  CHECK_CANDIDATES.forEach((long, i) => {
    CHECK_CANDIDATES.forEach((short, j) => {
      // A message of 3 to 7 words needs at least the concern of a longer one: there one feature
      // can decide (test/safety/concernModel.test.ts holds it; session 8 found a pair below it).
      if (short < long) return;
      if (heldCheckShort !== undefined && short !== heldCheckShort) return;
      if (
        checkCeiling !== undefined &&
        (long > checkCeiling.check || short > checkCeiling.checkShort)
      )
        return;
      if (ordinaryAt(i, j) > ORDINARY_BUDGET * ordinary.length) return;
      const nearChecks = nearAt(i, j);
      if (nearChecks > ceiling) return;
      candidates.push({
        check: long,
        checkShort: short,
        recall: crisesAt(i, j),
        helpChecks: helpAt(i, j),
        nearChecks,
        shortKept: shortAt(i, j) >= shortFloor && classAt(i, j) >= classFloor,
      });
    });
  });
  // The floor first, then the fewest help questions flagged, then recall and near misses; the
  // order the pairs were tried breaks what is left, as before.
  const order = (a: Candidate, b: Candidate) => {
    const keepsA = a.recall >= floor;
    const keepsB = b.recall >= floor;
    if (keepsA !== keepsB) return keepsA ? -1 : 1;
    if (keepsA && a.helpChecks !== b.helpChecks) return a.helpChecks - b.helpChecks;
    if (a.recall !== b.recall) return b.recall - a.recall;
    if (a.helpChecks !== b.helpChecks) return a.helpChecks - b.helpChecks;
    return a.nearChecks - b.nearChecks;
  };
  const ranked = candidates.sort(order);
  const withoutSets = ranked[0];
  if (withoutSets === undefined) return { check: 0.8, checkShort: 0.8, keepsFloorSets: false };
  const pick = (c: Candidate, keepsFloorSets: boolean) => ({
    check: c.check,
    checkShort: c.checkShort,
    keepsFloorSets,
  });
  if (sets === undefined) return pick(withoutSets, true);
  // The best pair that keeps the corpus floor and both dev sets; the conversations are played
  // only for pairs that already keep the rest (each costs a weak-signal choice). A pair at or
  // above one that lost a conversation, in both bands, is taken to lose it too and not played:
  // higher checks ask less often and carry less concern per turn, so the walk down the ranking
  // stays short; at worst it settles on a lower pair, never on one that was not played.
  const lost: Candidate[] = [];
  const keeper = ranked.find((c) => {
    if (c.recall < floor || !c.shortKept) return false;
    if (lost.some((l) => c.check >= l.check && c.checkShort >= l.checkShort)) return false;
    if (conversationsCaughtAt(sets, c) >= conversationFloor) return true;
    lost.push(c);
    return false;
  });
  return keeper === undefined ? pick(withoutSets, false) : pick(keeper, true);
}

const CHECK_CANDIDATES = grid(0.02, 0.8, 0.01);

/**
 * `--hold-setting KEY --check-at-most LONG/SHORT` (session 18, branch ordinary19; off by default):
 * the training setting is held at KEY (l2/nonCrisisWeight/helpWeight/letterGroupValue/epochs, as
 * settingKey writes it) and no check pair above LONG / SHORT is tried; every other threshold is
 * tuned as usual. A corpus round is then judged at the shipped setting with the check pair as a
 * ceiling: safety43's tune raised the pair and lost crises on sets it never saw, ordinary18's moved
 * the epochs and lost short crises. The record names what it held (`held`), and
 * test/safety/concernModel.process.test.ts passes the same options back, so the shipped record is
 * still reproduced by the script byte for byte.
 */
export interface Held {
  readonly setting: string;
  readonly checkAtMost: { readonly check: number; readonly checkShort: number };
  /** Thresholds written as given instead of chosen (`--hold-thresholds`), when any. */
  readonly thresholds?: Partial<Record<HeldThreshold, number>>;
}

/**
 * `--hold-thresholds kind=X,behindDanger=Y,...` (session 18, branch ordinary20; off by default,
 * only beside `--hold-setting`): each named threshold is written as given, not chosen. ordinary19's
 * D2 raised the kind threshold with the rounds it trained in and a child hit by a car got Veilig
 * Thuis beside 112; holding every threshold but the check pair judges a round on the model alone.
 */
const HELD_THRESHOLDS = [
  'kind',
  'behindDanger',
  'crisis',
  'weakSignal',
  'firmCheck',
  'firmCheckShort',
] as const;
type HeldThreshold = (typeof HELD_THRESHOLDS)[number];

function heldThresholdsFrom(list: string): Partial<Record<HeldThreshold, number>> {
  const out: Partial<Record<HeldThreshold, number>> = {};
  for (const part of list.split(',')) {
    const [name, raw] = part.split('=');
    const at = HELD_THRESHOLDS.findIndex((known) => known === name);
    const value = Number(raw);
    const key = HELD_THRESHOLDS[at];
    if (key === undefined || raw === undefined || raw === '' || !Number.isFinite(value))
      throw new Error(`--hold-thresholds ${part}: not NAME=VALUE of ${HELD_THRESHOLDS.join(', ')}`);
    out[key] = value;
  }
  if ((out.firmCheck === undefined) !== (out.firmCheckShort === undefined))
    throw new Error('--hold-thresholds: firmCheck and firmCheckShort are held together');
  return out;
}

/** The held setting and ceiling from the parsed options, or undefined when neither is given. */
function heldFrom(values: {
  readonly 'hold-setting'?: string | undefined;
  readonly 'check-at-most'?: string | undefined;
  readonly 'hold-thresholds'?: string | undefined;
}): Held | undefined {
  const setting = values['hold-setting'];
  const ceiling = values['check-at-most'];
  const others = values['hold-thresholds'];
  if (setting === undefined && ceiling === undefined) {
    if (others !== undefined) throw new Error('--hold-thresholds needs --hold-setting');
    return undefined;
  }
  if (setting === undefined || ceiling === undefined)
    throw new Error('--hold-setting and --check-at-most go together');
  if (!/^[0-9.e-]+(?:\/[0-9.e-]+){4}$/.test(setting))
    throw new Error(
      `--hold-setting ${setting}: not l2/nonCrisisWeight/helpWeight/letterGroupValue/epochs`,
    );
  const [check, checkShort] = ceiling.split('/').map(Number);
  if (
    check === undefined ||
    checkShort === undefined ||
    !CHECK_CANDIDATES.includes(check) ||
    !CHECK_CANDIDATES.includes(checkShort)
  )
    throw new Error(`--check-at-most ${ceiling}: not two checks on the grid`);
  return {
    setting,
    checkAtMost: { check, checkShort },
    ...(others === undefined ? {} : { thresholds: heldThresholdsFrom(others) }),
  };
}

/** The arguments that reproduce a record tuned with `held` (for the process test). */
export function heldArgs(held: Held | undefined): string[] {
  if (held === undefined) return [];
  const { check, checkShort } = held.checkAtMost;
  const others = Object.entries(held.thresholds ?? {}).map(([name, value]) => `${name}=${value}`);
  return [
    '--hold-setting',
    held.setting,
    '--check-at-most',
    `${check}/${checkShort}`,
    ...(others.length === 0 ? [] : ['--hold-thresholds', others.join(',')]),
  ];
}

/** What the tuner is asked to do (`npm run tune:safety -- OPTIONS`); every option is off by default. */
export interface TunerOptions {
  /** `--hold-setting KEY --check-at-most LONG/SHORT [--hold-thresholds NAME=VALUE,…]`. */
  readonly held: Held | undefined;
  /**
   * `--hold-check-short X`: only pairs whose 3-to-7-word check is X are tried (session 17,
   * safety42: the short band held at main's value while a corpus round moves the rest).
   */
  readonly heldCheckShort: number | undefined;
  /** `--floor-sets`: the recall floor also holds on the short crises and the build-up conversations. */
  readonly floorSets: boolean;
  /** `--class-floor`: the class rounds' crises are a third floor set (session 17, safety42). */
  readonly classFloor: boolean;
  /** `--every-dev-kaart`: the help questions of every dev kaart, not only the tuned ones. */
  readonly everyDevKaart: boolean;
  /** `--explore`: the firm thresholds' trade-off printed (exploreFirm). */
  readonly explore: boolean;
  /** `--out FILE`: the record written there, and the help snapshot's hash left as it is. */
  readonly out: string | undefined;
}

/**
 * The tuner's options from its arguments (without node and the script). An unknown option or a
 * stray word stops the run: a mistyped option would otherwise tune without it.
 */
export function tunerOptions(args: readonly string[]): TunerOptions {
  const { values } = parseArgs({
    args: [...args],
    options: {
      'hold-setting': { type: 'string' },
      'check-at-most': { type: 'string' },
      'hold-thresholds': { type: 'string' },
      'hold-check-short': { type: 'string' },
      'floor-sets': { type: 'boolean', default: false },
      'class-floor': { type: 'boolean', default: false },
      'every-dev-kaart': { type: 'boolean', default: false },
      explore: { type: 'boolean', default: false },
      out: { type: 'string' },
    },
    strict: true,
    allowPositionals: false,
  });
  const short = values['hold-check-short'];
  const heldCheckShort = short === undefined ? undefined : Number(short);
  if (heldCheckShort !== undefined && !CHECK_CANDIDATES.includes(heldCheckShort))
    throw new Error(`--hold-check-short ${short ?? ''}: not a check on the grid`);
  return {
    held: heldFrom(values),
    heldCheckShort,
    floorSets: values['floor-sets'],
    classFloor: values['class-floor'],
    everyDevKaart: values['every-dev-kaart'],
    explore: values.explore,
    out: values.out,
  };
}

/**
 * How many of a set a rule answers or a check flags at each pair of check thresholds (indices into
 * `candidates`, 8 words or more / 3 to 7 words). The two word bands are disjoint, so the count is
 * the rules' share plus one count per band, each read off a table once per set.
 */
function flagCounter(candidates: readonly number[]) {
  return (set: readonly Point[]) => {
    let byRules = 0;
    const long = new Array<number>(candidates.length).fill(0);
    const short = new Array<number>(candidates.length).fill(0);
    for (const p of set) {
      // A rule that asks is a check at any threshold (docs/adr/0012-safety-net.md, tenth round).
      if (p.rules.isCrisis || ruleAsks(p.rules).length > 0) byRules += 1;
      else if (p.words >= 3) {
        const band = p.words >= 8 ? long : short;
        candidates.forEach((threshold, k) => {
          if (p.score.concern >= threshold) band[k] = (band[k] ?? 0) + 1;
        });
      }
    }
    return (i: number, j: number) => byRules + (long[i] ?? 0) + (short[j] ?? 0);
  };
}

/** Whether a rule or a check at these two thresholds catches a message (as chooseCheck counts). */
function flaggedAt(p: Point, check: { check: number; checkShort: number }): boolean {
  return (
    p.rules.isCrisis ||
    ruleAsks(p.rules).length > 0 ||
    (p.words >= 3 && p.score.concern >= (p.words >= 8 ? check.check : check.checkShort))
  );
}

/**
 * A seeded half of a set, stratified: within each stratum (a crisis class, a label, a help
 * question's language) the points are shuffled and the first half (rounded down) goes to `chosen`.
 */
function stratifiedHalves(
  points: readonly Point[],
  stratum: (p: Point) => string,
  random: () => number,
): { chosen: Point[]; held: Point[] } {
  const groups = new Map<string, Point[]>();
  for (const p of points) {
    const key = stratum(p);
    const group = groups.get(key) ?? [];
    group.push(p);
    groups.set(key, group);
  }
  const chosen: Point[] = [];
  const held: Point[] = [];
  for (const key of [...groups.keys()].sort()) {
    const group = [...(groups.get(key) ?? [])];
    for (let i = group.length - 1; i > 0; i -= 1) {
      const j = Math.floor(random() * (i + 1));
      const a = group[i];
      const b = group[j];
      if (a !== undefined && b !== undefined) {
        group[i] = b;
        group[j] = a;
      }
    }
    const half = Math.floor(group.length / 2);
    chosen.push(...group.slice(0, half));
    held.push(...group.slice(half));
  }
  return { chosen, held };
}

const corpusStratum = (p: Point) =>
  p.example.label === 'crisis' ? `crisis:${p.example.class}` : p.example.label;

/**
 * Selection optimism (ninth round): the check thresholds are chosen where out-of-fold recall just
 * holds the floor, on the same points that then certify it. Repeated seeded half-splits of the
 * out-of-fold points (stratified by crisis class, by label and by help language): the thresholds
 * are chosen by chooseCheck on one half at `recallFloor`, and recall is read on the other half.
 * Both directions of each split count, so SPLITS splits give 2 × SPLITS readings. A half has half
 * the crises, so the edge it selects on is noisier than the whole set's: if anything the
 * optimism measured is larger than the full choice's.
 */
function selectionOptimism(
  points: readonly Point[],
  help: readonly Point[],
  recallFloor: number,
  heldCheckShort: number | undefined,
): { chosenRecall: number[]; heldRecall: number[] } {
  const random = seededRandom(OPTIMISM_SEED);
  const chosenRecall: number[] = [];
  const heldRecall: number[] = [];
  for (let split = 0; split < OPTIMISM_SPLITS; split += 1) {
    const corpus = stratifiedHalves(points, corpusStratum, random);
    const questions = stratifiedHalves(help, helpLanguage, random);
    const halves = [
      { choose: corpus.chosen, helpChoose: questions.chosen, read: corpus.held },
      { choose: corpus.held, helpChoose: questions.held, read: corpus.chosen },
    ];
    for (const { choose, helpChoose, read } of halves) {
      const check = chooseCheck(
        choose,
        helpChoose,
        recallFloor,
        undefined,
        undefined,
        heldCheckShort,
      );
      const recallOn = (set: readonly Point[]) => {
        const crises = set.filter((p) => p.example.label === 'crisis');
        return rate(crises.filter((p) => flaggedAt(p, check)).length, crises.length);
      };
      chosenRecall.push(recallOn(choose));
      heldRecall.push(recallOn(read));
    }
  }
  return { chosenRecall, heldRecall };
}

function summarise(values: readonly number[]) {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  const mean = sorted.reduce((sum, x) => sum + x, 0) / Math.max(1, sorted.length);
  return { mean: round4(mean), p10: at(0.1), median: at(0.5), min: sorted[0] ?? 0 };
}

/**
 * The recall floor corrected for selection optimism (the ninth round's rule, fixed before its
 * effect was seen): the lowest floor, from RECALL_FLOOR up in steps of FLOOR_STEP, at which the
 * mean recall read on the held-out halves is at least HELD_OUT_RECALL_TARGET. When none up to
 * MAX_CORRECTED_FLOOR reaches it, MAX_CORRECTED_FLOOR.
 */
function correctedFloor(
  points: readonly Point[],
  help: readonly Point[],
  heldCheckShort: number | undefined,
): { floor: number; steps: { floor: number; chosen: object; held: object }[] } {
  const steps: { floor: number; chosen: object; held: object }[] = [];
  for (const floor of grid(RECALL_FLOOR, MAX_CORRECTED_FLOOR, FLOOR_STEP)) {
    const { chosenRecall, heldRecall } = selectionOptimism(points, help, floor, heldCheckShort);
    const held = summarise(heldRecall);
    steps.push({ floor, chosen: summarise(chosenRecall), held });
    if (held.mean >= HELD_OUT_RECALL_TARGET) return { floor, steps };
  }
  return { floor: MAX_CORRECTED_FLOOR, steps };
}

function chooseKind(points: readonly Point[], base: ConcernThresholds): number {
  const modelCaught = points.filter(
    (p) =>
      p.example.label === 'crisis' &&
      ruleAsks(p.rules).length === 0 &&
      decide(p, base).outcome === 'check',
  );
  const shares = grid(0.01, 0.6, 0.01);
  let chosen = shares[0] ?? 0.01;
  for (const share of shares) {
    const thresholds = { ...base, kind: share };
    const covered = modelCaught.filter((p) => {
      const result = decide(p, thresholds);
      return rightLine('check', p.example.kinds as CrisisKind[], shownKinds(result.kinds));
    }).length;
    if (covered >= KIND_COVERAGE * modelCaught.length) chosen = share;
  }
  return chosen;
}

function chooseBehindDanger(points: readonly Point[], base: ConcernThresholds): number {
  const dangerOnly = points.filter(
    (p) =>
      p.example.label === 'crisis' &&
      p.rules.isCrisis &&
      p.rules.kinds.every((kind) => kind === 'danger'),
  );
  let best = { threshold: 0.95, cost: Infinity };
  for (const threshold of grid(0.05, 0.95, 0.05).reverse()) {
    const thresholds = { ...base, behindDanger: threshold };
    const wrong = dangerOnly.filter((p) => {
      const result = decide(p, thresholds);
      return !rightLine('crisis', p.example.kinds as CrisisKind[], shownKinds(result.kinds));
    }).length;
    const needless = dangerOnly.filter(
      (p) =>
        p.example.kinds.every((kind) => kind === 'danger') &&
        decide(p, thresholds).kinds.length > 1,
    ).length;
    const cost = wrong + needless / NEEDLESS_LINES_PER_WRONG;
    if (cost < best.cost) best = { threshold, cost };
  }
  return best.threshold;
}

function chooseModelCrisis(points: readonly Point[], base: ConcernThresholds): number | null {
  for (const threshold of grid(0.9, 0.99, 0.01)) {
    const thresholds = { ...base, crisis: threshold };
    const answered = points.filter(
      (p) => !p.rules.isCrisis && decide(p, thresholds).outcome === 'crisis',
    );
    const alarms = answered.filter((p) => p.example.label !== 'crisis').length;
    const crises = answered.filter((p) => p.example.label === 'crisis');
    const right = crises.filter((p) =>
      rightLine('crisis', p.example.kinds as CrisisKind[], shownKinds(decide(p, thresholds).kinds)),
    ).length;
    if (alarms === 0 && crises.length > 0 && right >= 0.99 * crises.length) return threshold;
  }
  return null;
}

/**
 * The weak-signal floor: the lowest at which at most CONVERSATION_BUDGET of simulated ordinary
 * conversations (CONVERSATION_LENGTH ordinary questions drawn at random, seeded) build up to a
 * check (checks a single message asks by itself are the check threshold's budget and are not
 * counted here). Lower floors let weaker messages count; ordinary questions must not add up. The
 * floor never passes MAX_FLOOR_SHARE of the check threshold, so a band to build up in remains.
 */
function chooseWeakSignal(points: readonly Point[], base: ConcernThresholds): number {
  const ordinary = points.filter((p) => p.example.label === 'ordinary');
  const random = seededRandom(SEED);
  const conversations = Array.from({ length: CONVERSATIONS }, () =>
    Array.from(
      { length: CONVERSATION_LENGTH },
      () => ordinary[Math.floor(random() * ordinary.length)],
    ).filter((p): p is Point => p !== undefined),
  );
  const highest = round4(Math.floor((MAX_FLOOR_SHARE * base.check) / 0.005 + 1e-9) * 0.005);
  for (const floor of grid(0, highest, 0.005)) {
    const thresholds = { ...base, weakSignal: floor };
    let asked = 0;
    for (const conversation of conversations) {
      let prior = noConcern;
      for (const point of conversation) {
        const result = decideSafety({ ...readingsOf(point, thresholds), prior });
        if (result.explanation.source === 'accumulated') {
          asked += 1;
          break;
        }
        // A question the message asked by itself spends the concern, as in the conversation guard;
        // that is the check threshold's share of the budget, not the build-up's.
        prior = result.outcome === 'none' ? result.nextConcern : noConcern;
      }
    }
    if (asked <= CONVERSATION_BUDGET * conversations.length) return floor;
  }
  // No floor within the band keeps the budget: the band wins, since a floor at the check leaves
  // nothing to build up (the review of 2026-12-02 found the tuner choosing exactly that).
  return highest;
}

const helpLanguages = ['nl', 'en'] as const;
const helpLanguage = (p: Point) => (p.example.class.endsWith('-en') ? 'en' : 'nl');

export function helpFigures(help: readonly Point[], thresholds: ConcernThresholds) {
  const out: Record<string, { questions: number; checked: number; firm: number; crisis: number }> =
    {};
  for (const lang of helpLanguages) {
    const mine = help.filter((p) => helpLanguage(p) === lang);
    const results = mine.map((p) => decide(p, thresholds));
    out[lang] = {
      questions: mine.length,
      checked: rate(results.filter((r) => r.outcome === 'check').length, mine.length),
      firm: rate(results.filter((r) => r.checkStrength === 'firm').length, mine.length),
      crisis: rate(results.filter((r) => r.outcome === 'crisis').length, mine.length),
    };
  }
  return out;
}

/**
 * The two firm-check thresholds (8 words or more, 3 to 7 words): of the pairs at which firm checks
 * stay within HELP_FIRM_BUDGET of the training help questions in each language, and within
 * `devBudget` of the dev kaarten's questions (never trained on) in each language, the one that
 * holds up the most crises out of fold (a firm check or a crisis reply); lower thresholds break
 * ties. Recall does not move: a soft check is still a check, with every line shown.
 */
function chooseFirmCheck(
  points: readonly Point[],
  help: readonly Point[],
  base: ConcernThresholds,
  devHelp: readonly Point[] = [],
  devBudget: number = DEV_KAART_FIRM_BUDGET,
): { firmCheck: number; firmCheckShort: number } {
  // Only model-only checks can be soft; read each message's decision once at "every check firm".
  const modelChecks = <T extends { words: number; score: ConcernScore }>(
    items: readonly T[],
    decideOne: (item: T) => ReturnType<typeof decideSafety>,
  ) =>
    items
      .map((item) => ({ item, result: decideOne(item) }))
      .filter(({ result }) => result.outcome === 'check' && result.explanation.source === 'model')
      .map(({ item }) => item);
  const budgets = [
    ...helpLanguages.map((lang) => ({ set: help, lang, budget: HELP_FIRM_BUDGET })),
    ...helpLanguages.map((lang) => ({ set: devHelp, lang, budget: devBudget })),
  ].map(({ set, lang, budget }) => {
    const mine = set.filter((p) => helpLanguage(p) === lang);
    return { total: mine.length, budget, checks: modelChecks(mine, (p) => decide(p, base)) };
  });
  const crisisChecks = modelChecks(
    points.filter((p) => p.example.label === 'crisis'),
    (p) => decide(p, base),
  );
  const firm = (p: { words: number; score: ConcernScore }, long: number, short: number) =>
    p.score.concern >= (p.words >= 8 ? long : short);
  let best = { firmCheck: 1, firmCheckShort: 1, held: -1 };
  for (const long of grid(base.check, 1, 0.01)) {
    for (const short of grid(base.checkShort, 1, 0.01)) {
      const within = budgets.every(
        ({ total, budget, checks }) =>
          checks.filter((p) => firm(p, long, short)).length <= budget * total,
      );
      if (!within) continue;
      const held = crisisChecks.filter((p) => firm(p, long, short)).length;
      if (held > best.held) best = { firmCheck: long, firmCheckShort: short, held };
    }
  }
  return { firmCheck: best.firmCheck, firmCheckShort: best.firmCheckShort };
}

/** Of the crises caught out of fold, the share that only a soft check caught. */
function softOnlyShare(points: readonly Point[], thresholds: ConcernThresholds): number {
  const caught = points
    .filter((p) => p.example.label === 'crisis')
    .map((p) => decide(p, thresholds))
    .filter((r) => r.outcome !== 'none');
  return rate(caught.filter((r) => r.checkStrength === 'soft').length, caught.length);
}

/** The dev kaarten's figures per kaart and language, each question scored by its fold's model. */
function devKaartFigures(devHelp: readonly Point[], thresholds: ConcernThresholds) {
  const kaarten = [...new Set(devHelp.map((p) => p.example.class.replace(/-(nl|en)$/, '')))];
  return Object.fromEntries(
    kaarten.sort().map((kaart) => [
      kaart,
      helpFigures(
        devHelp.filter((p) => p.example.class.startsWith(`${kaart}-`)),
        thresholds,
      ),
    ]),
  );
}

/**
 * `--explore`: the firm thresholds and what they cost at several dev-kaart budgets, and for each
 * budget fitted on two dev kaarten, the firm rate on the third (is a threshold fitted on held-out
 * help questions still right on questions it was not fitted on?). Printed only; the tuning file
 * keeps DEV_KAART_FIRM_BUDGET.
 */
function exploreFirm(
  points: readonly Point[],
  help: readonly Point[],
  devHelp: readonly Point[],
  base: ConcernThresholds,
): void {
  const kaarten = [...new Set(devHelp.map((p) => p.example.class.replace(/-(nl|en)$/, '')))];
  const firmRate = (set: readonly Point[], thresholds: ConcernThresholds, lang: string) => {
    const mine = set.filter((p) => helpLanguage(p) === lang);
    const firm = mine.filter((p) => {
      const r = decide(p, thresholds);
      return r.outcome === 'crisis' || r.checkStrength === 'firm';
    }).length;
    return `${((100 * firm) / Math.max(1, mine.length)).toFixed(1)}`;
  };
  // Stronger evidence for a first message's check (both check thresholds raised): recall against
  // the checks on help questions.
  for (const raise of [0, 0.01, 0.02, 0.04, 0.08]) {
    const raised = {
      ...base,
      check: round4(base.check + raise),
      checkShort: round4(base.checkShort + raise),
    };
    const at = figures(points, raised);
    const checked = (set: readonly Point[]) =>
      helpLanguages
        .map((lang) => helpFigures(set, raised)[lang]?.checked ?? 0)
        .map((x) => (100 * x).toFixed(1))
        .join('/');
    console.log(
      `check +${raise}: recall ${at.recall} nearCheck ${at.nearMissCheck} oofHelp checked ${checked(help)} dev checked ${checked(devHelp)}`,
    );
  }
  for (const budget of [1, 0.08, 0.06, 0.05, 0.04, 0.03, 0.02]) {
    const all = { ...base, ...chooseFirmCheck(points, help, base, devHelp, budget) };
    const line = [
      `budget ${budget}: firm ${all.firmCheck}/${all.firmCheckShort}`,
      `softOnly ${softOnlyShare(points, all)}`,
      `oofHelp firm ${helpLanguages.map((l) => firmRate(help, all, l)).join('/')}`,
      `dev firm ${helpLanguages.map((l) => firmRate(devHelp, all, l)).join('/')}`,
    ];
    for (const kaart of kaarten) {
      const inKaart = (p: Point) => p.example.class.startsWith(`${kaart}-`);
      const fit = {
        ...base,
        ...chooseFirmCheck(
          points,
          help,
          base,
          devHelp.filter((p) => !inKaart(p)),
          budget,
        ),
      };
      line.push(
        `${kaart} left out: fit ${fit.firmCheck}/${fit.firmCheckShort} firm ${helpLanguages.map((l) => firmRate(devHelp.filter(inKaart), fit, l)).join('/')} softOnly ${softOnlyShare(points, fit)}`,
      );
    }
    console.log(line.join(' | '));
  }
}

function logLoss(points: readonly Point[]): number {
  let loss = 0;
  for (const point of points) {
    const y = point.example.label === 'crisis' ? 1 : 0;
    const p = Math.min(Math.max(point.score.crisis, 1e-9), 1 - 1e-9);
    loss -= y * Math.log(p) + (1 - y) * Math.log(1 - p);
  }
  return round4(loss / points.length);
}

/** A chosen pair as the record writes it: whether it keeps the floor sets only when they counted. */
const pairOf = (
  chosen: { check: number; checkShort: number; keepsFloorSets: boolean },
  withSets: boolean,
) => (withSets ? chosen : { check: chosen.check, checkShort: chosen.checkShort });

interface Setting {
  readonly key: string;
  readonly points: Point[];
  readonly help: Point[];
  readonly devHelp: Point[];
  readonly sets: FloorSets;
  readonly loss: number;
}

/**
 * Of the settings tried, the one whose check thresholds (chooseCheck at `recallFloor`) keep the
 * floor (on the corpus, the short crises and the build-up conversations), then flag the fewest help questions, then have the highest recall and the lowest log loss.
 */
function chooseSetting(
  settings: readonly Setting[],
  recallFloor: number,
  withSets: boolean,
  { held, heldCheckShort }: Pick<TunerOptions, 'held' | 'heldCheckShort'>,
) {
  const tried: Record<string, unknown>[] = [];
  let best:
    | (Setting & {
        check: ReturnType<typeof chooseCheck>;
        recall: number;
        helpChecked: number;
      })
    | undefined;
  for (const setting of settings) {
    const { key, points, help, devHelp, sets, loss } = setting;
    // The ceiling binds the shipped pair only: the selection-optimism halves choose as the tuner
    // would without it, since a capped half that finds no pair in its budgets reads as lost
    // recall and raises the floor (measured on main's corpus: 0.12 / 0.12 instead of 0.12 / 0.13).
    const check = chooseCheck(
      points,
      help,
      recallFloor,
      withSets ? sets : undefined,
      held?.checkAtMost,
      heldCheckShort,
    );
    const at = figures(points, { ...inertThresholds, ...check });
    const helpAt = helpFigures(help, { ...inertThresholds, ...check });
    const helpChecked = help.filter(
      (p) => decide(p, { ...inertThresholds, ...check }).outcome !== 'none',
    ).length;
    tried.push({
      setting: key,
      logLoss: loss,
      ...pairOf(check, withSets),
      recall: at.recall,
      helpChecked: { nl: helpAt['nl']?.checked, en: helpAt['en']?.checked },
      devKaartenChecked: Object.fromEntries(
        Object.entries(helpFigures(devHelp, { ...inertThresholds, ...check })).map(([lang, f]) => [
          lang,
          f.checked,
        ]),
      ),
    });
    // The floor first, then the fewest help questions flagged, then recall and log loss.
    const keeps = at.recall >= recallFloor && check.keepsFloorSets;
    const better =
      best === undefined ||
      (keeps !== (best.recall >= recallFloor && best.check.keepsFloorSets)
        ? keeps
        : keeps && helpChecked !== best.helpChecked
          ? helpChecked < best.helpChecked
          : at.recall !== best.recall
            ? at.recall > best.recall
            : loss < best.loss);
    if (better) best = { ...setting, check, recall: at.recall, helpChecked };
  }
  return best === undefined ? undefined : { ...best, tried };
}

function main(): void {
  const started = performance.now();
  const options = tunerOptions(process.argv.slice(2));
  const { held } = options;
  const helpSnapshot = readFileSync(helpSnapshotFile);
  const examples = trainingExamples();
  // The dev kaarten's help questions: scored by the model of their fold, never trained on.
  const devExamples = devKaartExamples(options.everyDevKaart ? readDevKaarten : devKaarten);
  // The short crises and build-up conversations the floor counts: scored the same way.
  // With --class-floor the class rounds' crises are a third floor set (session 17, safety42).
  const floorExamples = [
    ...floorSetExamples(),
    ...(options.classFloor ? classCrisisExamples() : []),
  ];
  const readings = new Map(
    [...examples, ...devExamples, ...floorExamples].map((example) => [
      example.key,
      readingOf(example.text),
    ]),
  );
  // A held setting trains only its own grid row (every epoch count, as the full grid would, so its
  // points are the same), and only the held key is chosen from.
  const grid =
    held === undefined
      ? GRID
      : GRID.filter((setting) => EPOCHS.some((e) => settingKey(setting, e) === held.setting));
  if (grid.length === 0) throw new Error(`--hold-setting ${held?.setting ?? ''}: not in the grid`);
  const results = outOfFold(examples, grid, EPOCHS, [...devExamples, ...floorExamples]);
  const settings = [...results]
    .filter(([key]) => held === undefined || key === held.setting)
    .map(([key, list]) => {
      const byOrigin = pointsByOrigin(list, readings);
      const sets = floorSetsOf(byOrigin.floorSet, byOrigin.points);
      return { key, ...byOrigin, sets, loss: logLoss(byOrigin.points) };
    });
  // The setting and check thresholds at the nominal floor, then the floor corrected for selection
  // optimism measured on that setting's points, then the setting and thresholds at that floor.
  // The floor sets constrain the choice only with --floor-sets (session 17: on main's corpus they
  // moved the setting and raised the dev kaarten' checks; docs/adr/0012-safety-net.md). Without it
  // they are scored and reported, and the choice is the one before.
  const withSets = options.floorSets;
  const nominal = chooseSetting(settings, RECALL_FLOOR, withSets, options);
  if (nominal === undefined) return;
  const atNominal = selectionOptimism(
    nominal.points,
    nominal.help,
    RECALL_FLOOR,
    options.heldCheckShort,
  );
  const corrected = correctedFloor(nominal.points, nominal.help, options.heldCheckShort);
  const floor = Math.max(corrected.floor, MIN_FLOOR);
  const best = chooseSetting(settings, floor, withSets, options);
  if (best === undefined) return;
  const tried = best.tried;
  const selection = {
    rule: `mean held-out-half recall >= ${HELD_OUT_RECALL_TARGET}`,
    splits: OPTIMISM_SPLITS,
    measuredOn: nominal.key,
    nominalFloor: RECALL_FLOOR,
    atNominalFloor: {
      chosenHalf: summarise(atNominal.chosenRecall),
      heldHalf: summarise(atNominal.heldRecall),
    },
    steps: corrected.steps,
    correctedFloor: corrected.floor,
    minFloor: MIN_FLOOR,
    appliedFloor: floor,
    nominalChoice: {
      setting: nominal.key,
      ...pairOf(nominal.check, withSets),
      recall: nominal.recall,
      helpChecked: nominal.helpChecked,
    },
  };
  const [l2, nonCrisisWeight, helpWeight, letterGroupValue, epochs] = best.key
    .split('/')
    .map(Number);
  let thresholds: ConcernThresholds = {
    ...inertThresholds,
    check: best.check.check,
    checkShort: best.check.checkShort,
  };
  // A held threshold (--hold-thresholds) is written as given; the others are chosen in order.
  const fixed = held?.thresholds ?? {};
  const pick = <T>(value: number | undefined, choose: () => T) => value ?? choose();
  thresholds = { ...thresholds, kind: pick(fixed.kind, () => chooseKind(best.points, thresholds)) };
  thresholds = {
    ...thresholds,
    behindDanger: pick(fixed.behindDanger, () => chooseBehindDanger(best.points, thresholds)),
  };
  thresholds = {
    ...thresholds,
    crisis: pick(fixed.crisis, () => chooseModelCrisis(best.points, thresholds)),
  };
  thresholds = {
    ...thresholds,
    weakSignal: pick(fixed.weakSignal, () => chooseWeakSignal(best.points, thresholds)),
  };
  const { help, devHelp } = best;
  if (options.explore) exploreFirm(best.points, help, devHelp, thresholds);
  const { firmCheck, firmCheckShort } = fixed;
  thresholds = {
    ...thresholds,
    ...(firmCheck !== undefined && firmCheckShort !== undefined
      ? { firmCheck, firmCheckShort }
      : chooseFirmCheck(best.points, help, thresholds, devHelp)),
  };
  const tuning = {
    format: 'wijkwijzer-concern-tuning/1',
    folds: FOLDS,
    corpusMessages: best.points.length,
    chosen: {
      l2,
      nonCrisisWeight,
      helpWeight,
      letterGroupValue,
      epochs,
      learningRate: LEARNING_RATE,
    },
    thresholds,
    outOfFold: {
      ...figures(best.points, thresholds),
      caughtBySoftCheckOnly: softOnlyShare(best.points, thresholds),
    },
    floorSets: floorSetFigures(best.sets, thresholds),
    helpQuestionsTrainDev: helpFigures(help, thresholds),
    devKaartenOutOfFold: devKaartFigures(devHelp, thresholds),
    selectionOptimism: selection,
    tried,
    ...(held === undefined ? {} : { held }),
  };
  const body = `${JSON.stringify(tuning, null, 2)}\n`;
  writeFileSync(options.out ?? tuningFile, body);
  // Only the shipped record pins the help questions it was tuned on (a record written elsewhere is
  // a comparison, test/safety/concernModel.process.test.ts).
  if (options.out === undefined)
    writeFileSync(helpSnapshotHashFile, helpSnapshotHashLine(helpSnapshot));
  console.log(body);
  console.log(`tuned in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

if (process.argv[1] !== undefined && import.meta.url.endsWith(path.basename(process.argv[1]))) {
  main();
}
