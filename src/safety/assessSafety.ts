import type { Language } from '../understanding/language.js';
import type { CrisisKind } from './crisisKind.js';
import { crisisKindsByUrgency, orderByUrgency } from './crisisKind.js';
import type { CrisisLine } from './crisisLines.js';
import { crisisLines } from './crisisLines.js';
import type { ConcernModel, ConcernScore, ConcernThresholds } from './concernModel.js';
import { loadConcernModel, noScore } from './concernModel.js';
import type { ConcernState } from './concernState.js';
import { noConcern } from './concernState.js';
import { detectCrisisNormalised, ruleAsks, type CrisisAssessment } from './detectCrisis.js';
import type { FrameLowering, FrameReader } from './frameReader.js';
import { frameLowering, loadFrameReader } from './frameReader.js';
import { readKindCues } from './kindCues.js';
import { tellsMouldOnly } from './mouldDamp.js';
import { normalise, wordCount } from './normalise.js';
import { safetyLanguage } from './safetyLanguage.js';

/**
 * The safety check of one resident message, in two layers (docs/adr/0012-safety-net.md):
 * 1. the rules of ADR 0005, auditable, first: when one fires, it is a crisis;
 * 2. the concern model, which can only add safety: a check (one calm question with the lines
 *    visible) when it reads concern or when weak signals have added up over the conversation, and
 *    a crisis of its own only where cross-validation allowed one (thresholds.crisis).
 * Pure and SDK-free: the same text, prior concern and model always give the same answer.
 */
export type SafetyOutcome = 'crisis' | 'check' | 'none';

/**
 * How a check asks (docs/adr/0012-safety-net.md, fourth round). A **firm** check waits for the
 * answer before the intake goes on. A **soft** check, for a weak signal (the model alone, concern
 * below `thresholds.firmCheck`, or `firmCheckShort` for 3 to 7 words), shows the same lines and
 * question with a "yes, I need help now" button, and the intake goes on with the message in the
 * same turn. A check that built up over the conversation is always firm.
 */
export type CheckStrength = 'soft' | 'firm';

/** Why the check decided as it did. Rule ids and model feature names; never the message. */
export interface SafetyExplanation {
  readonly source: 'rules' | 'model' | 'accumulated' | 'none';
  readonly ruleIds: readonly string[];
  /** The model's concern for this message (ConcernScore.concern), two decimals. */
  readonly concern: number;
  /** The accumulated concern after this message (1 = enough for a check), two decimals. */
  readonly accumulated: number;
  /** The model features that weighed most toward concern, strongest first. */
  readonly strongest: readonly string[];
  /**
   * When the frame reader lowered a rule's crisis reply to a check (docs/adr/0012-safety-net.md,
   * thirteenth round): its reading (two decimals) and the frame features that weighed most. Absent
   * otherwise.
   */
  readonly frame?: { readonly framed: number; readonly strongest: readonly string[] };
}

export interface SafetyAssessment {
  readonly outcome: SafetyOutcome;
  /**
   * For a crisis the kinds whose lines to show, for a check the plausible kinds it asks about and
   * shows the lines of; most urgent first.
   */
  readonly kinds: readonly CrisisKind[];
  /**
   * The lines to show: for a crisis those of its kinds, most urgent first, 112 always among them;
   * for a check every line, those of the kinds it asks about first, after 112 in the order the
   * kind reading gives (checkLinesFor).
   */
  readonly lines: readonly CrisisLine[];
  /** The language to answer in. */
  readonly language: Language;
  /** For a check, whether it holds up the intake (firm) or lets it go on (soft); else null. */
  readonly checkStrength: CheckStrength | null;
  readonly explanation: SafetyExplanation;
  /** What the conversation keeps for the next message: numbers only. */
  readonly nextConcern: ConcernState;
}

export interface AssessOptions {
  /** The conversation's state after the previous message; none at the start. */
  readonly priorConcern?: ConcernState;
  /** The conversation's language so far. */
  readonly language?: Language;
  /**
   * The language this very text shows (languageShownIn: null for none, as for a short "ja"), when
   * the caller already read it this turn: the check then does not read it a second time.
   * Left out, the check runs it itself.
   */
  readonly textLanguage?: Language | null;
  /** The concern model; the shipped one when left out. */
  readonly model?: ConcernModel;
  /** The frame reader; the shipped one when left out. */
  readonly frames?: FrameReader;
  /**
   * False for a message that is one of the product's own commands ("stop", "opnieuw", "wat weet je
   * van mij"): the rules still read it, the model does not.
   */
  readonly useModel?: boolean;
}

