/**
 * Exploration (session 24, help24): which first messages get a soft check from the concern model
 * alone, on the dev kaarten' help questions and on every dev crisis set, and which of them carry
 * a given second signal. Dev sets only: never the frozen test, an unseen round, a kaart written
 * apart or the held probe.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { assessSafety } from '../../src/safety/assessSafety.js';
import { normalise } from '../../src/safety/normalise.js';
import { carriesDangerCue } from '../../src/safety/secondSignal.js';
import { modelCrisisMinWords } from '../../src/safety/assessSafety.js';
import { trainingExamples } from './concernExamples.js';
import { classRoundCrises } from './roundClassSets.js';
import { devKaartQuestions, readDevKaarten } from './helpQuestions.js';
import { parseWritten } from './safetyCorpus.js';

const devDir = 'corpus/safety/dev';
const held = 'past-or-story-crises.txt';
const skip = new Set([held, 'build-up-conversations.txt']);

function crises(): { set: string; text: string }[] {
  const out: { set: string; text: string }[] = [];
  for (const c of classRoundCrises()) out.push({ set: 'class-rounds', text: c.text });
  for (const name of readdirSync(devDir).filter((n) => n.endsWith('.txt') && !skip.has(n))) {
    const file = path.join(devDir, name);
    for (const r of parseWritten(file, readFileSync(file, 'utf8')))
      if (r.label === 'crisis') out.push({ set: name, text: r.text });
  }
  for (const e of trainingExamples())
    if (e.label === 'crisis' && e.origin !== 'help') out.push({ set: e.origin, text: e.text });
  return out;
}

const softModel = (text: string) => {
  const r = assessSafety(text);
  return r.outcome === 'check' && r.checkStrength === 'soft' && r.explanation.source === 'model'
    ? r
    : undefined;
};

const long = (text: string) => normalise(text).split(' ').filter((w) => w !== '').length >= modelCrisisMinWords;
const kaarten = [...readDevKaarten, 'rietmonde'];
const help = devKaartQuestions(kaarten);
let helpSoft = 0;
let helpNoSignal = 0;
const verbose = process.argv.includes('--list');
for (const q of help) {
  const r = softModel(q.text);
  if (r === undefined) continue;
  helpSoft += 1;
  if (!carriesDangerCue(normalise(q.text)) && long(q.text)) {
    helpNoSignal += 1;
    if (verbose) console.log(`HELP-LOWER ${q.set}/${q.lang} c=${r.explanation.concern} ${q.text}`);
  }
}
console.log(`help questions ${help.length}: model-only soft ${helpSoft}, without signal ${helpNoSignal}`);
const bySet = new Map<string, [number, number]>();
for (const c of crises()) {
  const r = softModel(c.text);
  if (r === undefined) continue;
  const t = bySet.get(c.set) ?? [0, 0];
  t[0] += 1;
  if (!carriesDangerCue(normalise(c.text)) && long(c.text)) {
    t[1] += 1;
    console.log(`CRISIS-LOST ${c.set} c=${r.explanation.concern} ${c.text}`);
  }
  bySet.set(c.set, t);
}
for (const [set, [soft, lost]] of bySet) console.log(`${set}: soft-only crises ${soft}, without signal ${lost}`);
