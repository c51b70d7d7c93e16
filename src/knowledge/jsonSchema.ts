import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { WijkwijzerError } from '../shared/errors.js';
import { referenceFiles, VOORZIENING_SCHEMA_FILE, voorzieningenFileSchema } from './schema.js';

/** One generated JSON Schema file, relative to the knowledge directory. */
export interface SchemaFile {
  readonly file: string;
  readonly content: string;
}

/**
 * The JSON Schema files editors use for autocompletion and inline errors, generated from the zod
 * schemas (draft 2020-12, input side: fields with a default are optional). Deterministic, so the
 * committed files can be compared byte for byte.
 */
export function schemaFiles(): SchemaFile[] {
  const render = (schema: z.ZodType) =>
    `${JSON.stringify(z.toJSONSchema(schema, { target: 'draft-2020-12', io: 'input' }), null, 2)}\n`;
  return [
    { file: VOORZIENING_SCHEMA_FILE, content: render(voorzieningenFileSchema) },
    ...Object.values(referenceFiles).map((reference) => ({
      file: reference.schemaFile,
      content: render(reference.schema),
    })),
  ];
}

/** Writes every schema file into `dir`; returns the file names written. */
export async function writeSchemaFiles(dir: string): Promise<string[]> {
  const files = schemaFiles();
  try {
    for (const { file, content } of files) await writeFile(path.join(dir, file), content, 'utf8');
  } catch (error) {
    throw new WijkwijzerError('WW-4004', { cause: error, detail: { dir: path.basename(dir) } });
  }
  return files.map(({ file }) => file);
}

/** Schema files in `dir` that are missing or differ from what the zod schemas generate now. */
export async function outdatedSchemaFiles(dir: string): Promise<string[]> {
  const outdated: string[] = [];
  for (const { file, content } of schemaFiles()) {
    const current = await readFile(path.join(dir, file), 'utf8').catch(() => undefined);
    if (current !== content) outdated.push(file);
  }
  return outdated;
}