let shipped: ConcernModel | undefined;
let shippedFrames: FrameReader | undefined;

/** The shipped model, read once. The composition root loads it at start-up (src/index.ts). */
export function shippedConcernModel(): ConcernModel {
  shipped ??= loadConcernModel();
  return shipped;
}

/** The shipped frame reader, read once. The composition root loads it at start-up too. */
export function shippedFrameReader(): FrameReader {
  shippedFrames ??= loadFrameReader();
  return shippedFrames;
}

/** The lines for some kinds, most urgent first, with 112 added when it is not among them. */
export function linesFor(kinds: readonly CrisisKind[]): CrisisLine[] {
  return linesInOrder(orderByUrgency(kinds));
}

/** The lines for kinds already in the order they show, with 112 added when it is not among them. */
function linesInOrder(ordered: readonly CrisisKind[]): CrisisLine[] {
  const lines = ordered.map((kind) => crisisLines[kind]);
  return ordered.includes('danger') ? lines : [...lines, crisisLines.danger];
}

/**
 * The lines of a check: those of the kinds it asks about first, then every other line
 * (docs/adr/0012-safety-net.md, third round). A check asks because the layers are not sure, so it
 * is not sure of the kind either: the line a crisis needs must never be missing. 112 leads when
 * danger is asked about, and otherwise follows the kinds asked about (as linesFor places it); the
 * other lines follow the kind reading (the model's heads, or the concern that built up), strongest
 * first, since the first line after 112 is the one the resident reads as meant for them
 * (session 18, "Which lines a caught crisis gets"). Without a reading, or on a tie, the order of
 * urgency stands.
 */
export function checkLinesFor(
  kinds: readonly CrisisKind[],
  reading?: Readonly<Record<CrisisKind, number>>,
): CrisisLine[] {
  const asked = orderByUrgency(kinds);
  const strongestFirst = (list: readonly CrisisKind[]) =>
    reading === undefined ? [...list] : [...list].sort((a, b) => reading[b] - reading[a]);
  const others = (inAsked: boolean) =>
    strongestFirst(
      crisisKindsByUrgency.filter((kind) => kind !== 'danger' && asked.includes(kind) === inAsked),
    );
  const dangerAsked = asked.includes('danger');
  const order: CrisisKind[] = [
    ...(dangerAsked ? (['danger'] as const) : []),
    ...others(true),
    ...(dangerAsked ? [] : (['danger'] as const)),
    ...others(false),
  ];
  return order.map((kind) => crisisLines[kind]);
}

/**
 * The kinds of a rule's crisis reply in the order its lines show them (docs/adr/0012-safety-net.md,
 * session 24, lines24, candidate B3): the rules' kinds and the kinds the older cues tell (`found`:
 * a farewell, lines21's cues) in the order of urgency, 112 first when danger is among them; then
 * the lines told only beside a crisis (`beside`), added behind what the rules found, never leading;
 * then the model's own guess behind a danger (`guessed`). The heads reorder nothing: they do not
 * tell whose harm it is (session 24, candidates A, B and B2).
 */
export function crisisOrder(
  found: readonly CrisisKind[],
  beside: readonly CrisisKind[],
  guessed: readonly CrisisKind[],
): CrisisKind[] {
  const ordered = orderByUrgency(found);
  for (const group of [beside, guessed]) {
    ordered.push(...orderByUrgency(group).filter((kind) => !ordered.includes(kind)));
  }
  return ordered;
}

/** A kind reading with the told kinds above every read one, for a check's order of lines. */
function cueFirst(
  reading: Readonly<Record<CrisisKind, number>>,
  cues: readonly CrisisKind[],
): Readonly<Record<CrisisKind, number>> {
  const top = Math.max(reading.danger, reading.suicide, reading.abuse);
  const lifted = (kind: CrisisKind) =>
    cues.includes(kind) ? top + 1 + reading[kind] : reading[kind];
  return { danger: lifted('danger'), suicide: lifted('suicide'), abuse: lifted('abuse') };
}

const round2 = (x: number) => Math.round(x * 100) / 100;
const round3 = (x: number) => Math.round(x * 1000) / 1000;

