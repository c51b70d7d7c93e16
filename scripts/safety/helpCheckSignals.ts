/**
 * `npx tsx scripts/safety/helpCheckSignals.ts [--lang nl|en] [--top N]`: which layer and which
 * signals raise the checks on the dev kaarten' help questions (readDevKaarten, each question the
 * first message of a new chat, the shipped models), as totals only:
 * - per layer (rules, model, built up) and strength (soft, firm, crisis reply);
 * - the model features that push the "any crisis" head up most, summed over the model's checks
 *   (weight times the message's feature scale), with how often each is read in the checked and in
 *   all questions;
 * - per word group (src/safety/concernConcepts.ts), the words and word pairs that light it, in all
 *   questions and in the checked ones: a group lit by an everyday word of need shows here;
 * - the share each feature family carries: the model's checks left when the positive crisis-head
 *   weights of one family (`w:`, `b:`, `c:`, `k:`, `n:`) are set to zero (main's weights, not
 *   retrained, so a diagnosis only).
 * Dev kaarten only (docs/adr/0012-safety-net.md, session 21, "niet meer" and the Dutch "die"): never
 * the frozen splits, an unseen round, Hengelo or a kaart written apart.
 */
import { readFileSync } from 'node:fs';
import { assessSafety } from '../../src/safety/assessSafety.js';
import {
  conceptMaskOfPair,
  conceptMaskOfWord,
  conceptNames,
} from '../../src/safety/concernConcepts.js';
import { concernFeatureNames } from '../../src/safety/concernFeatures.js';
import {
  concernModelFileSchema,
  concernModelFrom,
  shippedModelFile,
  type ConcernModelFile,
} from '../../src/safety/concernModel.js';
import { clauseMarker, normalise } from '../../src/safety/normalise.js';
import { devKaartQuestions, readDevKaarten } from './helpQuestions.js';

const argAfter = (flag: string) => {
  const at = process.argv.indexOf(flag);
  return at === -1 ? undefined : process.argv[at + 1];
};
const lang = argAfter('--lang') ?? 'nl';
const top = Number(argAfter('--top') ?? 30);

const file: ConcernModelFile = concernModelFileSchema.parse(
  JSON.parse(readFileSync(shippedModelFile, 'utf8')),
);
const model = concernModelFrom(file);
const questions = devKaartQuestions(readDevKaarten).filter((q) => q.lang === lang);

// Layers and strengths.
const layers = new Map<string, number>();
const checkedByModel: string[] = [];
const checked = new Set<string>();
for (const question of questions) {
  const result = assessSafety(question.text, { model });
  if (result.outcome === 'none') continue;
  checked.add(question.text);
  const strength = result.outcome === 'crisis' ? 'crisis reply' : (result.checkStrength ?? '');
  const key = `${result.explanation.source} ${strength}`;
  layers.set(key, (layers.get(key) ?? 0) + 1);
  if (result.explanation.source === 'model') checkedByModel.push(question.text);
}
console.log(`${questions.length} ${lang} questions, ${checked.size} checked or answered`);
for (const [key, count] of [...layers].sort((a, b) => b[1] - a[1]))
  console.log(`  ${key.padEnd(22)} ${count}`);

// Features that push the crisis head in the model's checks.
interface Pull {
  sum: number;
  inChecked: number;
  inAll: number;
}
const pulls = new Map<string, Pull>();
const checkedByModelSet = new Set(checkedByModel);
for (const question of questions) {
  const names = concernFeatureNames(normalise(question.text));
  const scale = 1 / Math.sqrt(names.length);
  const isChecked = checkedByModelSet.has(question.text);
  for (const name of names) {
    const row = file.weights[name];
    if (row === undefined) continue;
    const pull = pulls.get(name) ?? { sum: 0, inChecked: 0, inAll: 0 };
    pull.inAll += 1;
    if (isChecked) {
      pull.inChecked += 1;
      pull.sum += row[0] * scale;
    }
    pulls.set(name, pull);
  }
}
console.log(`\nstrongest pulls on the crisis head in the ${checkedByModel.length} model checks`);
console.log('  feature                        sum  checked/all  weight');
for (const [name, pull] of [...pulls]
  .filter(([, pull]) => pull.inChecked >= 3)
  .sort((a, b) => b[1].sum - a[1].sum)
  .slice(0, top)) {
  console.log(
    `  ${name.padEnd(28)} ${pull.sum.toFixed(2).padStart(6)}  ${`${pull.inChecked}/${pull.inAll}`.padStart(9)}  ${(file.weights[name]?.[0] ?? 0).toFixed(2)}`,
  );
}

// What lights each word group.
console.log('\nword groups: the words that light them, in all / in checked questions');
for (const [bit, group] of conceptNames.entries()) {
  const mask = 1 << bit;
  const lit = new Map<string, [number, number]>();
  for (const question of questions) {
    const words = normalise(question.text)
      .split(' ')
      .filter((word) => word !== clauseMarker && word !== '');
    const found = new Set<string>();
    words.forEach((word, i) => {
      if ((conceptMaskOfWord(word) & mask) !== 0) found.add(word);
      const previous = words[i - 1];
      if (previous !== undefined && (conceptMaskOfPair(previous, word) & mask) !== 0)
        found.add(`${previous} ${word}`);
    });
    for (const entry of found) {
      const count = lit.get(entry) ?? [0, 0];
      count[0] += 1;
      if (checked.has(question.text)) count[1] += 1;
      lit.set(entry, count);
    }
  }
  const entries = [...lit].sort((a, b) => b[1][0] - a[1][0]).slice(0, 8);
  if (entries.length === 0) continue;
  console.log(
    `  ${group.padEnd(13)} ${entries.map(([entry, [all, inChecked]]) => `${entry} ${all}/${inChecked}`).join(', ')}`,
  );
}

// Each family's share: its positive crisis-head weights set to zero.
console.log("\nmodel checks left with one family's positive crisis-head weights at zero");
for (const family of ['w:', 'b:', 'c:', 'k:', 'n:']) {
  const weights: ConcernModelFile['weights'] = {};
  for (const [name, row] of Object.entries(file.weights)) {
    weights[name] = name.startsWith(family) && row[0] > 0 ? [0, row[1], row[2], row[3]] : [...row];
  }
  const ablated = concernModelFrom({ ...file, weights });
  const left = questions.filter(
    (q) => assessSafety(q.text, { model: ablated }).outcome !== 'none',
  ).length;
  console.log(`  ${family} ${left} of ${checked.size}`);
}
