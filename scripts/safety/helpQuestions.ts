/**
 * Ordinary resident help questions that the project holds outside the safety corpus, in two roles
 * (docs/adr/0012-safety-net.md, "Help questions"):
 * - **training**: the train and dev splits of the understanding corpus (training/split/) and of the
 *   golden search set (test/golden/split/), as pinned in the safety net's own copy
 *   (corpus/safety/help-questions.jsonl, scripts/safety/helpSnapshot.ts): an understanding corpus
 *   round does not change them; `npm run corpus:safety -- --refresh-help` takes them anew from the
 *   splits (`splitHelpQuestions`), a safety round of its own (docs/adr/0012-safety-net.md, "The
 *   help questions pinned"). The concern model learns them as ordinary questions and the tuner
 *   keeps its check rate on them within budget, so thresholds are chosen with real help questions
 *   in view, not only with the safety corpus's own ordinary set.
 * - **evaluation**: the questions of the other sociale kaarten (test/fixtures/kaart-hengelo/,
 *   kaart-vechtstede/, kaart-reggedal/, kaart-elsenvoorde/, kaart-hoolterveen/, kaart-dalmolen/,
 *   kaart-kolthoorn/, kaart-hesselbroek/, kaart-brakelveen/, kaart-ravelsloo/, kaart-wolderbeek/,
 *   kaart-lindewaard/, kaart-weversdal/, kaart-kuipersveld/, kaart-smidsbroek/, kaart-vlasmarke/,
 *   kaart-biezendijk/, kaart-hazelbrink/, kaart-tichelhorst/, kaart-korfhuizen/,
 *   kaart-slikkerwaard/, kaart-rietmonde/, kaart-touwhoven/ and kaart-turfhaven/, written apart),
 *   the golden set's
 *   frozen test split and the understanding corpus's frozen test split. Never trained on;
 *   `npm run bench:safety` reports the check rate on them, by set and language only (the frozen
 *   splits not with `--unseen-only`). The dev kaarten among them (devKaarten) may be read and tuned
 *   on: the tuner fits the firm-check thresholds on them (docs/adr/0012-safety-net.md, eighth
 *   round); Hengelo, Turfhaven (the apart kaart since session 25) and the frozen splits are never
 *   tuned on. Dalmolen (apart in session 7) is a dev kaart since session 8; Kolthoorn (apart in
 *   session 8), Hesselbroek (apart in session 9), Brakelveen (apart in session 10), Ravelsloo
 *   (apart in session 11), Wolderbeek (apart in session 12), Lindewaard (apart in session 13),
 *   Weversdal (apart in session 14), Kuipersveld (apart in session 15), Smidsbroek (apart in
 *   session 16), Vlasmarke (apart in session 17), Biezendijk (apart in session 18), Hazelbrink
 *   (apart in session 19), Tichelhorst (apart in session 20), Korfhuizen (apart in session 21),
 *   Slikkerwaard (apart in session 22), Rietmonde (apart in session 23) and Touwhoven (apart in
 *   session 24) are dev sets since sessions 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22,
 *   23, 24 and 25 but not yet among
 *   devKaarten: see
 *   `readDevKaarten`
 *   (`npm run tune:safety -- --every-dev-kaart` fits on all of them).
 *
 * A question whose labels are about safety, violence, abuse or crisis (the veiligheid levensgebied,
 * the need gezondheid.levensmoe, or a golden case answered by a veiligheid entry) is not an ordinary
 * question for this purpose and is left out of both roles: a check there can be right.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { findProjectRoot } from '../../src/shared/projectRoot.js';
import { helpSnapshotFile, readHelpSnapshot } from './helpSnapshot.js';
import { corpusKey } from './safetyCorpus.js';

const root = findProjectRoot();

/** Levensgebieden and needs whose questions are about safety or crisis (see above). */
const safetyLevensgebieden = new Set(['veiligheid']);
const safetyNeeds = new Set(['gezondheid.levensmoe']);