/**
 * The kinds a check asks about and shows the lines of: every kind whose head reaches
 * `thresholds.kind` of the strongest one, most urgent first. Cross-validation chose the share so
 * that the line a crisis needs is among them for at least 99.5% of the crises only the model
 * caught (docs/adr/0012-safety-net.md); guessing one kind got it wrong for about one in twenty.
 */
export function plausibleKinds(
  scores: Readonly<Record<CrisisKind, number>>,
  share: number,
): CrisisKind[] {
  const strongest = Math.max(scores.danger, scores.suicide, scores.abuse);
  if (strongest <= 0) return [...crisisKindsByUrgency];
  return crisisKindsByUrgency.filter((kind) => scores[kind] >= share * strongest);
}

/**
 * The model's suicide or abuse kind when the rules found danger only and the model reads the one
 * behind it (a threat from a partner is also for Veilig Thuis, a weapon held by a suicidal man also
 * for 113). One kind, never both: the line after 112 must be the right one.
 */
function behindDanger(
  ruleKinds: readonly CrisisKind[],
  score: ConcernScore,
  thresholds: ConcernThresholds,
): CrisisKind[] {
  if (ruleKinds.some((kind) => kind !== 'danger')) return [];
  const { suicide, abuse } = score.kinds;
  if (Math.max(suicide, abuse) < thresholds.behindDanger) return [];
  return [suicide >= abuse ? 'suicide' : 'abuse'];
}

/**
 * The kinds of a crisis reply from the model alone: the strongest kind, and 112 in front when
 * danger is plausible too. A crisis reply leads with a line, so it names the one the model reads
 * best; the others are in the reply's closing sentence (112) or one question away. When danger is
 * the strongest kind, the line behind it is added as for a rule's danger (behindDanger): an
 * overdose taken now or someone at a height needs 113 beside 112, and a reply with 112 alone left
 * it out (ADR 0012, "Right lines and ordinary checks").
 */
function modelCrisisKinds(score: ConcernScore, thresholds: ConcernThresholds): CrisisKind[] {
  const plausible = plausibleKinds(score.kinds, thresholds.kind);
  const { danger, suicide, abuse } = score.kinds;
  const top: CrisisKind =
    danger >= suicide && danger >= abuse ? 'danger' : suicide >= abuse ? 'suicide' : 'abuse';
  if (top === 'danger') return ['danger', ...behindDanger(['danger'], score, thresholds)];
  return orderByUrgency(plausible.includes('danger') ? ['danger', top] : [top]);
}

function explanation(
  source: SafetyExplanation['source'],
  ruleIds: readonly string[],
  score: ConcernScore,
  accumulated: number,
  frame?: FrameLowering,
): SafetyExplanation {
  return {
    source,
    ruleIds: [...ruleIds],
    concern: round2(score.concern),
    accumulated: round2(accumulated),
    strongest: source === 'rules' ? [] : [...score.strongest],
    ...(frame === undefined
      ? {}
      : { frame: { framed: round2(frame.framed), strongest: [...frame.strongest] } }),
  };
}

/**
 * On its own the model shows the lines at once only for a message of at least this many words,
 * and only when cross-validation allowed it (thresholds.crisis not null). Shorter messages use
 * `checkShort`: with a few words a single feature ("niemand", "meer") decides, and short answers
 * inside the intake are common.
 */
export const modelCrisisMinWords = 8;

/**
 * The model reads messages of at least this many words. One or two words are almost always an
 * answer to a question (a number, a name, "stop", "allebei"): the model has nothing to read there
 * and the rules catch the short crises ("wil dood", "help brand", "ik word geslagen").
 */
export const modelMinWords = 3;

/** The most one message adds to the conversation's concern (1 asks the check). */
const maxSignalPerMessage = 0.9;

/** A cap on the stored concern, so one bad afternoon cannot make every later message a check. */
const maxConcern = 3;

