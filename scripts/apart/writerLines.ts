/**
 * The lines a writer wrote apart, read from the files the writer names: a sociale kaart's
 * questions (`questions.jsonl`, one `{"text": …}` a line, `//` lines are comments), an unseen
 * round or any file in the safety corpus's written format (`#` comments, `@key` labels, every other
 * line a message), or a file in the understanding corpus's format (training/corpus: `needs | text`
 * a line, `#` comments). Each line keeps its file and line number, so the writer finds it.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { ComparedLine } from '../../training/nearCopies.js';
import { parseCorpusLine } from '../../src/understanding/corpus.js';
import { parseWritten } from '../safety/safetyCorpus.js';

const questionSchema = z.looseObject({ text: z.string().min(1) });

export class UnreadableFile extends Error {}

function questionLines(file: string, shownAs: string): ComparedLine[] {
  const lines: ComparedLine[] = [];
  readFileSync(file, 'utf8')
    .split('\n')
    .forEach((raw, index) => {
      const line = raw.trim();
      if (line === '' || line.startsWith('//')) return;
      let parsed: unknown;
      try {
        parsed = JSON.parse(line);
      } catch {
        throw new UnreadableFile(`${shownAs}:${index + 1} is not JSON`);
      }
      const question = questionSchema.safeParse(parsed);
      if (!question.success) throw new UnreadableFile(`${shownAs}:${index + 1} has no "text"`);
      lines.push({ text: question.data.text, where: `${shownAs}:${index + 1}` });
    });
  return lines;
}

function roundLines(file: string, shownAs: string): ComparedLine[] {
  const content = readFileSync(file, 'utf8');
  // parseWritten checks the labels (it throws on a message without them) and gives the messages
  // in file order; the walk below only finds each message's line number again.
  const messages = parseWritten(path.basename(file), content).map((record) => record.text);
  const rows = content.split('\n').map((raw) => raw.trim());
  const lines: ComparedLine[] = [];
  let row = 0;
  for (const text of messages) {
    while (row < rows.length && rows[row] !== text) row += 1;
    lines.push({ text, where: `${shownAs}:${row + 1}` });
    row += 1;
  }
  return lines;
}

/** Lines of the understanding corpus's format ("geld.schulden | ik heb schulden"). */
function corpusLines(file: string, shownAs: string, content: string): ComparedLine[] {
  const lines: ComparedLine[] = [];
  content.split('\n').forEach((raw, index) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) return;
    const parsed = parseCorpusLine(line, `${shownAs}:${index + 1}`);
    if (parsed === undefined)
      throw new UnreadableFile(
        `${shownAs}:${index + 1} is neither a corpus line ("needs | text") nor under "@label" lines of the written format`,
      );
    lines.push({ text: parsed.text, where: `${shownAs}:${index + 1}` });
  });
  return lines;
}

/** The written format labels its messages with "@key value" lines; the corpus format has none. */
const hasLabels = (content: string) =>
  content.split('\n').some((raw) => /^@[a-z]+(?:\s|$)/.test(raw.trim()));

/** The writer's lines of one file; `shownAs` is how the file is named in the output. */
export function writerLines(file: string, shownAs: string): ComparedLine[] {
  if (file.endsWith('.jsonl')) return questionLines(file, shownAs);
  if (file.endsWith('.txt')) {
    const content = readFileSync(file, 'utf8');
    return hasLabels(content) ? roundLines(file, shownAs) : corpusLines(file, shownAs, content);
  }
  throw new UnreadableFile(
    `${shownAs}: give a kaart's questions.jsonl, a round in the written format (round-N.txt) or a corpus file (.txt)`,
  );
}
