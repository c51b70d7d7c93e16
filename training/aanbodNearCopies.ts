/**
 * `npx tsx training/aanbodNearCopies.ts`: the partner-register lines of training/aanbod/ against
 * every sociale kaart's own entries (knowledge/ and every test/fixtures/kaart-* with voorzieningen)
 * and every measured question set (ADR 0013, session 13). The lines teach the model how
 * organisations describe an offer; a line that is a near copy of an entry's naam, omschrijving or
 * one of its sentences would let a kaart's figures rest on its own text being in the training data,
 * and a near copy of a measured question would make that question in-sample. The comparison is
 * `findNearCopyPairs` of nearCopies.ts (the corpus guard's own rules), with an entry's text cut
 * into its naam, its whole omschrijving and each sentence of it.
 *
 * For a kaart that is kept apart (Hengelo, and any kaart not in `DEV_KAART_FOLDERS` other than
 * the project's own fixtures) and for the frozen splits (golden and corpus test), only the partner
 * line is printed, never the other text: a helper must not read what is measured apart or frozen. Exits 1 when anything is
 * flagged, so the lines can be reworded until it exits 0.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { DEV_KAART_FOLDERS } from '../bench/benchSupport.js';
import { loadKnowledge } from '../src/knowledge/loader.js';
import { WijkwijzerError } from '../src/shared/errors.js';
import { readCorpus, splitOf } from '../src/understanding/corpus.js';
import { findNearCopyPairs, type ComparedLine } from './nearCopies.js';

const root = path.resolve(import.meta.dirname, '..');
const fixtures = path.join(root, 'test/fixtures');

/** Fixture kaarten that are neither dev kaarten nor apart: the project's own test kaarten. */
const OWN_FIXTURES = new Set(['kaart-eigen-woorden', 'kaart-levensfase']);

const isApart = (folder: string) =>
  folder !== 'knowledge' && !DEV_KAART_FOLDERS.includes(folder) && !OWN_FIXTURES.has(folder);

const sentencesOf = (text: string) =>
  text
    .split(/(?<=[.!?])\s+|\n+/)
    .map((part) => part.trim())
    .filter((part) => part !== '');

async function entryLines(folder: string, dir: string): Promise<ComparedLine[]> {
  const loaded = await loadKnowledge(dir, {
    clock: { now: () => new Date('2026-12-01T10:00:00Z') },
  });
  if (!loaded.ok)
    throw new WijkwijzerError('WW-4001', { detail: { errors: loaded.errors.length } });
  return loaded.catalogue.voorzieningen.flatMap((entry) =>
    [entry.naam, entry.omschrijving, ...sentencesOf(entry.omschrijving)].map((text) => ({
      text,
      where: `${folder}/${entry.id}`,
    })),
  );
}

function questionLines(folder: string, file: string): ComparedLine[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '' && !line.startsWith('//'))
    .map((line, index) => ({
      text: (JSON.parse(line) as { text: string }).text,
      where: `${folder}/questions:${index + 1}`,
    }));
}

const aanbod = readCorpus(path.join(root, 'training/aanbod')).map((line) => ({
  text: line.text,
  where: line.source,
}));
const folders = [
  { folder: 'knowledge', dir: path.join(root, 'knowledge') },
  ...readdirSync(fixtures)
    .filter((name) => name.startsWith('kaart-'))
    .sort()
    .map((folder) => ({ folder, dir: path.join(fixtures, folder) })),
];
let flagged = 0;
let compared = 0;
for (const { folder, dir } of folders) {
  const measured: ComparedLine[] = [];
  if (existsSync(path.join(dir, 'voorzieningen')))
    measured.push(...(await entryLines(folder, dir)));
  const questions = path.join(dir, 'questions.jsonl');
  if (existsSync(questions)) measured.push(...questionLines(folder, questions));
  if (folder === 'knowledge') {
    // Golden train+dev by their text; the frozen splits (golden and corpus test) are compared
    // too, but as `frozen`, whose text is never shown.
    for (const line of questionLines('golden', path.join(root, 'test/golden/search.golden.jsonl')))
      measured.push(splitOf(line.text) === 'test' ? { ...line, where: 'frozen' } : line);
    for (const line of questionLines('corpus', path.join(root, 'training/split/test.jsonl')))
      measured.push({ ...line, where: 'frozen' });
  }
  compared += measured.length;
  for (const pair of findNearCopyPairs(aanbod, measured)) {
    flagged += 1;
    const hidden = isApart(folder) || pair.measured.where === 'frozen';
    const other = hidden ? `(${folder}, apart or frozen: not shown)` : pair.measured.text;
    console.log(
      `${pair.line.where} [${pair.why}] ${pair.line.text}\n    ~ ${pair.measured.where}: ${other}`,
    );
  }
}
console.log(
  `${aanbod.length} partner lines against ${compared} entry texts and questions: ${flagged} near copies`,
);
if (flagged > 0) process.exitCode = 1;
