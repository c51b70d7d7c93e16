import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { forWhomSchema } from '../cases/case.js';
import { WijkwijzerError } from '../shared/errors.js';
import { foldText } from '../text/normalise.js';
import { fnv1a } from './features.js';

/**
 * The labelled corpus of the learned layer (training/corpus/*.txt): one resident phrasing a line,
 * `labels | text`, where labels are one or more need ids joined by commas, then optionally `a=72`
 * (the age the text says) and `w=ouder` (for whom, as in the case model). Written by hand for
 * ADR 0013; see training/README.md.
 */
export const corpusLineSchema = z.object({
  text: z.string().min(1).max(4000),
  needs: z.array(z.string().regex(/^[a-z-]+(\.[a-z-]+)?$/)).min(1),
  age: z.int().min(0).max(120).optional(),
  forWhom: forWhomSchema.optional(),
  source: z.string(),
});
export type CorpusLine = z.output<typeof corpusLineSchema>;

export type Split = 'train' | 'dev' | 'test';

/**
 * The split of a phrasing, from a hash of its folded text: 70% train, 15% dev, 15% frozen test.
 * Deterministic and independent of file order, so adding a line never moves another one.
 */
export function splitOf(text: string): Split {
  const bucket = fnv1a(foldText(text).trim(), 0x5eed1234) % 100;
  if (bucket < 70) return 'train';
  if (bucket < 85) return 'dev';
  return 'test';
}

export function parseCorpusLine(line: string, source: string): CorpusLine | undefined {
  const at = line.indexOf(' | ');
  if (at < 0) return undefined;
  const [labels = '', ...extra] = line.slice(0, at).trim().split(/\s+/);
  const fields: Record<string, unknown> = {
    text: line.slice(at + 3).trim(),
    needs: labels.split(','),
    source,
  };
  for (const part of extra) {
    if (part.startsWith('a=')) fields.age = Number(part.slice(2));
    else if (part.startsWith('w=')) fields.forWhom = part.slice(2);
    else return undefined;
  }
  const parsed = corpusLineSchema.safeParse(fields);
  return parsed.success ? parsed.data : undefined;
}

/** Reads every corpus file in a folder, sorted by name; the first copy of a phrasing wins. */
export function readCorpus(dir: string): CorpusLine[] {
  const lines: CorpusLine[] = [];
  const seen = new Set<string>();
  for (const file of readdirSync(dir)
    .filter((name) => name.endsWith('.txt'))
    .sort()) {
    const content = readFileSync(path.join(dir, file), 'utf8').split('\n');
    content.forEach((raw, index) => {
      const line = raw.trim();
      if (line === '' || line.startsWith('#')) return;
      const parsed = parseCorpusLine(line, `${file}:${index + 1}`);
      if (parsed === undefined)
        throw new WijkwijzerError('WW-5004', { detail: { line: `${file}:${index + 1}` } });
      const key = foldText(parsed.text).trim();
      if (seen.has(key)) return;
      seen.add(key);
      lines.push(parsed);
    });
  }
  return lines;
}
