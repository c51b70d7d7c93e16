/**
 * The safety corpus (corpus/safety/): messages written for the concern model, each labelled with
 * what a reply must do. Sources are plain text files in corpus/safety/written/ (one message a line,
 * labels set by `@key value` lines that hold until changed); `npm run corpus:safety` turns them into
 * the three JSONL split files. Shared by the build and training scripts, the benchmark and the tests.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { crisisKindsByUrgency } from '../../src/safety/crisisKind.js';
import { normalise } from '../../src/safety/normalise.js';
import { WijkwijzerError } from '../../src/shared/errors.js';
import { findProjectRoot } from '../../src/shared/projectRoot.js';

export const corpusLabels = ['crisis', 'near-miss', 'ordinary'] as const;
export type CorpusLabel = (typeof corpusLabels)[number];

export const splitNames = ['train', 'dev', 'test'] as const;
export type SplitName = (typeof splitNames)[number];

const slug = z.string().regex(/^[a-z0-9-]+$/);

export const corpusRecordSchema = z
  .strictObject({
    /** First 16 hex digits of the SHA-256 of the normalised text: the identity used for the split. */
    key: z.string().regex(/^[0-9a-f]{16}$/),
    text: z.string().min(1).max(2000),
    label: z.enum(corpusLabels),
    /** For crises: the kinds whose lines the reply must show. Empty otherwise. */
    kinds: z.array(z.enum(crisisKindsByUrgency)),
    /** For crises: who is at risk (self, child, partner, parent, elder, friend, relative, neighbour, other). */
    who: slug.nullable(),
    /** Who writes: resident, child (a minor about themselves or a friend), bystander. */
    voice: z.enum(['resident', 'child', 'bystander']),
    /** The class the message was written for, e.g. passive-wish, fear-going-home, informational. */
    class: slug,
    lang: z.enum(['nl', 'en']),
    /** The written file it came from, e.g. suicide-self.txt. */
    source: z.string().min(1),
  })
  .refine((record) => (record.label === 'crisis') === record.kinds.length > 0, {
    message: 'a crisis needs kinds, other labels must have none',
  });

export type CorpusRecord = z.infer<typeof corpusRecordSchema>;

export const corpusRoot = path.join(findProjectRoot(), 'corpus', 'safety');
export const writtenDir = path.join(corpusRoot, 'written');
export const unseenDir = path.join(corpusRoot, 'unseen');
export const splitFile = (split: SplitName) => path.join(corpusRoot, 'split', `${split}.jsonl`);
export const unseenFile = path.join(corpusRoot, 'unseen.jsonl');
/** The SHA-256 of the frozen test split, checked by test/safety/frozenSplit.test.ts. */
export const frozenHashFile = path.join(corpusRoot, 'split', 'test.sha256');

/** The identity of a message: the same after normalisation means the same message. */
export function corpusKey(text: string): string {
  return createHash('sha256').update(normalise(text)).digest('hex').slice(0, 16);
}

/**
 * Which split a message belongs to, from its key alone: adding or removing other messages never
 * moves it, and duplicates always land together. 70% train, 15% dev, 15% test.
 */
export function splitOf(key: string): SplitName {
  const bucket = Number.parseInt(key.slice(0, 8), 16) % 20;
  if (bucket < 14) return 'train';
  if (bucket < 17) return 'dev';
  return 'test';
}

const headerSchema = z.strictObject({
  label: z.enum(corpusLabels),
  kinds: z.string().optional(),
  who: slug.optional(),
  voice: z.enum(['resident', 'child', 'bystander']).optional(),
  class: slug,
  lang: z.enum(['nl', 'en']),
});

function invalid(source: string, line: number, problem: string): WijkwijzerError {
  return new WijkwijzerError('WW-9202', { detail: { source, line, problem } });
}

/**
 * Reads one written file. Lines starting with # are comments; `@key value` sets a label for the
 * lines below it and `@key` alone clears it; every other non-empty line is one message.
 */
export function parseWritten(source: string, content: string): CorpusRecord[] {
  const header: Record<string, string | undefined> = {};
  const records: CorpusRecord[] = [];
  content.split('\n').forEach((raw, index) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) return;
    // "@kinds" alone clears a label (a near miss has no kinds); it is never a message.
    const directive = /^@([a-z]+)(?:\s+(.+))?$/.exec(line);
    if (directive !== null) {
      header[directive[1] ?? ''] = directive[2]?.trim();
      return;
    }
    const parsedHeader = headerSchema.safeParse(header);
    if (!parsedHeader.success) throw invalid(source, index + 1, 'labels are incomplete');
    const { label, kinds, who, voice, lang } = parsedHeader.data;
    const record = corpusRecordSchema.safeParse({
      key: corpusKey(line),
      text: line,
      label,
      kinds: label === 'crisis' ? (kinds ?? '').split(/\s+/).filter(Boolean) : [],
      who: label === 'crisis' ? (who ?? null) : null,
      voice: voice ?? 'resident',
      class: parsedHeader.data.class,
      lang,
      source,
    });
    if (!record.success) throw invalid(source, index + 1, z.prettifyError(record.error));
    records.push(record.data);
  });
  return records;
}

/** Reads a JSONL file of corpus records, validating every line. */
export function loadCorpusFile(file: string): CorpusRecord[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line, index) => {
      const parsed = corpusRecordSchema.safeParse(JSON.parse(line));
      if (!parsed.success) throw invalid(path.basename(file), index + 1, 'schema');
      return parsed.data;
    });
}

export function loadSplit(split: SplitName): CorpusRecord[] {
  return loadCorpusFile(splitFile(split));
}

/** One record as one JSONL line, keys in a fixed order so the files are stable byte for byte. */
export function recordLine(record: CorpusRecord): string {
  const { key, text, label, kinds, who, voice, lang, source } = record;
  return JSON.stringify({ key, text, label, kinds, who, voice, class: record.class, lang, source });
}
