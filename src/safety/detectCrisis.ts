import type { CrisisKind } from './crisisKind.js';
import { orderByUrgency } from './crisisKind.js';
import type { CompiledRule, CrisisRule } from './crisisRule.js';
import { compileRule, ruleVerdict } from './crisisRule.js';
import { normalise } from './normalise.js';
import { RulePrefilter } from './rulePrefilter.js';
import { abuseRules } from './rules/abuse.js';
import { dangerRules } from './rules/danger.js';
import {
  dreamt,
  jestBesideOwnWords,
  pastOnly,
  professionalSetting,
  saidInJest,
  smallTrigger,
  whatIfSomeoneElse,
} from './rules/frames.js';
import {
  hypotheticalGeneric,
  whatIfOneDay,
  informationalSetting,
  pastAndWell,
  toldFromMedia,
} from './rules/lexicon.js';
import { figureOfSpeechInMessage } from './rules/figureOfSpeech.js';
import { withDangerForOutsider } from './rules/outsiderDoer.js';
import { pastToldForHelpInMessage } from './rules/pastToldForHelp.js';
import { precautionAskedInMessage } from './rules/precautionAsked.js';
import { storyOrCourseInMessage } from './rules/storyOrCourse.js';
import { suicideRules } from './rules/suicide.js';
import { workerQuestionInMessage } from './rules/workerQuestion.js';

/** A message with at least one crisis kind: the reply must stop the intake and show the lines. */
export interface CrisisDetected {
  readonly isCrisis: true;
  /** Most urgent first (see crisisKindsByUrgency). Never empty. */
  readonly kinds: readonly [CrisisKind, ...CrisisKind[]];
  /** Ids of the rules that fired, sorted: for tests and review. */
  readonly ruleIds: readonly string[];
}

export interface NoCrisis {
  readonly isCrisis: false;
  readonly kinds: readonly [];
  readonly ruleIds: readonly [];
  /**
   * The kinds of rules that matched in words a guard found ambiguous (CrisisRule.askUnless), most
   * urgent first: the rules ask (a check) instead of answering. Empty when no rule matched.
   */
  readonly asks: readonly CrisisKind[];
  /** Ids of the rules that ask, sorted. */
  readonly askRuleIds: readonly string[];
}

/**
 * The outcome of the crisis check. It never carries the message or any part of it, so it may be
 * logged, counted and kept.
 */
export type CrisisAssessment = CrisisDetected | NoCrisis;

/** The kinds the rules ask about (none when they answer with a crisis, or saw nothing). */
export function ruleAsks(rules: CrisisAssessment): readonly CrisisKind[] {
  return rules.isCrisis ? [] : rules.asks;
}

/** Every rule of every kind, in file order. Exported for review tooling and tests. */
export const crisisRules: readonly CrisisRule[] = [...dangerRules, ...suicideRules, ...abuseRules];

/**
 * Guards every rule shares, in the clause of its match (docs/adr/0012-safety-net.md, third round):
 * an event told from the news, a film or a book is nobody's crisis now, whatever the rule; a
 * suicide or abuse phrase said as a joke, and said so, is not answered as one by a rule. The
 * concern model still reads those messages and may ask. A suicide or abuse phrase told as past and
 * over in the same clause (pastAndWell: both a past marker and a sign it is over) is history, for
 * every such rule and not only the mention rules. Sixth round: so is one told as the subject of a
 * course, a lesson, a talk or a school project (informationalSetting), unless the same clause tells
 * a crisis of the writer's own now (presentSelf lifts it), and one only imagined being told
 * (hypotheticalGeneric: "stel dat mijn moeder zegt dat", "if someone tells me"). Seventh round:
 * a what-if about a third person that may happen one day (whatIfOneDay). Tenth round
 * (src/safety/rules/frames.ts): a joke or figure of speech said so (saidInJest) quiets a rule; a
 * dream, a joke beside the writer's own words, a past told without a sign it is over and a what-if
 * about someone else lower it to a check: the rule asks instead of answering.
 */