export function assessSafety(text: string, options: AssessOptions = {}): SafetyAssessment {
  const model = options.model ?? shippedConcernModel();
  const prior = options.priorConcern ?? noConcern;
  // One normalisation for every layer: the rules, the model and the language all read it.
  const normalised = normalise(text);
  const language = safetyLanguage(text, options.language ?? 'nl', normalised, options.textLanguage);
  const words = wordCount(normalised);
  if (words === 0) {
    // Nothing to read (an empty message, only punctuation): nothing changes.
    return {
      outcome: 'none',
      kinds: [],
      lines: [],
      language,
      checkStrength: null,
      explanation: explanation('none', [], noScore, 0),
      nextConcern: prior,
    };
  }
  const rules = detectCrisisNormalised(normalised);
  const score: ConcernScore =
    options.useModel === false || words < modelMinWords
      ? noScore
      : model.scoreNormalised(normalised);
  // The frame reader reads only a message a rule answered (thirteenth round): same pass, same text.
  const frame = frameLowering(options.frames ?? shippedFrameReader(), rules, normalised);
  return decideSafety({
    rules,
    score,
    words,
    language,
    prior,
    thresholds: model.thresholds,
    ...readKindCues(normalised),
    everydayOnly: tellsMouldOnly(normalised),
    ...(frame === undefined ? {} : { frame }),
  });
}

/** What the two layers read from one message, and what the conversation brought. */
export interface LayerReadings {
  readonly rules: CrisisAssessment;
  readonly score: ConcernScore;
  readonly words: number;
  readonly language: Language;
  readonly prior: ConcernState;
  readonly thresholds: ConcernThresholds;
  /**
   * The frame reader's reading when it lowers the rules' crisis reply to a check
   * (src/safety/frameReader.ts, frameLowering); absent when it does not.
   */
  readonly frame?: FrameLowering;
  /** Whether the message tells of a farewell (src/safety/kindCues.ts); absent is false. */
  readonly farewell?: boolean;
  /**
   * The lines the message's words tell beside a crisis (src/safety/kindCues.ts, `kindCues`): added
   * to a crisis's kinds and a check's, and a check lists them first after 112; absent is none.
   */
  readonly cues?: readonly CrisisKind[];
  /**
   * Lines the words tell only beside a rule's crisis reply (src/safety/kindCues.ts, session 24,
   * lines24): an end of one's own in other words, violence by someone of the household; absent is
   * none.
   */
  readonly besideCrisis?: readonly CrisisKind[];
  /**
   * Whether the message tells only of an everyday class in known harmless words: mould or damp
   * (`tellsMouldOnly`, docs/adr/0012-safety-net.md, session 19; the gates tried for other classes
   * did not meet their rules); absent is false. A gate on a model-only soft check.
   */
  readonly everydayOnly?: boolean;
}

/**
 * The decision from the layers' readings. Exported so that the tuner (scripts/safety/
 * tuneConcern.ts) chooses thresholds with the very function production uses.
 */
