import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { crisisKindsByUrgency } from '../../src/safety/crisisKind.js';

const kindSchema = z.enum(crisisKindsByUrgency);

const crisisCaseSchema = z.strictObject({
  text: z.string().min(1),
  kinds: z.array(kindSchema).min(1),
});

const nearMissSchema = z.strictObject({
  text: z.string().min(1),
  why: z.string().min(1),
});

const ordinarySchema = z.strictObject({ text: z.string().min(1) });

export type CrisisCase = z.infer<typeof crisisCaseSchema>;
export type NearMiss = z.infer<typeof nearMissSchema>;

function loadJsonl<T>(name: string, schema: z.ZodType<T>): T[] {
  const path = fileURLToPath(new URL(name, import.meta.url));
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim().length > 0)
    .map((line, index) => {
      const parsed = schema.safeParse(JSON.parse(line));
      if (!parsed.success) {
        throw new TypeError(
          `${name}:${index + 1} does not match the schema: ${parsed.error.message}`,
        );
      }
      return parsed.data;
    });
}

/** Messages that must reach a line: each with the kinds it must at least get. */
export const crisisSet: readonly CrisisCase[] = loadJsonl('crisis.jsonl', crisisCaseSchema);

/** Messages that look alarming but are not a crisis, each with the reason. */
export const nearMissSet: readonly NearMiss[] = loadJsonl('near-misses.jsonl', nearMissSchema);

/** Ordinary intake questions: the everyday traffic the check must leave alone. */
export const ordinarySet: readonly { text: string }[] = loadJsonl('ordinary.jsonl', ordinarySchema);