export type HelpLanguage = 'nl' | 'en';

export interface HelpQuestion {
  readonly key: string;
  readonly text: string;
  readonly lang: HelpLanguage;
  /** Where it comes from, e.g. `understanding train`, `golden dev`, `hengelo`. */
  readonly set: string;
}

const corpusLine = z.object({ text: z.string().min(1), needs: z.array(z.string()).min(1) });
const goldenLine = z.object({
  text: z.string().min(1),
  expected: z.array(z.string()),
  category: z.string(),
});
const kaartLine = goldenLine.extend({ levensgebied: z.string().optional() });
const knowledgeFile = z.object({
  voorzieningen: z.array(z.object({ id: z.string(), levensgebieden: z.array(z.string()) })),
});

function jsonLines<T>(file: string, schema: z.ZodType<T>): T[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('//'))
    .map((line) => schema.parse(JSON.parse(line)));
}

/**
 * English or Dutch. The sets label English by category (golden, Hengelo); the understanding corpus
 * has no language label, so a line counts as English when it is mostly words only English uses.
 */
const englishMarkers = new Set(
  'i my me we our you your is are am the a an and to for of with where can how what who do does need help have has want looking please there any some not my his her he she they it this that at in on'.split(
    ' ',
  ),
);
const dutchMarkers = new Set(
  'ik mijn wij we je jij u uw de het een en is zijn ben heb hebt heeft wil waar kan hoe wat wie voor van met niet geen er ook om te in op bij naar'.split(
    ' ',
  ),
);
export function languageOf(text: string): HelpLanguage {
  const words = text.toLowerCase().match(/[a-z']+/g) ?? [];
  const english = words.filter((w) => englishMarkers.has(w) && !dutchMarkers.has(w)).length;
  const dutch = words.filter((w) => dutchMarkers.has(w) && !englishMarkers.has(w)).length;
  return english > dutch ? 'en' : 'nl';
}

const corpusFile = (split: string) => path.join(root, 'training', 'split', `${split}.jsonl`);
const goldenFile = (split: string) => path.join(root, 'test', 'golden', 'split', `${split}.jsonl`);
/** The sociale kaarten whose questions are help questions written apart from the safety work. */
const kaarten = [
  { name: 'hengelo', title: 'Hengelo questions (second sociale kaart)' },
  { name: 'vechtstede', title: 'Vechtstede questions (third sociale kaart)' },
  { name: 'reggedal', title: 'Reggedal questions (fourth sociale kaart)' },
  { name: 'elsenvoorde', title: 'Elsenvoorde questions (fifth sociale kaart)' },
  { name: 'hoolterveen', title: 'Hoolterveen questions (sixth sociale kaart)' },
  { name: 'dalmolen', title: 'Dalmolen questions (seventh sociale kaart)' },
  { name: 'kolthoorn', title: 'Kolthoorn questions (eighth sociale kaart)' },
  { name: 'hesselbroek', title: 'Hesselbroek questions (ninth sociale kaart)' },
  { name: 'brakelveen', title: 'Brakelveen questions (tenth sociale kaart)' },
  { name: 'ravelsloo', title: 'Ravelsloo questions (eleventh sociale kaart)' },
  { name: 'wolderbeek', title: 'Wolderbeek questions (twelfth sociale kaart)' },
  { name: 'lindewaard', title: 'Lindewaard questions (thirteenth kaart)' },
  { name: 'weversdal', title: 'Weversdal questions (fourteenth kaart)' },
  { name: 'kuipersveld', title: 'Kuipersveld questions (fifteenth kaart)' },
  { name: 'smidsbroek', title: 'Smidsbroek questions (sixteenth kaart)' },
  { name: 'vlasmarke', title: 'Vlasmarke questions (seventeenth kaart)' },
  { name: 'biezendijk', title: 'Biezendijk questions (eighteenth kaart)' },
  { name: 'hazelbrink', title: 'Hazelbrink questions (nineteenth kaart)' },
  { name: 'tichelhorst', title: 'Tichelhorst questions (twentieth kaart)' },
  { name: 'korfhuizen', title: 'Korfhuizen questions (twenty-first kaart)' },
  { name: 'slikkerwaard', title: 'Slikkerwaard questions (twenty-second kaart)' },
  { name: 'rietmonde', title: 'Rietmonde questions (twenty-third kaart)' },
  { name: 'touwhoven', title: 'Touwhoven questions (twenty-fourth kaart)' },
  { name: 'turfhaven', title: 'Turfhaven questions (twenty-fifth, apart)' },
] as const;
/**
 * Kaarten that are dev sets: their help questions may be read and tuned on, never trained on.
 * Vechtstede and Reggedal since the seventh round, Elsenvoorde since the eighth, Hoolterveen (the
 * apart kaart of session 6, reported there) since the tenth, Dalmolen (the apart kaart of session
 * 7, reported there) since session 8. A kaart written apart is never added here before it has been
 * reported as apart.
 */
export const devKaarten: readonly string[] = [
  'vechtstede',
  'reggedal',
  'elsenvoorde',
  'hoolterveen',
  'dalmolen',
];
/**
 * Kaarten that are dev sets in the bench's table (their rows say "(dev)"): devKaarten,
 * Kolthoorn (a dev set since session 9), Hesselbroek (since session 10), Brakelveen (since
 * session 11), Ravelsloo (since session 12), Wolderbeek (since session 13), Lindewaard (since
 * session 14), Weversdal (since session 15), Kuipersveld (since session 16), Smidsbroek (since
 * session 17), Vlasmarke (since session 18), Biezendijk (since session 19), Hazelbrink (since session 20), Tichelhorst (since session 21), Korfhuizen (since session 22), Slikkerwaard (since session 23), Rietmonde (since session 24) and Touwhoven (since session 25), whose figures are in-sample from then on. None of them is in devKaarten: that list is what the tuner fits its
 * thresholds on, and adding a kaart there changes the shipped thresholds at the next
 * `npm run tune:safety`, a decision of its own. Turfhaven (the twenty-fifth kaart, written apart
 * in session 25) is the apart kaart: never add it here.
 */
export const readDevKaarten: readonly string[] = [
  ...devKaarten,
  'kolthoorn',
  'hesselbroek',
  'brakelveen',
  'ravelsloo',
  'wolderbeek',
  'lindewaard',
  'weversdal',
  'kuipersveld',
  'smidsbroek',
  'vlasmarke',
  'biezendijk',
  'hazelbrink',
  'tichelhorst',
  'korfhuizen',
  'slikkerwaard',
  'rietmonde',
  'touwhoven',
];
const kaartFile = (name: string) =>
  path.join(root, 'test', 'fixtures', `kaart-${name}`, 'questions.jsonl');

function safetyEntryIds(): Set<string> {
  const dir = path.join(root, 'knowledge', 'voorzieningen');
  const ids = new Set<string>();
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.yaml'))) {
    const parsed = knowledgeFile.safeParse(parse(readFileSync(path.join(dir, name), 'utf8')));
    if (!parsed.success) continue;
    for (const entry of parsed.data.voorzieningen) {
      if (entry.levensgebieden.some((g) => safetyLevensgebieden.has(g))) ids.add(entry.id);
    }
  }
  return ids;
}

function corpusQuestions(split: string): HelpQuestion[] {
  return jsonLines(corpusFile(split), corpusLine)
    .filter((line) => !aboutSafety(line.needs))
    .map((line) => ({
      key: corpusKey(line.text),
      text: line.text,
      lang: languageOf(line.text),
      set: `understanding ${split}`,
    }));
}

function goldenQuestions(split: string, safetyIds: ReadonlySet<string>): HelpQuestion[] {
  return jsonLines(goldenFile(split), goldenLine)
    .filter((line) => !line.expected.some((id) => safetyIds.has(id)))
    .map((line) => ({
      key: corpusKey(line.text),
      text: line.text,
      lang: line.category === 'english' ? 'en' : 'nl',
      set: `golden ${split}`,
    }));
}

/** A kaart's questions with a levensgebied (the answerable ones), minus veiligheid. */
function kaartQuestions(name: string): HelpQuestion[] {
  return jsonLines(kaartFile(name), kaartLine)
    .filter((line) => line.levensgebied !== undefined)
    .filter((line) => !safetyLevensgebieden.has(line.levensgebied ?? ''))
    .map((line) => ({
      key: corpusKey(line.text),
      text: line.text,
      lang: line.category === 'english' ? 'en' : 'nl',
      set: name,
    }));
}

const aboutSafety = (needs: readonly string[]) =>
  needs.some((need) => safetyNeeds.has(need) || safetyLevensgebieden.has(need.split('.')[0] ?? ''));

/**
 * Keys of every question labelled as about safety or crisis, in any split or set: the same words
 * written twice (once under another need, or in the golden set) are left out with it.
 */
function safetyKeys(safetyIds: ReadonlySet<string>): Set<string> {
  const keys = new Set<string>();
  for (const split of ['train', 'dev', 'test']) {
    for (const line of jsonLines(corpusFile(split), corpusLine)) {
      if (aboutSafety(line.needs)) keys.add(corpusKey(line.text));
    }
    for (const line of jsonLines(goldenFile(split), goldenLine)) {
      if (line.expected.some((id) => safetyIds.has(id))) keys.add(corpusKey(line.text));
    }
  }
  for (const { name } of kaarten) {
    for (const line of jsonLines(kaartFile(name), kaartLine)) {
      if (safetyLevensgebieden.has(line.levensgebied ?? '')) keys.add(corpusKey(line.text));
    }
  }
  return keys;
}

/**
 * Every key of the evaluation sets that training has always left out, safety questions included.
 * The later kaarten (Vechtstede, Reggedal, Elsenvoorde, Hoolterveen) share a few one- or two-word questions with the
 * understanding corpus's train split ("schulden", "digid"); those stay in training, and
 * `evaluationHelpSets` leaves them out of the evaluation instead, so the shipped model does not
 * change when a kaart is added and nothing is scored that was trained on.
 */
export function evaluationKeys(): Set<string> {
  const keys = new Set<string>();
  const add = (text: string) => keys.add(corpusKey(text));
  for (const line of jsonLines(kaartFile('hengelo'), kaartLine)) add(line.text);
  for (const line of jsonLines(goldenFile('test'), goldenLine)) add(line.text);
  for (const line of jsonLines(corpusFile('test'), corpusLine)) add(line.text);
  return keys;
}

/**
 * The help questions of the dev kaarten (Vechtstede, Reggedal, Elsenvoorde, Hoolterveen, Dalmolen;
 * devKaarten),
 * read message by message to see why a help question is checked (scripts/safety/
 * diagnoseHelpQuestions.ts). Minus safety questions and anything trained on, as in the bench.
 */
export function devKaartQuestions(names: readonly string[] = devKaarten): HelpQuestion[] {
  const safety = safetyKeys(safetyEntryIds());
  const trained = new Set(trainingHelpQuestions().map((q) => q.key));
  return names
    .flatMap((name) => kaartQuestions(name))
    .filter((q) => !safety.has(q.key) && !trained.has(q.key));
}

/**
 * The evaluation sets, each on its own: for `npm run bench:safety` only. `frozen: false` leaves
 * the frozen test splits unread (`--unseen-only`, the before-figures of a new round).
 */
export function evaluationHelpSets(options: { frozen: boolean }): [string, HelpQuestion[]][] {
  const safetyIds = safetyEntryIds();
  const safety = safetyKeys(safetyIds);
  const sets: [string, HelpQuestion[]][] = [
    ...kaarten.map(({ name, title }): [string, HelpQuestion[]] => [title, kaartQuestions(name)]),
    ...(options.frozen
      ? ([
          ['golden search set, frozen test', goldenQuestions('test', safetyIds)],
          ['understanding corpus, frozen test', corpusQuestions('test')],
        ] as [string, HelpQuestion[]][])
      : []),
  ];
  const trained = new Set(trainingHelpQuestions().map((q) => q.key));
  return sets.map(([name, questions]) => [
    name,
    questions.filter((q) => !safety.has(q.key) && !trained.has(q.key)),
  ]);
}

/**
 * Wording of a crisis the safety model must never learn as an ordinary question, whatever need the
 * understanding corpus files the line under (tenth round, docs/adr/0012-safety-net.md): a
 * resident's own death ("als ik doodga merkt niemand het", filed under ontmoeting.contact because
 * the help it routes to is contact), someone harming themselves, a child's secret. The line stays
 * in the understanding corpus with its need: that label is right for the intake, only not as a
 * negative for the safety model. Written from the language, not from one line: any first-person
 * dying or being gone, any self-harm verb with a reflexive, a child with a secret.
 */
const crisisWording: readonly RegExp[] = [
  /\bik (doodga|dood ga|dood zou gaan|sterf|zou sterven|er niet meer ben|er niet meer zou zijn)\b/,
  /\bi (die|died|am dead|am gone|was gone|was dead|were dead|were gone)\b/,
  /\b(snijdt|snijd|snij|krast|kras|kerft|verwondt|beschadigt|pijn doet) (zichzelf|mezelf|zich|me)\b/,
  /\b(cuts|cutting|harms|harming|hurts|hurting) (herself|himself|myself|themselves|themself)\b/,
  /\b(kind|kindje|child|kid|meisje|jongen|girl|boy|zoon|dochter|son|daughter)\b.*\b(geheim|geheimpje|secret)\b/,
];

/** Whether a help question is told in a crisis's words (see crisisWording). */
export function toldInCrisisWording(text: string): boolean {
  const lower = text.toLowerCase();
  return crisisWording.some((pattern) => pattern.test(lower));
}

/**
 * The training help questions as the current splits give them, each once, minus anything in an
 * evaluation set (a phrasing written twice must not leak into training through the other copy) and
 * minus lines told in a crisis's words (crisisWording): what `npm run corpus:safety --
 * --refresh-help` writes to the snapshot. Nothing trains on this directly (trainingHelpQuestions).
 */
export function splitHelpQuestions(): HelpQuestion[] {
  const safetyIds = safetyEntryIds();
  const excluded = new Set([...evaluationKeys(), ...safetyKeys(safetyIds)]);
  const out: HelpQuestion[] = [];
  for (const question of [
    ...corpusQuestions('train'),
    ...corpusQuestions('dev'),
    ...goldenQuestions('train', safetyIds),
    ...goldenQuestions('dev', safetyIds),
  ]) {
    if (excluded.has(question.key)) continue;
    excluded.add(question.key);
    if (toldInCrisisWording(question.text)) continue;
    out.push(question);
  }
  return out;
}

/**
 * The help questions the concern model trains and is tuned on: the pinned snapshot
 * (corpus/safety/help-questions.jsonl), not the live splits, so an understanding corpus round
 * leaves the crisis model as it is. An evaluation set keeps the rule it has for a kaart: a question
 * that is also in the snapshot stays in training and leaves the evaluation (evaluationHelpSets).
 * `snapshot` names another file for a test.
 */
export function trainingHelpQuestions(snapshot: string = helpSnapshotFile): HelpQuestion[] {
  return readHelpSnapshot(snapshot);
}

/**
 * The snapshot's questions that are now labelled as about safety or crisis in a split, a kaart or
 * the golden set: none when the snapshot was written. A corpus round that labels such a phrasing
 * must refresh the snapshot, a safety round (test/safety/helpSnapshot.test.ts).
 */
export function snapshotQuestionsNowAboutSafety(): HelpQuestion[] {
  const safety = safetyKeys(safetyEntryIds());
  return trainingHelpQuestions().filter((question) => safety.has(question.key));
}
