import { createHash } from 'node:crypto';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KnowledgeService } from '../../src/knowledge/knowledgeService.js';
import { buildSearchIndexInSlices, type SearchIndex } from '../../src/search/searchIndex.js';
import {
  fixedClock,
  knowledgeDir,
  removeCreatedDirs,
  VALID_FIXTURE,
} from '../knowledge/fixtures.js';
import { captureLogger } from '../support/logs.js';
import { fuzzRuns } from './fuzzRuns.js';

/**
 * The knowledge-file edge of the fuzz suite: a partner file mangled in every way an editor, a
 * copy-paste or an attacker could (random edits, odd characters, deep nesting, aliases, binary).
 * A reload must finish, refuse what is broken with Dutch diagnostics that point at a line, keep the
 * previous version serving, and write nothing into the knowledge directory.
 */
const ALIFA = 'voorzieningen/alifa.yaml';
let original: string;
let dir: string;
let service: KnowledgeService<SearchIndex>;
const logs = captureLogger();

async function hashes(root: string): Promise<string> {
  const hash = createHash('sha256');
  for (const entry of (await readdir(root, { recursive: true, withFileTypes: true })).sort((a, b) =>
    path.join(a.parentPath, a.name).localeCompare(path.join(b.parentPath, b.name)),
  )) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    if (file.endsWith(ALIFA)) continue;
    hash.update(file).update(await readFile(file));
  }
  return hash.digest('hex');
}

beforeAll(async () => {
  original = await readFile(path.join(VALID_FIXTURE, ALIFA), 'utf8');
  dir = await knowledgeDir();
  service = new KnowledgeService({
    dir,
    clock: fixedClock,
    logger: logs.logger,
    buildIndex: (catalogue, pause) => buildSearchIndexInSlices(catalogue, pause),
    watch: false,
  });
  await service.start();
});

afterAll(async () => {
  await service.stop();
  await removeCreatedDirs();
});

/** One edit to the text: insert, delete, duplicate, or nest. */
const edit = fc.oneof(
  fc.record({
    kind: fc.constant('insert' as const),
    at: fc.nat(),
    text: fc.oneof(
      fc.string({ unit: 'binary', maxLength: 20 }),
      fc.constantFrom(
        ':',
        '- ',
        '  ',
        '\t',
        '&a ',
        '*a',
        '[',
        '{',
        '"',
        "'",
        '#',
        '\n',
        '\u0000',
        '\ufeff',
      ),
    ),
  }),
  fc.record({
    kind: fc.constant('delete' as const),
    at: fc.nat(),
    length: fc.integer({ min: 1, max: 80 }),
  }),
  fc.record({
    kind: fc.constant('nest' as const),
    at: fc.nat(),
    depth: fc.integer({ min: 30, max: 4000 }),
  }),
);

function apply(
  text: string,
  edits: ReadonlyArray<fc.Arbitrary<unknown> extends never ? never : Edit>,
): string {
  let result = text;
  for (const change of edits) {
    const at = result.length === 0 ? 0 : change.at % result.length;
    if (change.kind === 'insert') result = result.slice(0, at) + change.text + result.slice(at);
    else if (change.kind === 'delete')
      result = result.slice(0, at) + result.slice(at + change.length);
    else
      result = `${result.slice(0, at)}${'['.repeat(change.depth)}${']'.repeat(change.depth)}${result.slice(at)}`;
  }
  return result;
}

type Edit =
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'nest'; at: number; depth: number };

describe('knowledge files under fuzzing', () => {
  it('refuses a mangled partner file with Dutch diagnostics, keeps serving, writes nothing', async () => {
    const versionBefore = service.current().version;
    const others = await hashes(dir);
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc
            .array(edit, { minLength: 1, maxLength: 6 })
            .map((edits) => apply(original, edits as Edit[])),
          fc.uint8Array({ maxLength: 2000 }).map((bytes) => Buffer.from(bytes).toString('latin1')),
        ),
        async (mangled) => {
          await writeFile(path.join(dir, ALIFA), mangled, 'latin1');
          const outcome = await service.reloadNow();
          if (!outcome.ok) {
            expect(outcome.error.diagnostics.length).toBeGreaterThan(0);
            for (const diagnostic of outcome.error.diagnostics) {
              expect(diagnostic.message.length).toBeGreaterThan(10);
              expect(diagnostic.line).toBeGreaterThanOrEqual(1);
            }
            // The last good version keeps serving.
            expect(service.current().version).toBeDefined();
          }
        },
      ),
      { numRuns: fuzzRuns(40) },
    );
    await writeFile(path.join(dir, ALIFA), original);
    expect((await service.reloadNow()).ok).toBe(true);
    expect(service.current().version).toBe(versionBefore);
    expect(await hashes(dir)).toBe(others);
  }, 120_000);
});