export function withSharedGuards(rule: CrisisRule): CrisisRule {
  const shared =
    rule.kind === 'danger'
      ? [toldFromMedia]
      : [
          toldFromMedia,
          saidInJest,
          pastAndWell,
          informationalSetting,
          hypotheticalGeneric,
          whatIfOneDay,
        ];
  // Tenth round: frames that leave the words ambiguous lower the rule to a check (askUnless).
  // Twenty-fourth round: a danger rule asks on a what-if too ("stel je voor dat er brand uitbreekt,
  // hoe komen de bewoners naar buiten"); a what-if that may happen one day, which quiets the other
  // rules, only lowers a danger rule to a check.
  const asks =
    rule.kind === 'danger'
      ? [dreamt, whatIfSomeoneElse, whatIfOneDay]
      : [
          dreamt,
          jestBesideOwnWords,
          pastOnly,
          professionalSetting,
          whatIfSomeoneElse,
          ...(rule.kind === 'suicide' ? [smallTrigger] : []),
        ];
  return {
    ...rule,
    unless: [...(rule.unless ?? []), ...shared],
    askUnless: [...(rule.askUnless ?? []), ...asks],
    // Session 19: a past, a story on screen or in print, or a course told to ask for help, with
    // nothing of now in the whole message, lowers every rule to a check
    // (src/safety/rules/pastToldForHelp.ts, storyOrCourse.ts).
    askUnlessInMessage: [
      ...(rule.askUnlessInMessage ?? []),
      pastToldForHelpInMessage,
      storyOrCourseInMessage,
      // Session 22: a worker's question, a figure tied to no danger and a precaution asked about
      // (rules/workerQuestion.ts, figureOfSpeech.ts, precautionAsked.ts), each with nothing of now.
      workerQuestionInMessage,
      figureOfSpeechInMessage,
      precautionAskedInMessage,
    ],
  };
}

const compiledRules: readonly CompiledRule[] = crisisRules.map(withSharedGuards).map(compileRule);

const noCrisis: NoCrisis = { isCrisis: false, kinds: [], ruleIds: [], asks: [], askRuleIds: [] };

/**
 * Checks one resident message for a crisis. Pure and deterministic: no network, no model, no
 * state. Runs before any other logic on every message (docs/adr/0005-crisis-detection.md).
 */
export function detectCrisis(text: string): CrisisAssessment {
  return assessWith(compiledRules, text);
}

/** The same check on a message already normalised (assessSafety normalises once for all layers). */
export function detectCrisisNormalised(normalised: string): CrisisAssessment {
  return assessNormalised(compiledRules, normalised);
}

/** The same check against a chosen rule set; rule-file tests use it to test one file at a time. */
export function assessWith(rules: readonly CompiledRule[], text: string): CrisisAssessment {
  return assessNormalised(rules, normalise(text));
}

/**
 * The prefilter of each rule set (src/safety/rulePrefilter.ts), built the first time the set is
 * assessed: the shipped set at start-up, a rule file's set in its tests.
 */
const prefilters = new WeakMap<readonly CompiledRule[], RulePrefilter>();

function prefilterOf(rules: readonly CompiledRule[]): RulePrefilter {
  let prefilter = prefilters.get(rules);
  if (prefilter === undefined) {
    prefilter = new RulePrefilter(rules);
    prefilters.set(rules, prefilter);
  }
  return prefilter;
}

prefilterOf(compiledRules);

function assessNormalised(rules: readonly CompiledRule[], normalised: string): CrisisAssessment {
  if (normalised.length === 0) return noCrisis;
  const fired: CompiledRule[] = [];
  const asking: CompiledRule[] = [];
  // Only the rules whose required strings occur in the message can match: the others are skipped
  // without running their expressions (the verdict of a skipped rule is always `none`).
  const candidates = prefilterOf(rules).candidates(normalised);
  for (let index = 0; index < rules.length; index += 1) {
    if (candidates[index] === 0) continue;
    const rule = rules[index] as CompiledRule;
    const verdict = ruleVerdict(rule, normalised);
    if (verdict === 'crisis') fired.push(rule);
    else if (verdict === 'ask') asking.push(rule);
  }
  // A neighbour or a stranger doing harm: 112 leads the abuse reply (rules/outsiderDoer.ts).
  const firedKinds = withDangerForOutsider(
    fired.map((rule) => rule.kind),
    normalised,
  );
  const [first, ...rest] = orderByUrgency(firedKinds);
  if (first === undefined) {
    if (asking.length === 0) return noCrisis;
    return {
      ...noCrisis,
      asks: orderByUrgency(asking.map((rule) => rule.kind)),
      askRuleIds: asking.map((rule) => rule.id).sort(),
    };
  }
  return {
    isCrisis: true,
    kinds: [first, ...rest],
    ruleIds: fired.map((rule) => rule.id).sort(),
  };
}
