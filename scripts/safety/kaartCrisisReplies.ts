/**
 * `npx tsx scripts/safety/kaartCrisisReplies.ts [--save F | --compare F]`: every question of the
 * dev kaarten (all of them, the safety levensgebieden included, which the help-question scripts
 * leave out) and of golden train+dev that the shipped safety check answers with a crisis reply or
 * a check, each the first message of a new chat, with the rules that fired. For the rules' guards
 * on a danger that is over (docs/adr/0012-safety-net.md, session 19): a resident asking for help
 * after last week's burglary is not in danger now. Never reads the frozen split, Hengelo or a
 * kaart written apart (the folders are the bench's dev kaarten only).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { assessSafety } from '../../src/safety/assessSafety.js';
import { DEV_KAART_FOLDERS } from '../../bench/benchSupport.js';

const root = path.resolve(import.meta.dirname, '../..');
const textsOf = (file: string) =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => (JSON.parse(line) as { text: string }).text);
const sets: [string, string[]][] = [
  [
    'golden',
    ['train', 'dev'].flatMap((part) => textsOf(path.join(root, `test/golden/split/${part}.jsonl`))),
  ],
  ...DEV_KAART_FOLDERS.map((folder): [string, string[]] => [
    folder.replace(/^kaart-/, ''),
    textsOf(path.join(root, 'test/fixtures', folder, 'questions.jsonl')),
  ]),
];
const outcomes: Record<string, string> = {};
const totals = { questions: 0, crisis: 0, firm: 0, soft: 0 };
for (const [set, texts] of sets) {
  for (const text of texts) {
    const r = assessSafety(text);
    totals.questions += 1;
    const what =
      r.outcome === 'crisis'
        ? 'crisis'
        : r.outcome === 'none'
          ? 'none'
          : (r.checkStrength ?? 'soft');
    if (what === 'crisis') totals.crisis += 1;
    else if (what === 'firm') totals.firm += 1;
    else if (what === 'soft') totals.soft += 1;
    const key = `${set} | ${text}`;
    outcomes[key] =
      `${what} ${r.explanation.ruleIds.join(',')} ${r.lines.map((l) => l.kind).join('+')}`.trim();
    if (what === 'crisis') console.log(`CRISIS ${set} ${outcomes[key]} | ${text}`);
  }
}
const saveAt = process.argv.indexOf('--save');
if (saveAt !== -1)
  writeFileSync(process.argv[saveAt + 1] ?? 'kaart-crises.json', JSON.stringify(outcomes));
const compareAt = process.argv.indexOf('--compare');
if (compareAt !== -1) {
  const before = JSON.parse(readFileSync(process.argv[compareAt + 1] ?? '', 'utf8')) as Record<
    string,
    string
  >;
  for (const [key, now] of Object.entries(outcomes)) {
    const was = before[key];
    if (was !== undefined && was !== now) console.log(`CHANGED ${was} -> ${now} | ${key}`);
  }
}
console.log(
  `${totals.questions} questions: crisis ${totals.crisis}, firm ${totals.firm}, soft ${totals.soft}`,
);
