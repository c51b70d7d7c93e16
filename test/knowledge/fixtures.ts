import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Clock } from '../../src/shared/clock.js';

export const FIXTURES = fileURLToPath(new URL('../fixtures/knowledge/', import.meta.url));
export const VALID_FIXTURE = path.join(FIXTURES, 'valid');
export const REAL_KNOWLEDGE = fileURLToPath(new URL('../../knowledge/', import.meta.url));

/** 23 November 2026, 11:00 in Enschede: the date the fixtures' freshness is written against. */
export const fixedClock: Clock = { now: () => new Date('2026-11-23T10:00:00Z') };

const created: string[] = [];

/** A copy of the valid fixture in a fresh temp dir, with files replaced (string/Buffer) or removed (null). */
export async function knowledgeDir(
  changes: Readonly<Record<string, string | Buffer | null>> = {},
): Promise<string> {
  return knowledgeDirFrom(VALID_FIXTURE, changes);
}

/** Like `knowledgeDir`, starting from another knowledge directory (such as the real one). */
export async function knowledgeDirFrom(
  source: string,
  changes: Readonly<Record<string, string | Buffer | null>> = {},
): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'wijkwijzer-knowledge-'));
  created.push(dir);
  await cp(source, dir, { recursive: true });
  for (const [file, content] of Object.entries(changes)) {
    const target = path.join(dir, file);
    if (content === null) await rm(target, { recursive: true, force: true });
    else await writeFile(target, content);
  }
  return dir;
}

/** The valid fixture with one case of test/fixtures/knowledge/cases/<name>/ laid over it. */
export async function caseDir(name: string): Promise<string> {
  const caseRoot = path.join(FIXTURES, 'cases', name);
  const entries = await readdir(caseRoot, { recursive: true, withFileTypes: true });
  const changes: Record<string, string | null> = {};
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const relative = path.relative(caseRoot, path.join(entry.parentPath, entry.name));
    if (relative.endsWith('.delete')) changes[relative.slice(0, -'.delete'.length)] = null;
    else changes[relative] = await readFile(path.join(caseRoot, relative), 'utf8');
  }
  return knowledgeDir(changes);
}

export async function removeCreatedDirs(): Promise<void> {
  await Promise.all(created.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
}
