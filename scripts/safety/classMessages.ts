/**
 * `npx tsx scripts/safety/classMessages.ts [--lines] [--wide] [--save FILE | --compare FILE]`: how
 * the safety check (rules, concern model and frame reader as shipped, each line a first message)
 * answers the twenty-sixth round's class set (docs/adr/0012-safety-net.md): per class, crisis
 * replies, checks (firm or soft), misses, wrong lines and needless lines on the crises (a line the
 * message does not need: the bleed of a rule word from the other language shows there), and crisis
 * replies and checks on the near misses. `--wide` adds the same counts on the safety corpus's
 * train and dev splits, the training-only rounds and the rule sets (`trainingExamples`) and on the
 * help questions of the dev kaarten (the eleven of `readDevKaarten`, Lindewaard again on its own).
 * `--round 27` scores the twenty-seventh round's set (rule words of both languages) instead, and
 * `--round 28` the twenty-eighth round's (English rules on negation, a past, an accident, a weapon
 * in public and "die" typed for "dye"), `--round 29` the twenty-ninth round's (Dutch rules on a
 * denial with "nooit" and an accident that is over and well), `--round 30` the thirtieth round's
 * (crisis classes no earlier round wrote a set for: a carer who fears to harm, no food or drink for
 * days, honour-related violence, sextortion, held against one's will, fallen for hours, stalking
 * now, a farewell without a word for death), `--round 31` the thirty-first round's (near-miss
 * classes: a figure of speech, care work, media and games, a quoted rule, a pet or a thing, sport,
 * kitchen and odd jobs, medical routine), `--round 32` the thirty-second round's (emergencies of
 * the street and the house: gas or fumes, someone in the water, a baby not breathing, someone who
 * cannot be woken, a psychosis with danger, a dog attack, a stuck lift, out in the cold; an older
 * person's money taken with threats, a threat told through a pet), `--round 33` the thirty-third
 * round's (near-miss classes: the news, a song or a poem, the war, a literal idiom, a joke, hunting
 * and slaughter, a protocol asked, a past long over, a funeral or a will, a first-aid course, a
 * blast or fireworks, a pet's medicine). `--wide` also reports Weversdal (a dev kaart since session
 * 15) apart from the ten and Lindewaard, and Kuipersveld (a dev kaart since session 16) on its own,
 * so figures compare with earlier rounds'.
 * `--save` writes every outcome, `--compare` lists each one that changed. Never reads the frozen
 * test or an unseen round.
 */
import type { SafetyAssessment } from '../../src/safety/assessSafety.js';
import type { CrisisKind } from '../../src/safety/crisisKind.js';
import { trainingExamples } from './concernExamples.js';
import { devKaartQuestions, readDevKaarten } from './helpQuestions.js';
import { roundClassSets, type RoundClassSets } from './roundClassSets.js';
import {
  assessAndCount as assessCounted,
  fail,
  saveOrCompare,
  showsRightLine,
  type Count,
} from './roundOutcomes.js';

const showLines = process.argv.includes('--lines');
/** `--round 27` … `--round 33`: that round's set instead of the twenty-sixth's. */
const roundAt = process.argv.indexOf('--round');
/** An unknown round stops the run: a typo must not score the twenty-sixth round's set instead. */
function chosenClassSets(): RoundClassSets {
  const round = roundAt === -1 ? '26' : process.argv[roundAt + 1];
  return (
    roundClassSets[round ?? ''] ??
    fail(
      `--round ${round ?? '(no number)'}: expected ${Object.keys(roundClassSets).join(', ')} (or no --round for the twenty-sixth round's set)`,
    )
  );
}
const classSets = chosenClassSets();
const outcomes: Record<string, string> = {};

/** Assesses one message, records its outcome line under `set` and counts it. */
function assessAndCount(set: string, text: string, count: Count): SafetyAssessment {
  const { result, said } = assessCounted(text, count);
  const lines = result.lines.map((line) => line.kind).join('>');
  outcomes[`${set}\t${text}`] =
    `${said} ${result.kinds.join('+')} ${result.explanation.ruleIds.join(',')} ${lines}`;
  return result;
}

