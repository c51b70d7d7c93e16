import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { outdatedSchemaFiles, schemaFiles } from '../../src/knowledge/jsonSchema.js';
import { referenceFiles, voorzieningenFileSchema } from '../../src/knowledge/schema.js';
import { REAL_KNOWLEDGE, VALID_FIXTURE } from './fixtures.js';
import { validateJsonSchema } from './miniJsonSchema.js';

async function committedSchema(file: string): Promise<Record<string, unknown>> {
  return JSON.parse(await readFile(path.join(REAL_KNOWLEDGE, file), 'utf8')) as Record<
    string,
    unknown
  >;
}

const sample = {
  beheerder: 'alifa',
  voorzieningen: [
    {
      id: 'koffie-in-de-wijk',
      naam: 'Koffie in de wijk',
      organisatie: 'Alifa',
      omschrijving: 'Elke week drinken buren samen koffie. U bent welkom.',
      levensgebieden: ['ontmoeting'],
      doelgroep: { leeftijd: { min: 18 }, kenmerken: ['65-plussers'] },
      gebied: { wijken: ['Wesselerbrink'] },
      toegang: 'vrij-inlopen',
      kosten: 'gratis',
      contact: {
        telefoon: '053-1234567',
        website: 'https://www.example.nl',
        email: 'info@alifa.nl',
      },
      gecontroleerd: null,
      geldig_tot: '2027-01-31',
    },
  ],
};

describe('JSON Schema files', () => {
  it('are committed and up to date with the zod schemas (run `wijkwijzer knowledge schema`)', async () => {
    expect(await outdatedSchemaFiles(REAL_KNOWLEDGE)).toEqual([]);
  });

  it('accept a sample entry that zod accepts, and refuse what zod refuses', async () => {
    const schema = await committedSchema('voorziening.schema.json');
    expect(voorzieningenFileSchema.safeParse(sample).success).toBe(true);
    expect(validateJsonSchema(schema, sample)).toEqual([]);

    const broken = structuredClone(sample) as { voorzieningen: Record<string, unknown>[] };
    const entry = broken.voorzieningen[0]!;
    entry.toegang = 'vrij';
    entry.kenmerken = ['ouders'];
    entry.gebied = 'overal';
    entry.gecontroleerd = '1-3-2026';
    delete entry.kosten;
    expect(voorzieningenFileSchema.safeParse(broken).success).toBe(false);
    expect(validateJsonSchema(schema, broken).sort()).toEqual(
      [
        '/voorzieningen/0/gebied: anyOf',
        '/voorzieningen/0/gecontroleerd: anyOf',
        '/voorzieningen/0/toegang: enum',
        '/voorzieningen/0: additionalProperties kenmerken',
        '/voorzieningen/0: required kosten',
      ].sort(),
    );
  });

  it('accept every file of the valid fixture and of the real knowledge', async () => {
    for (const root of [VALID_FIXTURE, REAL_KNOWLEDGE]) {
      for (const reference of Object.values(referenceFiles)) {
        const text = await readFile(path.join(root, reference.path), 'utf8').catch(() => undefined);
        // gemeentediensten.yaml is optional (ADR 0013, gemeente amendment); the real knowledge has it.
        if (text === undefined && reference === referenceFiles.gemeentediensten) continue;
        const data: unknown = parse(text ?? '');
        expect(
          validateJsonSchema(await committedSchema(reference.schemaFile), data),
          reference.path,
        ).toEqual([]);
        expect(reference.schema.safeParse(data).success, reference.path).toBe(true);
      }
      const partnerSchema = await committedSchema('voorziening.schema.json');
      for (const file of await readdir(path.join(root, 'voorzieningen'))) {
        const data: unknown = parse(await readFile(path.join(root, 'voorzieningen', file), 'utf8'));
        expect(validateJsonSchema(partnerSchema, data), file).toEqual([]);
      }
    }
  });

  it('are one file per kind of knowledge file, in draft 2020-12', () => {
    const files = schemaFiles();
    expect(files.map((file) => file.file)).toEqual([
      'voorziening.schema.json',
      'levensgebieden.schema.json',
      'gebieden.schema.json',
      'crisislijnen.schema.json',
      'beheerders.schema.json',
      'synoniemen.schema.json',
      'gemeentediensten.schema.json',
    ]);
    for (const file of files) {
      expect(JSON.parse(file.content)).toMatchObject({
        $schema: 'https://json-schema.org/draft/2020-12/schema',
      });
    }
  });
});
