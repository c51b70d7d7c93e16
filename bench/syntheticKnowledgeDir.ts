import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parse, stringify } from 'yaml';
import { createRandom } from './syntheticKnowledge.js';

/**
 * A knowledge directory of `size` voorzieningen as partners would write it: the real reference
 * files, and partner files of 50 entries each, one per (synthetic) beheerder, made from the real
 * entries with new ids and names. Organisations repeat across files, and some names are near
 * copies of others, so the duplicate check has real work to do.
 */
export async function syntheticKnowledgeDir(
  realDir: string,
  size: number,
  seed = 7,
): Promise<{ dir: string; remove: () => Promise<void> }> {
  const random = createRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const dir = await mkdtemp(path.join(os.tmpdir(), 'wijkwijzer-knowledge-bench-'));
  await cp(realDir, dir, { recursive: true });
  const partnerDir = path.join(dir, 'voorzieningen');
  const templates: Array<Record<string, unknown>> = [];
  for (const file of await readdir(partnerDir)) {
    const parsed = parse(await readFile(path.join(partnerDir, file), 'utf8')) as {
      voorzieningen: Array<Record<string, unknown>>;
    };
    templates.push(...parsed.voorzieningen);
    await rm(path.join(partnerDir, file));
  }
  const organisations = Array.from({ length: 40 }, (_, index) => `Stichting Welzijn ${index}`);
  const words = ['Noord', 'Zuid', 'Oost', 'West', 'Centrum', 'Plus', 'Junior', 'Senior', 'Thuis'];
  const perFile = 50;
  const beheerders: Array<{ id: string; naam: string }> = [];
  for (let fileIndex = 0; fileIndex * perFile < size; fileIndex += 1) {
    const beheerder = `bench-beheerder-${fileIndex}`;
    beheerders.push({ id: beheerder, naam: `Beheerder ${fileIndex}` });
    const entries = [];
    for (let index = 0; index < perFile && fileIndex * perFile + index < size; index += 1) {
      const template = pick(templates);
      entries.push({
        ...template,
        id: `${beheerder}-${index}`,
        naam: `${String(template.naam)} ${pick(words)} ${fileIndex % 7 === 0 ? '' : index}`.trim(),
        organisatie: pick(organisations),
      });
    }
    await writeFile(
      path.join(partnerDir, `${beheerder}.yaml`),
      stringify({ beheerder, voorzieningen: entries }),
    );
  }
  const beheerdersFile = path.join(dir, 'beheerders.yaml');
  const existing = parse(await readFile(beheerdersFile, 'utf8')) as {
    beheerders: Array<Record<string, unknown>>;
  };
  await writeFile(
    beheerdersFile,
    stringify({ beheerders: [...existing.beheerders, ...beheerders] }),
  );
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}