export function decideSafety(readings: LayerReadings): SafetyAssessment {
  const { rules, words, language, prior, thresholds } = readings;
  // A frame only lowers a rule's crisis reply (frameLowering checks it; the guard here keeps the
  // promise for any caller): the rule's kinds are then asked about in a firm check.
  const framed = rules.isCrisis ? readings.frame : undefined;
  // The model does not read one or two words (modelMinWords), whoever scored them.
  const score = words < modelMinWords ? noScore : readings.score;
  // The lines the words tell (session 21, lines21): added to a crisis or a check, and a check
  // lists them first after 112, as if the model read them most strongly.
  const cues = readings.cues ?? [];
  const cueReading = cueFirst(score.kinds, cues);
  const decide = (
    outcome: SafetyOutcome,
    kinds: readonly CrisisKind[],
    source: SafetyExplanation['source'],
    accumulated: number,
    nextConcern: ConcernState,
    // What a check orders its lines by: this message's heads, or the concern that built up.
    reading: Readonly<Record<CrisisKind, number>> = score.kinds,
    // A rule's crisis reply: `kinds` are already in the order its lines show (crisisOrder).
    keepOrder = false,
  ): SafetyAssessment => ({
    outcome,
    kinds: keepOrder ? [...kinds] : orderByUrgency(kinds),
    lines:
      outcome === 'none'
        ? []
        : outcome === 'check'
          ? checkLinesFor(kinds, reading)
          : linesInOrder(keepOrder ? kinds : orderByUrgency(kinds)),
    language,
    checkStrength:
      outcome !== 'check'
        ? null
        : source === 'model' &&
            score.concern <
              (words >= modelCrisisMinWords ? thresholds.firmCheck : thresholds.firmCheckShort)
          ? 'soft'
          : 'firm',
    explanation: explanation(
      source,
      rules.isCrisis ? rules.ruleIds : rules.askRuleIds,
      score,
      accumulated,
      source === 'rules' && outcome === 'check' ? framed : undefined,
    ),
    nextConcern,
  });

  if (rules.isCrisis && framed === undefined) {
    // The rule's kinds decide the lines; the model may only add the one behind a danger. It never
    // removes or reorders what the rules found.
    // A farewell beside a rule without suicide: 113 is the line behind 112 (in place of the
    // model's choice) or beside the rule's own line.
    const farewellLine = readings.farewell === true && !rules.kinds.includes('suicide');
    const dangerOnly = rules.kinds.every((kind) => kind === 'danger');
    // The lines the words tell (kindCues) are added too, never in place of one (session 21).
    // Session 24 (lines24): the rules' and the older cues' kinds by urgency, then the lines told
    // only beside a crisis (besideCrisis), then the model's guess behind a danger (crisisOrder).
    const found = [...rules.kinds, ...(farewellLine ? (['suicide'] as const) : []), ...cues];
    const guessed = farewellLine && dangerOnly ? [] : behindDanger(rules.kinds, score, thresholds);
    const ordered = crisisOrder(found, readings.besideCrisis ?? [], guessed);
    return decide('crisis', ordered, 'rules', 0, noConcern, score.kinds, true);
  }
  if (
    thresholds.crisis !== null &&
    words >= modelCrisisMinWords &&
    score.concern >= thresholds.crisis
  ) {
    return decide(
      'crisis',
      [...modelCrisisKinds(score, thresholds), ...cues],
      'model',
      0,
      noConcern,
    );
  }

  // A weak signal adds to the conversation's concern, shared out over the kinds the model sees:
  // nothing at the floor (thresholds.weakSignal, above what ordinary questions score), 1 at the
  // check threshold. Capped below 1: one message alone never asks through the build-up; that is
  // the check threshold's job (with its own bar for short messages).
  const span = thresholds.check - thresholds.weakSignal;
  const units = span <= 0 ? 0 : (score.concern - thresholds.weakSignal) / span;
  const signal = units > 0 ? Math.min(units, maxSignalPerMessage) : 0;
  const kindTotal = score.kinds.danger + score.kinds.suicide + score.kinds.abuse;
  const concern = crisisKindsByUrgency.map((kind, index) => {
    const share = kindTotal === 0 ? 1 / 3 : score.kinds[kind] / kindTotal;
    const carried = thresholds.carryOver * (prior.concern[index] ?? 0) + signal * share;
    return round3(Math.min(maxConcern, carried));
  }) as [number, number, number];
  const accumulated = concern[0] + concern[1] + concern[2];
  const nextConcern: ConcernState = { concern, pendingCheck: 0 };

  const asks = rules.isCrisis ? rules.kinds : ruleAsks(rules);
  if (asks.length > 0) {
    // Thirteenth round: a rule's crisis that the frame reader read inside a frame (a film, a course,
    // a past that is over) asks the same way.
    // A rule matched in words a guard found ambiguous (a dream, a past without a sign it is over,
    // a profession, a what-if about someone else): it asks, firmly, about its kinds, and lists
    // every line like any check. Never nothing: the words are a rule's words
    // (docs/adr/0012-safety-net.md, tenth round).
    return decide('check', [...asks, ...cues], 'rules', accumulated, nextConcern, cueReading);
  }
  const checkAt = words >= modelCrisisMinWords ? thresholds.check : thresholds.checkShort;
  const firmAt = words >= modelCrisisMinWords ? thresholds.firmCheck : thresholds.firmCheckShort;
  // A gate on the model alone (ADR 0012, session 19, gates19): "zwarte plekken op het plafond van
  // de douche" is an everyday question only the model would ask about. It turns only a soft check
  // into none: a firm check (the model's own level for asking firmly), a rule's reply or question,
  // a model crisis (decided above) and a check that built up (below) stay. The concern the message
  // adds stays in nextConcern, so a next message can still ask.
  const gated = readings.everydayOnly === true && score.concern < firmAt;
  if (score.concern >= checkAt && !gated) {
    return decide(
      'check',
      [...plausibleKinds(score.kinds, thresholds.kind), ...cues],
      'model',
      accumulated,
      nextConcern,
      cueReading,
    );
  }
  if (accumulated >= 1) {
    // The kinds that built up, read like a message's kinds.
    const built = { danger: concern[0], suicide: concern[1], abuse: concern[2] };
    return decide(
      'check',
      plausibleKinds(built, thresholds.kind),
      'accumulated',
      accumulated,
      nextConcern,
      built,
    );
  }
  return decide('none', [], 'none', accumulated, nextConcern);
}