function crisisGroup(set: string, group: readonly { text: string; kinds: readonly string[] }[]) {
  const count: Count = { crisis: 0, firm: 0, soft: 0 };
  let wrong = 0;
  let needless = 0;
  for (const { text, kinds } of group) {
    const result = assessAndCount(set, text, count);
    const right = showsRightLine(result, kinds as CrisisKind[]);
    if (!right) wrong += 1;
    // A crisis reply for a kind the message does not need (a check asks about every kind; an
    // abuse reply always lists 112 second, so the kinds are counted, not the lines).
    const extra = result.outcome === 'crisis' && result.kinds.some((kind) => !kinds.includes(kind));
    if (extra) needless += 1;
    if (showLines && (result.outcome !== 'crisis' || !right || extra)) {
      console.log(
        `  ${right ? '' : 'LINE '}${extra ? 'EXTRA ' : ''}${outcomes[`${set}\t${text}`]} need=${kinds.join('+')} | ${text}`,
      );
    }
  }
  const { crisis, firm, soft } = count;
  console.log(
    `crisis   ${set.padEnd(22)} ${String(group.length).padStart(5)}  crisis ${crisis}  firm ${firm}  soft ${soft}  none ${group.length - crisis - firm - soft}  wrong line ${wrong}  needless kind ${needless}`,
  );
}

function ordinaryGroup(set: string, group: readonly string[]) {
  const count: Count = { crisis: 0, firm: 0, soft: 0 };
  for (const text of group) {
    const result = assessAndCount(set, text, count);
    if (showLines && result.outcome !== 'none')
      console.log(`  ${outcomes[`${set}\t${text}`]} | ${text}`);
  }
  const { crisis, firm, soft } = count;
  console.log(
    `ordinary ${set.padEnd(22)} ${String(group.length).padStart(5)}  crisis ${crisis}  firm ${firm}  soft ${soft}`,
  );
}

for (const { name, crises, nearMisses } of classSets) {
  crisisGroup(name, crises);
  ordinaryGroup(name, nearMisses);
}
const allCrises = classSets.flatMap((set) => set.crises);
const allNear = classSets.flatMap((set) => set.nearMisses);
crisisGroup('all classes', allCrises);
ordinaryGroup('all classes', allNear);

if (process.argv.includes('--wide')) {
  const examples = trainingExamples().filter((example) => example.origin !== 'help');
  const origins = [
    ['corpus', 'train+dev'],
    ['train-only', 'training-only'],
    ['legacy', 'rule sets'],
  ] as const;
  for (const [origin, title] of origins) {
    const mine = examples.filter((example) => example.origin === origin);
    crisisGroup(
      title,
      mine
        .filter((example) => example.label === 'crisis')
        .map((example) => ({ text: example.text, kinds: example.kinds })),
    );
    ordinaryGroup(
      `${title} near-miss`,
      mine.filter((example) => example.label === 'near-miss').map((example) => example.text),
    );
    ordinaryGroup(
      `${title} ordinary`,
      mine.filter((example) => example.label === 'ordinary').map((example) => example.text),
    );
  }
  const elevenKaarten = readDevKaarten;
  ordinaryGroup(
    'dev kaarten (eleven)',
    devKaartQuestions(elevenKaarten).map((question) => question.text),
  );
  ordinaryGroup(
    'lindewaard',
    devKaartQuestions(['lindewaard']).map((question) => question.text),
  );
  ordinaryGroup(
    'weversdal',
    devKaartQuestions(['weversdal']).map((question) => question.text),
  );
  ordinaryGroup(
    'kuipersveld',
    devKaartQuestions(['kuipersveld']).map((question) => question.text),
  );
}

saveOrCompare(process.argv, outcomes, { defaultFile: 'classes.json', listNew: false });
